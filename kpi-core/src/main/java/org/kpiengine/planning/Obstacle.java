package org.kpiengine.planning;

import java.util.Objects;

/**
 * Why a goal cannot be reached by moving one indicator: what stood in the way at the best fact
 * the search tried.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind what kind of obstacle, not null
 * @param place the indicator id, gate, limit or scheme name concerned, not null
 * @param detail a sentence for a person with the figures, not null
 * @since 0.1.0
 */
public record Obstacle(Kind kind, String place, String detail) {

    /**
     * The kinds of obstacle.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** The indicator's index stops at its curve's cap. */
        CAPPED_INDEX,
        /** A gate is closed at the best fact, so it depends on something else (another indicator). */
        GATE_CLOSED,
        /** A cap on the variable part or the total cuts the payout. */
        PAY_CAPPED,
        /** The tier table's measure is already in its top band: there is no next band. */
        TOP_BAND,
        /** The fact cannot improve further (a lower-is-better fact at 0). */
        BEST_FACT,
        /** The goal's figure at the best fact tried is still short of it; nothing more specific was found. */
        SHORT
    }

    /**
     * Obtains an obstacle.
     *
     * @param kind the kind, not null
     * @param place where in the plan, not null
     * @param detail the sentence, not null
     * @throws NullPointerException if an argument is null
     */
    public Obstacle {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(detail, "detail");
    }
}
