package org.kpiengine.indicator;

/**
 * The unit an indicator is measured in; it is descriptive and changes no calculation.
 *
 * @since 0.1.0
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
    DURATION
}
