/**
 * Role templates as versioned JSON plan documents ({@link org.kpiengine.json.PlanJson}), and
 * results, payouts, explanations and team results as JSON ({@link org.kpiengine.json.ResultJson}).
 * The format is described in docs/guides/json.md and by the JSON Schema shipped as
 * {@code org/kpiengine/json/plan.schema.json}.
 */
@NullMarked
package org.kpiengine.json;

import org.jspecify.annotations.NullMarked;
