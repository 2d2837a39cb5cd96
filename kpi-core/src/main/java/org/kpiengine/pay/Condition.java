package org.kpiengine.pay;

import org.kpiengine.KpiInputException;
import org.kpiengine.internal.Decimals;

/**
 * A yes/no test on a period, used by {@link FixedScheme} (pay a set amount when it holds) and
 * {@link Gate} (reduce the variable part when it does not).
 *
 * <pre>{@code
 * Condition planMet = Condition.atLeast(Measure.rating(), "100");
 * Condition overPlan = Condition.factAtLeastPlanTimes("revenue", "1.3");
 * Condition quality = Condition.atLeast(Measure.attainment("quality"), "90");
 * }</pre>
 *
 * <p>Comparisons use the rounded index, rating and attainment values (docs/reference/scoring.md, Rounding). Implementations
 * are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Condition permits AtLeast, OverPlan {

    /**
     * Returns whether the condition holds in a pay calculation.
     *
     * @param context the calculation, not null
     * @return true if it holds
     * @throws KpiInputException if a measure cannot be read
     */
    boolean isMet(PayContext context);

    /**
     * Describes the condition with the value observed, for explanations:
     * {@code "attainment of 'quality' % 85.0000 ≥ 90: no"}.
     *
     * @param context the calculation, not null
     * @return the description, not null
     * @throws KpiInputException if a measure cannot be read
     */
    String explain(PayContext context);

    /**
     * Obtains the condition "measure ≥ level".
     *
     * @param measure the measure, not null
     * @param level the level, as a decimal with a dot, not null
     * @return the condition, not null
     * @throws KpiInputException if the level is not a number
     */
    static Condition atLeast(Measure measure, String level) {
        return new AtLeast(measure, Decimals.parse("level", level));
    }

    /**
     * Obtains the over-plan condition "fact ≥ multiple × plan" (for a lower-is-better indicator,
     * "fact × multiple ≤ plan").
     *
     * @param indicatorId the indicator id, not null
     * @param multiple the multiple of plan, such as {@code "1.3"}, positive, not null
     * @return the condition, not null
     * @throws KpiInputException if the multiple is not a positive number
     */
    static Condition factAtLeastPlanTimes(String indicatorId, String multiple) {
        return new OverPlan(indicatorId, Decimals.parse("multiple", multiple));
    }
}
