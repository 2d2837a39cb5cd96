package org.kpiengine.pay;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.Warning;
import org.kpiengine.money.Money;

/**
 * A cap and/or floor on the total pay (salary + variable part), applied last (see
 * {@link Modifier}): {@code = MIN(cap; MAX(floor; total))}. The change moves one exact amount to
 * another, so it needs no rounding. A cap is never exceeded: a cap below the salary cuts into the
 * salary (the variable part becomes negative), and the payout then carries a warning saying so.
 *
 * <pre>{@code
 * TotalLimits cap = TotalLimits.cap(Money.of("EUR", "9000"));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, not blank, not null
 * @param floor the least total pay, not negative, null for none
 * @param cap the most total pay, not negative, null for none
 * @since 0.1.0
 */
public record TotalLimits(String name, @Nullable Money floor, @Nullable Money cap) implements Modifier {

    /**
     * Obtains the limits.
     *
     * @param name the name, not blank, not null
     * @param floor the least total pay, not negative, null for none
     * @param cap the most total pay, not negative, null for none
     * @throws KpiInputException if the name is blank, both are null, an amount is negative, or the
     *     floor is above the cap
     */
    public TotalLimits {
        new StepName(name).limits(floor, cap);
    }

    /**
     * Obtains a cap on the total, named {@code "total cap"}.
     *
     * @param cap the cap, not negative, not null
     * @return the limits, not null
     * @throws KpiInputException if the cap is negative
     */
    public static TotalLimits cap(Money cap) {
        return new TotalLimits("total cap", null, cap);
    }

    /**
     * Obtains a floor on the total, named {@code "total floor"}.
     *
     * @param floor the floor, not negative, not null
     * @return the limits, not null
     * @throws KpiInputException if the floor is negative
     */
    public static TotalLimits floor(Money floor) {
        return new TotalLimits("total floor", floor, null);
    }

    @Override
    public Stage stage() {
        return Stage.TOTAL_LIMITS;
    }

    @Override
    public Accrual apply(PayContext context, Money variable, Money total) {
        Accrual accrual = context.limit(name, total, floor, cap);
        if (cap != null && cap.isLessThan(context.salary()) && accrual.amount().isNegative()) {
            return accrual.withWarnings(List.of(new Warning(Warning.Code.TOTAL_CAP_BELOW_SALARY, null,
                    "total cap " + cap + " of '" + name + "' is below the salary " + context.salary()
                            + ", so it cuts into the salary")));
        }
        return accrual;
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
