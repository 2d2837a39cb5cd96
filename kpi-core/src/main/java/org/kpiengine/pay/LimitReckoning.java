package org.kpiengine.pay;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.money.Money;

/**
 * A cap and floor's line, on the variable part or on the total (the line's kind says which): the
 * value before, the limits and what happened.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the variable part or total before the limits, not null
 * @param floor the floor, null for none
 * @param cap the cap, null for none
 * @param outcome what happened, not null
 * @since 0.1.0
 */
public record LimitReckoning(Money value, @Nullable Money floor, @Nullable Money cap, Outcome outcome) implements Reckoning {

    /**
     * What a cap and floor did.
     *
     * @since 0.1.0
     */
    public enum Outcome {
        /** The value was below the floor and was raised to it. */
        RAISED_TO_FLOOR,
        /** The value was above the cap and was cut to it. */
        CUT_TO_CAP,
        /** The value was within the limits. */
        WITHIN
    }

    /**
     * Obtains the reckoning of a cap and floor's line.
     *
     * @param value the value before, not null
     * @param floor the floor, or null
     * @param cap the cap, or null
     * @param outcome what happened, not null
     */
    public LimitReckoning {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public String kind() {
        return "LIMITS";
    }
}
