package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.CurrencyMismatchException;
import org.kpiengine.money.Money;

/**
 * The linear scheme (target bonus × achievement): {@code plannedBonus × measure / 100}, where the
 * measure is a percentage with 100 at plan (an index, the rating or an attainment).
 *
 * <p>With a {@code base} (a minimum norm, in the measure's percent), nothing is paid up to the base
 * and the payout grows linearly from 0 at the base to the planned bonus at 100:
 * {@code plannedBonus × (measure − base) / (100 − base)}. With base 0 this is exactly a commission:
 * on an index that is fact / plan × 100, a planned bonus of 10 000 on a plan of 500 000 pays 2 % of
 * every sale. An optional {@code cap} limits the payout; it applies to the exact value, which is
 * then rounded once.
 *
 * <p>Spreadsheet: {@code = MIN(cap; ROUND(plannedBonus * MAX(0; measure - base) / (100 - base); 2))}.
 *
 * <pre>{@code
 * LinearScheme commission = LinearScheme.of("sales bonus", Measure.index("revenue"), Money.of("EUR", "10000"))
 *         .withCap(Money.of("EUR", "15000"));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, not blank, not null
 * @param measure the percentage the bonus scales with, not null
 * @param plannedBonus the bonus at 100, not negative, not null
 * @param base the measure up to which nothing is paid, from 0 (inclusive) to 100 (exclusive), not null
 * @param cap the most the scheme pays, not negative, null for no cap
 * @since 0.1.0
 */
public record LinearScheme(String name, Measure measure, Money plannedBonus, BigDecimal base, @Nullable Money cap)
        implements Scheme {

    /**
     * Obtains the scheme.
     *
     * @param name the name, not blank, not null
     * @param measure the percentage the bonus scales with, not null
     * @param plannedBonus the bonus at 100, not negative, not null
     * @param base the measure up to which nothing is paid, from 0 (inclusive) to 100 (exclusive), not null
     * @param cap the most the scheme pays, not negative, null for no cap
     * @throws KpiInputException if the name is blank, an amount is negative, the base is outside
     *     [0, 100), or the cap is in another currency
     */
    public LinearScheme {
        StepName step = new StepName(name);
        Objects.requireNonNull(measure, "measure");
        step.nonNegative("planned bonus", plannedBonus);
        base = step.nonNegative("base", base);
        if (base.compareTo(Decimals.HUNDRED) >= 0) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "base", Decimals.quoteText(base),
                    "base " + Decimals.quoteText(base) + " of '" + name + "' must be below 100 (the plan)");
        }
        if (cap != null) {
            step.nonNegative("cap", cap);
            if (!cap.currency().equals(plannedBonus.currency())) {
                throw new CurrencyMismatchException(plannedBonus.currency(), cap.currency(),
                        "cap of '" + name + "'");
            }
        }
    }

    /**
     * Obtains a linear scheme with base 0 and no cap.
     *
     * @param name the name, not blank, not null
     * @param measure the percentage the bonus scales with, not null
     * @param plannedBonus the bonus at 100, not negative, not null
     * @return the scheme, not null
     * @throws KpiInputException if the name is blank or the bonus negative
     */
    public static LinearScheme of(String name, Measure measure, Money plannedBonus) {
        return new LinearScheme(name, measure, plannedBonus, BigDecimal.ZERO, null);
    }

    /**
     * Returns a copy of this scheme with a base (minimum norm); this instance is immutable and unaffected.
     *
     * @param newBase the base in the measure's percent, from 0 to below 100, not null
     * @return the new scheme, not null
     * @throws KpiInputException if the base is outside [0, 100)
     */
    public LinearScheme withBase(BigDecimal newBase) {
        return new LinearScheme(name, measure, plannedBonus, newBase, cap);
    }

    /**
     * Returns a copy of this scheme with a cap; this instance is immutable and unaffected.
     *
     * @param newCap the cap, not negative, null for none
     * @return the new scheme, not null
     * @throws KpiInputException if the cap is negative or in another currency
     */
    public LinearScheme withCap(@Nullable Money newCap) {
        return new LinearScheme(name, measure, plannedBonus, base, newCap);
    }

    @Override
    public Accrual accrue(PayContext context) {
        context.requireCurrency(name, plannedBonus);
        BigDecimal value = measure.value(context);
        if (value.compareTo(base) <= 0) {
            return new Accrual(Money.zero(context.currency()),
                    new LinearReckoning(plannedBonus, measure, value, base, cap, LinearReckoning.Outcome.AT_OR_BELOW_BASE));
        }
        BigDecimal divisor = Decimals.HUNDRED.subtract(base);
        BigDecimal dividend = plannedBonus.amount().multiply(value.subtract(base));
        if (cap != null && dividend.compareTo(cap.amount().multiply(divisor)) > 0) {
            return new Accrual(cap,
                    new LinearReckoning(plannedBonus, measure, value, base, cap, LinearReckoning.Outcome.CAPPED));
        }
        Money amount = context.round(dividend, divisor);
        return new Accrual(amount,
                new LinearReckoning(plannedBonus, measure, value, base, cap, LinearReckoning.Outcome.PAID));
    }

    /**
     * Returns the measures this scheme reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return List.of(measure);
    }

    /**
     * Returns the money amounts this scheme states, in order.
     *
     * @return the amounts, not null
     */
    @Override
    public List<Money> amounts() {
        return cap == null ? List.of(plannedBonus) : List.of(plannedBonus, cap);
    }
}
