package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MeasuredTest {

    private static final DerivedValue FIVE = DerivedValue.of(new BigDecimal("5.4000"));

    @Test
    void isANumber() {
        assertTrue(FIVE.isSufficient());
        assertEquals(new BigDecimal("5.4000"), FIVE.valueOrThrow("conversion"));
        assertEquals("5.4000 %", FIVE.fold(value -> value.toPlainString() + " %", missing -> "none"));
    }

    @Test
    void equalityCountsTheScale() {
        assertEquals(new Measured(new BigDecimal("5.4000")), FIVE);
        assertNotEquals(new Measured(new BigDecimal("5.4")), FIVE);
        assertEquals("5.4000", FIVE.toString());
    }
}
