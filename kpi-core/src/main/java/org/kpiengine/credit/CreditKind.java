package org.kpiengine.credit;

/**
 * What a {@link Credit} comes from.
 *
 * @since 0.1.0
 */
public enum CreditKind {
    /** A deal booked (credit by booking date). */
    DEAL,
    /** A payment received against a deal (credit on cash received). */
    PAYMENT,
    /** A refund reversing part or all of a deal. */
    REFUND
}
