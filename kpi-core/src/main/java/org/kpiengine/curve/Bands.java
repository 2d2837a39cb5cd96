package org.kpiengine.curve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * <p>A table can be written band by band, each with its upper bound, or the way tier tables are
 * usually written on paper: one boundary per row, each a lower bound with its value, the last row
 * open-ended (see docs/reference/plan-shapes.md, Tier tables as rows). Both give the same table:
 *
 * <pre>{@code
 * Bands coefficient = Bands.from("0").upTo("50", "0").upTo("90", "0.5").upTo("110", "1").andAbove("1.2");
 * Bands same = Bands.ofBoundaries(
 *         Bands.boundary("0", "0"), Bands.boundary("50", "0.5"), Bands.boundary("90", "1"), Bands.boundary("110", "1.2"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
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
     * Obtains a band table from its boundaries, written as (lower bound → value) rows: each
     * boundary starts a band that runs up to the next boundary (excluded), the last one open-ended.
     *
     * @param boundaries the boundaries, their lower bounds strictly rising, at least one, not null
     * @return the table, not null
     * @throws KpiInputException ({@link Reason#INVALID_BANDS}) if there is no boundary or the lower
     *     bounds do not strictly rise
     * @since 0.1.0
     */
    public static Bands ofBoundaries(Boundary... boundaries) {
        return ofBoundaries(java.util.Arrays.asList(Objects.requireNonNull(boundaries, "boundaries")));
    }

    /**
     * Obtains a band table from its boundaries, written as (lower bound → value) rows: each
     * boundary starts a band that runs up to the next boundary (excluded), the last one open-ended.
     *
     * @param boundaries the boundaries, their lower bounds strictly rising, at least one, not null
     * @return the table, not null
     * @throws KpiInputException ({@link Reason#INVALID_BANDS}) if there is no boundary or the lower
     *     bounds do not strictly rise
     * @since 0.1.0
     */
    public static Bands ofBoundaries(List<Boundary> boundaries) {
        List<Boundary> rows = new ArrayList<>(Objects.requireNonNull(boundaries, "boundaries"));
        List<Band> bands = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Boundary row = Objects.requireNonNull(rows.get(i), "boundary " + (i + 1) + " of the table");
            if (i + 1 < rows.size()) {
                Objects.requireNonNull(rows.get(i + 1), "boundary " + (i + 2) + " of the table");
            }
            BigDecimal upper = null;
            if (i + 1 < rows.size()) {
                upper = rows.get(i + 1).lowerInclusive();
                if (upper.compareTo(row.lowerInclusive()) <= 0) {
                    throw new KpiInputException(Reason.INVALID_BANDS, null, "boundaries", Decimals.text(upper),
                            "boundaries must strictly rise: boundary " + (i + 2) + " at " + Decimals.text(upper)
                                    + " is not above boundary " + (i + 1) + " at " + Decimals.text(row.lowerInclusive()));
                }
            }
            bands.add(new Band(row.lowerInclusive(), upper, row.value()));
        }
        return new Bands(bands);
    }

    /**
     * Obtains a band table from a map of lower bound → value, in any order: the bounds are sorted,
     * each starts a band that runs up to the next bound (excluded), the highest one open-ended.
     *
     * @param valuesByLowerBound the value of each band by its lower bound, at least one, not null
     * @return the table, not null
     * @throws KpiInputException ({@link Reason#INVALID_BANDS}) if the map is empty or two keys are
     *     the same number written with different scales (such as 80 and 80.0)
     * @since 0.1.0
     */
    public static Bands ofLowerBounds(Map<BigDecimal, BigDecimal> valuesByLowerBound) {
        Objects.requireNonNull(valuesByLowerBound, "valuesByLowerBound");
        List<Boundary> rows = new ArrayList<>(valuesByLowerBound.size());
        for (Map.Entry<BigDecimal, BigDecimal> entry : valuesByLowerBound.entrySet()) {
            BigDecimal lower = Objects.requireNonNull(entry.getKey(), "a lower bound of the table");
            rows.add(new Boundary(lower, Objects.requireNonNull(entry.getValue(), () -> "the value at lower bound " + lower)));
        }
        rows.sort(Comparator.comparing(Boundary::lowerInclusive));
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).lowerInclusive().compareTo(rows.get(i - 1).lowerInclusive()) == 0) {
                String at = Decimals.text(rows.get(i).lowerInclusive());
                throw new KpiInputException(Reason.INVALID_BANDS, null, "boundaries", at,
                        "two lower bounds of the table are both " + at + "; each band needs its own");
            }
        }
        return ofBoundaries(rows);
    }

    /**
     * Obtains one boundary of a table written as rows: a lower bound and the value of the band it starts.
     *
     * @param lowerInclusive the band's lower bound, as a decimal with a dot, not null
     * @param value the band's value, as a decimal with a dot, not null
     * @return the boundary, not null
     * @throws KpiInputException if a text is not a number
     * @since 0.1.0
     */
    public static Boundary boundary(String lowerInclusive, String value) {
        return new Boundary(Decimals.parse("band", lowerInclusive), Decimals.parse("band value", value));
    }

    /**
     * Obtains one boundary of a table written as rows: a lower bound and the value of the band it starts.
     *
     * @param lowerInclusive the band's lower bound, not null
     * @param value the band's value, not null
     * @return the boundary, not null
     * @since 0.1.0
     */
    public static Boundary boundary(BigDecimal lowerInclusive, BigDecimal value) {
        return new Boundary(lowerInclusive, value);
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

    /**
     * One row of a table written as (lower bound → value) rows: the band it starts runs up to the
     * next boundary's lower bound, or without end if it is the last.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param lowerInclusive the band's lower bound, not null
     * @param value the band's value, not null
     * @since 0.1.0
     */
    public record Boundary(BigDecimal lowerInclusive, BigDecimal value) {

        /**
         * Obtains a boundary, normalising the scale of its values.
         *
         * @param lowerInclusive the band's lower bound, not null
         * @param value the band's value, not null
         * @throws NullPointerException if an argument is null
         */
        public Boundary {
            lowerInclusive = Decimals.normalise("band", Objects.requireNonNull(lowerInclusive, "lowerInclusive"));
            value = Decimals.normalise("band value", Objects.requireNonNull(value, "value"));
        }

        @Override
        public String toString() {
            return Decimals.text(lowerInclusive) + " → " + Decimals.text(value);
        }
    }

    /**
     * Builds a contiguous table band by band; each band starts where the previous one ended.
     *
     * @since 0.1.0
     */
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
