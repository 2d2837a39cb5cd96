package org.kpiengine.batch;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The distribution of the ratings of a team: minimum, quartiles and maximum.
 *
 * <p>Quartiles use the nearest-rank method, so every figure is one employee's actual rating,
 * never an interpolation: with the {@code count} ratings sorted ascending as r<sub>1</sub> ≤ … ≤
 * r<sub>count</sub>, the p-quantile is r<sub>⌈p × count⌉</sub>. So {@code lowerQuartile} is
 * r<sub>⌈count/4⌉</sub>, {@code median} r<sub>⌈count/2⌉</sub> (the lower middle value when the
 * count is even) and {@code upperQuartile} r<sub>⌈3 × count/4⌉</sub>.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param count the number of ratings (employees with an OK result), at least 1
 * @param min the lowest rating, not null
 * @param lowerQuartile the 25 % nearest-rank quantile, not null
 * @param median the 50 % nearest-rank quantile, not null
 * @param upperQuartile the 75 % nearest-rank quantile, not null
 * @param max the highest rating, not null
 * @since 0.1.0
 */
public record RatingDistribution(
        int count, BigDecimal min, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile, BigDecimal max) {

    /**
     * Obtains a distribution.
     *
     * @param count the number of ratings, at least 1
     * @param min the lowest rating, not null
     * @param lowerQuartile the 25 % nearest-rank quantile, not null
     * @param median the 50 % nearest-rank quantile, not null
     * @param upperQuartile the 75 % nearest-rank quantile, not null
     * @param max the highest rating, not null
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if the count is below 1
     */
    public RatingDistribution {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(lowerQuartile, "lowerQuartile");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(upperQuartile, "upperQuartile");
        Objects.requireNonNull(max, "max");
        if (count < 1) {
            throw new IllegalArgumentException("count " + count + " must be at least 1");
        }
    }

    /**
     * Returns the 1-based rank of the nearest-rank p-quantile among {@code count} sorted values.
     *
     * @param percent p in percent, 1 to 100
     * @param count the number of values, at least 1
     * @return ⌈percent × count / 100⌉, between 1 and count
     */
    static int nearestRank(int percent, int count) {
        return (int) Math.max(1, ((long) percent * count + 99) / 100);
    }
}
