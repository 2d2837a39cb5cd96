package org.kpiengine.planning;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.money.Money;

/**
 * One point of a what-if curve: the fact of the indicator moved and what the plan gives there,
 * the other facts held. Every figure equals a direct evaluation of the scorecard and pay plan at
 * that fact.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param percentOfPlan the grid percentage, null for a point not on a grid
 * @param fact the indicator's fact, not null
 * @param attainment the attainment in percent, rounded like an index, null when unbounded (a
 *     lower-is-better fact of 0) or the plan is 0
 * @param index the indicator's KPI index, not null
 * @param rating the rating, not null
 * @param total the total payout, null without a pay plan
 * @param lines each pay line's amount by name in the order applied, salary first; empty without a pay plan
 * @since 0.1.0
 */
public record WhatIfPoint(
        @Nullable BigDecimal percentOfPlan, BigDecimal fact, @Nullable BigDecimal attainment, BigDecimal index,
        BigDecimal rating, @Nullable Money total, Map<String, Money> lines) {

    /**
     * Obtains a point; the map of lines is copied, keeping its order.
     *
     * @param percentOfPlan the grid percentage, null for a point not on a grid
     * @param fact the indicator's fact, not null
     * @param attainment the attainment in percent, rounded like an index, null when unbounded (a
     *     lower-is-better fact of 0) or the plan is 0
     * @param index the indicator's KPI index, not null
     * @param rating the rating, not null
     * @param total the total payout, null without a pay plan
     * @param lines each pay line's amount by name in the order applied, salary first; empty without a pay plan
     * @throws NullPointerException if a non-null component is null
     */
    public WhatIfPoint {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(rating, "rating");
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(lines, "lines")));
    }

    /**
     * Returns a copy of this point with another grid percentage; this instance is immutable and unaffected.
     *
     * @param newPercentOfPlan the grid percentage, null for a point not on a grid
     * @return the new point, not null
     */
    public WhatIfPoint withPercent(@Nullable BigDecimal newPercentOfPlan) {
        return new WhatIfPoint(newPercentOfPlan, fact, attainment, index, rating, total, lines);
    }
}
