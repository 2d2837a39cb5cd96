package org.kpiengine.indicator;

/**
 * Which way an indicator improves.
 *
 * <p>For {@link #HIGHER_IS_BETTER} thresholds run base &lt; plan &lt; target; for
 * {@link #LOWER_IS_BETTER} the order is mirrored: base &gt; plan &gt; target.
 *
 * @since 0.1.0
 */
public enum Direction {
    /** More is better: revenue, deals, calls, conversion. */
    HIGHER_IS_BETTER,
    /** Less is better: receivables, response time, returns, idle time, deal-cycle length. */
    LOWER_IS_BETTER;

    /**
     * Returns whether more is better.
     *
     * @return true for {@link #HIGHER_IS_BETTER}
     */
    public boolean isHigherBetter() {
        return this == HIGHER_IS_BETTER;
    }
}
