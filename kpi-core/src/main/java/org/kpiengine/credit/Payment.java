package org.kpiengine.credit;

import java.time.LocalDate;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;

/**
 * A payment received against a deal: its date and amount. Used when credit follows the cash
 * ({@link CreditBasis#CASH_RECEIVED}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param date the date the money was received, not null
 * @param amount the amount received, above 0
 * @since 0.1.0
 */
public record Payment(LocalDate date, Money amount) {

    /**
     * Validates the payment.
     *
     * @param date the date the money was received, not null
     * @param amount the amount received, above 0
     * @throws KpiInputException with {@link Reason#OUT_OF_RANGE} if the amount is not above 0
     */
    public Payment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative() || amount.isZero()) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "payment", amount.toString(),
                    "a payment received on " + date + " must be above 0, not " + amount);
        }
    }
}
