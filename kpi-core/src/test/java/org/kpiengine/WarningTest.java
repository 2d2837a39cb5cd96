package org.kpiengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WarningTest {

    @Test
    void holdsItsFields() {
        Warning warning = new Warning(Warning.Code.LOW_WEIGHT, "calls", "weight 0.05 of indicator 'calls' is below 0.10");
        assertEquals(Warning.Code.LOW_WEIGHT, warning.code());
        assertEquals("calls", warning.indicatorId());
        assertEquals("weight 0.05 of indicator 'calls' is below 0.10", warning.message());
    }

    @Test
    void indicatorMayBeAbsent() {
        Warning warning = new Warning(Warning.Code.TOO_FEW_INDICATORS, null, "2 indicators");
        assertNull(warning.indicatorId());
        assertEquals("TOO_FEW_INDICATORS: 2 indicators", warning.toString());
    }

    @Test
    void toStringNamesTheIndicator() {
        assertEquals("LOW_WEIGHT [calls]: low",
                new Warning(Warning.Code.LOW_WEIGHT, "calls", "low").toString());
    }

    @Test
    void rejectsNullCodeOrMessage() {
        assertThrows(NullPointerException.class, () -> new Warning(null, "calls", "m"));
        assertThrows(NullPointerException.class, () -> new Warning(Warning.Code.OTHER, "calls", null));
    }

    @Test
    void equality() {
        Warning a = new Warning(Warning.Code.LOW_WEIGHT, "calls", "low");
        assertEquals(a, new Warning(Warning.Code.LOW_WEIGHT, "calls", "low"));
        assertEquals(a.hashCode(), new Warning(Warning.Code.LOW_WEIGHT, "calls", "low").hashCode());
        assertNotEquals(a, new Warning(Warning.Code.LOW_WEIGHT, "deals", "low"));
        assertNotEquals(a, new Warning(Warning.Code.OTHER, "calls", "low"));
    }
}
