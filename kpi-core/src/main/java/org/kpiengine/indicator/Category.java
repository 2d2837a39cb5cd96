package org.kpiengine.indicator;

/**
 * The four balanced-scorecard groups an indicator may belong to.
 *
 * @since 0.1.0
 */
public enum Category {
    /** Finance: revenue, profit, receivables. */
    FINANCE,
    /** Clients: satisfaction, repeat purchases. */
    CLIENTS,
    /** Internal processes: response time, deal-cycle length. */
    INTERNAL_PROCESSES,
    /** Development: training, new skills. */
    DEVELOPMENT
}
