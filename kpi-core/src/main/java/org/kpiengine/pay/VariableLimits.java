package org.kpiengine.pay;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.money.Money;

/**
 * A cap and/or floor on the variable part, applied after the gates (see {@link Modifier}):
 * {@code = MIN(cap; MAX(floor; variable))}. The change moves one exact amount to another, so it
 * needs no rounding.
 *
 * <pre>{@code
 * VariableLimits cap = VariableLimits.cap(Money.of("EUR", "5000"));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, not blank, not null
 * @param floor the least variable part (a guaranteed bonus), not negative, null for none
 * @param cap the most variable part, not negative, null for none
 * @since 0.1.0
 */
public record VariableLimits(String name, @Nullable Money floor, @Nullable Money cap) implements Modifier {

    /**
     * Obtains the limits.
     *
     * @param name the name, not blank, not null
     * @param floor the least variable part (a guaranteed bonus), not negative, null for none
     * @param cap the most variable part, not negative, null for none
     * @throws KpiInputException if the name is blank, both are null, an amount is negative, or the
     *     floor is above the cap
     */
    public VariableLimits {
        new StepName(name).limits(floor, cap);
    }

    /**
     * Obtains a cap on the variable part, named {@code "variable cap"}.
     *
     * @param cap the cap, not negative, not null
     * @return the limits, not null
     * @throws KpiInputException if the cap is negative
     */
    public static VariableLimits cap(Money cap) {
        return new VariableLimits("variable cap", null, cap);
    }

    /**
     * Obtains a floor on the variable part (a guaranteed bonus), named {@code "variable floor"}.
     *
     * @param floor the floor, not negative, not null
     * @return the limits, not null
     * @throws KpiInputException if the floor is negative
     */
    public static VariableLimits floor(Money floor) {
        return new VariableLimits("variable floor", floor, null);
    }

    @Override
    public Stage stage() {
        return Stage.VARIABLE_LIMITS;
    }

    @Override
    public Accrual apply(PayContext context, Money variable, Money total) {
        return context.limit(name, variable, floor, cap);
    }

    /**
     * Returns the measures this modifier reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return List.of();
    }

    /**
     * Returns the money amounts this modifier states, in order.
     *
     * @return the amounts, not null
     */
    @Override
    public List<Money> amounts() {
        return Stream.concat(Stream.ofNullable(floor), Stream.ofNullable(cap)).toList();
    }
}
