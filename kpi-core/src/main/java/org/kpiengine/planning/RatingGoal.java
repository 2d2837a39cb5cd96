package org.kpiengine.planning;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.internal.Decimals;

/**
 * The goal "a rating of at least {@code level}" (the rounded rating, as every tier edge sees it).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param level the rating in percent, not null
 * @since 0.1.0
 */
public record RatingGoal(BigDecimal level) implements Goal {

    /**
     * Obtains the goal.
     *
     * @param level the rating in percent, not null
     * @throws NullPointerException if the level is null
     */
    public RatingGoal {
        level = Decimals.normalise("level", Objects.requireNonNull(level, "level"));
    }

    @Override
    public String describe() {
        return "rating ≥ " + Decimals.text(level);
    }
}
