package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.money.Money;

/**
 * A per-unit scheme's line: an amount for every unit of an indicator beyond its plan.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param indicatorId the indicator, not null
 * @param amountPerUnit the amount per unit, not null
 * @param plan the plan, not null
 * @param fact the fact, not null
 * @param units the units beyond plan (0 if none), not null
 * @since 0.1.0
 */
public record PerUnitReckoning(String indicatorId, Money amountPerUnit, BigDecimal plan, BigDecimal fact, BigDecimal units)
        implements Reckoning {

    /**
     * Obtains the reckoning of a per-unit scheme's line.
     *
     * @param indicatorId the indicator, not null
     * @param amountPerUnit the amount per unit, not null
     * @param plan the plan, not null
     * @param fact the fact, not null
     * @param units the units beyond plan, not null
     */
    public PerUnitReckoning {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(amountPerUnit, "amountPerUnit");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(units, "units");
    }

    @Override
    public String kind() {
        return "PER_UNIT";
    }
}
