/**
 * Role templates as versioned JSON plan documents ({@link org.kpiengine.json.PlanJson}), and
 * results, payouts, explanations and team results as JSON ({@link org.kpiengine.json.ResultJson}),
 * and a CRM's deals, refunds, payments and reporting lines as transactions documents
 * ({@link org.kpiengine.json.TransactionsJson}). The formats are described in docs/guides/json.md
 * and by the JSON Schemas shipped as {@code org/kpiengine/json/plan.schema.json} and
 * {@code org/kpiengine/json/transactions.schema.json}.
 */
@NullMarked
package org.kpiengine.json;

import org.jspecify.annotations.NullMarked;
