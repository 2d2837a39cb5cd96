package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.curve.Band;

/**
 * A tiered scheme's line where one tier sets the rate for everything: a retroactive table, an
 * interpolated one (the rate between the tier's own and the next one's), or a hybrid one below its
 * pivot. With {@code payment} {@code AMOUNT} the rate is the amount paid.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measure what the scheme read, not null
 * @param value the value read, null for the unbounded best attainment of a lower-is-better
 *     indicator at fact 0
 * @param tier the tier reached, with its bounds, null when the value is below the first tier
 * @param rate the rate applied in percent (or the amount), 0 when no tier was reached, not null
 * @param payment what the rate is a share of, not null
 * @param base the salary or turnover the rate applies to, null for an amount
 * @param turnover the turnover measure, null unless the payment is a percentage of turnover
 * @param interpolated whether the rate was interpolated between the tier's and the next tier's
 * @param pivot the pivot of a hybrid table (whose value was below it, so the table acted as a retroactive
 *     one), null for any other table
 * @since 0.1.0
 */
public record TierReckoning(Measure measure, @Nullable BigDecimal value, @Nullable Band tier, BigDecimal rate,
        TieredScheme.Payment payment, @Nullable BigDecimal base, @Nullable Measure turnover, boolean interpolated,
        @Nullable BigDecimal pivot) implements Reckoning {

    /**
     * Obtains the reckoning of a tiered scheme's line paid at one rate.
     *
     * @param measure what the scheme read, not null
     * @param value the value read, or null
     * @param tier the tier reached, or null
     * @param rate the rate (or amount), not null
     * @param payment what the rate is a share of, not null
     * @param base the salary or turnover, or null
     * @param turnover the turnover measure, or null
     * @param interpolated whether the rate was interpolated
     * @param pivot the pivot of a hybrid table, or null
     */
    public TierReckoning {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(payment, "payment");
    }

    @Override
    public String kind() {
        return "TIER";
    }
}
