/**
 * Derived indicators: the formulas that turn a CRM's raw counters (calls, meetings, deals,
 * revenue, costs, funnel stage counts, open deals, dates) into facts for a scorecard
 * (docs/reference/derived.md).
 *
 * <p>Every result is an exact {@link java.math.BigDecimal} or a whole count. A figure that needs a
 * division is rounded once, like a KPI index: to {@link org.kpiengine.Precision#indexScale()}
 * decimal places with {@link org.kpiengine.Precision#indexRounding()} ({@code ROUND(…; 4)},
 * {@code HALF_UP}, by default), so 20 deals of 130 contacts give a conversion of {@code 15.3846}.
 * Sums, differences and products (profit, pipeline value) are exact and not rounded. A plan
 * decomposition rounds up to whole units.
 *
 * <p>An average check from fewer than 100 sales, or a conversion from fewer than 500 contacts, is
 * not a number but an {@link org.kpiengine.derived.InsufficientData} result (the minimums are set
 * by {@link org.kpiengine.derived.MinimumSamples}); both cases are a
 * {@link org.kpiengine.derived.DerivedValue}, which a caller must handle. A scorecard handles it by
 * the rule {@link org.kpiengine.scorecard.InsufficientDataRule}.
 *
 * <p>Bad input (a negative count, more deals than contacts, a close date before the first touch, a
 * division by zero) throws {@link org.kpiengine.KpiInputException} naming the field and the value.
 */
@NullMarked
package org.kpiengine.derived;

import org.jspecify.annotations.NullMarked;
