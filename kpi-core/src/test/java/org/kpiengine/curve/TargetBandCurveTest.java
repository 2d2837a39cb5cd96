package org.kpiengine.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.KpiAssertions.assertDecimal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

class TargetBandCurveTest {

    private static final Indicator ON_TIME = Indicator.higherIsBetter("on-time", Unit.PERCENT);
    private static final Indicator DISCOUNT = Indicator.lowerIsBetter("discount-share", Unit.PERCENT);

    private static BigDecimal index(TargetBandCurve curve, Indicator indicator, String plan, String fact) {
        return curve.index(indicator, Thresholds.plan(plan), new BigDecimal(fact), Precision.DEFAULT);
    }

    /** The worked example: plan 95, tolerance 2, critical deviation 7, and the points around its edges. */
    @ParameterizedTest(name = "fact {0} → {1}")
    @CsvSource({
        "96, 100.0000",
        "91, 60.0000",
        "88, 0.0000",
        "95, 100.0000",
        "97, 100.0000",
        "93, 100.0000",
        "97.0001, 99.9980",
        "92.9999, 99.9980",
        "99, 60.0000",
        "101.9999, 0.0020",
        "102, 0.0000",
        "88.0001, 0.0020",
        "0, 0.0000",
        "-95, 0.0000",
        "1000, 0.0000",
    })
    void domainExample(String fact, String expected) {
        assertDecimal(expected, index(TargetBandCurve.of("2", "7"), ON_TIME, "95", fact));
    }

    @ParameterizedTest(name = "lower-is-better fact {0} → {1}, as for higher-is-better")
    @CsvSource({"96, 100.0000", "91, 60.0000", "88, 0.0000", "99, 60.0000"})
    void directionIsIgnored(String fact, String expected) {
        assertDecimal(expected, index(TargetBandCurve.of("2", "7"), DISCOUNT, "95", fact));
        assertEquals(index(TargetBandCurve.of("2", "7"), ON_TIME, "95", fact),
                index(TargetBandCurve.of("2", "7"), DISCOUNT, "95", fact));
    }

    /** Below the plan tolerance 0, critical 3; above it tolerance 2, critical 10: "below" means a fact below the plan. */
    @ParameterizedTest(name = "asymmetric, fact {0} → {1}")
    @CsvSource({
        "100, 100.0000",
        "99, 66.6667",
        "98.5, 50.0000",
        "97, 0.0000",
        "102, 100.0000",
        "106, 50.0000",
        "110, 0.0000",
    })
    void asymmetricBoundsAreBelowAndAboveInFactTerms(String fact, String expected) {
        TargetBandCurve stock = TargetBandCurve.of("2", "10").withBelow("0", "3");
        assertDecimal(expected, index(stock, ON_TIME, "100", fact));
        assertDecimal(expected, index(stock, DISCOUNT, "100", fact));
    }

    @Test
    void toleranceZeroScoresOnlyThePlanItselfInFull() {
        TargetBandCurve exact = TargetBandCurve.of("0", "1");
        assertDecimal("100.0000", index(exact, ON_TIME, "0", "0"));
        assertDecimal("99.9900", index(exact, ON_TIME, "0", "0.0001"));
        assertDecimal("50.0000", index(exact, ON_TIME, "0", "-0.5"));
        assertDecimal("0.0000", index(exact, ON_TIME, "-5", "-4"));
    }

    @Test
    void roundsWithThePrecision() {
        // 100 × (7 − 4.00001) / 5 = 59.9998
        Precision twoPlaces = Precision.DEFAULT.withIndexScale(2).withIndexRounding(RoundingMode.DOWN);
        TargetBandCurve curve = TargetBandCurve.of("2", "7");
        assertDecimal("59.9998", curve.index(ON_TIME, Thresholds.plan("95"), new BigDecimal("90.99999"), Precision.DEFAULT));
        assertDecimal("59.99", curve.index(ON_TIME, Thresholds.plan("95"), new BigDecimal("90.99999"), twoPlaces));
        assertDecimal("100.00", curve.index(ON_TIME, Thresholds.plan("95"), new BigDecimal("95"), twoPlaces));
        assertDecimal("100.00", curve.maxIndex(ON_TIME, Thresholds.plan("95"), twoPlaces));
    }

    @Test
    void scoresInAScorecardWhereBaseAndTargetPlayNoPart() {
        Scorecard scorecard = Scorecard.builder()
                .add(ON_TIME, "0.5", Thresholds.of("80", "95", "99"), TargetBandCurve.of("2", "7"))
                .add(DISCOUNT, "0.5", Thresholds.plan("10"), TargetBandCurve.of("1", "4"))
                .build();
        Evaluation month = scorecard.evaluate(Facts.builder().put("on-time", "91").put("discount-share", "12.5").build());
        assertDecimal("60.0000", month.index("on-time").index());
        assertDecimal("50.0000", month.index("discount-share").index());
        assertDecimal("55.0000", month.rating());
    }

    @Test
    void thresholdsOutOfOrderAreStillRejected() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> Scorecard.builder()
                .add(ON_TIME, "1", Thresholds.of("96", "95", null), TargetBandCurve.of("2", "7")).build());
        assertEquals(Reason.THRESHOLDS_OUT_OF_ORDER, e.reason());
        assertEquals("on-time", e.indicatorId());
    }

    @Test
    void rejectsANegativeTolerance() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> TargetBandCurve.of("-1", "7"));
        assertEquals(Reason.INVALID_CURVE, e.reason());
        assertEquals(null, e.indicatorId());
        assertEquals("tolerance", e.field());
        assertEquals("-1", e.value());
        assertEquals("tolerance -1 of a target band must not be negative", e.getMessage());
    }

    @Test
    void rejectsACriticalDeviationNotAboveTheTolerance() {
        KpiInputException equal = assertThrows(KpiInputException.class, () -> TargetBandCurve.of("2", "2"));
        assertEquals(Reason.INVALID_CURVE, equal.reason());
        assertEquals("criticalDeviation", equal.field());
        assertEquals("2", equal.value());
        assertEquals("critical deviation 2 of a target band must be above its tolerance 2 "
                + "(the index falls from 100 at the tolerance to 0 at the critical deviation)", equal.getMessage());
        KpiInputException below = assertThrows(KpiInputException.class, () -> TargetBandCurve.of("7", "2"));
        assertEquals("criticalDeviation", below.field());
        assertEquals("2", below.value());
    }

    @Test
    void namesTheSideOfAnAsymmetricBand() {
        KpiInputException below = assertThrows(KpiInputException.class, () -> TargetBandCurve.of("2", "7").withBelow("3", "3"));
        assertEquals("criticalBelow", below.field());
        assertEquals("critical deviation below the plan 3 of a target band must be above its tolerance 3 "
                + "(the index falls from 100 at the tolerance to 0 at the critical deviation)", below.getMessage());
        KpiInputException above = assertThrows(KpiInputException.class, () -> TargetBandCurve.of("2", "7").withAbove("-0.5", "3"));
        assertEquals("toleranceAbove", above.field());
        assertEquals("-0.5", above.value());
        assertEquals("tolerance above the plan -0.5 of a target band must not be negative", above.getMessage());
        KpiInputException text = assertThrows(KpiInputException.class, () -> TargetBandCurve.of("two", "7"));
        assertEquals(Reason.NOT_A_NUMBER, text.reason());
    }

    @Test
    void equalityIgnoresScaleAndDescribeNamesTheBounds() {
        TargetBandCurve curve = TargetBandCurve.of("2", "7");
        assertEquals(curve, TargetBandCurve.of("2.00", "7.0"));
        assertEquals(curve.hashCode(), TargetBandCurve.of("2.00", "7.0").hashCode());
        assertNotEquals(curve, curve.withAbove("2", "8"));
        assertTrue(curve.isSymmetric());
        assertFalse(curve.withBelow("1", "7").isSymmetric());
        assertEquals(curve, curve.withBelow("2", "7"));
        assertEquals("target band: 100 within ±2 of plan, 0 from ±7", curve.describe());
        assertEquals("target band: below plan 100 within 0, 0 from 3; above plan 100 within 2, 0 from 10",
                TargetBandCurve.of("2", "10").withBelow("0", "3").describe());
        assertEquals(new BigDecimal("2"), curve.toleranceBelow());
    }
}
