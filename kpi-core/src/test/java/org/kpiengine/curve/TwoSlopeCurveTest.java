package org.kpiengine.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.kpiengine.KpiAssertions.assertDecimal;
import static org.kpiengine.KpiAssertions.assertRejected;
import static org.kpiengine.KpiAssertions.assertRejectedField;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;

class TwoSlopeCurveTest {

    private static final Indicator SALES = Indicator.higherIsBetter("sales", Unit.MONEY);
    private static final Indicator CYCLE = Indicator.lowerIsBetter("deal-cycle", Unit.DURATION);

    private static BigDecimal index(TwoSlopeCurve curve, Indicator indicator, Thresholds thresholds, String fact) {
        return curve.index(indicator, thresholds, new BigDecimal(fact), Precision.DEFAULT);
    }

    /** Base 80 → plan 100 maps to 0 → 100; plan 100 → target 120 maps to 100 → 150. */
    @ParameterizedTest
    @CsvSource({
        "0, 0.0000",
        "79, 0.0000",
        "79.9999, 0.0000",
        "80, 0.0000",
        "80.0001, 0.0005",
        "81, 5.0000",
        "90, 50.0000",
        "99, 95.0000",
        "99.9999, 99.9995",
        "100, 100.0000",
        "100.0001, 100.0003",
        "101, 102.5000",
        "110, 125.0000",
        "119, 147.5000",
        "119.9999, 149.9998",
        "120, 150.0000",
        "120.0001, 150.0000",
        "121, 150.0000",
        "1000, 150.0000",
    })
    void higherIsBetter(String fact, String expected) {
        assertDecimal(expected, index(TwoSlopeCurve.upTo("150"), SALES, Thresholds.of("80", "100", "120"), fact));
    }

    /** Base 10 days → plan 5 maps to 0 → 100; plan 5 → target 3 maps to 100 → 200. */
    @ParameterizedTest
    @CsvSource({
        "11, 0.0000",
        "10.0001, 0.0000",
        "10, 0.0000",
        "9.9999, 0.0020",
        "9, 20.0000",
        "7.5, 50.0000",
        "5.0001, 99.9980",
        "5, 100.0000",
        "4.9999, 100.0050",
        "4, 150.0000",
        "3.0001, 199.9950",
        "3, 200.0000",
        "2.9999, 200.0000",
        "2, 200.0000",
        "0, 200.0000",
    })
    void lowerIsBetter(String fact, String expected) {
        assertDecimal(expected, index(TwoSlopeCurve.upTo("200"), CYCLE, Thresholds.of("10", "5", "3"), fact));
    }

    @ParameterizedTest
    @CsvSource({
        "-5, 0.0000",
        "0, 0.0000",
        "50, 50.0000",
        "100, 100.0000",
        "110, 150.0000",
        "120, 200.0000",
        "130, 200.0000",
    })
    void withoutBaseTheBaseIsZero(String fact, String expected) {
        assertDecimal(expected, index(TwoSlopeCurve.upTo("200"), SALES, Thresholds.of(null, "100", "120"), fact));
    }

    @Test
    void maximumOf100IsFlatAbovePlan() {
        TwoSlopeCurve flat = TwoSlopeCurve.upTo("100");
        assertDecimal("100.0000", index(flat, SALES, Thresholds.of("80", "100", "120"), "110"));
        assertDecimal("100.0000", index(flat, SALES, Thresholds.of("80", "100", "120"), "200"));
    }

    @Test
    void needsATarget() {
        String message = assertRejected(Reason.MISSING_THRESHOLD, "sales", null,
                () -> TwoSlopeCurve.upTo("150").validate(SALES, Thresholds.of("80", "100", null))).getMessage();
        assertEquals("a two-slope curve on indicator 'sales' needs a target", message);
        assertRejected(Reason.MISSING_THRESHOLD, "sales", null,
                () -> index(TwoSlopeCurve.upTo("150"), SALES, Thresholds.of("80", "100", null), "90"));
    }

    @Test
    void lowerIsBetterNeedsABase() {
        assertRejected(Reason.MISSING_THRESHOLD, "deal-cycle", null,
                () -> TwoSlopeCurve.upTo("150").validate(CYCLE, Thresholds.of(null, "5", "3")));
    }

    @Test
    void maximumMustBeAtLeast100() {
        String message = assertRejected(Reason.INVALID_CURVE, null, "99.9999", () -> TwoSlopeCurve.upTo("99.9999"))
                .getMessage();
        assertEquals("two-slope maximum 99.9999 must be at least 100", message);
        assertRejectedField(Reason.NOT_A_NUMBER, "two-slope maximum", "max", () -> TwoSlopeCurve.upTo("max"));
    }

    @Test
    void maxIndexIsRounded() {
        assertDecimal("150.0000", TwoSlopeCurve.upTo("150").maxIndex(SALES, Thresholds.of("80", "100", "120"), Precision.DEFAULT));
        assertDecimal("150.1", TwoSlopeCurve.upTo("150.05").maxIndex(SALES, Thresholds.of("80", "100", "120"),
                Precision.DEFAULT.withIndexScale(1)));
    }

    @Test
    void equalityToStringAndDescription() {
        assertEquals(TwoSlopeCurve.upTo("150.00"), TwoSlopeCurve.upTo("150"));
        assertEquals(TwoSlopeCurve.upTo("150.00").hashCode(), TwoSlopeCurve.upTo("150").hashCode());
        assertNotEquals(TwoSlopeCurve.upTo("200"), TwoSlopeCurve.upTo("150"));
        assertEquals("TwoSlopeCurve[maxIndex=150]", TwoSlopeCurve.upTo("150.0").toString());
        assertEquals("two-slope 0 → 100 → 150", TwoSlopeCurve.upTo("150").describe());
    }
}
