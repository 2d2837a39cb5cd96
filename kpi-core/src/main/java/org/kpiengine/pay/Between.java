package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;

/**
 * The condition "low ≤ measure ≤ high", both ends included, such as a stock level between 90 and
 * 110 % of plan. {@code low} equal to {@code high} holds at that one value only; {@code low} above
 * {@code high} could never hold and is an error. The measure's rounded value is compared.
 * Spreadsheet: {@code = AND(measure >= low; measure <= high)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measure the measure, not null
 * @param low the lowest value that holds, not null
 * @param high the highest value that holds, not below {@code low}, not null
 * @since 0.1.0
 */
public record Between(Measure measure, BigDecimal low, BigDecimal high) implements Condition {

    /**
     * Obtains the condition.
     *
     * @param measure the measure, not null
     * @param low the lowest value that holds, not null
     * @param high the highest value that holds, not below {@code low}, not null
     * @throws NullPointerException if an argument is null
     * @throws KpiInputException (reason {@code INVALID_CONDITION}, field {@code "low"}) if low is
     *     above high, or if a bound is out of range
     */
    public Between {
        Objects.requireNonNull(measure, "measure");
        low = Decimals.normalise("low", Objects.requireNonNull(low, "low"));
        high = Decimals.normalise("high", Objects.requireNonNull(high, "high"));
        if (low.compareTo(high) > 0) {
            throw new KpiInputException(Reason.INVALID_CONDITION, null, "low", Decimals.text(low),
                    "low " + Decimals.text(low) + " of the condition " + measure.describe() + " between low and high must not be above high "
                            + Decimals.text(high));
        }
    }

    @Override
    public ConditionCheck check(PayContext context) {
        Reading reading = measure.read(context);
        boolean held = reading.isAtLeast(low) && reading.isAtMost(high);
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
