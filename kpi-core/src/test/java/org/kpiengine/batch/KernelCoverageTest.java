package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
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
import org.kpiengine.pay.OverPlan;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.PerUnitScheme;
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
        return compiles(plan, Precision.DEFAULT);
    }

    private static boolean compiles(PayPlan plan, Precision precision) {
        LineColumns columns = new LineColumns(Column.ofUnscaled(new long[] {110}, 0), null, null, null);
        return KernelTemplate.compile(SCORECARD, plan, List.of(columns), Map.of(), precision, EUR).isCompiled();
    }

    /** Every money rounding a calculation may use (all but UNNECESSARY, which Precision refuses). */
    private static final RoundingMode[] MONEY_ROUNDINGS = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
        RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};
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
                PayPlan.builder().scheme(TieredScheme.marginalOnTurnover("c", Measure.fact("revenue"), TIERS)).build(),
                PayPlan.builder().scheme(PerUnitScheme.of("u", "revenue", Money.of("EUR", "0.25"))).build(),
                PayPlan.builder().scheme(FixedScheme.of("o", Condition.factAtLeastPlanTimes("revenue", "1.3"), Money.of("EUR", "300")))
                        .modifier(Gate.reduceUnless("g", Condition.anyOf(Condition.factAtLeastPlanTimes("revenue", "0.85"),
                                Condition.atLeast(rating, "90")), "0")).build());
        for (PayPlan plan : plans) {
            assertTrue(compiles(plan), plan::toString);
            for (RoundingMode mode : MONEY_ROUNDINGS) {
                assertTrue(compiles(plan, Precision.DEFAULT.withMoneyRounding(mode)), () -> mode + " " + plan);
            }
        }
    }

    /**
     * 150 per deal beyond a plan of 50 (docs/reference/pay.md, Per unit): 58 deals pay 1 200.00, 49
     * pay 0.00; an individual plan of 40 makes 58 deals pay 2 700.00; a lower-is-better count of
     * complaints, 3 per complaint below a plan of 10, pays 7 complaints 9.00 and 12 complaints 0.00.
     */
    @Test
    void perUnitThroughTheKernel() {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.5", Thresholds.plan("50"), RatioCurve.uncapped())
                .add(Indicator.lowerIsBetter("complaints", Unit.COUNT), "0.5", Thresholds.plan("10"), RatioCurve.cappedAt("150"))
                .build();
        PayPlan plan = PayPlan.builder().scheme(PerUnitScheme.of("extra deals", "deals", Money.of("EUR", "150")))
                .scheme(PerUnitScheme.of("fewer complaints", "complaints", Money.of("EUR", "3"))).build();
        long missing = DecimalColumn.MISSING;
        TeamInput input = TeamInput.builder(3)
                .facts("deals", DecimalColumn.ofUnscaled(new long[] {58, 49, 58}, 0))
                .plans("deals", DecimalColumn.ofUnscaled(new long[] {missing, missing, 40}, 0))
                .facts("complaints", DecimalColumn.ofUnscaled(new long[] {7, 12, 10}, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {100_000, 100_000, 100_000}, 2))
                .build();
        TeamResult result = throughTheKernel(scorecard, plan, input, Precision.DEFAULT);
        String[] extraDeals = {"1200.00", "0.00", "2700.00"};
        String[] fewerComplaints = {"9.00", "0.00", "0.00"};
        for (int row = 0; row < 3; row++) {
            assertEquals(Money.of("EUR", extraDeals[row]), result.component(row, "extra deals"), "row " + row);
            assertEquals(Money.of("EUR", fewerComplaints[row]), result.component(row, "fewer complaints"), "row " + row);
        }
        assertEquals(Money.of("EUR", "2209.00"), result.total(0));
    }

    /**
     * The pay column holds each component as an {@code int} of minor units: 100 000 EUR per deal
     * beyond the plan of 50 pays 58 deals 800 000.00 EUR through the kernel, while 350 deals pay
     * 30 000 000.00 EUR (3 000 000 000 cents, beyond {@code int}) and 265 deals pay
     * 21 500 000.00 EUR, just beyond it: those rows take the object path and give the object API's
     * figures, not a truncated amount; 264 deals (21 400 000.00 EUR) still fit.
     */
    @Test
    void aComponentBeyondTheIntPayColumnTakesTheObjectPath() {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "1", Thresholds.plan("50"), RatioCurve.uncapped())
                .build();
        PayPlan plan = PayPlan.builder().scheme(PerUnitScheme.of("deals", "deals", Money.of("EUR", "100000")))
                .modifier(VariableLimits.cap(Money.of("EUR", "40000000"))).build();
        long[] deals = {58, 350, 265, 264};
        TeamInput input = TeamInput.builder(deals.length)
                .facts("deals", DecimalColumn.ofUnscaled(deals, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {100_000, 100_000, 100_000, 100_000}, 2))
                .build();
        TeamResult result = throughTheKernel(scorecard, plan, input, Precision.DEFAULT);
        String[] paid = {"800000.00", "30000000.00", "21500000.00", "21400000.00"};
        for (int row = 0; row < deals.length; row++) {
            assertEquals(Money.of("EUR", paid[row]), result.component(row, "deals"), "row " + row);
            assertEquals(Money.of("EUR", paid[row]).plus(Money.of("EUR", "1000.00")), result.total(row), "row " + row);
            Payout expected = plan.evaluate(scorecard.evaluate(Facts.builder().put("deals", BigDecimal.valueOf(deals[row])).build()),
                    PayInputs.of(Money.of("EUR", "1000.00")));
            assertEquals(expected.total(), result.total(row), "row " + row);
            assertEquals(expected.lines().get(1).amount(), result.component(row, "deals"), "row " + row);
        }
    }

    /**
     * Contacts 570 of plan 500 (docs/reference/pay.md, Fixed): "at least 1.1 × plan → 300" pays
     * 300.00 (570 ≥ 550), "at least 1.2 × plan" pays 0.00 (570 < 600); a lower-is-better cost of
     * 80 against a plan of 100 passes "1.25 × fact ≤ plan" (100 ≤ 100) and fails at 81; a plan of 0
     * is the row's error, as the object path reports it.
     */
    @Test
    void overPlanThroughTheKernel() {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.5", Thresholds.plan("500"), RatioCurve.uncapped())
                .add(Indicator.lowerIsBetter("cost", Unit.MONEY), "0.5", Thresholds.plan("100"), RatioCurve.cappedAt("150"))
                .build();
        PayPlan plan = PayPlan.builder()
                .scheme(FixedScheme.of("10 % over", Condition.factAtLeastPlanTimes("contacts", "1.1"), Money.of("EUR", "300")))
                .scheme(FixedScheme.of("20 % over", Condition.factAtLeastPlanTimes("contacts", "1.2"), Money.of("EUR", "300")))
                .scheme(FixedScheme.of("thrift", Condition.factAtLeastPlanTimes("cost", "1.25"), Money.of("EUR", "50")))
                .build();
        TeamInput input = TeamInput.builder(3)
                .facts("contacts", DecimalColumn.ofUnscaled(new long[] {570, 570, 570}, 0))
                .facts("cost", DecimalColumn.ofUnscaled(new long[] {80, 81, 80}, 0))
                .plans("cost", DecimalColumn.ofUnscaled(new long[] {100, 100, 0}, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {100_000, 100_000, 100_000}, 2))
                .build();
        TeamResult result = throughTheKernel(scorecard, plan, input, Precision.DEFAULT);
        assertEquals(Money.of("EUR", "300.00"), result.component(0, "10 % over"));
        assertEquals(Money.of("EUR", "0.00"), result.component(0, "20 % over"));
        assertEquals(Money.of("EUR", "50.00"), result.component(0, "thrift"));
        assertEquals(Money.of("EUR", "0.00"), result.component(1, "thrift"));
        EmployeeError error = result.error(2);
        assertNotNull(error);
        assertEquals(KpiInputException.Reason.PLAN_NOT_POSITIVE, error.reason());
        assertEquals("cost", error.indicatorId());
    }

    /**
     * 0.25 per unit beyond plan on 0.10 units beyond it: 0.025 exactly, half a cent, rounded with
     * each mode as BigDecimal rounds it (UP 0.03, DOWN 0.02, HALF_EVEN 0.02, ...) and as the object
     * API gives it for the same employee.
     */
    @Test
    void everyMoneyRoundingThroughTheKernel() {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "1", Thresholds.plan("100"), RatioCurve.uncapped())
                .build();
        PayPlan plan = PayPlan.builder().scheme(PerUnitScheme.of("extra", "revenue", Money.of("EUR", "0.25")))
                .modifier(Gate.reduceUnless("gate", Condition.atLeast(Measure.rating(), "200"), "0.5")).build();
        TeamInput input = TeamInput.builder(2)
                .facts("revenue", DecimalColumn.ofUnscaled(new long[] {10_010, 10_030}, 2))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {100_000, 100_000}, 2))
                .build();
        for (RoundingMode mode : MONEY_ROUNDINGS) {
            Precision precision = Precision.DEFAULT.withMoneyRounding(mode);
            TeamResult result = throughTheKernel(scorecard, plan, input, precision);
            BigDecimal[] excess = {new BigDecimal("0.10"), new BigDecimal("0.30")};
            for (int row = 0; row < 2; row++) {
                BigDecimal extra = new BigDecimal("0.25").multiply(excess[row]).setScale(2, mode);
                assertEquals(Money.of(EUR, extra), result.component(row, "extra"), mode::toString);
                // the gate halves the variable pay (rating below 200), rounding again
                assertEquals(Money.of(EUR, extra.multiply(new BigDecimal("0.5")).setScale(2, mode).subtract(extra)),
                        result.component(row, "gate"), mode::toString);
                Payout payout = plan.evaluate(scorecard.evaluate(Facts.builder().put("revenue", excess[row].add(new BigDecimal("100")))
                        .build(), precision), PayInputs.of(Money.of("EUR", "1000")));
                assertEquals(payout.total(), result.total(row), mode::toString);
            }
        }
    }

    /** Checks that the role's template compiles for the input's columns, then computes the team. */
    private static TeamResult throughTheKernel(Scorecard scorecard, PayPlan plan, TeamInput input, Precision precision) {
        List<LineColumns> columns = new ArrayList<>();
        for (ScorecardLine line : scorecard.lines()) {
            DecimalColumn facts = input.facts().get(line.id());
            DecimalColumn plans = input.plans().get(line.id());
            columns.add(new LineColumns(facts.column(), null, plans == null ? null : plans.column(), null));
        }
        assertTrue(KernelTemplate.compile(scorecard, plan, columns, Map.of(), precision, EUR).isCompiled(), plan::toString);
        return TeamBatch.of(List.of(RoleTemplate.of("seller", scorecard, plan))).withPrecision(precision).evaluate(input);
    }

    /**
     * The exactness property is a guard for the kernel only if its generated plans reach the
     * kernel: at least three quarters of them (384 of 400 in one run) must compile, and so must
     * some of those with a per-unit scheme, an over-plan condition or a money rounding other than
     * HALF_UP.
     */
    @Test
    void theExactnessPropertyReachesTheKernel() {
        AtomicInteger plans = new AtomicInteger();
        AtomicInteger compiled = new AtomicInteger();
        Map<String, AtomicInteger> shapes = new HashMap<>();
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
                PayPlan plan = team.payPlans.get(role);
                if (KernelPay.compile(plan, team.scorecards.get(role), columns, quantities, team.precision, EUR) != null) {
                    compiled.incrementAndGet();
                    if (plan.schemes().stream().anyMatch(PerUnitScheme.class::isInstance)) {
                        shapes.computeIfAbsent("per unit", k -> new AtomicInteger()).incrementAndGet();
                    }
                    if (plan.schemes().stream().anyMatch(s -> s instanceof FixedScheme f && f.condition() instanceof OverPlan)) {
                        shapes.computeIfAbsent("over plan", k -> new AtomicInteger()).incrementAndGet();
                    }
                    if (team.precision.moneyRounding() != RoundingMode.HALF_UP) {
                        shapes.computeIfAbsent("money rounding", k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            }
        });
        assertTrue(compiled.get() * 4 >= plans.get() * 3, () -> compiled + " of " + plans + " generated plans compile");
        assertEquals(Set.of("per unit", "over plan", "money rounding"), shapes.keySet(), () -> "compiled: " + shapes);
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
