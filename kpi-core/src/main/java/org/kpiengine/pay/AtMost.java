package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.internal.Decimals;

/**
 * The condition "measure ≤ level", such as overdue receivables at most 15 % of the portfolio: the
 * way to gate on a lower-is-better figure, on its fact
 * ({@code Condition.atMost(Measure.fact("overdue-receivables"), "15")}). The measure's rounded value
 * is compared (a fact or an input as given). Spreadsheet: {@code = measure <= level}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measure the measure, not null
 * @param level the level the measure must not exceed, not null
 * @since 0.1.0
 */
public record AtMost(Measure measure, BigDecimal level) implements Condition {

    /**
     * Obtains the condition.
     *
     * @param measure the measure, not null
     * @param level the level the measure must not exceed, not null
     * @throws NullPointerException if an argument is null
     * @throws KpiInputException if the level is out of range
     */
    public AtMost {
        Objects.requireNonNull(measure, "measure");
        level = Decimals.normalise("level", Objects.requireNonNull(level, "level"));
    }

    @Override
    public ConditionCheck check(PayContext context) {
        Reading reading = measure.read(context);
        boolean held = reading.isAtMost(level);
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
