package org.kpiengine.indicator;

/** Whether an indicator measures activity that comes before results, or the results themselves. */
public enum Timing {
    /** Activity: calls, meetings, proposals. */
    LEADING,
    /** Result: revenue, profit. */
    LAGGING
}
