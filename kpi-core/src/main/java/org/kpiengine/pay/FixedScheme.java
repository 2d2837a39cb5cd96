package org.kpiengine.pay;

import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.money.Money;

/**
 * The fixed scheme: a set amount once a condition holds, nothing otherwise. Examples: a bonus
 * when the rating reaches 100 ({@code Condition.atLeast(Measure.rating(), "100")}), an over-plan
 * bonus when revenue reaches 1.3 × plan ({@code Condition.factAtLeastPlanTimes("revenue", "1.3")}),
 * a bonus when overdue receivables stay at most 15 % ({@code Condition.atMost(Measure.fact("overdue"), "15")}),
 * or a guaranteed amount every period ({@link #always(String, Money)}). Any {@link Condition} serves.
 *
 * <p>Spreadsheet: {@code = IF(condition; amount; 0)}.
 *
 * <pre>{@code
 * FixedScheme overPlan = FixedScheme.of("over-plan bonus",
 *         Condition.factAtLeastPlanTimes("revenue", "1.3"), Money.of("EUR", "500"));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, not blank, not null
 * @param condition the condition, not null
 * @param amount the amount paid when it holds, not negative, not null
 * @since 0.1.0
 */
public record FixedScheme(String name, Condition condition, Money amount) implements Scheme {

    /**
     * Obtains the scheme.
     *
     * @param name the name, not blank, not null
     * @param condition the condition, not null
     * @param amount the amount paid when it holds, not negative, not null
     * @throws KpiInputException if the name is blank or the amount negative
     */
    public FixedScheme {
        StepName step = new StepName(name);
        Objects.requireNonNull(condition, "condition");
        step.nonNegative("amount", amount);
    }

    /**
     * Obtains the scheme.
     *
     * @param name the name, not blank, not null
     * @param condition the condition, not null
     * @param amount the amount paid when it holds, not negative, not null
     * @return the scheme, not null
     * @throws KpiInputException if the name is blank or the amount negative
     */
    public static FixedScheme of(String name, Condition condition, Money amount) {
        return new FixedScheme(name, condition, amount);
    }

    /**
     * Obtains a guaranteed amount: a fixed scheme whose condition, {@link Condition#always()}, holds
     * in every period. It reads nothing of the scorecard.
     *
     * <pre>{@code
     * FixedScheme monthly = FixedScheme.always("guaranteed bonus", Money.of("EUR", "200"));
     * }</pre>
     *
     * @param name the name, not blank, not null
     * @param amount the amount paid every period, not negative, not null
     * @return the scheme, not null
     * @throws KpiInputException if the name is blank or the amount negative
     */
    public static FixedScheme always(String name, Money amount) {
        return new FixedScheme(name, Condition.always(), amount);
    }

    @Override
    public Accrual accrue(PayContext context) {
        context.requireCurrency(name, amount);
        ConditionCheck check = condition.check(context);
        return new Accrual(check.held() ? amount : Money.zero(context.currency()), check,
                new ConditionReckoning(check, amount));
    }

    /**
     * Returns the measures this scheme reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return condition.measures();
    }

    /**
     * Returns the money amounts this scheme states, in order.
     *
     * @return the amounts, not null
     */
    @Override
    public List<Money> amounts() {
        return List.of(amount);
    }
}
