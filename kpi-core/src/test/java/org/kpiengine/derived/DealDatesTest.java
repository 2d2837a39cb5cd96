package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;

class DealDatesTest {

    @Test
    void daysAreCalendarDaysFromFirstTouchToClose() {
        assertEquals(0, DealDates.of("D-1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).days());
        assertEquals(1, DealDates.of("D-2", LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1)).days());
        assertEquals(366, DealDates.of("D-3", LocalDate.of(2027, 6, 1), LocalDate.of(2028, 6, 1)).days());
    }

    @Test
    void rejectsACloseBeforeTheFirstTouch() {
        Expect.error(Reason.OUT_OF_RANGE, "close date", "2026-02-28",
                "close date 2026-02-28 of deal 'D-17' must not be before its first touch 2026-03-01",
                () -> DealDates.of("D-17", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28)));
    }

    @Test
    void rejectsABlankId() {
        Expect.error(Reason.INVALID_ID, "deal", "", "the id of a deal must not be blank",
                () -> DealDates.of("", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2)));
    }
}
