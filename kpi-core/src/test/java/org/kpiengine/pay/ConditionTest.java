package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.pay.PayFixtures.salary;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

class ConditionTest {

    private static PayContext five(String revenue, String receivables) {
        return new PayContext(PayFixtures.fiveIndicators().evaluate(
                PayFixtures.fiveFacts(revenue, "50", "600", "100", receivables)), salary("3000"), Precision.DEFAULT);
    }

    @Test
    void atLeastComparesTheRoundedMeasure() {
        PayContext context = new PayContext(PayFixtures.salesManager(), salary("3000"), Precision.DEFAULT);
        assertTrue(Condition.atLeast(Measure.rating(), "104").isMet(context));
        assertFalse(Condition.atLeast(Measure.rating(), "104.00001").isMet(context));
        assertEquals("rating % 104.0000 ≥ 100: yes", Condition.atLeast(Measure.rating(), "100").explain(context));
        assertEquals("index of 'deals' % 98.0000 ≥ 100: no", Condition.atLeast(Measure.index("deals"), "100").explain(context));
        assertEquals(new AtLeast(Measure.rating(), new BigDecimal("100")), Condition.atLeast(Measure.rating(), "100.00"));
    }

    @Test
    void overPlanComparesTheFactExactly() {
        Condition overPlan = Condition.factAtLeastPlanTimes("revenue", "1.3");
        assertTrue(overPlan.isMet(five("650000", "40000")));
        assertFalse(overPlan.isMet(five("649999.99", "40000")));
        assertEquals("fact of 'revenue' 650000 over 1.3 × plan: yes", overPlan.explain(five("650000", "40000")));
    }

    @Test
    void overPlanOnALowerIsBetterIndicatorIsMultipleTimesBetter() {
        Condition overPlan = Condition.factAtLeastPlanTimes("receivables", "2");
        assertTrue(overPlan.isMet(five("500000", "20000")));
        assertFalse(overPlan.isMet(five("500000", "20000.01")));
        assertEquals("fact of 'receivables' 20000.01 over 2 × plan: no", overPlan.explain(five("500000", "20000.01")));
    }

    @Test
    void overPlanNeedsAPositivePlan() {
        // a loss-making plan of -100 (linear curve from base -200): 1.3 × plan = -130 would call a fact of
        // -120, worse than plan, "30 % over plan"; a plan of 0 has no multiple at all
        for (String plan : new String[] {"-100", "0"}) {
            Evaluation evaluation = Scorecard.builder()
                    .add(Indicator.higherIsBetter("profit", Unit.MONEY), "1", Thresholds.of("-200", plan, null),
                            LinearCurve.basePlan())
                    .build()
                    .evaluate(Facts.builder().put("profit", "-120").build());
            PayContext context = new PayContext(evaluation, salary("3000"), Precision.DEFAULT);
            KpiInputException e = assertThrows(KpiInputException.class,
                    () -> Condition.factAtLeastPlanTimes("profit", "1.3").isMet(context));
            assertEquals(KpiInputException.Reason.PLAN_NOT_POSITIVE, e.reason());
            assertEquals("profit", e.indicatorId());
            assertEquals("plan " + plan + " of indicator 'profit' must be positive for the over-plan condition"
                    + " fact ≥ 1.3 × plan", e.getMessage());
            assertThrows(KpiInputException.class, () -> Condition.factAtLeastPlanTimes("profit", "1.3").explain(context));
        }
    }

    @Test
    void theMultipleMustBePositive() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> Condition.factAtLeastPlanTimes("revenue", "0"));
        assertEquals("multiple 0 of the plan of indicator 'revenue' must be positive", e.getMessage());
        assertEquals("revenue", e.indicatorId());
    }

    /** A context on the five-indicator scorecard with pay inputs. */
    private static PayContext withInputs(String revenue, String receivables, PayInputs inputs) {
        return new PayContext(PayFixtures.fiveIndicators().evaluate(
                PayFixtures.fiveFacts(revenue, "50", "600", "100", receivables)), inputs, Precision.DEFAULT);
    }

    @ParameterizedTest(name = "overdue {0} % at most 15: rating {1}, gate passes {2}, total {3}")
    @CsvSource({
            "12,       112.6667, true,  4000.00",   // rating 0.8 × 120 + 0.2 × 83.3333
            "15,       109.3333, true,  4000.00",   // at most: 15 itself passes
            "15.00001, 109.3333, false, 3000.00",
            "15.01,    109.3245, false, 3000.00",
            "40,       101.0000, false, 3000.00",
    })
    void aGateOnALowerIsBetterFigureIsAtMostOnTheFact(String overdue, String rating, boolean passes, String total) {
        // "overdue receivables at most 15 %": the figure's fact, compared as given
        Evaluation evaluation = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.8", Thresholds.plan("500000"), RatioCurve.cappedAt("150"))
                .add(Indicator.lowerIsBetter("overdue", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.cappedAt("150"))
                .build()
                .evaluate(Facts.builder().put("revenue", "600000").put("overdue", overdue).build());
        assertEquals(new BigDecimal(rating), evaluation.rating());
        PayPlan plan = PayPlan.builder()
                .scheme(FixedScheme.of("plan bonus", Condition.atLeast(Measure.rating(), "100"), PayFixtures.eur("1000")))
                .modifier(Gate.zeroUnless("overdue gate", Condition.atMost(Measure.fact("overdue"), "15")))
                .build();
        Payout payout = plan.evaluate(evaluation, salary("3000"));
        assertEquals(PayFixtures.eur(total), payout.total());
        PayLine gate = payout.line("overdue gate");
        assertEquals("fact of 'overdue' " + overdue + " ≤ 15: " + (passes ? "yes → passed" : "no → variable 1000.00 × 0 = 0.00"),
                gate.detail());
        ConditionCheck check = gate.conditions().get(0);
        assertEquals(passes, check.held());
        assertEquals(new BigDecimal(overdue), check.value());
    }

    @Test
    void everyMeasureCanBeCompared() {
        PayContext context = withInputs("550000", "20000", salary("3000").with("idle-hours", "6"));
        // rating: 0.4×110 + 0.2×100 + 0.15×100 + 0.15×100 + 0.1×150 = 109
        assertEquals("rating % 109.0000 in [100, 110]: yes", Condition.between(Measure.rating(), "100", "110").explain(context));
        assertEquals("index of 'revenue' % 110.0000 ≤ 110: yes", Condition.atMost(Measure.index("revenue"), "110").explain(context));
        assertEquals("fact of 'receivables' 20000 ≤ 15000: no", Condition.atMost(Measure.fact("receivables"), "15000").explain(context));
        assertEquals("attainment of 'receivables' % 200.0000 in [90, 150]: no",
                Condition.between(Measure.attainment("receivables"), "90", "150").explain(context));
        assertEquals("input 'idle-hours' 6 ≤ 8: yes", Condition.atMost(Measure.input("idle-hours"), "8").explain(context));
        assertEquals("input 'idle-hours' 6 in [6, 6]: yes", Condition.between(Measure.input("idle-hours"), "6", "6").explain(context));
        assertEquals("input 'idle-hours' 6 in [6.01, 7]: no", Condition.between(Measure.input("idle-hours"), "6.01", "7").explain(context));
        assertEquals("always: yes", Condition.always().explain(context));
        assertTrue(Condition.always().isMet(context));
    }

    @Test
    void aCompoundConditionShowsEachPartWithItsValue() {
        PayContext context = withInputs("550000", "20000", salary("3000").with("idle-hours", "6"));
        Condition gate = Condition.allOf(
                Condition.atLeast(Measure.rating(), "100"),
                Condition.anyOf(Condition.atMost(Measure.fact("receivables"), "15000"), Condition.atMost(Measure.input("idle-hours"), "4")));
        ConditionCheck check = gate.check(context);
        assertFalse(check.held());
        assertEquals("all of (rating % 109.0000 ≥ 100: yes; any of (fact of 'receivables' 20000 ≤ 15000: no;"
                + " input 'idle-hours' 6 ≤ 4: no): no): no", check.text());
        assertEquals(null, check.value());
        assertEquals(2, check.parts().size());
        assertEquals(new BigDecimal("109.0000"), check.parts().get(0).value());
        assertTrue(check.parts().get(0).held());
        ConditionCheck any = check.parts().get(1);
        assertEquals(List.of(new BigDecimal("20000"), new BigDecimal("6")),
                any.parts().stream().map(ConditionCheck::value).toList());
        assertEquals(List.of(false, false), any.parts().stream().map(ConditionCheck::held).toList());
        assertTrue(Condition.anyOf(Condition.atMost(Measure.input("idle-hours"), "4"), Condition.always()).isMet(context));
        assertTrue(Condition.allOf(Condition.always()).isMet(context));
        assertFalse(Condition.anyOf(Condition.atMost(Measure.input("idle-hours"), "4")).isMet(context));
        assertEquals(check, gate.check(context));
    }

    @Test
    void aCompoundConditionReadsEveryPartEvenOnceItsAnswerIsKnown() {
        PayContext context = withInputs("550000", "20000", salary("3000"));
        for (Condition c : List.of(Condition.anyOf(Condition.always(), Condition.atMost(Measure.input("idle-hours"), "4")),
                Condition.allOf(Condition.atLeast(Measure.rating(), "200"), Condition.atMost(Measure.input("idle-hours"), "4")))) {
            KpiInputException e = assertThrows(KpiInputException.class, () -> c.isMet(context));
            assertEquals(KpiInputException.Reason.MISSING_INPUT, e.reason());
        }
    }

    @Test
    void badConditionsAreRejected() {
        KpiInputException between = assertThrows(KpiInputException.class, () -> Condition.between(Measure.rating(), "110", "100"));
        assertEquals(KpiInputException.Reason.INVALID_CONDITION, between.reason());
        assertEquals("low", between.field());
        assertEquals("110", between.value());
        assertEquals(null, between.indicatorId());
        assertEquals("low 110 of the condition rating % between low and high must not be above high 100", between.getMessage());
        for (java.util.function.Supplier<Condition> empty : List.<java.util.function.Supplier<Condition>>of(
                Condition::allOf, Condition::anyOf, () -> new AllOf(List.of()), () -> new AnyOf(List.of()))) {
            KpiInputException e = assertThrows(KpiInputException.class, empty::get);
            assertEquals(KpiInputException.Reason.INVALID_CONDITION, e.reason());
            assertEquals("parts", e.field());
            assertTrue(e.getMessage().endsWith("needs at least one part; it was given none"), e::getMessage);
        }
        NullPointerException nullPart = assertThrows(NullPointerException.class, () -> Condition.allOf(Condition.always(), null));
        assertEquals("part 2 of the condition 'all of' is null", nullPart.getMessage());
        assertThrows(NullPointerException.class, () -> Condition.anyOf((Condition[]) null));
        assertThrows(NullPointerException.class, () -> new AtMost(null, BigDecimal.ONE));
        assertThrows(KpiInputException.class, () -> Condition.atMost(Measure.rating(), "15 %"));
        assertEquals(KpiInputException.Reason.NOT_A_NUMBER,
                assertThrows(KpiInputException.class, () -> Condition.between(Measure.rating(), "x", "1")).reason());
    }

    @Test
    void conditionsAreValuesWithNormalisedBounds() {
        assertEquals(Condition.atMost(Measure.fact("overdue"), "15"), Condition.atMost(Measure.fact("overdue"), "15.000"));
        assertEquals(Condition.between(Measure.rating(), "90", "110.0"), new Between(Measure.rating(), new BigDecimal("90.00"),
                new BigDecimal("110")));
        assertEquals(Condition.allOf(Condition.always()), new AllOf(List.of(new Always())));
        assertEquals(Condition.anyOf(Condition.always()).hashCode(), new AnyOf(List.of(Condition.always())).hashCode());
        assertFalse(Condition.allOf(Condition.always()).equals(Condition.anyOf(Condition.always())));
    }
}
