package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.internal.Decimals;

/**
 * The condition "measure ≥ level", such as rating ≥ 100 or attainment of 'quality' ≥ 90. The
 * measure's rounded value is compared, so an attainment of 89.99999… (rounded to 90.0000) meets 90.
 * The unbounded-best attainment of a lower-is-better indicator at fact 0 meets every level
 * ({@link Reading#isAtLeast}); an explanation shows it as {@code ∞}.
 * Spreadsheet: {@code = measure >= level}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measure the measure, not null
 * @param level the level the measure must reach, not null
 * @since 0.1.0
 */
public record AtLeast(Measure measure, BigDecimal level) implements Condition {

    /**
     * Obtains the condition.
     *
     * @param measure the measure, not null
     * @param level the level the measure must reach, not null
     * @throws NullPointerException if an argument is null
     * @throws KpiInputException if the level is out of range
     */
    public AtLeast {
        Objects.requireNonNull(measure, "measure");
        level = Decimals.normalise(null, "level", level);
    }

    @Override
    public ConditionCheck check(PayContext context) {
        Reading reading = measure.read(context);
        boolean held = reading.isAtLeast(level);
        return new ConditionCheck(this, reading.isUnboundedBest() ? null : reading.value(), held, List.of());
    }

    /**
     * Returns the measures this condition reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return List.of(measure);
    }
}
