package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.CustomCurve;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.StepCurve;
import org.kpiengine.curve.TargetBandCurve;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.CoefficientScheme;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.PoolScheme;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.TotalLimits;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.pay.WeightedCoefficient;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;
import org.kpiengine.scorecard.Weight;

/**
 * Which curves and pay shapes the kernel computes itself: each must compile (a line or plan that
 * silently took the object path would still pass the exactness property, only slowly), and give
 * the object API's figures on a worked example.
 */
class KernelCoverageTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Scorecard SCORECARD = Scorecard.builder()
            .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "1", Thresholds.plan("100"), RatioCurve.uncapped())
            .build();
    private static final Bands TIERS = Bands.from("0").upTo("80", "0").upTo("100", "20").upTo("120", "50").andAbove("80");

    private static boolean compiles(PayPlan plan) {
        LineColumns columns = new LineColumns(Column.ofUnscaled(new long[] {110}, 0), null, null, null);
        return KernelTemplate.compile(SCORECARD, plan, List.of(columns), Map.of(), Precision.DEFAULT, EUR).isCompiled();
    }

    private static final Bands STEPS = Bands.from("0").upTo("50", "0").upTo("90", "50").upTo("110.00005", "100").andAbove("120");

    /** Every built-in curve, in each direction it accepts, with the thresholds it needs. */
    private static List<ScorecardLine> builtInCurves() {
        List<ScoringCurve> curves = List.of(RatioCurve.uncapped(), RatioCurve.cappedAt("150"), LinearCurve.basePlan(),
                LinearCurve.cappedAt("120.5"), TwoSlopeCurve.upTo("150"), TwoSlopeCurve.upTo("133.33"),
                StepCurve.onAttainment(STEPS), StepCurve.onFact(STEPS), TargetBandCurve.of("2", "7"),
                TargetBandCurve.of("2", "7").withBelow("0", "3.5"));
        List<ScorecardLine> lines = new ArrayList<>();
        for (ScoringCurve curve : curves) {
            lines.add(new ScorecardLine(Indicator.higherIsBetter("up", Unit.MONEY), Weight.of("1"),
                    Thresholds.of("50", "100", "130"), curve));
            lines.add(new ScorecardLine(Indicator.lowerIsBetter("down", Unit.MONEY), Weight.of("1"),
                    Thresholds.of("150", "100", "70"), curve));
        }
        return lines;
    }

    /** Each built-in curve compiles, in both directions, at every index rounding mode and at index scales 0, 4 and 12. */
    @Test
    void everyBuiltInCurveCompilesAtEveryPrecision() {
        LineColumns columns = new LineColumns(Column.ofUnscaled(new long[] {11_000}, 2), null, null, null);
        for (ScorecardLine line : builtInCurves()) {
            for (RoundingMode mode : RoundingMode.values()) {
                if (mode == RoundingMode.UNNECESSARY) {
                    continue;
                }
                for (int scale : new int[] {0, 4, 12}) {
                    Precision precision = new Precision(scale, mode, RoundingMode.HALF_UP);
                    assertNotNull(KernelLine.compile(line, columns, precision), () -> line + " at " + precision);
                    assertTrue(KernelTemplate.compile(Scorecard.of(List.of(line)), null, List.of(columns), Map.of(), precision,
                            EUR).isCompiled(), () -> line + " at " + precision);
                }
            }
        }
    }

    /** Only an integrator's own curve stays on the object path. */
    @Test
    void aCustomCurveDoesNotCompile() {
        CustomCurve custom = (indicator, thresholds, fact) -> fact;
        ScorecardLine line = new ScorecardLine(Indicator.higherIsBetter("up", Unit.MONEY), Weight.of("1"),
                Thresholds.plan("100"), custom);
        LineColumns columns = new LineColumns(Column.ofUnscaled(new long[] {110}, 0), null, null, null);
        assertNull(KernelLine.compile(line, columns, Precision.DEFAULT));
    }

    /**
     * The target band's worked example (plan 95, tolerance 2, critical deviation 7: fact 96 → 100,
     * 91 → 60, 88 → 0) and a step table on attainment and on the fact, through the kernel.
     */
    @Test
    void targetBandAndStepsThroughTheKernel() {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("on-time", Unit.PERCENT), "0.5", Thresholds.plan("95"), TargetBandCurve.of("2", "7"))
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("40"), StepCurve.onAttainment(STEPS))
                .add(Indicator.lowerIsBetter("returns", Unit.COUNT), "0.2", Thresholds.plan("10"),
                        StepCurve.onFact(Bands.from("0").upTo("5", "100").upTo("10", "50").andAbove("0")))
                .build();
        long[][] facts = {{96, 91, 88}, {44, 20, 36}, {3, 7, 12}};
        List<LineColumns> columns = new ArrayList<>();
        TeamInput.Builder input = TeamInput.builder(3);
        for (int k = 0; k < facts.length; k++) {
            columns.add(new LineColumns(Column.ofUnscaled(facts[k], 0), null, null, null));
            input.facts(scorecard.lines().get(k).id(), DecimalColumn.ofUnscaled(facts[k], 0));
        }
        assertTrue(KernelTemplate.compile(scorecard, null, columns, Map.of(), Precision.DEFAULT, EUR).isCompiled());
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", scorecard))).evaluate(input.build());
        // per employee: on-time, deals (attainment 110, 50, 90), returns
        String[][] expected = {{"100.0000", "100.0000", "100.0000"}, {"60.0000", "50.0000", "50.0000"}, {"0.0000", "100.0000", "0.0000"}};
        for (int row = 0; row < 3; row++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(new BigDecimal(expected[row][k]), result.indices(row).get(k), "row " + row + ", line " + k);
            }
            assertEquals(scorecard.evaluate(Facts.builder().put("on-time", BigDecimal.valueOf(facts[0][row]))
                    .put("deals", BigDecimal.valueOf(facts[1][row])).put("returns", BigDecimal.valueOf(facts[2][row])).build())
                    .rating(), result.rating(row));
        }
    }

    @Test
    void everyShapeOfTheKernelCompiles() {
        Measure rating = Measure.rating();
        Measure attainment = Measure.attainment("revenue");
        Measure index = Measure.index("revenue");
        List<PayPlan> plans = List.of(
                PayPlan.builder().scheme(TieredScheme.retroactive("b", rating, TIERS, TieredScheme.Payment.PERCENT_OF_SALARY, null)).build(),
                PayPlan.builder().scheme(TieredScheme.marginal("b", rating, TIERS, TieredScheme.Payment.PERCENT_OF_SALARY, null)).build(),
                PayPlan.builder().scheme(TieredScheme.marginal("b", index, TIERS, TieredScheme.Payment.AMOUNT, null)).build(),
                PayPlan.builder().scheme(FixedScheme.always("g", Money.of("EUR", "100"))).build(),
                PayPlan.builder().scheme(PoolScheme.of("p", Money.of("EUR", "3000")))
                        .scheme(new PoolScheme("q", Money.of("EUR", "3000"), PoolScheme.Rule.EXCEEDED)).build(),
                PayPlan.builder().scheme(TieredScheme.hybrid("h", rating, TIERS, "100", TieredScheme.Payment.PERCENT_OF_SALARY, null))
                        .scheme(TieredScheme.hybridOnTurnover("t", Measure.fact("revenue"), TIERS, "100")).build(),
                PayPlan.builder().scheme(TieredScheme.interpolated("i", rating, TIERS, TieredScheme.Payment.PERCENT_OF_SALARY, null))
                        .scheme(TieredScheme.interpolated("j", index, Bands.from("0").upTo("80.00005", "1.5").andAbove("40"),
                                TieredScheme.Payment.AMOUNT, null)).build(),
                PayPlan.builder().scheme(LinearScheme.of("l", attainment, Money.of("EUR", "1000")).withBase(new BigDecimal("80"))
                        .withCap(Money.of("EUR", "1500"))).build(),
                PayPlan.builder().scheme(FixedScheme.of("f", Condition.anyOf(Condition.atMost(rating, "90"),
                        Condition.allOf(Condition.between(attainment, "80", "120"), Condition.atLeast(index, "95"))),
                        Money.of("EUR", "250.5"))).build(),
                PayPlan.builder().scheme(TieredScheme.retroactive("b", rating, TIERS, TieredScheme.Payment.PERCENT_OF_SALARY, null))
                        .modifier(Gate.reduceUnless("g", Condition.atMost(attainment, "150"), "0.5"))
                        .modifier(VariableLimits.cap(Money.of("EUR", "400")))
                        .modifier(new VariableLimits("v", Money.of("EUR", "10"), Money.of("EUR", "500")))
                        .modifier(TotalLimits.cap(Money.of("EUR", "5000")))
                        .modifier(TotalLimits.floor(Money.of("EUR", "900")))
                        .modifier(Deduction.perUnit("d", Measure.fact("revenue"), Money.of("EUR", "0.5"))).build(),
                PayPlan.builder().scheme(TieredScheme.marginalOnTurnover("c", Measure.fact("revenue"), TIERS)).build());
        for (PayPlan plan : plans) {
            assertTrue(compiles(plan), plan::toString);
        }
    }

    /**
     * The exactness property is a guard for the kernel only if its generated plans reach the
     * kernel: at least a fifth of them (about a third when measured) must compile.
     */
    @Test
    void theExactnessPropertyReachesTheKernel() {
        AtomicInteger plans = new AtomicInteger();
        AtomicInteger compiled = new AtomicInteger();
        qt().withExamples(200).forAll(TeamCase.teams(2)).checkAssert(team -> {
            TeamInput input = team.input();
            Map<String, Column> quantities = new HashMap<>();
            input.quantities().forEach((name, column) -> quantities.put(name, column.column()));
            for (int role = 0; role < team.payPlans.size(); role++) {
                List<LineColumns> columns = new ArrayList<>();
                for (ScorecardLine line : team.scorecards.get(role).lines()) {
                    DecimalColumn facts = input.facts().get(line.id());
                    columns.add(new LineColumns(facts == null ? null : facts.column(), null, null, null));
                }
                plans.incrementAndGet();
                if (KernelPay.compile(team.payPlans.get(role), team.scorecards.get(role), columns, quantities,
                        Precision.DEFAULT, EUR) != null) {
                    compiled.incrementAndGet();
                }
            }
        });
        assertTrue(compiled.get() * 5 >= plans.get(), () -> compiled + " of " + plans + " generated plans compile");
    }

    @Test
    void shapesLeftToTheObjectPathDoNotCompile() {
        assertFalse(compiles(PayPlan.builder().scheme(TieredScheme.retroactiveOnTurnover("c", Measure.input("turnover"),
                Bands.from("0").upTo("100000", "2").andAbove("4.125"))).build()));
    }

    /** Sales of 130 000 on tiers 2 % up to 100 000, 4 % above: retroactive 5 200, marginal 3 200. */
    @Test
    void commissionOnTurnoverThroughTheKernel() {
        Bands commission = Bands.from("0").upTo("100000", "2").andAbove("4");
        PayPlan plan = PayPlan.builder()
                .scheme(TieredScheme.retroactiveOnTurnover("retroactive", Measure.fact("revenue"), commission))
                .scheme(TieredScheme.marginalOnTurnover("marginal", Measure.fact("revenue"), commission))
                .build();
        assertTrue(compiles(plan));
        TeamInput input = TeamInput.builder(1)
                .facts("revenue", DecimalColumn.ofUnscaled(new long[] {13_000_000}, 2))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {100_000}, 2))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", SCORECARD, plan))).evaluate(input);
        assertEquals(Money.of("EUR", "5200.00"), result.component(0, "retroactive"));
        assertEquals(Money.of("EUR", "3200.00"), result.component(0, "marginal"));
        assertEquals(Money.of("EUR", "9400.00"), result.total(0));
    }

    /** Index 60 between boundaries 50 → 0 % and 100 → 10 %: rate 10 × 10 / 50 = 2 % of 100 000 = 2 000. */
    @Test
    void interpolatedTiersThroughTheKernel() {
        PayPlan plan = PayPlan.builder()
                .scheme(TieredScheme.interpolated("on-time bonus", Measure.index("revenue"),
                        Bands.ofBoundaries(Bands.boundary("50", "0"), Bands.boundary("100", "10")),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .build();
        assertTrue(compiles(plan));
        TeamInput input = TeamInput.builder(3)
                .facts("revenue", DecimalColumn.ofUnscaled(new long[] {60, 100, 40}, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {10_000_000, 10_000_000, 10_000_000}, 2))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", SCORECARD, plan))).evaluate(input);
        assertEquals(Money.of("EUR", "2000.00"), result.component(0, "on-time bonus"));
        assertEquals(Money.of("EUR", "10000.00"), result.component(1, "on-time bonus"));
        assertEquals(Money.of("EUR", "0.00"), result.component(2, "on-time bonus"));
    }

    /**
     * Revenue 840 000 of plan 800 000 (attainment 105), margin 17 of plan 20 (85), share 3 %:
     * 840 000 × 3 % × (0.6 × 1 + 0.4 × 0.8) = 23 184.00.
     */
    @Test
    void coefficientSchemeThroughTheKernel() {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.6", Thresholds.plan("800000"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("margin", Unit.PERCENT), "0.4", Thresholds.plan("20"), RatioCurve.uncapped())
                .build();
        Bands steps = Bands.from("0").upTo("80", "0").upTo("100", "0.8").upTo("120", "1").andAbove("1.2");
        PayPlan plan = PayPlan.builder().scheme(CoefficientScheme.of("share", Measure.fact("revenue"), "3",
                List.of(WeightedCoefficient.of(Measure.attainment("revenue"), "0.6", steps),
                        WeightedCoefficient.of(Measure.attainment("margin"), "0.4", steps)))).build();
        LineColumns revenue = new LineColumns(Column.ofUnscaled(new long[] {840_000}, 0), null, null, null);
        LineColumns margin = new LineColumns(Column.ofUnscaled(new long[] {17}, 0), null, null, null);
        assertTrue(KernelTemplate.compile(scorecard, plan, List.of(revenue, margin), Map.of(), Precision.DEFAULT, EUR)
                .isCompiled());
        TeamInput input = TeamInput.builder(1)
                .facts("revenue", DecimalColumn.ofUnscaled(new long[] {840_000}, 0))
                .facts("margin", DecimalColumn.ofUnscaled(new long[] {17}, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {300_000}, 2))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", scorecard, plan))).evaluate(input);
        assertEquals(Money.of("EUR", "23184.00"), result.component(0, "share"));
    }

    /** Rating 110, salary 1 000: (20 × 20 % + 10 × 50 %) blended over 110, of salary = 1000 × 900 / 11 000 = 81.82. */
    @Test
    void marginalTiersOnTheRatingThroughTheKernel() {
        PayPlan plan = PayPlan.builder()
                .scheme(TieredScheme.marginal("bonus", Measure.rating(), TIERS, TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .modifier(VariableLimits.cap(Money.of("EUR", "80")))
                .build();
        assertTrue(compiles(plan));
        TeamInput input = TeamInput.builder(1)
                .facts("revenue", DecimalColumn.ofUnscaled(new long[] {110}, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {100_000}, 2))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", SCORECARD, plan))).evaluate(input);
        assertEquals(new BigDecimal("110.0000"), result.rating(0));
        assertEquals(Money.of("EUR", "81.82"), result.component(0, "bonus"));
        assertEquals(Money.of("EUR", "-1.82"), result.component(0, "variable cap"));
        assertEquals(Money.of("EUR", "1080.00"), result.total(0));
        Payout payout = plan.evaluate(SCORECARD.evaluate(Facts.builder().put("revenue", "110").build()),
                PayInputs.of(Money.of("EUR", "1000")));
        assertEquals(payout.total(), result.total(0));
    }
}
