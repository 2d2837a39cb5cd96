package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.money.Money;

/**
 * A linear scheme's line: planned bonus × (value − base) / (100 − base), paid nothing at or below
 * the base and at most the cap.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param plannedBonus the bonus paid at 100, not null
 * @param measure what the scheme read (the rating, an index, an attainment), not null
 * @param value the value read, not null
 * @param base the base below which nothing is paid (0 for none), not null
 * @param cap the cap, null for none
 * @param outcome how the amount came out, not null
 * @since 0.1.0
 */
public record LinearReckoning(Money plannedBonus, Measure measure, BigDecimal value, BigDecimal base, @Nullable Money cap,
        Outcome outcome) implements Reckoning {

    /**
     * How a linear scheme's amount came out.
     *
     * @since 0.1.0
     */
    public enum Outcome {
        /** Paid in proportion to the value. */
        PAID,
        /** The value is at or below the base: nothing paid. */
        AT_OR_BELOW_BASE,
        /** The proportional amount was above the cap: the cap paid. */
        CAPPED
    }

    /**
     * Obtains the reckoning of a linear scheme's line.
     *
     * @param plannedBonus the bonus paid at 100, not null
     * @param measure what the scheme read, not null
     * @param value the value read, not null
     * @param base the base, not null
     * @param cap the cap, null for none
     * @param outcome how the amount came out, not null
     */
    public LinearReckoning {
        Objects.requireNonNull(plannedBonus, "plannedBonus");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public String kind() {
        return "LINEAR";
    }
}
