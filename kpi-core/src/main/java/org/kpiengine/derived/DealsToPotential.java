package org.kpiengine.derived;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;

/**
 * Deals to potential (docs/reference/derived.md, Deals to potential): the closed deals as a share of the prospects met,
 * {@code ROUND(deals × 100 / prospects; 4)} {@code HALF_UP} by default: 15 of 50 → {@code 30.0000}.
 * No minimum sample applies (the decided minimums are for an average check and a conversion).
 *
 * <p>This class has no instances.
 *
 * @since 0.1.0
 */
public final class DealsToPotential {

    private DealsToPotential() {
    }

    /**
     * Returns deals to potential with the default precision.
     *
     * @param deals the closed deals, not negative, at most the prospects
     * @param prospects the prospects met, positive
     * @return the percentage, rounded to 4 places, not null
     * @throws KpiInputException naming the field if a count is negative, the deals exceed the
     *     prospects, or there are no prospects
     */
    public static BigDecimal of(long deals, long prospects) {
        return of(deals, prospects, Precision.DEFAULT);
    }

    /**
     * Returns deals to potential, {@code ROUND(deals × 100 / prospects; indexScale)}.
     *
     * @param deals the closed deals, not negative, at most the prospects
     * @param prospects the prospects met, positive
     * @param precision the rounding rule, not null
     * @return the percentage, rounded to the precision's index scale, not null
     * @throws KpiInputException naming the field if a count is negative, the deals exceed the
     *     prospects, or there are no prospects
     */
    public static BigDecimal of(long deals, long prospects, Precision precision) {
        Samples.requireNonNegative("deals", deals);
        Samples.requireNonNegative("prospects", prospects);
        Samples.requireAtMost("deals", deals, "prospects", prospects);
        Objects.requireNonNull(precision, "precision");
        if (prospects == 0) {
            throw Samples.divisionByZero("deals to potential", "prospects");
        }
        return Samples.percent(deals, prospects, precision);
    }
}
