package org.kpiengine.period;

import java.time.LocalDate;

/**
 * The span over which a cumulative scheme adds up facts and thresholds "to date": the calendar
 * quarter or the whole plan year. A period belongs to the window of its last day.
 *
 * @since 0.1.0
 */
public enum Window {
    /** Quarter to date: the periods ending in the same calendar quarter. */
    QUARTER,
    /** Year to date: every period of the plan year. */
    YEAR;

    String key(LocalDate periodEnd) {
        return switch (this) {
            case QUARTER -> periodEnd.getYear() + "-Q" + ((periodEnd.getMonthValue() - 1) / 3 + 1);
            case YEAR -> "year";
        };
    }
}
