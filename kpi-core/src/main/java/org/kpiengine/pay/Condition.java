package org.kpiengine.pay;

import java.util.Arrays;
import java.util.List;
import org.kpiengine.KpiInputException;
import org.kpiengine.internal.Decimals;

/**
 * A yes/no test on a period, used by {@link FixedScheme} (pay a set amount when it holds) and
 * {@link Gate} (reduce the variable part when it does not). Any condition serves either.
 *
 * <p>The conditions: {@link AtLeast} (measure ≥ level), {@link AtMost} (measure ≤ level),
 * {@link Between} (low ≤ measure ≤ high, both ends included), {@link AllOf} and {@link AnyOf}
 * (compounds of other conditions, nested freely), {@link OverPlan} (fact ≥ multiple × plan) and
 * {@link Always} (holds in every period: a guaranteed amount). A measure is the rating, an
 * index, a fact, an attainment or a named pay input (see {@link Measure}).
 *
 * <pre>{@code
 * Condition planMet = Condition.atLeast(Measure.rating(), "100");
 * Condition overPlan = Condition.factAtLeastPlanTimes("revenue", "1.3");
 * Condition receivables = Condition.atMost(Measure.fact("overdue-receivables"), "15");
 * Condition both = Condition.allOf(planMet, receivables);
 * }</pre>
 *
 * <p>Comparisons use the rounded index, rating and attainment values (see docs/reference/plan-shapes.md,
 * Conditions). A compound condition checks every one of its parts, also once its answer is known,
 * so that an explanation shows each part with the value it saw, and a part that cannot be read is
 * an error whatever the other parts say. The unbounded-best attainment of a lower-is-better
 * indicator at fact 0 meets every "at least" bound and no "at most" bound. Implementations are
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Condition permits AtLeast, AtMost, Between, AllOf, AnyOf, OverPlan, Always {

    /**
     * Checks the condition in a pay calculation: whether it holds, the value it saw and, for a
     * compound condition, the check of each part.
     *
     * @param context the calculation, not null
     * @return the check, not null
     * @throws KpiInputException if a measure cannot be read
     */
    ConditionCheck check(PayContext context);

    /**
     * Returns whether the condition holds in a pay calculation; the same as {@code check(context).held()}.
     *
     * @param context the calculation, not null
     * @return true if it holds
     * @throws KpiInputException if a measure cannot be read
     */
    default boolean isMet(PayContext context) {
        return check(context).held();
    }

    /**
     * Describes the condition with the value observed, for explanations:
     * {@code "attainment of 'quality' % 85.0000 ≥ 90: no"}; the same as {@code check(context).text()}.
     *
     * @param context the calculation, not null
     * @return the description, not null
     * @throws KpiInputException if a measure cannot be read
     */
    default String explain(PayContext context) {
        return check(context).text();
    }

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
     * Obtains the condition "measure ≤ level", such as overdue receivables at most 15 %
     * ({@code Condition.atMost(Measure.fact("overdue"), "15")}): the way to write a gate on a
     * lower-is-better figure.
     *
     * @param measure the measure, not null
     * @param level the level the measure must not exceed, as a decimal with a dot, not null
     * @return the condition, not null
     * @throws KpiInputException if the level is not a number
     */
    static Condition atMost(Measure measure, String level) {
        return new AtMost(measure, Decimals.parse("level", level));
    }

    /**
     * Obtains the condition "low ≤ measure ≤ high", both ends included.
     *
     * @param measure the measure, not null
     * @param low the lowest value that holds, as a decimal with a dot, not null
     * @param high the highest value that holds, not below {@code low}, as a decimal with a dot, not null
     * @return the condition, not null
     * @throws KpiInputException if a bound is not a number, or (reason {@code INVALID_CONDITION})
     *     low is above high
     */
    static Condition between(Measure measure, String low, String high) {
        return new Between(measure, Decimals.parse("low", low), Decimals.parse("high", high));
    }

    /**
     * Obtains the condition that holds when every one of its parts holds.
     *
     * @param parts the parts, at least one, not null
     * @return the condition, not null
     * @throws KpiInputException (reason {@code INVALID_CONDITION}) if there is no part
     */
    static Condition allOf(Condition... parts) {
        return new AllOf(Arrays.asList(parts));
    }

    /**
     * Obtains the condition that holds when at least one of its parts holds.
     *
     * @param parts the parts, at least one, not null
     * @return the condition, not null
     * @throws KpiInputException (reason {@code INVALID_CONDITION}) if there is no part
     */
    static Condition anyOf(Condition... parts) {
        return new AnyOf(Arrays.asList(parts));
    }

    /**
     * Obtains the condition that holds in every period, for a guaranteed amount
     * ({@link FixedScheme#always(String, org.kpiengine.money.Money)}).
     *
     * @return the condition, not null
     */
    static Condition always() {
        return Always.INSTANCE;
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

    /**
     * Returns the measures this condition reads, in order, those of every part of a compound
     * one; "over plan" reads the indicator's fact ({@link Measure#fact(String)}), and
     * {@code always} reads none.
     *
     * @return the unmodifiable list, not null
     * @since 0.1.0
     */
    List<Measure> measures();
}
