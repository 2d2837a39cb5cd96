package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.KpiAssertions.assertDecimal;
import static org.kpiengine.KpiAssertions.assertRejected;
import static org.kpiengine.KpiAssertions.assertRejectedField;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException.Reason;

class WeightTest {

    @ParameterizedTest
    @CsvSource({"0.4, 0.4", "0.40, 0.4", "0, 0", "1.000, 1", "40, 40", "0.0001, 0.0001"})
    void isNormalised(String text, String expected) {
        assertDecimal(expected, Weight.of(text).value());
        assertEquals(Weight.of(expected), Weight.of(new BigDecimal(text)));
    }

    @ParameterizedTest
    @CsvSource({"-0.1", "-0.0001", "-40"})
    void rejectsNegative(String text) {
        String message = assertRejected(Reason.NEGATIVE_WEIGHT, null, text, () -> Weight.of(text)).getMessage();
        assertEquals("weight " + text + " must not be negative", message);
    }

    @Test
    void rejectsNonNumbersAndNull() {
        assertRejectedField(Reason.NOT_A_NUMBER, "weight", "40%", () -> Weight.of("40%"));
        assertThrows(NullPointerException.class, () -> new Weight(null));
    }

    @Test
    void equalityAndToString() {
        assertEquals(Weight.of("0.40").hashCode(), Weight.of("0.4").hashCode());
        assertNotEquals(Weight.of("0.4"), Weight.of("0.3"));
        assertEquals("0.4", Weight.of("0.400").toString());
        assertEquals("0", Weight.of("0.00").toString());
    }
}
