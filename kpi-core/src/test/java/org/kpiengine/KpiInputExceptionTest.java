package org.kpiengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;

class KpiInputExceptionTest {

    @Test
    void carriesReasonIndicatorAndValue() {
        KpiInputException e = new KpiInputException(Reason.PLAN_EQUALS_BASE, "revenue", "0",
                "plan 0 of indicator 'revenue' must differ from base 0");
        assertEquals(Reason.PLAN_EQUALS_BASE, e.reason());
        assertEquals("revenue", e.indicatorId());
        assertEquals("0", e.value());
        assertEquals("plan 0 of indicator 'revenue' must differ from base 0", e.getMessage());
    }

    @Test
    void isAnIllegalArgumentException() {
        assertInstanceOf(IllegalArgumentException.class,
                new KpiInputException(Reason.OTHER, null, null, "m"));
    }

    @Test
    void indicatorAndValueMayBeAbsent() {
        KpiInputException e = new KpiInputException(Reason.EMPTY_SCORECARD, null, null, "empty");
        assertNull(e.indicatorId());
        assertNull(e.value());
    }

    @Test
    void rejectsNullReasonOrMessage() {
        assertThrows(NullPointerException.class, () -> new KpiInputException(null, "a", "b", "m"));
        assertThrows(NullPointerException.class, () -> new KpiInputException(Reason.OTHER, "a", "b", null));
    }

    @Test
    void toStringShowsTheMessage() {
        assertEquals("org.kpiengine.KpiInputException: weights must total 1",
                new KpiInputException(Reason.WEIGHTS_TOTAL, null, "0.9", "weights must total 1").toString());
    }
}
