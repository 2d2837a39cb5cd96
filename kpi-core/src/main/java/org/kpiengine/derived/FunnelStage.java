package org.kpiengine.derived;

import java.util.Locale;

/**
 * A stage of the sales funnel, in the funnel's order: visitors → leads → marketing-qualified
 * leads → sales-qualified leads → sales-accepted leads → deals.
 *
 * @since 0.1.0
 */
public enum FunnelStage {
    /** Visitors (of the site, the shop, the stand). */
    VISITORS,
    /** Leads: visitors who left a contact. */
    LEADS,
    /** Marketing-qualified leads. */
    MQL,
    /** Sales-qualified leads. */
    SQL,
    /** Sales-accepted leads. */
    SAL,
    /** Deals closed. */
    DEALS;

    /**
     * Returns the stage's name in lower case, as used in messages: {@code "mql"}.
     *
     * @return the label, not null
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
