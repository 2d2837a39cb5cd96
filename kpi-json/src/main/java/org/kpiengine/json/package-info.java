/**
 * Role templates as versioned JSON plan documents ({@link org.kpiengine.json.PlanJson}), and
 * results, payouts, explanations and team results as JSON ({@link org.kpiengine.json.ResultJson}),
 * and a CRM's deals, refunds, payments and reporting lines as transactions documents
 * ({@link org.kpiengine.json.TransactionsJson}). The formats are described in docs/guides/json.md
 * and by the JSON Schemas shipped as {@code org/kpiengine/json/plan.schema.json},
 * {@code org/kpiengine/json/transactions.schema.json} and, for a period statement written by
 * {@link org.kpiengine.json.ResultJson#statement}, {@code org/kpiengine/json/statement.schema.json}.
 */
@NullMarked
package org.kpiengine.json;

import org.jspecify.annotations.NullMarked;
