package org.kpiengine.derived;

import java.math.BigDecimal;
import java.util.function.Function;
import org.kpiengine.KpiInputException;

/**
 * A derived figure that rests on a sample: either a number ({@link Measured}) or an explicit
 * "insufficient data" result ({@link InsufficientData}) when the sample is below its minimum
 * (docs/reference/derived.md, Minimum samples: an average check from fewer than 100 sales, a conversion from fewer than
 * 500 contacts).
 *
 * <p>There is no way to take the number without saying what happens otherwise: {@link #fold}
 * names both cases, and {@link #valueOrThrow} names the indicator for the error. A scorecard takes
 * a derived value directly through {@code Facts.Builder.put(String, DerivedValue)} and applies its
 * {@link org.kpiengine.scorecard.InsufficientDataRule}.
 *
 * <pre>{@code
 * DerivedValue conversion = Conversion.of(54, 1000);           // 5.4000 %
 * String shown = conversion.fold(
 *         percent -> percent.toPlainString() + " %",
 *         missing -> "insufficient data: " + missing.describe());
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface DerivedValue permits Measured, InsufficientData {

    /**
     * Obtains a measured value.
     *
     * @param value the value, not null
     * @return the value, not null
     */
    static DerivedValue of(BigDecimal value) {
        return new Measured(value);
    }

    /**
     * Returns whether the sample reached its minimum, so that there is a number.
     *
     * @return true for a {@link Measured} value, false for {@link InsufficientData}
     */
    boolean isSufficient();

    /**
     * Returns the result of one of two functions: the first applied to the number, or the second
     * applied to the insufficient-data result.
     *
     * @param <R> the type of the result
     * @param ifMeasured the function applied to the number, not null
     * @param ifInsufficient the function applied to the insufficient-data result, not null
     * @return the result of the function applied
     */
    <R> R fold(Function<? super BigDecimal, ? extends R> ifMeasured,
            Function<? super InsufficientData, ? extends R> ifInsufficient);

    /**
     * Returns the number, or throws if the data were insufficient.
     *
     * @param indicatorId the indicator (or field) the value is for, named in the error, not null
     * @return the number, not null
     * @throws KpiInputException with reason {@code INSUFFICIENT_DATA}, naming the indicator, the
     *     sample size and the minimum, if the data were insufficient
     */
    BigDecimal valueOrThrow(String indicatorId);
}
