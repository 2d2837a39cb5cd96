package org.kpiengine.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A what-if curve: the plan's figures as one indicator's fact moves over a grid, the other facts
 * held; the data behind a chart of the plan's pay curve.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param indicatorId the indicator moved, not null
 * @param plan the indicator's plan, the 100 % of the grid, not null
 * @param points the points, in grid order, not null
 * @since 0.1.0
 */
public record WhatIfCurve(String indicatorId, BigDecimal plan, List<WhatIfPoint> points) {

    /**
     * Obtains a curve; the list is copied.
     *
     * @param indicatorId the indicator moved, not null
     * @param plan the indicator's plan, the 100 % of the grid, not null
     * @param points the points, in grid order, not null
     * @throws NullPointerException if a component is null
     */
    public WhatIfCurve {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(plan, "plan");
        points = List.copyOf(Objects.requireNonNull(points, "points"));
    }
}
