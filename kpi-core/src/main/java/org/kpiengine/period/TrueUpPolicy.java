package org.kpiengine.period;

/**
 * What a cumulative scheme pays when earned to date falls below what was already paid to date
 * (docs/reference/periods.md, True-up).
 *
 * @since 0.1.0
 */
public enum TrueUpPolicy {
    /**
     * Pays {@code max(0, earned to date − paid to date)} (the default): a shortfall is recovered
     * by later true-ups of the same window only, and what is still overpaid when the window ends
     * is reported, not recovered.
     */
    NEVER_NEGATIVE,
    /** Pays {@code earned to date − paid to date}, negative when earned to date fell. */
    RECOVER
}
