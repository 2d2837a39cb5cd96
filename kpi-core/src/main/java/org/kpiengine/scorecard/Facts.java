package org.kpiengine.scorecard;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
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
 * <p>Input limits, checked when a fact is put, in time linear in its length and before any
 * arithmetic: a fact's text is at most 2 100 characters and an exact decimal's unscaled value at
 * most 2 100 digits ({@code OUT_OF_RANGE} otherwise, so a million-digit fact is refused in
 * milliseconds); the message and {@link KpiInputException#value()} quote at most the first 20
 * characters of a longer value. A null indicator id is a {@link NullPointerException} naming the
 * parameter; a null value is a missing fact ({@code MISSING_FACT}, naming the indicator), as an
 * absent value is in a team batch. See docs/guides/errors.md.
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
    /** The ids of {@link #values} in their order, for the scorecard's look-up by position. */
    private final String[] order;
    /** The facts of {@link #order}, position by position. */
    private final BigDecimal[] byPosition;

    private Facts(Map<String, BigDecimal> values) {
        this(values, Map.of());
    }

    private Facts(Map<String, BigDecimal> values, Map<String, InsufficientData> insufficient) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        Objects.requireNonNull(values, "values");
        values.forEach((id, value) -> copy.put(Objects.requireNonNull(id, "indicatorId"),
                Decimals.normalise(id, "fact", requireFact(id, value))));
        Map<String, InsufficientData> missing = new LinkedHashMap<>();
        insufficient.forEach((id, data) -> {
            if (!copy.containsKey(id)) {
                missing.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(data, () -> "data of '" + id + "'"));
            }
        });
        this.values = Collections.unmodifiableMap(copy);
        this.order = copy.keySet().toArray(new String[0]);
        this.byPosition = copy.values().toArray(new BigDecimal[0]);
        // the shared empty map when there is none, so that asking costs no look-up in a map of its own
        this.insufficient = missing.isEmpty() ? Map.of() : Collections.unmodifiableMap(missing);
    }

    /**
     * A null fact is a missing fact: refused at once, with the same reason a team batch gives a
     * row whose value is absent.
     */
    private static <T> T requireFact(String indicatorId, @Nullable T value) {
        if (value == null) {
            throw new KpiInputException(Reason.MISSING_FACT, indicatorId, "fact", null,
                    "no fact was given for indicator '" + indicatorId + "' (the value is null)");
        }
        return value;
    }

    /**
     * Obtains facts from a map of indicator id to value.
     *
     * @param values the values, not null, no null keys
     * @return the facts, not null
     * @throws KpiInputException ({@code OUT_OF_RANGE}) if a value is not below 10^1000 in magnitude or has
     *     more than 1000 decimal places, or its unscaled value more than 2 100 digits; ({@code MISSING_FACT})
     *     if a value is null; each naming the indicator
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
     * The fact at a position of the given order, for a scorecard whose lines come in the order in
     * which these facts were given: the fact of {@code indicatorId} if it is the id at
     * {@code position}, else the look-up by id.
     */
    @Nullable BigDecimal get(int position, String indicatorId) {
        if (position < order.length && order[position].equals(indicatorId)) {
            return byPosition[position];
        }
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
        return insufficient.get(Objects.requireNonNull(indicatorId, "indicatorId"));
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
         * @throws KpiInputException ({@code OUT_OF_RANGE}) if the value is out of the library's range (checked
         *     at once, in time independent of its digits); ({@code MISSING_FACT}) if it is null
         */
        public Builder put(String indicatorId, BigDecimal value) {
            Objects.requireNonNull(indicatorId, "indicatorId");
            values.put(indicatorId, Decimals.normalise(indicatorId, "fact", requireFact(indicatorId, value)));
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
            Objects.requireNonNull(indicatorId, "indicatorId");
            requireFact(indicatorId, value);
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
            insufficient.put(Objects.requireNonNull(indicatorId, "indicatorId"), requireFact(indicatorId, data));
            values.remove(indicatorId);
            return this;
        }

        /**
         * Puts a fact written as a decimal with a dot, such as {@code "8.5"}.
         *
         * @param indicatorId the indicator id, not null
         * @param value the text, not null
         * @return this builder, not null
         * @throws KpiInputException if the text is not a number ({@code NOT_A_NUMBER}), is longer than 2 100
         *     characters or out of the library's range ({@code OUT_OF_RANGE}, checked before the text is
         *     turned into a number), or is null ({@code MISSING_FACT})
         */
        public Builder put(String indicatorId, String value) {
            Objects.requireNonNull(indicatorId, "indicatorId");
            return put(indicatorId, Decimals.parse(indicatorId, "fact", requireFact(indicatorId, value)));
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
            return put(indicatorId, Decimals.ofDouble(Objects.requireNonNull(indicatorId, "indicatorId"), "fact", value));
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
