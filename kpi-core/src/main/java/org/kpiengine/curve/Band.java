package org.kpiengine.curve;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;

/**
 * One row of a band table: the half-open range [{@code lowerInclusive}, {@code upperExclusive})
 * and the value it maps to (an index, a coefficient or a rate, as the table's user decides).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param lowerInclusive the lowest value inside the band, not null
 * @param upperExclusive the first value above the band, null for an open-ended last band
 * @param value the value the band maps to, not null
 * @since 0.1.0
 */
public record Band(BigDecimal lowerInclusive, @Nullable BigDecimal upperExclusive, BigDecimal value) {

    /**
     * Obtains a band, validating that lower &lt; upper.
     *
     * @param lowerInclusive the lowest value inside the band, not null
     * @param upperExclusive the first value above the band, null for an open-ended last band
     * @param value the value the band maps to, not null
     * @throws KpiInputException if the upper bound is not above the lower bound
     */
    public Band {
        Objects.requireNonNull(lowerInclusive, "lowerInclusive");
        Objects.requireNonNull(value, "value");
        lowerInclusive = Decimals.normalise(null, "lowerInclusive", lowerInclusive);
        value = Decimals.normalise(null, "value", value);
        if (upperExclusive != null) {
            upperExclusive = Decimals.normalise(null, "upperExclusive", upperExclusive);
            if (upperExclusive.compareTo(lowerInclusive) <= 0) {
                throw new KpiInputException(Reason.INVALID_BANDS, null, "upperExclusive", Decimals.quoteText(upperExclusive),
                        "band [" + Decimals.quoteText(lowerInclusive) + ", " + Decimals.quoteText(upperExclusive)
                                + ") must have its upper bound above its lower bound");
            }
        }
    }

    /**
     * Returns whether a value lies in this band, lower bound included, upper bound excluded.
     *
     * @param x the value, not null
     * @return true if lower &lt;= x &lt; upper
     */
    public boolean contains(BigDecimal x) {
        return x.compareTo(lowerInclusive) >= 0 && (upperExclusive == null || x.compareTo(upperExclusive) < 0);
    }

    @Override
    public String toString() {
        return "[" + Decimals.text(lowerInclusive) + ", " + (upperExclusive == null ? "∞" : Decimals.text(upperExclusive))
                + ") → " + Decimals.text(value);
    }
}
