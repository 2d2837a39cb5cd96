package org.kpiengine.derived;

import java.util.Locale;

/**
 * A channel through which contacts are made; conversion is counted per channel and in total.
 *
 * @since 0.1.0
 */
public enum Channel {
    /** Phone calls. */
    CALLS,
    /** Meetings in person or online. */
    MEETINGS,
    /** Social networks and messengers. */
    SOCIAL,
    /** The web site: forms, chat, orders. */
    WEB;

    /**
     * Returns the channel's name in lower case, as used in messages: {@code "calls"}.
     *
     * @return the label, not null
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
