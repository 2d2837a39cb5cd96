package org.kpiengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.function.Executable;
import org.kpiengine.KpiInputException.Reason;

/** Assertions shared by the tests: rejected input, and decimals compared with their scale. */
public final class KpiAssertions {

    private KpiAssertions() {
    }

    /**
     * Asserts that the action throws a {@link KpiInputException} (and nothing else) with this reason,
     * indicator and value, and that its message names the indicator and the value.
     */
    public static KpiInputException assertRejected(
            Reason reason, @Nullable String indicatorId, @Nullable String value, Executable action) {
        Throwable thrown = null;
        try {
            action.execute();
        } catch (Throwable t) {
            thrown = t;
        }
        if (thrown == null) {
            fail("expected KpiInputException " + reason + " but nothing was thrown");
        }
        if (!(thrown instanceof KpiInputException)) {
            throw new AssertionError("expected KpiInputException " + reason + " but got " + thrown, thrown);
        }
        KpiInputException e = (KpiInputException) thrown;
        assertEquals(reason, e.reason(), () -> "reason of: " + e.getMessage());
        assertEquals(indicatorId, e.indicatorId(), () -> "indicatorId of: " + e.getMessage());
        assertEquals(value, e.value(), () -> "value of: " + e.getMessage());
        if (indicatorId != null) {
            assertTrue(e.getMessage().contains(indicatorId), () -> "message names the indicator: " + e.getMessage());
        }
        if (value != null) {
            assertTrue(e.getMessage().contains(value), () -> "message names the value: " + e.getMessage());
        }
        return e;
    }

    /**
     * Asserts that the action throws a {@link KpiInputException} (and nothing else) with this reason,
     * no indicator, this field and value, and that its message names the field and the value.
     */
    public static KpiInputException assertRejectedField(
            Reason reason, String field, @Nullable String value, Executable action) {
        KpiInputException e = assertRejected(reason, null, value, action);
        assertEquals(field, e.field(), () -> "field of: " + e.getMessage());
        assertTrue(e.getMessage().contains(field), () -> "message names the field: " + e.getMessage());
        return e;
    }

    /** Asserts that a decimal has exactly this text (value and scale), such as {@code 114.0000}. */
    public static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(expected, actual.toPlainString());
    }
}
