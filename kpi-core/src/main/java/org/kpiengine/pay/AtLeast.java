package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.internal.Decimals;

/**
 * The condition "measure ≥ level", such as rating ≥ 100 or attainment of 'quality' ≥ 90. The
 * measure's rounded value is compared, so an attainment of 89.99999… (rounded to 90.0000) meets 90.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measure the measure, not null
 * @param level the level the measure must reach, not null
 */
public record AtLeast(Measure measure, BigDecimal level) implements Condition {

    /**
     * Obtains the condition.
     *
     * @param measure the measure, not null
     * @param level the level the measure must reach, not null
     * @throws NullPointerException if an argument is null
     */
    public AtLeast {
        Objects.requireNonNull(measure, "measure");
        level = Decimals.normalise(null, "level", level);
    }

    @Override
    public boolean isMet(PayContext context) {
        return measure.value(context).compareTo(level) >= 0;
    }

    @Override
    public String explain(PayContext context) {
        BigDecimal value = measure.value(context);
        return measure.describe() + " " + Decimals.text(value) + " ≥ " + Decimals.text(level) + ": "
                + (value.compareTo(level) >= 0 ? "yes" : "no");
    }
}
