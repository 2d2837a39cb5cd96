package org.kpiengine.credit;

/**
 * When a transaction counts: on its booking date, or as its payments are received.
 *
 * @since 0.1.0
 */
public enum CreditBasis {
    /** A deal and a refund count in full on their booking dates (the default). */
    BOOKING_DATE,
    /**
     * "Pay on cash received": a deal counts as its payments come in, each payment on its own date;
     * a refund counts only for the part of it that takes back money already received.
     */
    CASH_RECEIVED
}
