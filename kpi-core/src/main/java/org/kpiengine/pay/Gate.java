package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;

/**
 * A gate (kicker, qualifier): unless its condition holds, the variable part is multiplied by a
 * factor between 0 and 1 (0 sets it to zero). Applied first among the modifiers (see
 * {@link Modifier}). The new variable part is rounded once: {@code = ROUND(variable * factor; 2)};
 * the gate's change is the difference, exact.
 *
 * <pre>{@code
 * // halve the bonus when the quality attainment (fact / plan × 100) is below 90
 * Gate quality = Gate.reduceUnless("quality gate", Condition.atLeast(Measure.attainment("quality"), "90"), "0.5");
 * // no bonus while overdue receivables are above 15 % (a lower-is-better figure: "at most", on the fact)
 * Gate overdue = Gate.zeroUnless("overdue gate", Condition.atMost(Measure.fact("overdue-receivables"), "15"));
 * }</pre>
 *
 * <p>Any {@link Condition} serves, compounds included; the pay line carries the check of each
 * part ({@link PayLine#conditions()}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, not blank, not null
 * @param condition the condition that lets the variable part through untouched, not null
 * @param factor the factor applied when the condition fails, from 0 to 1, not null
 * @since 0.1.0
 */
public record Gate(String name, Condition condition, BigDecimal factor) implements Modifier {

    /**
     * Obtains a gate.
     *
     * @param name the name, not blank, not null
     * @param condition the condition that lets the variable part through untouched, not null
     * @param factor the factor applied when the condition fails, from 0 to 1, not null
     * @throws KpiInputException if the name is blank or the factor is outside [0, 1]
     */
    public Gate {
        StepName step = new StepName(name);
        Objects.requireNonNull(condition, "condition");
        factor = step.nonNegative("factor", factor);
        if (factor.compareTo(BigDecimal.ONE) > 0) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "factor", Decimals.quoteText(factor),
                    "factor " + Decimals.quoteText(factor) + " of gate '" + name + "' must be between 0 and 1");
        }
    }

    /**
     * Obtains a gate that sets the variable part to zero unless the condition holds.
     *
     * @param name the name, not blank, not null
     * @param condition the condition, not null
     * @return the gate, not null
     * @throws KpiInputException if the name is blank
     */
    public static Gate zeroUnless(String name, Condition condition) {
        return new Gate(name, condition, BigDecimal.ZERO);
    }

    /**
     * Obtains a gate that multiplies the variable part by a factor unless the condition holds.
     *
     * @param name the name, not blank, not null
     * @param condition the condition, not null
     * @param factor the factor, from 0 to 1, as a decimal with a dot, not null
     * @return the gate, not null
     * @throws KpiInputException if the name is blank or the factor is not a number in [0, 1]
     */
    public static Gate reduceUnless(String name, Condition condition, String factor) {
        return new Gate(name, condition, Decimals.parse("factor", factor));
    }

    @Override
    public Stage stage() {
        return Stage.GATE;
    }

    @Override
    public Accrual apply(PayContext context, Money variable, Money total) {
        ConditionCheck check = condition.check(context);
        if (check.held()) {
            return new Accrual(Money.zero(context.currency()), check, new GateReckoning(check, variable, factor, variable));
        }
        Money reduced = variable.multipliedBy(factor, context.precision().moneyRounding());
        return new Accrual(reduced.minus(variable), check, new GateReckoning(check, variable, factor, reduced));
    }

    /**
     * Returns the measures this modifier reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return condition.measures();
    }

    /**
     * Returns the money amounts this modifier states, in order.
     *
     * @return the amounts, not null
     */
    @Override
    public List<Money> amounts() {
        return List.of();
    }
}
