package org.kpiengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.KpiAssertions.assertDecimal;
import static org.kpiengine.KpiAssertions.assertRejected;
import static org.kpiengine.KpiAssertions.assertRejectedField;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException.Reason;

class PrecisionTest {

    @Test
    void defaultIsHalfUpToFourPlaces() {
        assertEquals(4, Precision.DEFAULT.indexScale());
        assertEquals(RoundingMode.HALF_UP, Precision.DEFAULT.indexRounding());
        assertEquals(RoundingMode.HALF_UP, Precision.DEFAULT.moneyRounding());
    }

    @ParameterizedTest
    @CsvSource({
        "89.99999999, 90.0000",
        "99.99995, 100.0000",
        "99.99994999, 99.9999",
        "114, 114.0000",
        "1.00005, 1.0001",
        "1.00015, 1.0002",
        "0.00004, 0.0000",
        "-0.00004, 0.0000",
        "66.66666666, 66.6667",
    })
    void roundIndexIsHalfUpToFourPlaces(String exact, String rounded) {
        assertDecimal(rounded, Precision.DEFAULT.roundIndex(new BigDecimal(exact)));
    }

    @ParameterizedTest
    @CsvSource({
        "57000, 500, 114.0000",
        "2, 3, 0.6667",
        "1, 3, 0.3333",
        "1, 8, 0.1250",
        "1, 160000, 0.0000",
        "1, 20000, 0.0001",
    })
    void divideIndexRoundsOnce(String dividend, String divisor, String expected) {
        assertDecimal(expected, Precision.DEFAULT.divideIndex(new BigDecimal(dividend), new BigDecimal(divisor)));
    }

    @ParameterizedTest
    @CsvSource({
        "2, HALF_UP, 66.666666, 66.67",
        "2, DOWN, 66.666666, 66.66",
        "0, HALF_UP, 89.5, 90",
        "4, HALF_EVEN, 1.00005, 1.0000",
        "4, HALF_EVEN, 1.00015, 1.0002",
        "4, CEILING, 1.00001, 1.0001",
        "6, HALF_UP, 1.0000005, 1.000001",
    })
    void customScaleAndMode(int scale, RoundingMode mode, String exact, String rounded) {
        Precision precision = Precision.DEFAULT.withIndexScale(scale).withIndexRounding(mode);
        assertDecimal(rounded, precision.roundIndex(new BigDecimal(exact)));
        assertEquals(scale, precision.zeroIndex().scale());
    }

    @Test
    void zeroIndexHasTheScaleAndNoSign() {
        assertDecimal("0.0000", Precision.DEFAULT.zeroIndex());
        assertEquals(0, Precision.DEFAULT.zeroIndex().signum());
    }

    @Test
    void withersReturnCopies() {
        Precision changed = Precision.DEFAULT.withIndexScale(2).withMoneyRounding(RoundingMode.HALF_EVEN);
        assertEquals(new Precision(2, RoundingMode.HALF_UP, RoundingMode.HALF_EVEN), changed);
        assertEquals(4, Precision.DEFAULT.indexScale());
        assertEquals(RoundingMode.HALF_UP, Precision.DEFAULT.moneyRounding());
    }

    @ParameterizedTest
    @CsvSource({"-1", "13", "100"})
    void rejectsScaleOutsideRange(int scale) {
        assertRejectedField(Reason.OUT_OF_RANGE, "indexScale", Integer.toString(scale),
                () -> new Precision(scale, RoundingMode.HALF_UP, RoundingMode.HALF_UP));
        assertRejectedField(Reason.OUT_OF_RANGE, "indexScale", Integer.toString(scale),
                () -> Precision.DEFAULT.withIndexScale(scale));
    }

    @Test
    void acceptsScaleEdges() {
        assertEquals(0, Precision.DEFAULT.withIndexScale(0).indexScale());
        assertEquals(12, Precision.DEFAULT.withIndexScale(12).indexScale());
    }

    @Test
    void rejectsUnnecessaryRounding() {
        assertRejectedField(Reason.OUT_OF_RANGE, "indexRounding", "UNNECESSARY",
                () -> Precision.DEFAULT.withIndexRounding(RoundingMode.UNNECESSARY));
        assertRejectedField(Reason.OUT_OF_RANGE, "moneyRounding", "UNNECESSARY",
                () -> Precision.DEFAULT.withMoneyRounding(RoundingMode.UNNECESSARY));
    }

    @Test
    void rejectsNullModes() {
        assertThrows(NullPointerException.class, () -> new Precision(4, null, RoundingMode.HALF_UP));
        assertThrows(NullPointerException.class, () -> new Precision(4, RoundingMode.HALF_UP, null));
    }

    @Test
    void equalityAndToString() {
        assertEquals(Precision.DEFAULT, new Precision(4, RoundingMode.HALF_UP, RoundingMode.HALF_UP));
        assertEquals(Precision.DEFAULT.hashCode(), new Precision(4, RoundingMode.HALF_UP, RoundingMode.HALF_UP).hashCode());
        assertNotEquals(Precision.DEFAULT, Precision.DEFAULT.withIndexScale(2));
        assertEquals("Precision[indexScale=4, indexRounding=HALF_UP, moneyRounding=HALF_UP]", Precision.DEFAULT.toString());
    }
}
