package org.kpiengine.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.kpiengine.KpiAssertions.assertDecimal;
import static org.kpiengine.KpiAssertions.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;

class StepCurveTest {

    private static final Indicator DEALS = Indicator.higherIsBetter("deals", Unit.COUNT);
    private static final Indicator IDLE = Indicator.lowerIsBetter("idle-hours", Unit.DURATION);
    private static final Bands TABLE = Bands.from("0").upTo("50", "0").upTo("90", "50").upTo("110", "100").andAbove("120");

    private static BigDecimal index(StepCurve curve, Indicator indicator, String plan, String fact) {
        return curve.index(indicator, Thresholds.plan(plan), new BigDecimal(fact), Precision.DEFAULT);
    }

    /** Attainment fact / plan × 100, rounded like an index, then looked up in half-open bands. */
    @ParameterizedTest
    @CsvSource({
        "-5, 0.0000",
        "0, 0.0000",
        "49.9999, 0.0000",
        "50, 50.0000",
        "50.0001, 50.0000",
        "89.9999, 50.0000",
        "89.99995, 100.0000",
        "90, 100.0000",
        "109.9999, 100.0000",
        "109.99995, 120.0000",
        "110, 120.0000",
        "1000, 120.0000",
    })
    void higherIsBetterOnAttainment(String fact, String expected) {
        assertDecimal(expected, index(StepCurve.onAttainment(TABLE), DEALS, "100", fact));
    }

    /** Lower is better: attainment plan / fact × 100; a fact of 0 or less falls in the last band. */
    @ParameterizedTest
    @CsvSource({
        "10, 100.0000",
        "9.0909, 120.0000",
        "9.091, 100.0000",
        "11.1111, 100.0000",
        "11.1112, 50.0000",
        "20, 50.0000",
        "20.0001, 0.0000",
        "1000, 0.0000",
        "0, 120.0000",
        "-1, 120.0000",
    })
    void lowerIsBetterOnAttainment(String fact, String expected) {
        assertDecimal(expected, index(StepCurve.onAttainment(TABLE), IDLE, "10", fact));
    }

    @ParameterizedTest
    @CsvSource({
        "-1, 0.0000",
        "0, 0.0000",
        "9.9999, 0.0000",
        "10, 80.0000",
        "19.9999, 80.0000",
        "20, 100.0000",
        "20.0001, 100.0000",
    })
    void onFact(String fact, String expected) {
        StepCurve curve = StepCurve.onFact(Bands.from("0").upTo("10", "0").upTo("20", "80").andAbove("100"));
        assertDecimal(expected, index(curve, DEALS, "15", fact));
    }

    /** Idle hours: fewer is better; below the table (impossible in practice, but not an error) the best row holds. */
    @ParameterizedTest
    @CsvSource({
        "-1, 100.0000",
        "0, 100.0000",
        "4.9999, 100.0000",
        "5, 50.0000",
        "9.9999, 50.0000",
        "10, 0.0000",
        "100, 0.0000",
    })
    void lowerIsBetterOnFact(String fact, String expected) {
        StepCurve curve = StepCurve.onFact(Bands.from("0").upTo("5", "100").upTo("10", "50").andAbove("0"));
        assertDecimal(expected, index(curve, IDLE, "5", fact));
    }

    @Test
    void coefficientsAreRoundedLikeIndices() {
        StepCurve coefficient = StepCurve.onAttainment(Bands.from("0").upTo("90", "0.5").andAbove("1.23456"));
        assertDecimal("0.5000", index(coefficient, DEALS, "100", "10"));
        assertDecimal("1.2346", index(coefficient, DEALS, "100", "95"));
        assertDecimal("1.2346", coefficient.maxIndex(DEALS, Thresholds.plan("100"), Precision.DEFAULT));
    }

    @Test
    void attainmentNeedsAPositivePlan() {
        assertRejected(Reason.PLAN_NOT_POSITIVE, "deals", "0",
                () -> StepCurve.onAttainment(TABLE).validate(DEALS, Thresholds.plan("0")));
        assertRejected(Reason.PLAN_NOT_POSITIVE, "deals", "0", () -> index(StepCurve.onAttainment(TABLE), DEALS, "0", "5"));
        StepCurve.onFact(TABLE).validate(DEALS, Thresholds.plan("-5"));
    }

    @Test
    void bandValuesMustNotBeNegative() {
        String message = assertRejected(Reason.INVALID_BANDS, null, "-1",
                () -> StepCurve.onFact(Bands.from("0").upTo("10", "-1").andAbove("1"))).getMessage();
        assertEquals("step value -1 of band [0, 10) → -1 must not be negative", message);
    }

    @Test
    void maxIndexIsTheLargestBandValue() {
        assertDecimal("120.0000", StepCurve.onAttainment(TABLE).maxIndex(DEALS, Thresholds.plan("100"), Precision.DEFAULT));
    }

    @Test
    void equalityToStringAndDescription() {
        assertEquals(StepCurve.onAttainment(TABLE), new StepCurve(TABLE, StepCurve.Basis.ATTAINMENT));
        assertNotEquals(StepCurve.onAttainment(TABLE), StepCurve.onFact(TABLE));
        assertEquals("StepCurve[bands=[[0, 50) → 0, [50, 90) → 50, [90, 110) → 100, [110, ∞) → 120], basis=ATTAINMENT]",
                StepCurve.onAttainment(TABLE).toString());
        assertEquals("steps on attainment % [[0, 50) → 0, [50, 90) → 50, [90, 110) → 100, [110, ∞) → 120]",
                StepCurve.onAttainment(TABLE).describe());
        assertEquals("steps on fact [[0, 50) → 0, [50, 90) → 50, [90, 110) → 100, [110, ∞) → 120]",
                StepCurve.onFact(TABLE).describe());
    }
}
