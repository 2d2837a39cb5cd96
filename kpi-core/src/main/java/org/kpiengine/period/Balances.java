package org.kpiengine.period;

import java.util.Objects;
import org.kpiengine.money.Money;

/**
 * The balances an employee carries from one period to the next (docs/reference/periods.md,
 * Statement): what a recoverable draw advanced and has not recovered, earnings above a cap not yet
 * paid, chargebacks not yet recovered, and what cumulative schemes paid beyond earned to date in
 * the current windows.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param draw the draw balance still to recover, not negative, not null
 * @param carryForward the earnings above a cap still to pay, not negative, not null
 * @param chargebacks the chargebacks not yet recovered (the negative balance, shown as a positive amount), not null
 * @param overpaid what cumulative schemes paid beyond earned to date in their current windows, not null
 * @since 0.1.0
 */
public record Balances(Money draw, Money carryForward, Money chargebacks, Money overpaid) {

    /**
     * Obtains balances.
     *
     * @param draw the draw balance, not null
     * @param carryForward the carry-forward balance, not null
     * @param chargebacks the chargebacks not yet recovered, not null
     * @param overpaid the cumulative overpayment, not null
     */
    public Balances {
        Objects.requireNonNull(draw, "draw");
        Objects.requireNonNull(carryForward, "carryForward");
        Objects.requireNonNull(chargebacks, "chargebacks");
        Objects.requireNonNull(overpaid, "overpaid");
    }

    /**
     * Obtains all-zero balances in a currency.
     *
     * @param currency the currency, not null
     * @return the balances, not null
     */
    public static Balances zero(java.util.Currency currency) {
        Money zero = Money.zero(currency);
        return new Balances(zero, zero, zero, zero);
    }
}
