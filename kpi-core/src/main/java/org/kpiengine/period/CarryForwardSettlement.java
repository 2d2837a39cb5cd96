package org.kpiengine.period;

/**
 * What happens to the carry-forward balance (earnings above the period cap not yet paid) at year
 * end or at termination; reported on the statement either way (docs/reference/periods.md, Cap with
 * carry-forward).
 *
 * @since 0.1.0
 */
public enum CarryForwardSettlement {
    /** The balance is forfeited: never paid (the default). */
    FORFEITED,
    /** The balance is paid in full with the last period. */
    PAID
}
