package org.kpiengine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.KpiAssertions.assertDecimal;
import static org.kpiengine.KpiAssertions.assertRejected;
import static org.kpiengine.KpiAssertions.assertRejectedField;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource({
        "1234.50, 1234.50",
        "-3, -3",
        "+7, 7",
        "' 8.5 ', 8.5",
        "0.0001, 0.0001",
        ".5, 0.5",
        "100000000000000000000.1, 100000000000000000000.1",
    })
    void parsesPlainDecimals(String text, String expected) {
        assertDecimal(expected, Decimals.parse("revenue", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1,5", "1e3", "NaN", "Infinity", "-", ".", "1.2.3", "--1", "0x10"})
    void rejectsAnythingElseNamingTheField(String text) {
        assertRejectedField(Reason.NOT_A_NUMBER, "revenue", text, () -> Decimals.parse("revenue", text));
    }

    @ParameterizedTest
    @CsvSource({
        "0.1, 0.1",
        "570.0, 570",
        "8.5, 8.5",
        "-0.0, 0",
        "1.0E-5, 0.00001",
        "1.0E10, 10000000000",
    })
    void convertsDoublesThroughTheirShortestDecimal(double value, String expected) {
        assertDecimal(expected, Decimals.ofDouble("calls", value));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNonFiniteDoubles(double value) {
        assertRejectedField(Reason.NOT_A_NUMBER, "calls", Double.toString(value), () -> Decimals.ofDouble("calls", value));
    }

    @ParameterizedTest
    @CsvSource({
        "1.50, 1.5",
        "100, 100",
        "1E+3, 1000",
        "0.000, 0",
        "-2.10, -2.1",
    })
    void normalisesWithoutNegativeScale(String value, String expected) {
        BigDecimal normalised = Decimals.normalise(new BigDecimal(value));
        assertDecimal(expected, normalised);
        assertEquals(true, normalised.scale() >= 0);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "0.0000, 0.0000",
        "1E+3, 1000",
        "-12.50, -12.50",
    })
    void textIsPlainAndNeverNegativeZero(String value, String expected) {
        assertEquals(expected, Decimals.text(new BigDecimal(value)));
    }

    @Test
    void normaliseRefusesValuesOutsideItsRangeNamingTheField() {
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> Decimals.normalise("plan", new BigDecimal("1E+999999999")));
        assertEquals(KpiInputException.Reason.OUT_OF_RANGE, e.reason());
        assertEquals("value 1E+999999999 of 'plan' is out of range: numbers must be below 10^1000 in magnitude"
                + " and have at most 1000 decimal places", e.getMessage());
        assertThrows(KpiInputException.class, () -> Decimals.normalise(new BigDecimal("123E-1003")));
        assertEquals(new BigDecimal("0"), Decimals.normalise("plan", new BigDecimal("0E-99999")));
        assertEquals(new BigDecimal("0"), Decimals.normalise("plan", new BigDecimal("0E+99999")));
    }

    @Test
    void textOfZeroWithNegativeScaleIsZero() {
        assertEquals("0", Decimals.text(new BigDecimal("0E+3")));
    }
}
