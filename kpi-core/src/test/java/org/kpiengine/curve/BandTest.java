package org.kpiengine.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.KpiAssertions.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException.Reason;

class BandTest {

    private static Band band(String lower, String upper, String value) {
        return new Band(new BigDecimal(lower), upper == null ? null : new BigDecimal(upper), new BigDecimal(value));
    }

    @ParameterizedTest
    @CsvSource({
        "49.9999, false",
        "50, true",
        "50.0000, true",
        "89.9999, true",
        "90, false",
        "90.0001, false",
    })
    void isHalfOpen(String x, boolean inside) {
        assertEquals(inside, band("50", "90", "0.5").contains(new BigDecimal(x)));
    }

    @Test
    void openEndedBandHasNoUpperBound() {
        Band last = band("110", null, "1.2");
        assertNull(last.upperExclusive());
        assertTrue(last.contains(new BigDecimal("1000000000")));
        assertFalse(last.contains(new BigDecimal("109.9999")));
    }

    @Test
    void rejectsUpperNotAboveLower() {
        String message = assertRejected(Reason.INVALID_BANDS, null, "50", () -> band("50", "50", "1")).getMessage();
        assertEquals("band [50, 50) must have its upper bound above its lower bound", message);
        assertRejected(Reason.INVALID_BANDS, null, "40", () -> band("50", "40", "1"));
        assertThrows(NullPointerException.class, () -> new Band(null, null, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> new Band(BigDecimal.ONE, null, null));
    }

    @Test
    void equalityIgnoresTrailingZeros() {
        assertEquals(band("50.0", "90.00", "0.50"), band("50", "90", "0.5"));
        assertEquals(band("50.0", "90.00", "0.50").hashCode(), band("50", "90", "0.5").hashCode());
        assertNotEquals(band("50", "90", "0.5"), band("50", "90", "0.6"));
        assertNotEquals(band("50", "90", "0.5"), band("50", null, "0.5"));
    }

    @Test
    void toStringIsHalfOpenNotation() {
        assertEquals("[50, 90) → 0.5", band("50", "90.0", "0.50").toString());
        assertEquals("[110, ∞) → 1.2", band("110", null, "1.2").toString());
    }
}
