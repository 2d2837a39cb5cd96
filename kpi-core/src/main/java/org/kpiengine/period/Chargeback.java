package org.kpiengine.period;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;

/**
 * A refund (a cancelled deal, a credit note) recorded in one period against a deal paid in an
 * earlier one. It is charged back at the rate actually paid then:
 * {@code chargeback = ROUND(refund × payout of the scheme in the original period ÷ the measured
 * fact of the indicator in that period; 2)} (docs/reference/periods.md, Chargebacks).
 *
 * <p>A refund against a cumulative scheme is not a chargeback: it lowers the facts to date of the
 * period it is recorded in, and the true-up does the rest.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param periodId the period the refund is recorded in, not null
 * @param originalPeriodId the earlier period in which the deal was paid, not null
 * @param schemeName the period scheme that paid for the deal, not null
 * @param indicatorId the indicator the scheme measured, whose fact in the original period sets the rate, not null
 * @param refund the refunded amount of that indicator (such as revenue), positive, not null
 * @since 0.1.0
 */
public record Chargeback(String periodId, String originalPeriodId, String schemeName, String indicatorId, BigDecimal refund) {

    /**
     * Obtains a chargeback, validating it.
     *
     * @param periodId the period the refund is recorded in, not null
     * @param originalPeriodId the earlier period in which the deal was paid, not null
     * @param schemeName the period scheme that paid for the deal, not null
     * @param indicatorId the indicator measured, not null
     * @param refund the refunded amount, positive, not null
     * @throws KpiInputException if the refund is not positive
     */
    public Chargeback {
        Objects.requireNonNull(periodId, "periodId");
        Objects.requireNonNull(originalPeriodId, "originalPeriodId");
        Objects.requireNonNull(schemeName, "schemeName");
        Objects.requireNonNull(indicatorId, "indicatorId");
        refund = Decimals.normalise("refund", Objects.requireNonNull(refund, "refund"));
        if (refund.signum() <= 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, indicatorId, "refund", refund.toPlainString(),
                    "refund " + refund.toPlainString() + " of indicator '" + indicatorId + "' must be positive");
        }
    }
}
