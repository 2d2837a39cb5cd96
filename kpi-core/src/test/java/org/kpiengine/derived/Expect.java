package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/** Asserts on the library's input errors: the reason, the field, the value and the message. */
final class Expect {

    private Expect() {
    }

    static KpiInputException error(Reason reason, String field, String value, String message, Executable action) {
        KpiInputException e = assertThrows(KpiInputException.class, action);
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(null, e.indicatorId(), e.getMessage());
        assertEquals(value, e.value(), e.getMessage());
        assertEquals(message, e.getMessage());
        return e;
    }
}
