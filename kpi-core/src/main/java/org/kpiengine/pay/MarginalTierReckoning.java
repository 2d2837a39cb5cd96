package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.curve.Band;
import org.kpiengine.internal.Nulls;

/**
 * A marginal (graduated) tiered scheme's line, or a hybrid one at or above its pivot: each tier's
 * rate applies to the portion of the value inside that tier.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measure what the scheme read, not null
 * @param value the value read, not null
 * @param portions the tiers the value reached, each with the portion inside it, in order, not null
 * @param payment what the rates are a share of, not null
 * @param base the salary or turnover the blended rate applies to, null for an amount or when the
 *     rates apply to the measure itself
 * @param turnover the turnover measure, null unless the payment is a percentage of turnover
 * @param pivot the pivot of a hybrid table, null for a marginal one
 * @since 0.1.0
 */
public record MarginalTierReckoning(Measure measure, BigDecimal value, List<Portion> portions, TieredScheme.Payment payment,
        @Nullable BigDecimal base, @Nullable Measure turnover, @Nullable BigDecimal pivot) implements Reckoning {

    /**
     * The portion of a value inside one tier.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param tier the tier, with its bounds and rate (or amount), not null
     * @param portion the part of the value inside the tier, not null
     * @since 0.1.0
     */
    public record Portion(Band tier, BigDecimal portion) {

        /**
         * Obtains a portion.
         *
         * @param tier the tier, not null
         * @param portion the part of the value inside it, not null
         */
        public Portion {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(portion, "portion");
        }
    }

    /**
     * Obtains the reckoning of a marginal tiered scheme's line, copying the portions.
     *
     * @param measure what the scheme read, not null
     * @param value the value read, not null
     * @param portions the portions, not null
     * @param payment what the rates are a share of, not null
     * @param base the salary or turnover, or null
     * @param turnover the turnover measure, or null
     * @param pivot the pivot of a hybrid table, or null
     */
    public MarginalTierReckoning {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        portions = Nulls.copyOf(portions, "portions");
        Objects.requireNonNull(payment, "payment");
    }

    @Override
    public String kind() {
        return "MARGINAL_TIERS";
    }
}
