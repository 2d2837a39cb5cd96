package org.kpiengine.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class LinearCurveTest {

    private static final Indicator REVENUE = Indicator.higherIsBetter("revenue", Unit.MONEY);
    private static final Indicator RECEIVABLES = Indicator.lowerIsBetter("receivables", Unit.MONEY);
    private static final Thresholds REVENUE_THRESHOLDS = Thresholds.of("300000", "500000", "650000");
    private static final Thresholds RECEIVABLES_THRESHOLDS = Thresholds.of("100000", "50000", "20000");

    private static BigDecimal index(LinearCurve curve, Indicator indicator, Thresholds thresholds, String fact) {
        return curve.index(indicator, thresholds, new BigDecimal(fact), Precision.DEFAULT);
    }

    /** (fact − 300000) / (500000 − 300000) × 100, floored at 0, capped at the target's 175. */
    @ParameterizedTest
    @CsvSource({
        "0, 0.0000",
        "299999, 0.0000",
        "299999.9999, 0.0000",
        "300000, 0.0000",
        "300000.0001, 0.0000",
        "300000.0001, 0.0000",
        "300001, 0.0005",
        "400000, 50.0000",
        "499999, 99.9995",
        "499999.9999, 100.0000",
        "500000, 100.0000",
        "500000.0001, 100.0000",
        "500001, 100.0005",
        "649999, 174.9995",
        "649999.9999, 175.0000",
        "650000, 175.0000",
        "650000.0001, 175.0000",
        "650001, 175.0000",
        "9000000, 175.0000",
    })
    void higherIsBetter(String fact, String expected) {
        assertDecimal(expected, index(LinearCurve.basePlan(), REVENUE, REVENUE_THRESHOLDS, fact));
    }

    /** The same formula, mirrored: (fact − 100000) / (50000 − 100000) × 100, capped at 160. */
    @ParameterizedTest
    @CsvSource({
        "200000, 0.0000",
        "100001, 0.0000",
        "100000.0001, 0.0000",
        "100000, 0.0000",
        "99999.9999, 0.0000",
        "99999, 0.0020",
        "75000, 50.0000",
        "50001, 99.9980",
        "50000.0001, 100.0000",
        "50000, 100.0000",
        "49999.9999, 100.0000",
        "49999, 100.0020",
        "20001, 159.9980",
        "20000.0001, 160.0000",
        "20000, 160.0000",
        "19999.9999, 160.0000",
        "19999, 160.0000",
        "0, 160.0000",
        "-5, 160.0000",
    })
    void lowerIsBetter(String fact, String expected) {
        assertDecimal(expected, index(LinearCurve.basePlan(), RECEIVABLES, RECEIVABLES_THRESHOLDS, fact));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0.0000",
        "100, 50.0000",
        "200, 100.0000",
        "300, 150.0000",
        "10000, 5000.0000",
    })
    void withoutBaseOrTargetBaseIsZeroAndThereIsNoCap(String fact, String expected) {
        assertDecimal(expected, index(LinearCurve.basePlan(), REVENUE, Thresholds.plan("200"), fact));
        assertNull(LinearCurve.basePlan().maxIndex(REVENUE, Thresholds.plan("200"), Precision.DEFAULT));
    }

    @ParameterizedTest
    @CsvSource({
        "239.9999, 120.0000",
        "239.9998, 119.9999",
        "240, 120.0000",
        "240.0001, 120.0000",
        "300, 120.0000",
    })
    void extraCapWithoutTarget(String fact, String expected) {
        assertDecimal(expected, index(LinearCurve.cappedAt("120"), REVENUE, Thresholds.plan("200"), fact));
    }

    @Test
    void theLowerOfCapAndTargetHolds() {
        assertDecimal("150.0000", LinearCurve.cappedAt("150").maxIndex(REVENUE, REVENUE_THRESHOLDS, Precision.DEFAULT));
        assertDecimal("175.0000", LinearCurve.cappedAt("200").maxIndex(REVENUE, REVENUE_THRESHOLDS, Precision.DEFAULT));
        assertDecimal("150.0000", index(LinearCurve.cappedAt("150"), REVENUE, REVENUE_THRESHOLDS, "640000"));
        assertDecimal("175.0000", index(LinearCurve.cappedAt("200"), REVENUE, REVENUE_THRESHOLDS, "700000"));
    }

    @Test
    void targetCapIsRoundedLikeAnIndex() {
        // (2 − 0) / (3 − 0) × 100 = 66.6666… → 66.6667; fact 1 → 33.3333, above target → the rounded cap.
        Thresholds thirds = Thresholds.of(null, "3", "4");
        assertDecimal("133.3333", LinearCurve.basePlan().maxIndex(REVENUE, thirds, Precision.DEFAULT));
        assertDecimal("33.3333", index(LinearCurve.basePlan(), REVENUE, thirds, "1"));
        assertDecimal("133.3333", index(LinearCurve.basePlan(), REVENUE, thirds, "5"));
    }

    @Test
    void lowerIsBetterNeedsABase() {
        String message = assertRejected(Reason.MISSING_THRESHOLD, "receivables", null,
                () -> LinearCurve.basePlan().validate(RECEIVABLES, Thresholds.plan("50000"))).getMessage();
        assertEquals("a linear curve on lower-is-better indicator 'receivables' needs a base (the worst acceptable value)",
                message);
    }

    @Test
    void absentBaseCountsAsZero() {
        assertRejected(Reason.PLAN_EQUALS_BASE, "revenue", "0",
                () -> LinearCurve.basePlan().validate(REVENUE, Thresholds.plan("0")));
        assertRejected(Reason.THRESHOLDS_OUT_OF_ORDER, "revenue", "-10",
                () -> LinearCurve.basePlan().validate(REVENUE, Thresholds.plan("-10")));
    }

    @Test
    void indexCalledDirectlyRejectsBadThresholdsRatherThanDividingByZero() {
        assertRejected(Reason.PLAN_EQUALS_BASE, "revenue", "500",
                () -> index(LinearCurve.basePlan(), REVENUE, Thresholds.of("500", "500", null), "600"));
        assertRejected(Reason.THRESHOLDS_OUT_OF_ORDER, "revenue", "700",
                () -> index(LinearCurve.basePlan(), REVENUE, Thresholds.of("700", "500", null), "600"));
    }

    @Test
    void capMustBePositive() {
        assertRejected(Reason.INVALID_CURVE, null, "0", () -> LinearCurve.cappedAt("0"));
        assertRejected(Reason.INVALID_CURVE, null, "-1", () -> new LinearCurve(new BigDecimal("-1")));
    }

    @Test
    void equalityToStringAndDescription() {
        assertEquals(LinearCurve.cappedAt("150.0"), LinearCurve.cappedAt("150"));
        assertNotEquals(LinearCurve.basePlan(), LinearCurve.cappedAt("150"));
        assertEquals(LinearCurve.basePlan(), new LinearCurve(null));
        assertEquals("LinearCurve[cap=null]", LinearCurve.basePlan().toString());
        assertEquals("linear base-plan, capped at target", LinearCurve.basePlan().describe());
        assertEquals("linear base-plan, capped at target and at 150", LinearCurve.cappedAt("150").describe());
    }
}
