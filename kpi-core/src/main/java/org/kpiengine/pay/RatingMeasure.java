package org.kpiengine.pay;

import java.math.BigDecimal;

/**
 * The rating as a measure: Σ weight × index, as the evaluation rounded it (4 decimal places of a
 * percent by default). Obtain it with {@link Measure#rating()}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public record RatingMeasure() implements Measure {

    static final RatingMeasure INSTANCE = new RatingMeasure();

    @Override
    public BigDecimal value(PayContext context) {
        return context.evaluationFor(this, null).rating();
    }

    @Override
    public String describe() {
        return "rating %";
    }
}
