package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.internal.Nulls;
import org.kpiengine.money.Money;

/**
 * A pool scheme's line: pool × the weights of the indicators that met (or exceeded) their plan,
 * divided by the remaining weights when indicators were left out for insufficient data.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param pool the pool, not null
 * @param rule whether an indicator counts at 100 or only above, not null
 * @param metIndicators the ids of the indicators that counted, in scorecard order, not null
 * @param metWeight the sum of their weights, not null
 * @param remainingWeight the sum of the weights left after exclusions, null when none was excluded
 * @since 0.1.0
 */
public record PoolReckoning(Money pool, PoolScheme.Rule rule, List<String> metIndicators, BigDecimal metWeight,
        @Nullable BigDecimal remainingWeight) implements Reckoning {

    /**
     * Obtains the reckoning of a pool scheme's line, copying the ids.
     *
     * @param pool the pool, not null
     * @param rule the rule, not null
     * @param metIndicators the ids that counted, not null
     * @param metWeight the sum of their weights, not null
     * @param remainingWeight the remaining weights, or null
     */
    public PoolReckoning {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(rule, "rule");
        metIndicators = Nulls.copyOf(metIndicators, "metIndicators");
        Objects.requireNonNull(metWeight, "metWeight");
    }

    @Override
    public String kind() {
        return "POOL";
    }
}
