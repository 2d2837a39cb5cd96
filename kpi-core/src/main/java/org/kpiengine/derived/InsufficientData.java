package org.kpiengine.derived;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/**
 * A derived figure whose sample is below its minimum: not a number, but the facts of why
 * (docs/reference/derived.md, Minimum samples). For instance an average check from 42 sales where at least 100
 * are needed: {@code InsufficientData("average check", "sales", 42, 100)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param what the figure that could not be derived, such as {@code "conversion"}, not null, not blank
 * @param sampleUnit what the sample counts, such as {@code "contacts"}, not null, not blank
 * @param sampleSize the size of the sample, not negative, below the minimum
 * @param minimum the smallest sample that gives a number
 * @since 0.1.0
 */
public record InsufficientData(String what, String sampleUnit, long sampleSize, long minimum)
        implements DerivedValue {

    /**
     * Obtains an insufficient-data result, validating it.
     *
     * @param what the figure that could not be derived, such as {@code "conversion"}, not null, not blank
     * @param sampleUnit what the sample counts, such as {@code "contacts"}, not null, not blank
     * @param sampleSize the size of the sample, not negative, below the minimum
     * @param minimum the smallest sample that gives a number
     * @throws NullPointerException if a text is null
     * @throws KpiInputException if a text is blank, the sample size is negative, or the sample
     *     size is not below the minimum
     */
    public InsufficientData {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(sampleUnit, "sampleUnit");
        if (what.isBlank() || sampleUnit.isBlank()) {
            throw new KpiInputException(Reason.INVALID_ID, null, "what", what,
                    "the figure and the sample unit of insufficient data must not be blank");
        }
        if (sampleSize < 0 || sampleSize >= minimum) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "sample size", Long.toString(sampleSize),
                    "sample size " + sampleSize + " of " + what + " must be at least 0 and below the minimum " + minimum);
        }
    }

    /**
     * Returns a sentence for a person: {@code "average check from 42 sales; at least 100 are needed"}.
     *
     * @return the description, not null
     */
    public String describe() {
        return what + " from " + sampleSize + " " + sampleUnit + "; at least " + minimum + " are needed";
    }

    /**
     * Returns the error that reports this result for an indicator: reason
     * {@code INSUFFICIENT_DATA}, the indicator id, the sample size as the value, and a message
     * naming the indicator, the sample size and the minimum.
     *
     * @param indicatorId the indicator (or field), not null
     * @return the exception, not thrown, not null
     */
    public KpiInputException toException(String indicatorId) {
        Objects.requireNonNull(indicatorId, "indicatorId");
        return new KpiInputException(Reason.INSUFFICIENT_DATA, indicatorId, Long.toString(sampleSize),
                "indicator '" + indicatorId + "' has insufficient data: " + describe());
    }

    /**
     * Returns false: there is no number.
     *
     * @return false
     */
    @Override
    public boolean isSufficient() {
        return false;
    }

    /**
     * Returns the second function applied to this result.
     *
     * @param <R> the type of the result
     * @param ifMeasured not applied, not null
     * @param ifInsufficient the function applied to this result, not null
     * @return the result of {@code ifInsufficient}
     */
    @Override
    public <R> R fold(Function<? super BigDecimal, ? extends R> ifMeasured,
            Function<? super InsufficientData, ? extends R> ifInsufficient) {
        Objects.requireNonNull(ifMeasured, "ifMeasured");
        return ifInsufficient.apply(this);
    }

    /**
     * Throws: there is no number.
     *
     * @param indicatorId the indicator (or field), named in the error, not null
     * @return never returns
     * @throws KpiInputException always, with reason {@code INSUFFICIENT_DATA}
     */
    @Override
    public BigDecimal valueOrThrow(String indicatorId) {
        throw toException(indicatorId);
    }

    @Override
    public String toString() {
        return "insufficient data: " + describe();
    }
}
