package org.kpiengine.period;

import java.util.Objects;
import org.kpiengine.money.Money;

/**
 * An entry of the ledger: what was paid to an employee for a period (the statement's total). A
 * period with a payment is closed: computing it again never rewrites it; the difference from the
 * recomputed figure is settled as an adjustment in the next open period
 * (docs/reference/periods.md, Closed periods).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param periodId the period paid, not null
 * @param paid the total paid for it, not null
 * @since 0.1.0
 */
public record Payment(String periodId, Money paid) {

    /**
     * Obtains a payment.
     *
     * @param periodId the period paid, not null
     * @param paid the total paid for it, not null
     */
    public Payment {
        Objects.requireNonNull(periodId, "periodId");
        Objects.requireNonNull(paid, "paid");
    }
}
