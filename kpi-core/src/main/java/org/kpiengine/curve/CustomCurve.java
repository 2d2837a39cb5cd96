package org.kpiengine.curve;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.internal.Decimals;

/**
 * The extension point for an integrator's own curve.
 *
 * <p>Implement {@link #score} (the exact, unrounded index in percent) and, if the curve has one,
 * {@link #maxIndex}; the library then floors the score at 0, caps it at the maximum and rounds it
 * once with the calculation's {@link Precision}, exactly as it does for its own curves. Override
 * {@link #validate} to reject thresholds the curve cannot use. A null score is an error
 * ({@code UNSCORABLE_FACT}); so is a score or maximum whose magnitude is not below 10^1000, the
 * library's limit for every number ({@code OUT_OF_RANGE}, naming the indicator).
 *
 * <pre>{@code
 * CustomCurve squareRoot = (indicator, thresholds, fact) ->
 *         fact.signum() <= 0 ? BigDecimal.ZERO
 *                 : fact.divide(thresholds.plan(), MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64)
 *                         .multiply(BigDecimal.valueOf(100));
 * }</pre>
 *
 * <p>A named class is described as "custom" and its simple name, a lambda as "custom curve";
 * override {@link #describe()} to say more in explanations.
 *
 * <p>Implementations must be immutable and thread-safe: a team batch calls them from several threads.
 *
 * <p>An exception thrown by the implementation, other than a {@link KpiInputException} (which
 * passes through unchanged), is reported as a {@link KpiInputException} with
 * {@link Reason#CUSTOM_CODE_FAILED}, naming the indicator (field {@code curve}) and carrying the exception as its cause; in
 * a team batch it fails only that employee's row.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public non-sealed interface CustomCurve extends ScoringCurve {

    /**
     * Computes the exact (unrounded) index of a fact, in percent.
     *
     * @param indicator the indicator, not null
     * @param thresholds the thresholds, not null
     * @param fact the fact, not null
     * @return the index in percent; negative values are floored at 0
     */
    BigDecimal score(Indicator indicator, Thresholds thresholds, BigDecimal fact);

    @Override
    default void validate(Indicator indicator, Thresholds thresholds) {
        // Any thresholds in the right order will do unless the implementation says otherwise.
    }

    @Override
    default BigDecimal index(Indicator indicator, Thresholds thresholds, BigDecimal fact, Precision precision) {
        Curves.check(this, indicator, thresholds);
        BigDecimal score = score(indicator, thresholds, fact);
        if (score == null) {
            throw new KpiInputException(Reason.UNSCORABLE_FACT, indicator.id(), Decimals.quoteText(fact),
                    "custom curve " + describe() + " gave no index for fact " + Decimals.quoteText(fact)
                            + " of indicator '" + indicator.id() + "'");
        }
        Curves.requireIndexInRange(indicator, score, describe() + " gave index");
        BigDecimal max = maxIndex(indicator, thresholds, precision);
        if (max != null) {
            Curves.requireIndexInRange(indicator, max, describe() + " gave maximum index");
        }
        return Curves.clamp(precision.roundIndex(score), max == null ? null : precision.roundIndex(max), precision);
    }

    @Override
    default @Nullable BigDecimal maxIndex(Indicator indicator, Thresholds thresholds, Precision precision) {
        return null;
    }

    @Override
    default String describe() {
        Class<?> type = getClass();
        // A lambda has a hidden class whose name changes from run to run; keep explanations stable.
        return type.isHidden() || type.isAnonymousClass() ? "custom curve" : "custom " + type.getSimpleName();
    }
}
