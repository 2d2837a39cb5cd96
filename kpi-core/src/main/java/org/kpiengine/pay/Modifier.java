package org.kpiengine.pay;

import java.util.List;
import org.kpiengine.KpiInputException;
import org.kpiengine.money.Money;

/**
 * A modifier: a step after the schemes that changes the variable part or the total.
 *
 * <p>A {@link PayPlan} applies its modifiers in ONE fixed order, whatever order they were given
 * in, by {@link Stage}; modifiers of the same stage keep their given order:
 * <ol>
 *   <li>{@link Gate}s: if a condition fails, the variable part (the sum of the schemes) is
 *       multiplied by a factor (0 sets it to zero), {@code = ROUND(variable * factor; 2)};</li>
 *   <li>{@link VariableLimits}: the variable part is raised to its floor or cut to its cap;</li>
 *   <li>{@link Deduction}s: an amount per unit (such as per idle hour),
 *       {@code = ROUND(units * amountPerUnit; 2)}, never taking the pay below the deduction's
 *       documented floor (by default the salary: a deduction eats only the variable part);</li>
 *   <li>{@link TotalLimits}: the total (salary + variable part) is raised to its floor or cut to
 *       its cap.</li>
 * </ol>
 * A pay plan rejects a floor that lies above a cap of the same stage (say a {@code VariableLimits}
 * cap of 50 and another's floor of 100), so a cap is never exceeded whatever order the limits of a
 * stage were given in.
 * Each change is rounded once to the minor unit (a gate's result is the only one that needs
 * rounding; limits move an amount to another amount exactly), so the total is always the sum of
 * the rounded components.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Modifier permits Gate, VariableLimits, Deduction, TotalLimits {

    /**
     * The stages of the fixed order in which a pay plan applies its modifiers.
     *
     * @since 0.1.0
     */
    enum Stage {
        /** First: gates on the variable part. */
        GATE,
        /** Second: cap and floor on the variable part. */
        VARIABLE_LIMITS,
        /** Third: deductions per unit. */
        DEDUCTION,
        /** Last: cap and floor on the total. */
        TOTAL_LIMITS
    }

    /**
     * Returns the modifier's name, shown in explanations.
     *
     * @return the name, not blank, not null
     */
    String name();

    /**
     * Returns the stage at which this modifier is applied.
     *
     * @return the stage, not null
     */
    Stage stage();

    /**
     * Computes this modifier's change to the pay.
     *
     * @param context the calculation, not null
     * @param variable the variable part so far (total − salary), not null
     * @param total the total so far, not null
     * @return the signed change (added to both the variable part and the total) and how it was
     *     computed, not null
     * @throws KpiInputException if a measure cannot be read or a quantity is out of range
     */
    Accrual apply(PayContext context, Money variable, Money total);

    /**
     * Returns the measures this modifier reads, in order: a gate's condition's, a deduction's
     * units; limits read none.
     *
     * @return the unmodifiable list, not null
     * @since 0.1.0
     */
    List<Measure> measures();

    /**
     * Returns the money amounts this modifier states (a floor, a cap, an amount per unit), in
     * order; they must be in the salary's currency.
     *
     * @return the unmodifiable list, not null
     * @since 0.1.0
     */
    List<Money> amounts();
}
