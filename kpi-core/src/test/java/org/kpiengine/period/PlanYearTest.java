package org.kpiengine.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;

class PlanYearTest {

    @Test
    void monthsAreTheTwelveCalendarMonths() {
        PlanYear year = PlanYear.months(2028);
        assertEquals(12, year.periods().size());
        assertEquals("2028-02", year.periods().get(1).id());
        assertEquals(29, year.periods().get(1).days());
        assertEquals(LocalDate.of(2028, 1, 1), year.start());
        assertEquals(LocalDate.of(2028, 12, 31), year.end());
        assertEquals(366, year.periods().stream().mapToInt(Period::days).sum());
    }

    @Test
    void quartersAreTheFourCalendarQuarters() {
        PlanYear year = PlanYear.quarters(2026);
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"), year.periods().stream().map(Period::id).toList());
        assertEquals(90, year.period("2026-Q1").days());
        assertEquals(LocalDate.of(2026, 6, 30), year.period("2026-Q2").end());
    }

    @Test
    void anyContiguousListOfDateRanges() {
        PlanYear fiscal = PlanYear.of(List.of(
                Period.of("h1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)),
                Period.of("h2", LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31))));
        assertEquals(1, fiscal.indexOf("h2"));
        assertEquals(-1, fiscal.indexOf("h3"));
        assertTrue(fiscal.contains(LocalDate.of(2027, 3, 31)));
        assertFalse(fiscal.contains(LocalDate.of(2026, 3, 31)));
        assertThrows(KpiInputException.class, () -> fiscal.period("h3"));
        assertEquals(fiscal, PlanYear.of(fiscal.periods()));
        assertTrue(fiscal.toString().contains("h1 [2026-04-01, 2026-09-30]"));
    }

    @Test
    void aPeriodOfOneDay() {
        Period day = Period.of("d", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));
        assertEquals(1, day.days());
        assertTrue(day.contains(LocalDate.of(2026, 1, 1)));
        assertThrows(KpiInputException.class, () -> Period.of("a b", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)));
    }
}
