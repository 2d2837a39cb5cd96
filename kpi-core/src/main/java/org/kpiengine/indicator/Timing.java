package org.kpiengine.indicator;

/**
 * Whether an indicator measures activity that comes before results, or the results themselves.
 *
 * @since 0.1.0
 */
public enum Timing {
    /** Activity: calls, meetings, proposals. */
    LEADING,
    /** Result: revenue, profit. */
    LAGGING
}
