package org.kpiengine.curve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.internal.Nulls;

/**
 * A validated band table: contiguous, half-open bands [lower, upper), sorted, with no gap and no
 * overlap, the last one open-ended. A value below the first band's lower bound falls in no band
 * ({@link #find} returns null); every value at or above it falls in exactly one.
 *
 * <p>A hand-written table such as "below 50 % → 0, 51–89 % → 0.5" has a hole between 50 and 51;
 * this class cannot hold one.
 *
 * <pre>{@code
 * Bands coefficient = Bands.from("0").upTo("50", "0").upTo("90", "0.5").upTo("110", "1").andAbove("1.2");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Bands {

    private final List<Band> bands;

    private Bands(List<Band> bands) {
        this.bands = Nulls.copyOf(bands, "bands");
        if (this.bands.isEmpty()) {
            throw new KpiInputException(Reason.INVALID_BANDS, null, "bands", null, "a band table needs at least one band");
        }
        for (int i = 0; i < this.bands.size(); i++) {
            Band band = Objects.requireNonNull(this.bands.get(i), "band");
            boolean last = i == this.bands.size() - 1;
            if (last) {
                if (band.upperExclusive() != null) {
                    throw new KpiInputException(Reason.INVALID_BANDS, null, "bands", Decimals.quoteText(band.upperExclusive()),
                            "the last band " + band + " must be open-ended (no upper bound), so no value falls above the table");
                }
            } else {
                Band next = this.bands.get(i + 1);
                BigDecimal upper = band.upperExclusive();
                if (upper == null) {
                    throw new KpiInputException(Reason.INVALID_BANDS, null, "bands", null,
                            "band " + (i + 1) + " " + band + " is open-ended but is not the last band");
                }
                int c = upper.compareTo(next.lowerInclusive());
                if (c != 0) {
                    throw new KpiInputException(Reason.INVALID_BANDS, null, "bands", Decimals.quoteText(next.lowerInclusive()),
                            "bands must be contiguous and sorted: band " + (i + 2) + " starts at "
                                    + Decimals.quoteText(next.lowerInclusive()) + " but band " + (i + 1) + " ends at "
                                    + Decimals.quoteText(upper) + (c < 0 ? " (a gap)" : " (an overlap)"));
                }
            }
        }
    }

    /**
     * Obtains a band table from its rows.
     *
     * @param bands the bands, sorted, contiguous, the last open-ended, not null
     * @return the table, not null
     * @throws KpiInputException if the table is empty, has a gap or an overlap, or is unsorted
     */
    public static Bands of(List<Band> bands) {
        return new Bands(bands);
    }

    /**
     * Starts a table at its lowest bound; continue with {@link Builder#upTo} and finish with
     * {@link Builder#andAbove}.
     *
     * @param lowerInclusive the first band's lower bound, as a decimal with a dot, not null
     * @return a builder, not null
     */
    public static Builder from(String lowerInclusive) {
        return new Builder(Decimals.parse("lowerInclusive", lowerInclusive));
    }

    /**
     * Starts a table at its lowest bound.
     *
     * @param lowerInclusive the first band's lower bound, not null
     * @return a builder, not null
     */
    public static Builder from(BigDecimal lowerInclusive) {
        return new Builder(lowerInclusive);
    }

    /**
     * Returns the bands, in order.
     *
     * @return the unmodifiable list, not null
     */
    public List<Band> bands() {
        return bands;
    }

    /**
     * Returns the lower bound of the first band.
     *
     * @return the lowest value the table covers, not null
     */
    public BigDecimal lowest() {
        return bands.get(0).lowerInclusive();
    }

    /**
     * Returns the band a value falls in.
     *
     * @param x the value, not null
     * @return the band, or null if the value lies below the first band
     */
    public @Nullable Band find(BigDecimal x) {
        Objects.requireNonNull(x, "x");
        for (int i = bands.size() - 1; i >= 0; i--) {
            Band band = bands.get(i);
            if (x.compareTo(band.lowerInclusive()) >= 0) {
                return band;
            }
        }
        return null;
    }

    /**
     * Returns the largest value any band maps to.
     *
     * @return the maximum value, not null
     */
    public BigDecimal maxValue() {
        BigDecimal max = bands.get(0).value();
        for (Band band : bands) {
            max = max.max(band.value());
        }
        return max;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Bands other && bands.equals(other.bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    @Override
    public String toString() {
        return bands.toString();
    }

    /** Builds a contiguous table band by band; each band starts where the previous one ended. */
    public static final class Builder {
        private final List<Band> bands = new ArrayList<>();
        private BigDecimal lower;

        private Builder(BigDecimal lower) {
            this.lower = Objects.requireNonNull(lower, "lowerInclusive");
        }

        /**
         * Adds the band [previous bound, {@code upperExclusive}) mapping to {@code value}.
         *
         * @param upperExclusive the band's upper bound, not null
         * @param value the band's value, not null
         * @return this builder, not null
         * @throws KpiInputException if the bound is not above the previous one or a text is not a number
         */
        public Builder upTo(String upperExclusive, String value) {
            return upTo(Decimals.parse("upperExclusive", upperExclusive), Decimals.parse("value", value));
        }

        /**
         * Adds the band [previous bound, {@code upperExclusive}) mapping to {@code value}.
         *
         * @param upperExclusive the band's upper bound, not null
         * @param value the band's value, not null
         * @return this builder, not null
         * @throws KpiInputException if the bound is not above the previous one
         */
        public Builder upTo(BigDecimal upperExclusive, BigDecimal value) {
            bands.add(new Band(lower, upperExclusive, value));
            lower = upperExclusive;
            return this;
        }

        /**
         * Adds the open-ended last band [previous bound, ∞) and builds the table.
         *
         * @param value the last band's value, not null
         * @return the table, not null
         * @throws KpiInputException if a text is not a number
         */
        public Bands andAbove(String value) {
            return andAbove(Decimals.parse("value", value));
        }

        /**
         * Adds the open-ended last band [previous bound, ∞) and builds the table.
         *
         * @param value the last band's value, not null
         * @return the table, not null
         */
        public Bands andAbove(BigDecimal value) {
            bands.add(new Band(lower, null, value));
            return new Bands(bands);
        }
    }
}
