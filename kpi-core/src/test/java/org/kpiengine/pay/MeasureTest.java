package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.pay.PayFixtures.salary;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

class MeasureTest {

    private static PayContext context() {
        return new PayContext(PayFixtures.salesManager(), salary("3000").with("idle-hours", "4"), Precision.DEFAULT);
    }

    @Test
    void readsTheRoundedValuesTheEvaluationHolds() {
        PayContext context = context();
        assertSame(context.evaluation().rating(), Measure.rating().value(context));
        assertSame(context.evaluation().index("deals").index(), Measure.index("deals").value(context));
        assertSame(context.evaluation().index("conversion").fact(), Measure.fact("conversion").value(context));
        assertEquals(new BigDecimal("4"), Measure.input("idle-hours").value(context));
        assertEquals(new BigDecimal("104.0000"), Measure.rating().value(context));
    }

    @Test
    void describesItself() {
        assertEquals("rating %", Measure.rating().describe());
        assertEquals("index of 'deals' %", Measure.index("deals").describe());
        assertEquals("fact of 'deals'", Measure.fact("deals").describe());
        assertEquals("attainment of 'deals' %", Measure.attainment("deals").describe());
        assertEquals("input 'idle-hours'", Measure.input("idle-hours").describe());
        assertEquals(new IndexMeasure("deals"), Measure.index("deals"));
    }

    @ParameterizedTest(name = "{0}: plan {1}, fact {2} → {3}")
    @CsvSource({
            "HIGHER, 500, 570, 114.0000",
            "HIGHER, 3, 2, 66.6667",
            "HIGHER, 100, 89.99999, 90.0000",
            "LOWER, 40000, 30000, 133.3333",
            "LOWER, 40000, 50000, 80.0000",
    })
    void attainmentIsDirectionAwareAndRoundedLikeAnIndex(String direction, String plan, String fact, String expected) {
        Indicator indicator = direction.equals("HIGHER")
                ? Indicator.higherIsBetter("x", Unit.COUNT)
                : Indicator.lowerIsBetter("x", Unit.COUNT);
        Thresholds thresholds = direction.equals("HIGHER")
                ? Thresholds.of("0", plan, null)
                : Thresholds.of("100000", plan, null);
        Scorecard scorecard = Scorecard.builder().add(indicator, "1", thresholds, LinearCurve.basePlan()).build();
        PayContext context = new PayContext(scorecard.evaluate(Facts.builder().put("x", fact).build()), salary("1"),
                Precision.DEFAULT);
        assertEquals(new BigDecimal(expected), Measure.attainment("x").value(context));
    }

    @Test
    void attainmentNeedsAPositivePlanAndIsUnboundedAtALowerIsBetterFactOfZero() {
        Scorecard negativePlan = Scorecard.builder()
                .add(Indicator.higherIsBetter("x", Unit.COUNT), "1", Thresholds.of("-10", "-5", null), LinearCurve.basePlan())
                .build();
        PayContext context = new PayContext(negativePlan.evaluate(Facts.builder().put("x", 1).build()), salary("1"), Precision.DEFAULT);
        KpiInputException plan = assertThrows(KpiInputException.class, () -> Measure.attainment("x").value(context));
        assertEquals(Reason.PLAN_NOT_POSITIVE, plan.reason());
        assertEquals("plan -5 of indicator 'x' must be positive to measure attainment", plan.getMessage());

        Scorecard lower = Scorecard.builder()
                .add(Indicator.lowerIsBetter("x", Unit.COUNT), "1", Thresholds.of("10", "5", null), LinearCurve.basePlan())
                .build();
        PayContext zero = new PayContext(lower.evaluate(Facts.builder().put("x", 0).build()), salary("1"), Precision.DEFAULT);
        // Fact 0 of a lower-is-better indicator is the best month: unbounded best, never an amount.
        assertTrue(Measure.attainment("x").read(zero).isUnboundedBest());
        KpiInputException fact = assertThrows(KpiInputException.class, () -> Measure.attainment("x").value(zero));
        assertEquals(Reason.UNSCORABLE_FACT, fact.reason());
        assertEquals("x", fact.indicatorId());
        assertEquals("attainment", fact.field());
        assertEquals("attainment of lower-is-better indicator 'x' at fact 0 is unbounded (the best there is): it passes"
                + " every 'at least' bound and falls in the top band of a table, but cannot be used as an amount",
                fact.getMessage());
    }

    @Test
    void anUnknownIndicatorOrInputIsAnError() {
        KpiInputException indicator = assertThrows(KpiInputException.class, () -> Measure.index("revenue").value(context()));
        assertEquals(Reason.UNKNOWN_INDICATOR, indicator.reason());
        assertEquals("the evaluation has no indicator 'revenue'", indicator.getMessage());
        KpiInputException input = assertThrows(KpiInputException.class, () -> Measure.input("turnover").value(context()));
        assertEquals(Reason.MISSING_INPUT, input.reason());
    }
}
