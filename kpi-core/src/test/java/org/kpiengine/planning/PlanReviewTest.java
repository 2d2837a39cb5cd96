package org.kpiengine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.planning.PlanningFixtures.eur;
import static org.kpiengine.planning.PlanningFixtures.facts;
import static org.kpiengine.planning.PlanningFixtures.marginal;
import static org.kpiengine.planning.PlanningFixtures.matrix;
import static org.kpiengine.planning.PlanningFixtures.retroactive;
import static org.kpiengine.planning.PlanningFixtures.salary3000;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.StepCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.scorecard.Scorecard;

/**
 * Plan review of the sales-manager matrix with the salary tiers of docs/reference/pay.md on a
 * salary of 3 000. With every typical fact at its plan, d deals give rating 70 + 0.6d (the other
 * three indicators at 100 add 40 + 20 + 10); the retroactive edges 80, 100 and 120 lie between
 * 16 and 17, 49 and 50, 83 and 84 deals, and each raises the payout by 10 % of salary = 300.
 */
class PlanReviewTest {

    private static List<Finding> cliffs(List<Finding> findings, String indicatorId) {
        return findings.stream().filter(f -> f.kind() == Finding.Kind.CLIFF && indicatorId.equals(f.indicatorId())).toList();
    }

    @Test
    void aCliffIsFoundAtEachRetroactiveEdgeAndNotInTheMarginalPlan() {
        ReviewSettings fivePercent = ReviewSettings.DEFAULT.withCliffShare("0.05");
        List<Finding> retro = PlanReview.of(matrix(), retroactive(), salary3000()).withSettings(fivePercent).findings();
        List<Finding> deals = cliffs(retro, "deals");
        assertEquals(3, deals.size(), deals::toString);
        Cliff at100 = deals.get(1).cliff();
        assertNotNull(at100);
        // 49 deals: rating 99.4, 10 % → 3 300; 50 deals: rating 100, 20 % → 3 600.
        assertEquals(0, new BigDecimal("49").compareTo(at100.worseFact()));
        assertEquals(0, new BigDecimal("50").compareTo(at100.betterFact()));
        assertEquals(eur("3300.00"), at100.payoutWorse());
        assertEquals(eur("3600.00"), at100.payoutBetter());
        assertEquals(eur("300.00"), at100.jump());
        assertEquals(0, new BigDecimal("0.1").compareTo(at100.shareOfSalary()));
        assertEquals(Finding.Severity.WARNING, deals.get(1).severity());
        assertEquals(0, new BigDecimal("49").compareTo(deals.get(1).figures().get("worseFact")));
        assertEquals(0, new BigDecimal("16").compareTo(deals.get(0).cliff().worseFact()));
        assertEquals(0, new BigDecimal("84").compareTo(deals.get(2).cliff().betterFact()));
        // Contacts: rating 60 + 0.08c, edges at 250, 500 and 750 (0 to 1 000 searched).
        assertEquals(List.of("250", "500", "750"), cliffs(retro, "contacts").stream()
                .map(f -> f.cliff().betterFact().toPlainString()).toList());

        List<Finding> graduated = PlanReview.of(matrix(), marginal(), salary3000()).withSettings(fivePercent).findings();
        assertEquals(List.of(), graduated.stream().filter(f -> f.kind() == Finding.Kind.CLIFF).toList());
    }

    @Test
    void aJumpOfExactlyTheDefaultTenPercentIsNotACliff() {
        // Each edge raises the payout by exactly 10 % of salary; a cliff is more than 10 %.
        List<Finding> findings = PlanReview.of(matrix(), retroactive(), salary3000()).findings();
        assertEquals(List.of(), findings.stream().filter(f -> f.kind() == Finding.Kind.CLIFF).toList());
    }

    @Test
    void anEmployeeNextToACliffIsNamed() {
        // E1 has 49 deals with the other facts at plan. E2 has 30 deals (rating 88): the edges at 80 and 100 are
        // more than 5 % of plan away in every indicator.
        ReviewSettings fivePercent = ReviewSettings.DEFAULT.withCliffShare("0.05");
        PlanReview review = PlanReview.of(matrix(), retroactive(), salary3000()).withSettings(fivePercent);
        var atPlan = org.kpiengine.scorecard.Facts.builder().put("contacts", 500).put("deals", 49).put("conversion", 10)
                .put("average-check", 10000).build();
        List<Finding> findings = review.findings(List.of(
                new TeamMember("E1", atPlan, salary3000()),
                new TeamMember("E2", atPlan.with("deals", new BigDecimal("30")), salary3000())));
        // E1's rating is 99.4: 0.6 short of the 100 edge. That is one deal (0.6), 7.5 contacts (0.08 each: 508)
        // or 0.3 conversion (step 1 at fact 10: 11), all within 5 % of plan; average check would need 6 000 more.
        List<Finding> e1 = findings.stream().filter(f -> "E1".equals(f.employeeId())).toList();
        assertEquals(List.of("contacts", "deals", "conversion"), e1.stream().map(Finding::indicatorId).toList());
        assertEquals(List.of("508", "50", "11"), e1.stream().map(f -> f.cliff().betterFact().toPlainString()).toList());
        assertTrue(e1.get(1).message().contains("E1"), e1.get(1).message());
        assertEquals(List.of(), findings.stream().filter(f -> "E2".equals(f.employeeId())).toList());
    }

    @Test
    void aBandAboveTheCapsIsUnreachable() {
        // Every curve capped at 110: the rating can reach at most 110, so [120, ∞) can never pay.
        Scorecard capped = Scorecard.builder()
                .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.cappedAt("110"))
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("50"), RatioCurve.cappedAt("110"))
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.cappedAt("110"))
                .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.1", Thresholds.plan("10000"),
                        RatioCurve.cappedAt("110"))
                .build();
        List<Finding> findings = PlanReview.of(capped, retroactive(), salary3000()).findings();
        List<Finding> unreachable = findings.stream().filter(f -> f.kind() == Finding.Kind.UNREACHABLE_BAND).toList();
        assertEquals(1, unreachable.size(), unreachable::toString);
        assertEquals(Finding.Severity.ERROR, unreachable.get(0).severity());
        assertEquals("rating tiers", unreachable.get(0).place());
        assertEquals(Map.of("lower", new BigDecimal("120"), "maximum", new BigDecimal("110"), "value", new BigDecimal("30")),
                unreachable.get(0).figures());
    }

    @Test
    void aFallingBandAGateOnAWeightZeroIndicatorAndALowWeightAreFound() {
        Scorecard card = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.65", Thresholds.plan("100000"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("20"),
                        StepCurve.onAttainment(Bands.from("0").upTo("100", "0").upTo("120", "120").andAbove("110")))
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.05", Thresholds.plan("400"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("quality", Unit.PERCENT), "0", Thresholds.plan("90"), RatioCurve.uncapped())
                .build();
        PayPlan plan = PayPlan.builder()
                .scheme(TieredScheme.retroactive("tiers", Measure.rating(),
                        Bands.from("0").upTo("100", "0").upTo("110", "8").andAbove("6"),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .modifier(Gate.zeroUnless("quality gate", Condition.atLeast(Measure.attainment("quality"), "100")))
                .build();
        List<Finding> findings = PlanReview.of(card, plan, PayInputs.of(eur("3000"))).findings();
        List<Finding.Kind> kinds = findings.stream().map(Finding::kind).toList();
        assertTrue(kinds.contains(Finding.Kind.LOW_WEIGHT), kinds::toString);
        Finding low = findings.stream().filter(f -> f.kind() == Finding.Kind.LOW_WEIGHT).findFirst().orElseThrow();
        assertEquals("calls", low.indicatorId());
        List<Finding> falling = findings.stream().filter(f -> f.kind() == Finding.Kind.FALLING_BAND).toList();
        assertEquals(List.of("deals", "tiers"), falling.stream().map(Finding::place).toList());
        assertEquals(0, new BigDecimal("110").compareTo(falling.get(1).figures().get("band")));
        assertEquals(0, new BigDecimal("6").compareTo(falling.get(1).figures().get("value")));
        Finding zero = findings.stream().filter(f -> f.kind() == Finding.Kind.ZERO_WEIGHT_REFERENCE).findFirst().orElseThrow();
        assertEquals("quality gate", zero.place());
        assertEquals("quality", zero.indicatorId());
        assertEquals(Finding.Severity.INFO, zero.severity());
        // At plan the rating is 100 and tiers pay 8 % of salary: 240 of 3 240 = 7.4 %, above 5 %: no finding.
        assertTrue(!kinds.contains(Finding.Kind.LOW_VARIABLE_SHARE), kinds::toString);
        // At 10 %: a finding with the numbers.
        Finding share = PlanReview.of(card, plan, PayInputs.of(eur("3000")))
                .withSettings(ReviewSettings.DEFAULT.withMinVariableShare("0.10")).findings().stream()
                .filter(f -> f.kind() == Finding.Kind.LOW_VARIABLE_SHARE).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("240").compareTo(share.figures().get("variable")));
        assertEquals(0, new BigDecimal("3240").compareTo(share.figures().get("total")));
        assertEquals(0, new BigDecimal("0.0741").compareTo(share.figures().get("share")));
    }

    @Test
    void indicatorCountsFollowTheSettings() {
        Scorecard two = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.5", Thresholds.plan("1000"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.5", Thresholds.plan("10"), RatioCurve.uncapped())
                .build();
        PlanReview review = PlanReview.of(two, retroactive(), salary3000());
        Finding few = review.findings().stream().filter(f -> f.kind() == Finding.Kind.TOO_FEW_INDICATORS).findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("2").compareTo(few.figures().get("indicators")));
        assertTrue(review.withSettings(ReviewSettings.DEFAULT.withScorecardLimits(2, 5, 7, "0.10")).findings().stream()
                .noneMatch(f -> f.kind() == Finding.Kind.TOO_FEW_INDICATORS));
        assertTrue(PlanReview.of(matrix(), retroactive(), salary3000())
                .withSettings(ReviewSettings.DEFAULT.withScorecardLimits(1, 3, 3, "0.10")).findings().stream()
                .anyMatch(f -> f.kind() == Finding.Kind.TOO_MANY_INDICATORS));
    }

    @Test
    void badSettingsAreRefusedWithTheirField() {
        assertEquals("cliffShare", assertThrows(KpiInputException.class,
                () -> ReviewSettings.DEFAULT.withCliffShare("-0.1")).field());
        assertEquals("step", assertThrows(KpiInputException.class,
                () -> ReviewSettings.DEFAULT.withStep("deals", "0")).field());
        assertEquals("minIndicators", assertThrows(KpiInputException.class,
                () -> ReviewSettings.DEFAULT.withScorecardLimits(6, 5, 7, "0.1")).field());
    }

    @Test
    void typicalFactsCanBeGiven() {
        // With the worked example's facts as typical, deals give rating 74.6 + 0.6d: edges between 8 and 9
        // (80), 42 and 43 (100), 75 and 76 (120).
        List<Finding> deals = cliffs(PlanReview.of(matrix(), retroactive(), salary3000()).withTypicalFacts(facts())
                .withSettings(ReviewSettings.DEFAULT.withCliffShare("0.05")).findings(), "deals");
        assertEquals(List.of("9", "43", "76"), deals.stream().map(f -> f.cliff().betterFact().toPlainString()).toList());
    }
}
