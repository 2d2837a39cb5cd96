package org.kpiengine.scorecard;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.internal.Decimals;

/**
 * The facts of one employee's period: the measured value of each indicator, by indicator id.
 *
 * <p>Values are exact decimals. A {@code double} is accepted through its shortest decimal form
 * ({@link BigDecimal#valueOf(double)}, so {@code 0.1} is exactly 0.1); NaN and infinities are
 * rejected with a {@link KpiInputException} naming the indicator.
 *
 * <pre>{@code
 * Facts facts = Facts.builder()
 *         .put("contacts", "570")
 *         .put("deals", 49)
 *         .put("conversion", new BigDecimal("8.5"))
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Facts {

    private final Map<String, BigDecimal> values;

    private Facts(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        values.forEach((id, value) -> copy.put(Objects.requireNonNull(id, "id"),
                Decimals.normalise(Objects.requireNonNull(value, () -> "fact of '" + id + "'"))));
        this.values = Collections.unmodifiableMap(copy);
    }

    /**
     * Obtains facts from a map of indicator id to value.
     *
     * @param values the values, not null, no null keys or values
     * @return the facts, not null
     */
    public static Facts of(Map<String, BigDecimal> values) {
        return new Facts(values);
    }

    /**
     * Starts building facts.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the fact of an indicator.
     *
     * @param indicatorId the indicator id, not null
     * @return the value, or null if there is no fact for it
     */
    public @Nullable BigDecimal get(String indicatorId) {
        return values.get(indicatorId);
    }

    /**
     * Returns the ids that have a fact, in the order they were put.
     *
     * @return the unmodifiable set, not null
     */
    public Set<String> ids() {
        return values.keySet();
    }

    /**
     * Returns the facts as an unmodifiable map.
     *
     * @return the map, not null
     */
    public Map<String, BigDecimal> asMap() {
        return values;
    }

    /**
     * Returns a copy with one fact added or replaced; this instance is immutable and unaffected.
     *
     * @param indicatorId the indicator id, not null
     * @param value the value, not null
     * @return the new facts, not null
     */
    public Facts with(String indicatorId, BigDecimal value) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>(values);
        copy.put(indicatorId, value);
        return new Facts(copy);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Facts other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Collects facts one indicator at a time; not thread-safe. */
    public static final class Builder {
        private final Map<String, BigDecimal> values = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Puts an exact fact.
         *
         * @param indicatorId the indicator id, not null
         * @param value the value, not null
         * @return this builder, not null
         */
        public Builder put(String indicatorId, BigDecimal value) {
            values.put(Objects.requireNonNull(indicatorId, "indicatorId"), Objects.requireNonNull(value, indicatorId));
            return this;
        }

        /**
         * Puts a fact written as a decimal with a dot, such as {@code "8.5"}.
         *
         * @param indicatorId the indicator id, not null
         * @param value the text, not null
         * @return this builder, not null
         * @throws KpiInputException if the text is not a number
         */
        public Builder put(String indicatorId, String value) {
            return put(indicatorId, Decimals.parse(indicatorId, value));
        }

        /**
         * Puts a whole-number fact, such as a count.
         *
         * @param indicatorId the indicator id, not null
         * @param value the value
         * @return this builder, not null
         */
        public Builder put(String indicatorId, long value) {
            return put(indicatorId, BigDecimal.valueOf(value));
        }

        /**
         * Puts a fact given as a double, through its shortest decimal form.
         *
         * @param indicatorId the indicator id, not null
         * @param value the value, finite
         * @return this builder, not null
         * @throws KpiInputException if the value is NaN or infinite
         */
        public Builder put(String indicatorId, double value) {
            return put(indicatorId, Decimals.ofDouble(indicatorId, value));
        }

        /**
         * Builds the facts.
         *
         * @return the facts, not null
         */
        public Facts build() {
            return new Facts(values);
        }
    }
}
