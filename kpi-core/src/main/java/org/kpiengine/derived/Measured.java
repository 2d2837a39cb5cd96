package org.kpiengine.derived;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;
import org.kpiengine.internal.Decimals;

/**
 * A derived figure whose sample reached its minimum: a number.
 *
 * <p>This record is immutable and thread-safe. Equality is that of {@link BigDecimal}, so it
 * counts the scale ({@code 5.4000} is not equal to {@code 5.4}); compare {@link #value()} with
 * {@code compareTo} for numeric equality.
 *
 * @param value the number, not null
 * @since 0.1.0
 */
public record Measured(BigDecimal value) implements DerivedValue {

    /**
     * Obtains a measured value.
     *
     * @param value the number, not null
     * @throws NullPointerException if the value is null
     */
    public Measured {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Returns true: a measured value is a number.
     *
     * @return true
     */
    @Override
    public boolean isSufficient() {
        return true;
    }

    /**
     * Returns the first function applied to the number.
     *
     * @param <R> the type of the result
     * @param ifMeasured the function applied to the number, not null
     * @param ifInsufficient not applied, not null
     * @return the result of {@code ifMeasured}
     */
    @Override
    public <R> R fold(Function<? super BigDecimal, ? extends R> ifMeasured,
            Function<? super InsufficientData, ? extends R> ifInsufficient) {
        Objects.requireNonNull(ifInsufficient, "ifInsufficient");
        return ifMeasured.apply(value);
    }

    /**
     * Returns the number.
     *
     * @param indicatorId the indicator, not used, not null
     * @return the number, not null
     */
    @Override
    public BigDecimal valueOrThrow(String indicatorId) {
        Objects.requireNonNull(indicatorId, "indicatorId");
        return value;
    }

    @Override
    public String toString() {
        return Decimals.text(value);
    }
}
