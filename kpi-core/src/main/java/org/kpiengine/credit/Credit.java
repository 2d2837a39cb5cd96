package org.kpiengine.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.kpiengine.money.Money;

/**
 * One employee's credit from one transaction: the exact part of the transaction's amount (or of a
 * payment against it) that counts towards the employee's fact.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param transactionId the transaction the credit comes from: the deal, or the refund
 * @param dealId the deal concerned (equal to {@code transactionId} unless this is a refund's credit)
 * @param kind whether it comes from the deal, a payment against it or a refund
 * @param employeeId the employee credited
 * @param indicatorId the indicator it counts towards
 * @param date the date it counts on: the booking date, or the payment's date
 * @param share the employee's share in the deal, as the deal writes it (percent, amount or weight)
 * @param basis how the share is written
 * @param amount the credit, exact to the minor unit; negative for a refund
 * @since 0.1.0
 */
public record Credit(String transactionId, String dealId, CreditKind kind, String employeeId, String indicatorId,
        LocalDate date, BigDecimal share, ShareBasis basis, Money amount) {

    /**
     * Checks that no component is null.
     *
     * @param transactionId the transaction the credit comes from: the deal, or the refund
     * @param dealId the deal concerned (equal to {@code transactionId} unless this is a refund's credit)
     * @param kind whether it comes from the deal, a payment against it or a refund
     * @param employeeId the employee credited
     * @param indicatorId the indicator it counts towards
     * @param date the date it counts on: the booking date, or the payment's date
     * @param share the employee's share in the deal, as the deal writes it (percent, amount or weight)
     * @param basis how the share is written
     * @param amount the credit, exact to the minor unit; negative for a refund
     */
    public Credit {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * Returns the credit as one line of text, such as
     * {@code 2026-01-12 D-1 deal: 74.99 (share 75 %)}.
     *
     * @return the text, not null
     */
    public String toText() {
        String what = switch (kind) {
            case DEAL -> dealId + " deal";
            case PAYMENT -> dealId + " payment";
            case REFUND -> transactionId + " refund of " + dealId;
        };
        String shareText = switch (basis) {
            case PERCENT -> share.stripTrailingZeros().toPlainString() + " %";
            case AMOUNT -> share.toPlainString() + " of the deal";
            case WEIGHTS -> "weight " + share.toPlainString();
        };
        return date + " " + what + ": " + amount.toAmountText() + " (share " + shareText + ")";
    }
}
