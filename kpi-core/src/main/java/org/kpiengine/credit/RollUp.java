package org.kpiengine.credit;

/**
 * Whose credits a manager's fact adds to their own.
 *
 * @since 0.1.0
 */
public enum RollUp {
    /** No roll-up: every employee's fact is their own credit. */
    NONE,
    /** The manager adds the credits of their direct reports. */
    DIRECT,
    /** The manager adds the credits of everyone below them (the whole subtree). */
    SUBTREE
}
