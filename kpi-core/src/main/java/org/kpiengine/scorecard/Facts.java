package org.kpiengine.scorecard;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.derived.DerivedValue;
import org.kpiengine.derived.InsufficientData;
import org.kpiengine.derived.Measured;
import org.kpiengine.internal.Decimals;

/**
 * The facts of one employee's period: the measured value of each indicator, by indicator id.
 *
 * <p>Values are exact decimals. A {@code double} is accepted through its shortest decimal form
 * ({@link BigDecimal#valueOf(double)}, so {@code 0.1} is exactly 0.1); NaN and infinities are
 * rejected with a {@link KpiInputException} naming the indicator, and so is a value of 10^1000 or
 * more in magnitude or with more than 1000 decimal places (far beyond any fact, and minutes of work to
 * write out or divide).
 *
 * <p>An indicator may instead hold an {@link InsufficientData} entry: a derived figure (an average
 * check, a conversion) whose sample was below its minimum. Such an entry is not a value:
 * {@link #get} returns null for it and {@link #ids()} and {@link #asMap()} leave it out; it is read
 * with {@link #insufficient(String)}, and a scorecard evaluation handles it by an
 * {@link InsufficientDataRule}. Putting a value for an indicator replaces its insufficient-data
 * entry, and the other way round.
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
 *
 * @since 0.1.0
 */
public final class Facts {

    private final Map<String, BigDecimal> values;
    private final Map<String, InsufficientData> insufficient;

    private Facts(Map<String, BigDecimal> values) {
        this(values, Map.of());
    }

    private Facts(Map<String, BigDecimal> values, Map<String, InsufficientData> insufficient) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        values.forEach((id, value) -> copy.put(Objects.requireNonNull(id, "id"),
                Decimals.normalise(id, Objects.requireNonNull(value, () -> "fact of '" + id + "'"))));
        Map<String, InsufficientData> missing = new LinkedHashMap<>();
        insufficient.forEach((id, data) -> {
            if (!copy.containsKey(id)) {
                missing.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(data, () -> "data of '" + id + "'"));
            }
        });
        this.values = Collections.unmodifiableMap(copy);
        this.insufficient = Collections.unmodifiableMap(missing);
    }

    /**
     * Obtains facts from a map of indicator id to value.
     *
     * @param values the values, not null, no null keys or values
     * @return the facts, not null
     * @throws KpiInputException ({@code OUT_OF_RANGE}) if a value is not below 10^1000 in magnitude or has
     *     more than 1000 decimal places, naming the indicator
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
     * Returns the insufficient-data entry of an indicator.
     *
     * @param indicatorId the indicator id, not null
     * @return the entry, or null if the indicator has a value or no entry at all
     */
    public @Nullable InsufficientData insufficient(String indicatorId) {
        return insufficient.get(indicatorId);
    }

    /**
     * Returns the insufficient-data entries by indicator id, in the order they were put.
     *
     * @return the unmodifiable map, not null, empty when every fact is a value
     */
    public Map<String, InsufficientData> insufficientData() {
        return insufficient;
    }

    /**
     * Returns a copy with one fact added or replaced; this instance is immutable and unaffected.
     *
     * @param indicatorId the indicator id, not null
     * @param value the value, not null
     * @return the new facts, not null
     * @throws KpiInputException ({@code OUT_OF_RANGE}) if a value is not below 10^1000 in magnitude or has
     *     more than 1000 decimal places, naming the indicator
     */
    public Facts with(String indicatorId, BigDecimal value) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>(values);
        copy.put(indicatorId, value);
        return new Facts(copy, insufficient);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Facts other && values.equals(other.values) && insufficient.equals(other.insufficient);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + insufficient.hashCode();
    }

    @Override
    public String toString() {
        return insufficient.isEmpty() ? values.toString() : values + " " + insufficient;
    }

    /**
     * Collects facts one indicator at a time; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Map<String, BigDecimal> values = new LinkedHashMap<>();
        private final Map<String, InsufficientData> insufficient = new LinkedHashMap<>();

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
            insufficient.remove(indicatorId);
            return this;
        }

        /**
         * Puts a derived fact: its number if the sample was sufficient, otherwise its
         * insufficient-data entry (see {@link #putInsufficient}).
         *
         * <pre>{@code
         * Facts facts = Facts.builder()
         *         .put("conversion", Conversion.of(deals, contacts))
         *         .put("average-check", AverageCheck.of(amounts).mean())
         *         .build();
         * }</pre>
         *
         * @param indicatorId the indicator id, not null
         * @param value the derived value, not null
         * @return this builder, not null
         */
        public Builder put(String indicatorId, DerivedValue value) {
            Objects.requireNonNull(value, indicatorId);
            if (value instanceof Measured measured) {
                return put(indicatorId, measured.value());
            }
            return putInsufficient(indicatorId, (InsufficientData) value);
        }

        /**
         * Puts an insufficient-data entry for an indicator, replacing any value it had. A scorecard
         * evaluation then fails or leaves the indicator out, by its {@link InsufficientDataRule}.
         *
         * @param indicatorId the indicator id, not null
         * @param data the insufficient-data result, not null
         * @return this builder, not null
         */
        public Builder putInsufficient(String indicatorId, InsufficientData data) {
            insufficient.put(Objects.requireNonNull(indicatorId, "indicatorId"), Objects.requireNonNull(data, indicatorId));
            values.remove(indicatorId);
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
         * @throws KpiInputException ({@code OUT_OF_RANGE}) if a value is not below 10^1000 in magnitude
         *     or has more than 1000 decimal places, naming the indicator
         */
        public Facts build() {
            return new Facts(values, insufficient);
        }
    }
}
