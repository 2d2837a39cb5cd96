package org.kpiengine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.planning.PlanningFixtures.eur;
import static org.kpiengine.planning.PlanningFixtures.facts;
import static org.kpiengine.planning.PlanningFixtures.matrix;
import static org.kpiengine.planning.PlanningFixtures.retroactive;
import static org.kpiengine.planning.PlanningFixtures.salary3000;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.CustomCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/**
 * Golden inverse queries on the sales-manager matrix (contacts 0.4 plan 500 fact 570 → 114; deals
 * 0.3 plan 50 fact 49 → 98; conversion 0.2 plan 10 fact 8.5 → 85; average check 0.1 plan 10 000 fact
 * 12 000 → 120; rating 104) with the retroactive salary tiers [0, 80) 0 %, [80, 100) 10 %,
 * [100, 120) 20 %, ≥ 120 30 % of a salary of 3 000.
 *
 * <p>By hand, with d deals (ratio curve: index 2d): rating = 0.4·114 + 0.3·2d + 0.2·85 + 0.1·120
 * = 45.6 + 0.6d + 17 + 12 = 74.6 + 0.6d.
 */
class InverseTest {

    private static Planner planner() {
        return Planner.of(matrix(), retroactive(), salary3000());
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theDealsNeededForTheNextBandAre76() {
        // Rating 104 is in [100, 120); the next band starts at 120. 74.6 + 0.6d ≥ 120 ⇔ d ≥ 75.67, so
        // 76 deals: rating 120.2, pays 30 % of 3 000 = 900; 75 deals: rating 119.6, still 20 %.
        Inverse answer = planner().inverse(facts(), "deals", Goal.nextBand("rating tiers"));
        assertEquals(Inverse.Outcome.REACHED, answer.outcome());
        assertEquals(0, dec("76").compareTo(answer.fact()));
        assertEquals(0, dec("75").compareTo(answer.worseFact()));
        assertEquals(0, dec("27").compareTo(answer.distance()));
        assertEquals(0, BigDecimal.ONE.compareTo(answer.step()));
        assertTrue(answer.isCertified(), () -> String.valueOf(answer.uncertifiedBecause()));
        assertTrue(answer.valueAtAnswer().contains("120.2000"), answer.valueAtAnswer());
        assertTrue(answer.goal().contains("≥ 120"), answer.goal());
        assertTrue(answer.evaluations() < 20, () -> answer.evaluations() + " evaluations");
        WhatIfPoint at76 = planner().at(facts(), "deals", dec("76"));
        assertEquals(eur("900.00"), at76.lines().get("rating tiers"));
        WhatIfPoint at75 = planner().at(facts(), "deals", dec("75"));
        assertEquals(eur("600.00"), at75.lines().get("rating tiers"));
    }

    @Test
    void aCappedDealsCurveMakesTheNextBandUnreachable() {
        // Deals capped at index 150: the best rating is 74.6 + 0.3·150 = 119.6 < 120.
        Planner planner = Planner.of(matrix(RatioCurve.cappedAt("150")), retroactive(), salary3000());
        Inverse answer = planner.inverse(facts(), "deals", Goal.nextBand("rating tiers"));
        assertEquals(Inverse.Outcome.UNREACHABLE, answer.outcome());
        assertNull(answer.fact());
        assertEquals(Obstacle.Kind.CAPPED_INDEX, answer.obstacles().get(0).kind());
        assertEquals("deals", answer.obstacles().get(0).place());
        assertTrue(answer.obstacles().get(0).detail().contains("cap 150 from fact 75 on"), answer.obstacles().get(0).detail());
        assertTrue(answer.valueAtAnswer().contains("119.6"), answer.valueAtAnswer());
        // no best fact: the search gave up 2^64 steps away, which is no fact to report
        assertNull(answer.bestFact());
        assertTrue(answer.toString().contains("UNREACHABLE, best fact none ["), answer::toString);
        for (Obstacle obstacle : answer.obstacles()) {
            assertFalse(obstacle.detail().contains("18446744073709551"), obstacle.detail());
        }
    }

    @Test
    void aRatingAlreadyMetGivesTheFewestDealsThatKeepIt() {
        // 74.6 + 0.6d ≥ 100 ⇔ d ≥ 42.33: 43 deals keep rating 100.4; 42 give 99.8.
        Inverse answer = Planner.of(matrix()).inverse(facts(), "deals", Goal.rating("100"));
        assertEquals(Inverse.Outcome.ALREADY_MET, answer.outcome());
        assertEquals(0, dec("43").compareTo(answer.fact()));
        assertEquals(0, dec("42").compareTo(answer.worseFact()));
        assertEquals(0, dec("-6").compareTo(answer.distance()));
    }

    @Test
    void aPayoutGoalIsFoundOnTheRetroactiveEdge() {
        // A total of 3 900 (salary 3 000 + 30 %) needs rating 120: 76 deals, as for the next band.
        Inverse total = planner().inverse(facts(), "deals", Goal.payoutAtLeast(eur("3900")));
        assertEquals(Inverse.Outcome.REACHED, total.outcome());
        assertEquals(0, dec("76").compareTo(total.fact()));
        // A variable part of 600 needs rating 100 (20 %): already met, down to 43 deals.
        Inverse variable = planner().inverse(facts(), "deals", Goal.variableAtLeast(eur("600")));
        assertEquals(Inverse.Outcome.ALREADY_MET, variable.outcome());
        assertEquals(0, dec("43").compareTo(variable.fact()));
    }

    @Test
    void theStepIsTheLastDecimalPlaceOfTheCurrentFact() {
        // Conversion 8.5 (index 10c, weight 0.2): rating = 87 + 2c ≥ 120 ⇔ c ≥ 16.5, searched in steps of 0.1.
        Inverse answer = planner().inverse(facts(), "conversion", Goal.nextBand("rating tiers"));
        assertEquals(Inverse.Outcome.REACHED, answer.outcome());
        assertEquals(0, dec("16.5").compareTo(answer.fact()));
        assertEquals(0, dec("16.4").compareTo(answer.worseFact()));
        assertEquals(0, dec("0.1").compareTo(answer.step()));
        // The same in steps of 1: 17 reaches (rating 121), 16 does not (119).
        Inverse coarse = planner().inverse(facts().with("conversion", dec("8")), "conversion",
                Goal.nextBand("rating tiers"), BigDecimal.ONE);
        assertEquals(0, dec("17").compareTo(coarse.fact()));
        assertEquals(0, dec("16").compareTo(coarse.worseFact()));
    }

    @Test
    void aLowerIsBetterIndicatorSearchesDownward() {
        // Returns plan 20, lower is better; a gate needs attainment 20 / f × 100 ≥ 100, so f ≤ 20.
        Scorecard card = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.7", Thresholds.plan("1000"), RatioCurve.uncapped())
                .add(Indicator.lowerIsBetter("returns", Unit.COUNT), "0.3", Thresholds.plan("20"), RatioCurve.cappedAt("150"))
                .build();
        PayPlan plan = PayPlan.builder()
                .scheme(TieredScheme.retroactive("tiers", Measure.rating(), PlanningFixtures.salaryTiers(),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .modifier(Gate.zeroUnless("returns gate", Condition.atLeast(Measure.attainment("returns"), "100")))
                .build();
        Facts facts = Facts.builder().put("revenue", 1000).put("returns", 25).build();
        Inverse answer = Planner.of(card, plan, salary3000()).inverse(facts, "returns", Goal.gate("returns gate"));
        assertEquals(Inverse.Outcome.REACHED, answer.outcome());
        assertEquals(0, dec("20").compareTo(answer.fact()));
        assertEquals(0, dec("21").compareTo(answer.worseFact()));
        assertTrue(answer.isCertified());
    }

    @Test
    void aGateOnAnotherIndicatorIsNamedAsTheObstacle() {
        // Conversion 8.5 is 85 % of plan; the gate wants 90 %. No number of deals opens it.
        PayPlan plan = PayPlan.builder()
                .scheme(TieredScheme.retroactive("rating tiers", Measure.rating(), PlanningFixtures.salaryTiers(),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .modifier(Gate.zeroUnless("conversion gate", Condition.atLeast(Measure.attainment("conversion"), "90")))
                .build();
        Inverse answer = Planner.of(matrix(), plan, salary3000()).inverse(facts(), "deals", Goal.variableAtLeast(eur("900")));
        assertEquals(Inverse.Outcome.UNREACHABLE, answer.outcome());
        Obstacle gate = answer.obstacles().stream().filter(o -> o.kind() == Obstacle.Kind.GATE_CLOSED).findFirst().orElseThrow();
        assertEquals("conversion gate", gate.place());
        assertTrue(gate.detail().contains("85"), gate.detail());
        assertTrue(gate.detail().startsWith("gate 'conversion gate' stays closed however far 'deals' improves: "),
                gate.detail());
        assertNull(answer.bestFact());
    }

    @Test
    void theTopBandHasNoNextBand() {
        // 80 deals: rating 74.6 + 48 = 122.6, already in [120, ∞).
        Inverse answer = planner().inverse(facts().with("deals", dec("80")), "deals", Goal.nextBand("rating tiers"));
        assertEquals(Inverse.Outcome.UNREACHABLE, answer.outcome());
        assertEquals(List.of(Obstacle.Kind.TOP_BAND), answer.obstacles().stream().map(Obstacle::kind).toList());
    }

    @Test
    void aGoalTheIndicatorDoesNotAffectIsMetAtAnyFact() {
        Inverse answer = Planner.of(matrix()).inverse(facts(), "deals", Goal.rating("50"));
        assertEquals(Inverse.Outcome.MET_AT_ANY_FACT, answer.outcome());
        assertNull(answer.fact());
    }

    /** Index 200 for 60 ≤ deals < 70, else 0: not monotone. */
    private static final CustomCurve WINDOW = (indicator, thresholds, fact) ->
            fact.compareTo(BigDecimal.valueOf(60)) >= 0 && fact.compareTo(BigDecimal.valueOf(70)) < 0
                    ? BigDecimal.valueOf(200) : BigDecimal.ZERO;

    @Test
    void aCustomCurveThatIsNotMonotoneIsCaughtByTheSampleCheck() {
        // Rating ≥ 100 needs deals index ≥ 84.3 (74.6 − 0 + 0.3 × index): only the window [60, 70) gives it.
        // The search hits 65, narrows to 60; the check finds 76 (one step + 16 beyond) failing.
        Inverse answer = Planner.of(matrix(WINDOW)).inverse(facts(), "deals", Goal.rating("100"));
        assertEquals(Inverse.Outcome.NOT_MONOTONE, answer.outcome());
        assertNull(answer.fact());
        assertNotNull(answer.bestFact());
        BigDecimal counterexample = answer.bestFact();
        assertTrue(counterexample.compareTo(BigDecimal.valueOf(70)) >= 0, counterexample::toPlainString);
        assertFalse(answer.isCertified());
        assertTrue(answer.uncertifiedBecause().contains("custom"), answer.uncertifiedBecause());
    }

    @Test
    void aMonotoneCustomCurveIsAnsweredButNotCertified() {
        CustomCurve ratio = (indicator, thresholds, fact) ->
                fact.multiply(BigDecimal.valueOf(100)).divide(thresholds.plan(), 10, java.math.RoundingMode.HALF_UP);
        Inverse answer = Planner.of(matrix(ratio)).inverse(facts(), "deals", Goal.rating("120"));
        assertEquals(Inverse.Outcome.REACHED, answer.outcome());
        assertEquals(0, dec("76").compareTo(answer.fact()));
        assertFalse(answer.isCertified());
    }

    @Test
    void badQueriesAreRefusedWithTheirField() {
        KpiInputException unknown = assertThrows(KpiInputException.class,
                () -> planner().inverse(facts(), "calls", Goal.rating("100")));
        assertEquals(Reason.UNKNOWN_INDICATOR, unknown.reason());
        assertEquals("calls", unknown.indicatorId());
        KpiInputException step = assertThrows(KpiInputException.class,
                () -> planner().inverse(facts(), "conversion", Goal.rating("120"), BigDecimal.ONE));
        assertEquals(Reason.OUT_OF_RANGE, step.reason());
        assertEquals("step", step.field());
        assertEquals("conversion", step.indicatorId());
        KpiInputException zero = assertThrows(KpiInputException.class,
                () -> planner().inverse(facts(), "deals", Goal.rating("120"), BigDecimal.ZERO));
        assertEquals("step", zero.field());
        KpiInputException noPlan = assertThrows(KpiInputException.class,
                () -> Planner.of(matrix()).inverse(facts(), "deals", Goal.payoutAtLeast(eur("1"))));
        assertEquals("goal", noPlan.field());
        KpiInputException gate = assertThrows(KpiInputException.class,
                () -> planner().inverse(facts(), "deals", Goal.gate("no such gate")));
        assertEquals(Reason.UNKNOWN_PAY_STEP, gate.reason());
        KpiInputException currency = assertThrows(KpiInputException.class,
                () -> planner().inverse(facts(), "deals", Goal.payoutAtLeast(org.kpiengine.money.Money.of("USD", "1"))));
        assertEquals(Reason.CURRENCY_MISMATCH, currency.reason());
    }

    @Test
    void theSearchStopsWhereTheCurveHasNoValue() {
        // Returns, lower is better, uncapped ratio: rating = 70 + 0.3 × 2 000 / f with revenue at plan.
        // Rating 400 needs 600 / f ≥ 330 ⇔ f ≤ 1.81…: 1 return (rating 670); 2 give 370. Rating 1 000 is
        // unreachable: even 1 return gives 670, and 0 has no value.
        Scorecard card = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.7", Thresholds.plan("1000"), RatioCurve.uncapped())
                .add(Indicator.lowerIsBetter("returns", Unit.COUNT), "0.3", Thresholds.plan("20"), RatioCurve.uncapped())
                .build();
        Facts facts = Facts.builder().put("revenue", 1000).put("returns", 25).build();
        Inverse reached = Planner.of(card).inverse(facts, "returns", Goal.rating("400"));
        assertEquals(Inverse.Outcome.REACHED, reached.outcome());
        assertEquals(0, BigDecimal.ONE.compareTo(reached.fact()));
        assertEquals(0, dec("2").compareTo(reached.worseFact()));
        Inverse unreachable = Planner.of(card).inverse(facts, "returns", Goal.rating("1000"));
        assertEquals(Inverse.Outcome.UNREACHABLE, unreachable.outcome());
        assertEquals(List.of(Obstacle.Kind.BEST_FACT), unreachable.obstacles().stream().map(Obstacle::kind).toList());
        assertEquals(0, BigDecimal.ONE.compareTo(unreachable.bestFact()));
        assertTrue(unreachable.toString().contains("UNREACHABLE, best fact 1 ["), unreachable::toString);
    }

    @Test
    void aFallingTierTableIsNotCertifiedAndTheSampleCheckCatchesIt() {
        // Tiers [0, 80) 0 %, [80, 100) 20 %, [100, 120) 10 %, ≥ 120 30 %: the band at 100 pays less than the one below.
        // A variable part of 600 (20 %) from 49 deals (rating 104, 10 %): the search finds 76 (rating 120.2, 30 %),
        // but the check one side down finds 11 deals (rating 81.2, 20 % = 600) reaching it too.
        PayPlan falling = PayPlan.builder()
                .scheme(TieredScheme.retroactive("rating tiers", Measure.rating(),
                        org.kpiengine.curve.Bands.from("0").upTo("80", "0").upTo("100", "20").upTo("120", "10").andAbove("30"),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .build();
        Inverse answer = Planner.of(matrix(), falling, salary3000()).inverse(facts(), "deals", Goal.variableAtLeast(eur("600")));
        assertEquals(Inverse.Outcome.NOT_MONOTONE, answer.outcome());
        assertEquals(0, dec("11").compareTo(answer.bestFact()));
        assertTrue(answer.uncertifiedBecause().contains("fall"), answer.uncertifiedBecause());
        // A rating goal reads only the curve, which is monotone: certified on the same plan.
        assertTrue(Planner.of(matrix(), falling, salary3000()).inverse(facts(), "deals", Goal.rating("120")).isCertified());
    }

    @Test
    void goalsDescribeThemselves() {
        assertEquals("rating ≥ 120", Goal.rating("120.0").describe());
        assertEquals("total payout ≥ EUR 3900.00", Goal.payoutAtLeast(eur("3900")).describe());
        assertEquals("variable part ≥ EUR 600.00", Goal.variableAtLeast(eur("600")).describe());
        assertEquals("gate 'quality' passes", Goal.gate("quality").describe());
        assertEquals("next band of 'tiers'", Goal.nextBand("tiers").describe());
        assertEquals(Goal.rating("120"), Goal.rating("120.00"));
        assertEquals(Reason.NOT_A_NUMBER, assertThrows(KpiInputException.class, () -> Goal.rating("x")).reason());
        Inverse answer = planner().inverse(facts(), "deals", Goal.nextBand("rating tiers"));
        assertTrue(answer.toString().startsWith("deals for rating % ≥ 120"), answer.toString());
        assertTrue(answer.toString().contains("REACHED at 76 (not at 75)"), answer.toString());
    }

    @Test
    void aCustomSchemeIsSearchedButNotCertified() {
        // 12 per deal, as custom code: a variable part of 900 needs 75 deals; 74 pay 888.
        org.kpiengine.pay.CustomScheme perDeal = context -> context.evaluation().index("deals").fact()
                .multiply(BigDecimal.valueOf(12));
        PayPlan plan = PayPlan.builder().scheme(perDeal).build();
        Inverse answer = Planner.of(matrix(), plan, salary3000()).inverse(facts(), "deals", Goal.variableAtLeast(eur("900")));
        assertEquals(Inverse.Outcome.REACHED, answer.outcome());
        assertEquals(0, dec("75").compareTo(answer.fact()));
        assertEquals(0, dec("74").compareTo(answer.worseFact()));
        assertFalse(answer.isCertified());
        assertTrue(answer.uncertifiedBecause().contains("custom"), answer.uncertifiedBecause());
    }
}
