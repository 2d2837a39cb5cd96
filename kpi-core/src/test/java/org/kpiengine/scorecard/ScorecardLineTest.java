package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.KpiAssertions.assertRejected;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;

class ScorecardLineTest {

    private static final Indicator REVENUE = Indicator.higherIsBetter("revenue", Unit.MONEY);
    private static final Indicator RECEIVABLES = Indicator.lowerIsBetter("receivables", Unit.MONEY);

    @Test
    void holdsItsParts() {
        ScorecardLine line = new ScorecardLine(REVENUE, Weight.of("0.4"), Thresholds.of("300000", "500000", "650000"),
                LinearCurve.basePlan());
        assertEquals("revenue", line.id());
        assertEquals(REVENUE, line.indicator());
        assertEquals(Weight.of("0.4"), line.weight());
        assertEquals(LinearCurve.basePlan(), line.curve());
    }

    @Test
    void validatesTheOrderOfThresholds() {
        assertRejected(Reason.THRESHOLDS_OUT_OF_ORDER, "revenue", "600000",
                () -> new ScorecardLine(REVENUE, Weight.of("1"), Thresholds.of("600000", "500000", null), LinearCurve.basePlan()));
        assertRejected(Reason.THRESHOLDS_OUT_OF_ORDER, "receivables", "60000",
                () -> new ScorecardLine(RECEIVABLES, Weight.of("1"), Thresholds.of("100000", "50000", "60000"),
                        LinearCurve.basePlan()));
    }

    @Test
    void validatesThatTheThresholdsSuitTheCurve() {
        assertRejected(Reason.PLAN_EQUALS_BASE, "revenue", "500",
                () -> new ScorecardLine(REVENUE, Weight.of("1"), Thresholds.of("500", "500", null), LinearCurve.basePlan()));
        assertRejected(Reason.PLAN_NOT_POSITIVE, "revenue", "0",
                () -> new ScorecardLine(REVENUE, Weight.of("1"), Thresholds.plan("0"), RatioCurve.uncapped()));
        assertRejected(Reason.MISSING_THRESHOLD, "revenue", null,
                () -> new ScorecardLine(REVENUE, Weight.of("1"), Thresholds.plan("10"), TwoSlopeCurve.upTo("150")));
        assertRejected(Reason.MISSING_THRESHOLD, "receivables", null,
                () -> new ScorecardLine(RECEIVABLES, Weight.of("1"), Thresholds.plan("10"), LinearCurve.basePlan()));
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> new ScorecardLine(null, Weight.of("1"), Thresholds.plan("1"), RatioCurve.uncapped()));
        assertThrows(NullPointerException.class, () -> new ScorecardLine(REVENUE, null, Thresholds.plan("1"), RatioCurve.uncapped()));
        assertThrows(NullPointerException.class, () -> new ScorecardLine(REVENUE, Weight.of("1"), null, RatioCurve.uncapped()));
        assertThrows(NullPointerException.class, () -> new ScorecardLine(REVENUE, Weight.of("1"), Thresholds.plan("1"), null));
    }

    @Test
    void withersRevalidate() {
        ScorecardLine line = new ScorecardLine(REVENUE, Weight.of("1"), Thresholds.plan("500"), RatioCurve.uncapped());
        assertEquals(Thresholds.plan("600"), line.withThresholds(Thresholds.plan("600")).thresholds());
        assertEquals(Weight.of("0.5"), line.withWeight(Weight.of("0.5")).weight());
        assertEquals(Thresholds.plan("500"), line.thresholds());
        assertRejected(Reason.PLAN_NOT_POSITIVE, "revenue", "-1", () -> line.withThresholds(Thresholds.plan("-1")));
    }

    @Test
    void equalityAndToString() {
        ScorecardLine a = new ScorecardLine(REVENUE, Weight.of("0.4"), Thresholds.plan("500"), RatioCurve.uncapped());
        assertEquals(a, new ScorecardLine(REVENUE, Weight.of("0.40"), Thresholds.plan("500.0"), RatioCurve.uncapped()));
        assertEquals(a.hashCode(), new ScorecardLine(REVENUE, Weight.of("0.40"), Thresholds.plan("500.0"), RatioCurve.uncapped()).hashCode());
        assertNotEquals(a, a.withWeight(Weight.of("0.5")));
        assertNotEquals(a, new ScorecardLine(REVENUE, Weight.of("0.4"), Thresholds.plan("500"), RatioCurve.cappedAt("150")));
        assertEquals("ScorecardLine[indicator=" + REVENUE + ", weight=0.4, thresholds=base -, plan 500, target -, "
                + "curve=RatioCurve[cap=null]]", a.toString());
    }
}
