package org.kpiengine.indicator;

/**
 * The unit an indicator is measured in; it changes no calculation of one period. Across periods it
 * gives an indicator's default for {@link Indicator#additive()} ({@link #isAdditiveByDefault()}).
 */
public enum Unit {
    /** An amount of money, such as revenue or receivables. */
    MONEY,
    /** A count, such as calls or deals. */
    COUNT,
    /** A percentage, such as conversion. */
    PERCENT,
    /** A plain ratio or coefficient, such as a quality score. */
    RATIO,
    /** A duration, such as response time or idle hours. */
    DURATION;

    /**
     * Returns whether an indicator in this unit is additive unless it says otherwise: true for
     * money and counts (sums over time, such as revenue and deals), false for percentages, ratios
     * and durations.
     *
     * @return true for {@code MONEY} and {@code COUNT}
     * @since 0.1.0
     */
    public boolean isAdditiveByDefault() {
        return switch (this) {
            case MONEY, COUNT -> true;
            case PERCENT, RATIO, DURATION -> false;
        };
    }
}
