package org.kpiengine.period;

/**
 * What happens to a recoverable draw's balance at year end or at termination; reported on the
 * statement either way (docs/reference/periods.md, Draws).
 *
 * @since 0.1.0
 */
public enum DrawSettlement {
    /** The balance is forgiven: never recovered (the default). */
    FORGIVEN,
    /** The balance is carried over: it stays owed, and the next year opens with it. */
    CARRIED
}
