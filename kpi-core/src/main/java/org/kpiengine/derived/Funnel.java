package org.kpiengine.derived;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;

/**
 * The counts of a period's sales funnel by {@link FunnelStage}, giving the conversion between any
 * two stages (docs/reference/derived.md, Funnel): {@code ROUND(later × 100 / earlier; 4)} {@code HALF_UP} by
 * default, the formula of {@link Conversion}. A funnel need not count every stage, but the stages
 * it counts must not grow along it (more SQL than MQL is an error).
 *
 * <p>A funnel conversion is a conversion, so it needs at least {@link MinimumSamples#contacts()}
 * at the earlier stage (500 by default); below that it is {@link InsufficientData}.
 *
 * <pre>{@code
 * Funnel funnel = Funnel.builder()
 *         .stage(FunnelStage.VISITORS, 20000).stage(FunnelStage.LEADS, 1000).stage(FunnelStage.DEALS, 54)
 *         .build();
 * funnel.conversion(FunnelStage.LEADS, FunnelStage.DEALS); // 5.4000
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Funnel {

    private final Map<FunnelStage, Long> counts;

    private Funnel(Map<FunnelStage, Long> counts) {
        Map<FunnelStage, Long> copy = new EnumMap<>(FunnelStage.class);
        copy.putAll(counts);
        @Nullable FunnelStage previous = null;
        for (Map.Entry<FunnelStage, Long> entry : copy.entrySet()) {
            if (previous != null) {
                Samples.requireAtMost(entry.getKey().label(), entry.getValue(), previous.label(), copy.get(previous));
            }
            previous = entry.getKey();
        }
        this.counts = Collections.unmodifiableMap(copy);
    }

    /**
     * Starts building a funnel.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the counts by stage, in funnel order.
     *
     * @return the unmodifiable map, not null
     */
    public Map<FunnelStage, Long> counts() {
        return counts;
    }

    /**
     * Returns the count of a stage.
     *
     * @param stage the stage, not null
     * @return the count, not negative
     * @throws KpiInputException if the funnel does not count that stage
     */
    public long count(FunnelStage stage) {
        @Nullable Long count = counts.get(Objects.requireNonNull(stage, "stage"));
        if (count == null) {
            throw new KpiInputException(Reason.MISSING_FACT, null, stage.label(), null,
                    "the funnel has no count for stage '" + stage.label() + "'");
        }
        return count;
    }

    /**
     * Returns the conversion from one stage to a later one with the default minimums and precision.
     *
     * @param from the earlier stage, not null
     * @param to the later stage, not null
     * @return the percentage, or insufficient data below 500 at the earlier stage, not null
     * @throws KpiInputException if a stage is not counted or {@code to} does not come after {@code from}
     */
    public DerivedValue conversion(FunnelStage from, FunnelStage to) {
        return conversion(from, to, MinimumSamples.DEFAULT, Precision.DEFAULT);
    }

    /**
     * Returns the conversion from one stage to a later one, {@code ROUND(to × 100 / from; indexScale)}.
     *
     * @param from the earlier stage, not null
     * @param to the later stage, not null
     * @param minimums the minimum samples, not null
     * @param precision the rounding rule, not null
     * @return the percentage, or insufficient data below {@code minimums.contacts()} at the
     *     earlier stage, not null
     * @throws KpiInputException if a stage is not counted, {@code to} does not come after
     *     {@code from}, or the earlier stage is 0 and the minimum is 0
     */
    public DerivedValue conversion(FunnelStage from, FunnelStage to, MinimumSamples minimums, Precision precision) {
        if (to.compareTo(from) <= 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, to.label(), to.label(),
                    "funnel conversion must go to a later stage, but '" + to.label() + "' does not come after '"
                            + from.label() + "'");
        }
        return Conversion.of("conversion " + from.label() + " → " + to.label(), from.label(), to.label(), count(to),
                from.label(),
                count(from), minimums, precision);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Funnel other && counts.equals(other.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return "Funnel" + counts;
    }

    /**
     * Collects the count of each stage; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Map<FunnelStage, Long> counts = new EnumMap<>(FunnelStage.class);

        private Builder() {
        }

        /**
         * Sets (or replaces) the count of a stage.
         *
         * @param stage the stage, not null
         * @param count the count, not negative
         * @return this builder, not null
         * @throws KpiInputException naming the stage if the count is negative
         */
        public Builder stage(FunnelStage stage, long count) {
            Objects.requireNonNull(stage, "stage");
            counts.put(stage, Samples.requireNonNegative(stage.label(), count));
            return this;
        }

        /**
         * Builds the funnel.
         *
         * @return the funnel, not null
         * @throws KpiInputException naming the stage if a stage counts more than an earlier one
         */
        public Funnel build() {
            return new Funnel(counts);
        }
    }
}
