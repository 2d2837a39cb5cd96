package org.kpiengine.scorecard;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;

/**
 * The weight of an indicator on a scorecard: how much it matters for this employee. The weights
 * of one scorecard total 1 (see {@link Scorecard}). Stored with trailing zeros stripped, so
 * {@code 0.40} equals {@code 0.4}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param value the weight, not negative
 * @since 0.1.0
 */
public record Weight(BigDecimal value) {

    /**
     * Obtains a weight.
     *
     * @param value the weight, not negative
     * @throws KpiInputException if the value is negative, 10^1000 or more, or has more than 1000
     *     decimal places
     */
    public Weight {
        Objects.requireNonNull(value, "value");
        value = Decimals.normalise("weight", value);
        if (value.signum() < 0) {
            throw new KpiInputException(Reason.NEGATIVE_WEIGHT, null, "weight", Decimals.quoteText(value),
                    "weight " + Decimals.quoteText(value) + " must not be negative");
        }
    }

    /**
     * Obtains a weight from text such as {@code "0.4"}.
     *
     * @param value the weight, not null
     * @return the weight, not null
     * @throws KpiInputException if the text is not a number or is negative
     */
    public static Weight of(String value) {
        return new Weight(Decimals.parse("weight", value));
    }

    /**
     * Obtains a weight.
     *
     * @param value the weight, not null
     * @return the weight, not null
     * @throws KpiInputException if the value is negative
     */
    public static Weight of(BigDecimal value) {
        return new Weight(value);
    }

    @Override
    public String toString() {
        return Decimals.text(value);
    }
}
