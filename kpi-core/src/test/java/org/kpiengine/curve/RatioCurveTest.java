package org.kpiengine.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class RatioCurveTest {

    private static final Indicator CALLS = Indicator.higherIsBetter("calls", Unit.COUNT);
    private static final Indicator RESPONSE = Indicator.lowerIsBetter("response-time", Unit.DURATION);

    private static BigDecimal index(RatioCurve curve, Indicator indicator, String plan, String fact) {
        return curve.index(indicator, Thresholds.plan(plan), new BigDecimal(fact), Precision.DEFAULT);
    }

    /** docs/reference/scoring.md, Ratio: plan 500 calls, fact 570 → 114; edges around plan and cap. */
    @ParameterizedTest
    @CsvSource({
        "570, 114.0000",
        "500, 100.0000",
        "499, 99.8000",
        "501, 100.2000",
        "499.9999, 100.0000",
        "500.0001, 100.0000",
        "499.9997, 99.9999",
        "0, 0.0000",
        "-1, 0.0000",
        "-570, 0.0000",
        "1000, 200.0000",
    })
    void higherIsBetterUncapped(String fact, String expected) {
        assertDecimal(expected, index(RatioCurve.uncapped(), CALLS, "500", fact));
    }

    @ParameterizedTest
    @CsvSource({
        "570, 114.0000",
        "749, 149.8000",
        "749.9999, 150.0000",
        "750, 150.0000",
        "750.0001, 150.0000",
        "751, 150.0000",
        "5000, 150.0000",
        "-1, 0.0000",
    })
    void higherIsBetterCappedAt150(String fact, String expected) {
        assertDecimal(expected, index(RatioCurve.cappedAt("150"), CALLS, "500", fact));
    }

    /** Lower is better: plan / fact × 100, capped; fact 0 reaches the cap. */
    @ParameterizedTest
    @CsvSource({
        "10, 100.0000",
        "9, 111.1111",
        "8, 125.0000",
        "20, 50.0000",
        "12.5, 80.0000",
        "10.0001, 99.9990",
        "9.9999, 100.0010",
        "11, 90.9091",
        "5, 200.0000",
        "5.0001, 199.9960",
        "4.9999, 200.0000",
        "4, 200.0000",
        "0.0001, 200.0000",
        "0, 200.0000",
        "-3, 200.0000",
        "1000000, 0.0010",
    })
    void lowerIsBetterIsInvertedAndCapped(String fact, String expected) {
        assertDecimal(expected, index(RatioCurve.cappedAt("200"), RESPONSE, "10", fact));
    }

    /**
     * docs/reference/scoring.md, Ratio: at or worse than base the index is 0, and the curve stops growing at target.
     * Base 300, plan 500, target 650 (higher is better); base 20, plan 10, target 5 (lower is better).
     */
    @ParameterizedTest
    @CsvSource({
        "calls, , 300, 0.0000",
        "calls, , 299, 0.0000",
        "calls, , 300.0001, 60.0000",
        "calls, , 301, 60.2000",
        "calls, , 570, 114.0000",
        "calls, , 649.9999, 130.0000",
        "calls, , 650, 130.0000",
        "calls, , 800, 130.0000",
        "calls, 120, 650, 120.0000",
        "calls, 140, 800, 130.0000",
        "response-time, , 20, 0.0000",
        "response-time, , 25, 0.0000",
        "response-time, , 19, 52.6316",
        "response-time, , 8, 125.0000",
        "response-time, , 5, 200.0000",
        "response-time, , 4, 200.0000",
        "response-time, , 0, 200.0000",
        "response-time, 150, 5, 150.0000",
    })
    void baseIsTheFloorAndTargetTheCap(String id, String cap, String fact, String expected) {
        RatioCurve curve = cap == null ? RatioCurve.uncapped() : RatioCurve.cappedAt(cap);
        boolean calls = id.equals("calls");
        Thresholds thresholds = calls ? Thresholds.of("300", "500", "650") : Thresholds.of("20", "10", "5");
        Indicator indicator = calls ? CALLS : RESPONSE;
        assertDecimal(expected, curve.index(indicator, thresholds, new BigDecimal(fact), Precision.DEFAULT));
        BigDecimal max = curve.maxIndex(indicator, thresholds, Precision.DEFAULT);
        assertDecimal(calls ? (cap == null ? "130.0000" : cap.equals("120") ? "120.0000" : "130.0000")
                : (cap == null ? "200.0000" : "150.0000"), max);
    }

    @Test
    void lowerIsBetterUncappedCannotScoreZero() {
        String message = assertRejected(Reason.UNSCORABLE_FACT, "response-time", "0",
                () -> index(RatioCurve.uncapped(), RESPONSE, "10", "0")).getMessage();
        assertEquals("fact 0 of lower-is-better indicator 'response-time' cannot be scored by an inverted ratio"
                + " without a cap (plan / fact has no value)", message);
        assertRejected(Reason.UNSCORABLE_FACT, "response-time", "-1", () -> index(RatioCurve.uncapped(), RESPONSE, "10", "-1"));
        assertDecimal("1000.0000", index(RatioCurve.uncapped(), RESPONSE, "10", "1"));
    }

    @Test
    void planMustBePositive() {
        assertRejected(Reason.PLAN_NOT_POSITIVE, "calls", "0",
                () -> RatioCurve.uncapped().validate(CALLS, Thresholds.plan("0")));
        String message = assertRejected(Reason.PLAN_NOT_POSITIVE, "calls", "-5",
                () -> RatioCurve.uncapped().validate(CALLS, Thresholds.plan("-5"))).getMessage();
        assertEquals("plan -5 of indicator 'calls' must be positive for a ratio curve", message);
        assertRejected(Reason.PLAN_NOT_POSITIVE, "response-time", "0",
                () -> RatioCurve.cappedAt("200").validate(RESPONSE, Thresholds.plan("0")));
    }

    @Test
    void indexCalledDirectlyStillRejectsAZeroPlanRatherThanDividingByZero() {
        assertRejected(Reason.PLAN_NOT_POSITIVE, "calls", "0", () -> index(RatioCurve.uncapped(), CALLS, "0", "5"));
        assertRejected(Reason.PLAN_NOT_POSITIVE, "response-time", "0", () -> index(RatioCurve.cappedAt("150"), RESPONSE, "0", "5"));
    }

    @Test
    void capMustBePositive() {
        assertRejected(Reason.INVALID_CURVE, null, "0", () -> RatioCurve.cappedAt("0"));
        assertRejected(Reason.INVALID_CURVE, null, "-150", () -> RatioCurve.cappedAt("-150"));
        assertRejectedField(Reason.NOT_A_NUMBER, "ratio cap", "lots", () -> RatioCurve.cappedAt("lots"));
    }

    @Test
    void maxIndexIsTheRoundedCap() {
        assertNull(RatioCurve.uncapped().maxIndex(CALLS, Thresholds.plan("500"), Precision.DEFAULT));
        assertDecimal("150.0000", RatioCurve.cappedAt("150").maxIndex(CALLS, Thresholds.plan("500"), Precision.DEFAULT));
        assertDecimal("150.00", RatioCurve.cappedAt("150.004").maxIndex(CALLS, Thresholds.plan("500"),
                Precision.DEFAULT.withIndexScale(2)));
    }

    @Test
    void capAppliesToTheExactValueThenRounds() {
        RatioCurve curve = RatioCurve.cappedAt("150.00004");
        assertDecimal("150.0000", index(curve, CALLS, "100", "150.00006"));
        assertDecimal("150.0000", index(curve, CALLS, "100", "200"));
    }

    @Test
    void customPrecision() {
        Precision twoPlaces = Precision.DEFAULT.withIndexScale(2);
        assertDecimal("66.67", RatioCurve.uncapped().index(CALLS, Thresholds.plan("3"), new BigDecimal("2"), twoPlaces));
        assertDecimal("66.66", RatioCurve.uncapped().index(CALLS, Thresholds.plan("3"), new BigDecimal("2"),
                twoPlaces.withIndexRounding(java.math.RoundingMode.DOWN)));
        assertDecimal("114", RatioCurve.uncapped().index(CALLS, Thresholds.plan("500"), new BigDecimal("570"),
                Precision.DEFAULT.withIndexScale(0)));
    }

    @Test
    void equalityToStringAndDescription() {
        assertEquals(RatioCurve.cappedAt("150.0"), RatioCurve.cappedAt("150"));
        assertEquals(RatioCurve.cappedAt("150.0").hashCode(), RatioCurve.cappedAt("150").hashCode());
        assertNotEquals(RatioCurve.uncapped(), RatioCurve.cappedAt("150"));
        assertEquals("RatioCurve[cap=150]", RatioCurve.cappedAt("150.00").toString());
        assertEquals("ratio, cap 150", RatioCurve.cappedAt("150").describe());
        assertEquals("ratio", RatioCurve.uncapped().describe());
    }

    /**
     * A curve reuses its formula when it is scored again; one instance scored for both directions
     * in turn, and an equal instance, still give each direction's own index.
     */
    @Test
    void oneCurveScoredForBothDirectionsInTurnKeepsEachDirectionsIndex() {
        RatioCurve curve = RatioCurve.cappedAt("200");
        for (int round = 0; round < 3; round++) {
            assertDecimal("114.0000", index(curve, CALLS, "500", "570"));
            assertDecimal("125.0000", index(curve, RESPONSE, "10", "8"));
            assertDecimal("125.0000", index(RatioCurve.cappedAt("200"), RESPONSE, "10", "8"));
            assertDecimal("160.0000", index(RatioCurve.cappedAt("200"), CALLS, "10", "16"));
        }
    }
}
