package org.kpiengine.credit;

/**
 * How a deal's receiver shares are written.
 *
 * @since 0.1.0
 */
public enum ShareBasis {
    /** Percentages of the amount, totalling exactly 100. */
    PERCENT,
    /** Amounts, totalling exactly the deal's amount. */
    AMOUNT,
    /**
     * Relative weights, not all 0: {@code 1, 1, 1} splits in equal thirds, which no percentages
     * totalling exactly 100 can write.
     */
    WEIGHTS
}
