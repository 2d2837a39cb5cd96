package org.kpiengine.indicator;

/**
 * The unit an indicator is measured in. It changes no formula, but it decides which facts are
 * accepted and what a figure may be used as:
 *
 * <ul>
 *   <li>{@link #MONEY} facts may be negative (a refund, a loss, a credit balance); only a money
 *       indicator's fact may serve as a turnover that a percentage is paid on;</li>
 *   <li>{@link #COUNT} and {@link #DURATION} facts must not be negative: nothing happens fewer than
 *       zero times or for less than no time;</li>
 *   <li>{@link #PERCENT} and {@link #RATIO} facts may be negative (a fall in sales, a negative
 *       margin, a net promoter score below zero).</li>
 * </ul>
 *
 * <p>A scorecard refuses a fact its unit does not accept with a {@code KpiInputException} of
 * reason {@code OUT_OF_RANGE} naming the indicator and the value (see docs/guides/errors.md,
 * "Values each unit accepts").
 *
 * <p>Across periods the unit gives an indicator's default for {@link Indicator#additive()}
 * ({@link #isAdditiveByDefault()}).
 *
 * @since 0.1.0
 */
public enum Unit {
    /** An amount of money, such as revenue or receivables; may be negative. */
    MONEY(true),
    /** A count, such as calls or deals; never negative. */
    COUNT(false),
    /** A percentage, such as conversion or growth; may be negative. */
    PERCENT(true),
    /** A plain ratio or coefficient, such as a quality score; may be negative. */
    RATIO(true),
    /** A duration, such as response time or idle hours; never negative. */
    DURATION(false);

    private final boolean negativeAllowed;

    Unit(boolean negativeAllowed) {
        this.negativeAllowed = negativeAllowed;
    }

    /**
     * Returns whether a fact in this unit may be below zero.
     *
     * @return true for money, percentages and ratios; false for counts and durations
     * @since 0.1.0
     */
    public boolean allowsNegative() {
        return negativeAllowed;
    }

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
