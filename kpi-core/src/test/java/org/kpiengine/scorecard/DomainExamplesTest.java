package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.KpiAssertions.assertDecimal;
import static org.kpiengine.KpiAssertions.assertRejected;
import static org.kpiengine.scorecard.TestScorecards.ratioLine;
import static org.kpiengine.scorecard.TestScorecards.salesManagerFacts;
import static org.kpiengine.scorecard.TestScorecards.salesManagerMatrix;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.StepCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Direction;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;

/** The worked examples of docs/reference/scoring.md (thresholds, curves, rating, rounding), end to end through a scorecard. */
class DomainExamplesTest {

    /** Section 2, the classic sales-manager matrix: each index, then the rating 104.0. */
    @ParameterizedTest
    @CsvSource({
        "contacts, 114.0000, 45.60000",
        "deals, 98.0000, 29.40000",
        "conversion, 85.0000, 17.00000",
        "average-check, 120.0000, 12.00000",
    })
    void salesManagerMatrixIndices(String id, String index, String contribution) {
        KpiIndex kpi = salesManagerMatrix().evaluate(salesManagerFacts()).index(id);
        assertDecimal(index, kpi.index());
        assertDecimal(contribution, kpi.contribution());
    }

    @Test
    void salesManagerMatrixRating() {
        assertDecimal("104.0000", salesManagerMatrix().evaluate(salesManagerFacts()).rating());
    }

    @Test
    void salesManagerMatrixWithPercentWeights() {
        Scorecard percent = Scorecard.ofWeightsTotalling(100, List.of(ratioLine("contacts", "40", "500"),
                ratioLine("deals", "30", "50"), ratioLine("conversion", "20", "10"), ratioLine("average-check", "10", "10000")));
        Facts facts = Facts.builder().put("contacts", 570).put("deals", 49).put("conversion", 8.5).put("average-check", 12000).build();
        assertDecimal("104.0000", percent.evaluate(facts).rating());
    }

    /** Section 2, ratio: plan 500 calls, fact 570 → 114; the inverted ratio for lower-is-better. */
    @ParameterizedTest
    @CsvSource({
        "HIGHER_IS_BETTER, 500, 570, 114.0000",
        "HIGHER_IS_BETTER, 500, 0, 0.0000",
        "LOWER_IS_BETTER, 500, 570, 87.7193",
        "LOWER_IS_BETTER, 500, 400, 125.0000",
        "LOWER_IS_BETTER, 500, 0, 150.0000",
        "LOWER_IS_BETTER, 500, 100, 150.0000",
    })
    void ratioBothDirections(Direction direction, String plan, String fact, String expected) {
        Indicator indicator = Indicator.of("kpi", "KPI", Unit.COUNT, direction);
        Scorecard single = Scorecard.of(List.of(new ScorecardLine(indicator, Weight.of("1"), Thresholds.plan(plan),
                RatioCurve.cappedAt("150"))));
        Evaluation evaluation = single.evaluate(Facts.builder().put("kpi", fact).build());
        assertDecimal(expected, evaluation.index("kpi").index());
        assertDecimal(expected, evaluation.rating());
    }

    /** Section 1: a plan of 0 cannot be scored by a ratio; base equal to plan cannot be scaled. */
    @Test
    void zeroPlanAndBaseEqualToPlanAreInputErrors() {
        Indicator calls = Indicator.higherIsBetter("calls", Unit.COUNT);
        assertRejected(Reason.PLAN_NOT_POSITIVE, "calls", "0",
                () -> new ScorecardLine(calls, Weight.of("1"), Thresholds.plan("0"), RatioCurve.uncapped()));
        assertRejected(Reason.PLAN_EQUALS_BASE, "calls", "0",
                () -> new ScorecardLine(calls, Weight.of("1"), Thresholds.of("0", "0", null), LinearCurve.basePlan()));
        assertRejected(Reason.PLAN_EQUALS_BASE, "calls", "0",
                () -> new ScorecardLine(calls, Weight.of("1"), Thresholds.plan("0"), LinearCurve.basePlan()));
    }

    /** A mixed scorecard, both directions, all four library curves, exact rating. */
    @Test
    void mixedScorecard() {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.3", Thresholds.of("300000", "500000", "650000"),
                        LinearCurve.basePlan())
                .add(Indicator.lowerIsBetter("receivables", Unit.MONEY), "0.2", Thresholds.of("100000", "50000", "20000"),
                        LinearCurve.basePlan())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.2", Thresholds.of("40", "50", "60"), TwoSlopeCurve.upTo("150"))
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.2", Thresholds.plan("500"), RatioCurve.cappedAt("150"))
                .add(Indicator.higherIsBetter("csat", Unit.PERCENT), "0.1", Thresholds.plan("90"),
                        StepCurve.onAttainment(Bands.from("0").upTo("90", "0").upTo("100", "80").andAbove("100")))
                .build();
        Evaluation evaluation = scorecard.evaluate(Facts.builder()
                .put("revenue", 560000).put("receivables", 35000).put("deals", 53).put("calls", 570).put("csat", 85).build());
        assertDecimal("130.0000", evaluation.index("revenue").index());
        assertDecimal("130.0000", evaluation.index("receivables").index());
        assertDecimal("115.0000", evaluation.index("deals").index());
        assertDecimal("114.0000", evaluation.index("calls").index());
        // 85 / 90 = 94.4444 % attainment → the [90, 100) band → 80.
        assertDecimal("80.0000", evaluation.index("csat").index());
        // 0.3·130 + 0.2·130 + 0.2·115 + 0.2·114 + 0.1·80 = 39 + 26 + 23 + 22.8 + 8 = 118.8
        assertDecimal("118.8000", evaluation.rating());
    }

    // docs/reference/scoring.md, Rounding.

    @Test
    void anIndexOf89Point99999IsRounded90AndPassesA90Gate() {
        Scorecard single = Scorecard.of(List.of(ratioLine("kpi", "1", "100")));
        Evaluation evaluation = single.evaluate(Facts.builder().put("kpi", "89.99999").build());
        assertDecimal("90.0000", evaluation.index("kpi").index());
        assertTrue(evaluation.index("kpi").index().compareTo(new BigDecimal("90")) >= 0);
    }

    @Test
    void aRatingOf99Point99999IsRounded100AndReachesThePlan() {
        // 0.1 × 99.9999 + 0.9 × 100 = 99.99999 exactly, rounded once → 100.0000.
        Scorecard scorecard = Scorecard.of(List.of(ratioLine("a", "0.1", "100"), ratioLine("b", "0.9", "100")));
        Evaluation evaluation = scorecard.evaluate(Facts.builder().put("a", "99.9999").put("b", 100).build());
        assertDecimal("99.9999", evaluation.index("a").index());
        assertDecimal("100.0000", evaluation.rating());
        assertTrue(evaluation.isMet());
    }

    @Test
    void theRatingIsRoundedOnceAfterTheExactSum() {
        // Contributions 25.00005 + 25.00005 + 50 = 100.0001 exactly; rounding each would give 100.0002.
        Scorecard scorecard = Scorecard.of(List.of(ratioLine("a", "0.25", "10000"), ratioLine("b", "0.25", "10000"),
                ratioLine("c", "0.5", "10000")));
        Evaluation evaluation = scorecard.evaluate(Facts.builder().put("a", "10000.02").put("b", "10000.02").put("c", 10000).build());
        assertDecimal("100.0002", evaluation.index("a").index());
        assertDecimal("25.000050", evaluation.index("a").contribution());
        assertDecimal("100.0001", evaluation.rating());
    }

    @Test
    void theRatingUsesRoundedIndices() {
        // Each index 66.6667 (2/3 rounded), not 66.666…: 0.5 × 66.6667 × 2 = 66.6667.
        Scorecard scorecard = Scorecard.of(List.of(ratioLine("a", "0.5", "3"), ratioLine("b", "0.5", "3")));
        assertDecimal("66.6667", scorecard.evaluate(Facts.builder().put("a", 2).put("b", 2).build()).rating());
    }

    @ParameterizedTest
    @CsvSource({
        "4, HALF_UP, 100.0001",
        "4, HALF_EVEN, 100.0000",
        "4, DOWN, 100.0000",
        "4, UP, 100.0001",
    })
    void ratingHalfwayFollowsTheRoundingMode(int scale, RoundingMode mode, String expected) {
        // 0.5 × 100.0001 + 0.5 × 100 = 100.00005.
        Scorecard scorecard = Scorecard.of(List.of(ratioLine("a", "0.5", "100"), ratioLine("b", "0.5", "100")));
        Evaluation evaluation = scorecard.evaluate(Facts.builder().put("a", "100.0001").put("b", 100).build(),
                Precision.DEFAULT.withIndexScale(scale).withIndexRounding(mode));
        assertDecimal(expected, evaluation.rating());
    }

    @Test
    void customScaleAppliesToIndicesAndRating() {
        Evaluation evaluation = salesManagerMatrix().evaluate(salesManagerFacts().with("contacts", new BigDecimal("571")),
                Precision.DEFAULT.withIndexScale(1));
        // 571 / 500 = 114.2 %; rating 0.4 × 114.2 + 29.4 + 17 + 12 = 104.08 → 104.1.
        assertDecimal("114.2", evaluation.index("contacts").index());
        assertDecimal("104.1", evaluation.rating());
        assertEquals(Precision.DEFAULT.withIndexScale(1), evaluation.precision());
    }

    @Test
    void capsApplyBeforeRounding() {
        // Cap 120.00005: the exact ratio 130 is capped to 120.00005 first, then rounded HALF_UP to 120.0001;
        // a fact just under the cap is rounded on its own.
        Scorecard capped = Scorecard.of(List.of(new ScorecardLine(Indicator.higherIsBetter("kpi", Unit.COUNT), Weight.of("1"),
                Thresholds.plan("100"), new RatioCurve(new BigDecimal("120.00005")))));
        assertDecimal("120.0001", capped.evaluate(Facts.builder().put("kpi", 130).build()).rating());
        assertDecimal("120.0000", capped.evaluate(Facts.builder().put("kpi", "120.00004").build()).rating());
    }

    @Test
    void zeroIsNeverNegative() {
        // A money fact may be negative (a loss); a count may not, which BadPlanCatalogueTest covers.
        Scorecard single = Scorecard.of(List.of(new ScorecardLine(Indicator.higherIsBetter("kpi", Unit.MONEY), Weight.of("1"),
                Thresholds.plan("100"), RatioCurve.uncapped())));
        Evaluation evaluation = single.evaluate(Facts.builder().put("kpi", "-0.00001").build());
        assertEquals("0.0000", evaluation.rating().toPlainString());
        assertEquals(0, evaluation.rating().signum());
    }
}
