package org.kpiengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.EmployeeError;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.CustomCurve;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.explain.Explanation;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.CoefficientScheme;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.WeightedCoefficient;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/**
 * Plans and inputs the library used to accept with a wrong or meaningless number, each now
 * refused with a {@link KpiInputException} that names the rule, the indicator or field, and the
 * value; and the advisory warning for a tier paying an implausible rate.
 */
class BadPlanCatalogueTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Indicator REVENUE = Indicator.higherIsBetter("revenue", Unit.MONEY);
    private static final Indicator DEALS = Indicator.higherIsBetter("deals", Unit.COUNT);
    private static final Indicator OVERDUE = Indicator.lowerIsBetter("overdue", Unit.PERCENT);
    private static final Bands RATES = Bands.from("0").upTo("100", "2").andAbove("4");
    private static final Bands STEPS = Bands.from("0").upTo("80", "0").upTo("100", "0.8").upTo("120", "1").andAbove("1.2");

    /** A seller: revenue 0.5, deals 0.3, overdue receivables in percent (lower is better) 0.2. */
    static Scorecard seller() {
        return Scorecard.builder()
                .add(REVENUE, "0.5", Thresholds.plan("100000"), RatioCurve.cappedAt("150"))
                .add(DEALS, "0.3", Thresholds.plan("20"), RatioCurve.cappedAt("150"))
                .add(OVERDUE, "0.2", Thresholds.of("30", "15", "5"), LinearCurve.basePlan())
                .build();
    }

    static Facts facts(String revenue, String deals, String overdue) {
        return Facts.builder().put("revenue", revenue).put("deals", deals).put("overdue", overdue).build();
    }

    static Evaluation month(String revenue, String deals, String overdue) {
        return seller().evaluate(facts(revenue, deals, overdue));
    }

    static PayInputs salary(String amount) {
        return PayInputs.of(Money.of("EUR", amount));
    }

    static Payout pay(PayPlan plan, Evaluation evaluation) {
        return plan.evaluate(evaluation, salary("3000"));
    }

    static PayPlan planOf(org.kpiengine.pay.Scheme scheme) {
        return PayPlan.builder().scheme(scheme).build();
    }

    /** Runs one employee through a team batch and throws the row's error, if it has one. */
    static void batchRow(Scorecard scorecard, @Nullable PayPlan plan, TeamInput input) {
        RoleTemplate template = plan == null ? RoleTemplate.of("seller", scorecard) : RoleTemplate.of("seller", scorecard, plan);
        TeamResult result = TeamBatch.of(List.of(template)).evaluate(input);
        EmployeeError error = result.error(0);
        if (error != null) {
            throw error.cause();
        }
    }

    static TeamInput.Builder oneSeller(long revenue, long deals, long overdue) {
        return TeamInput.builder(1)
                .facts("revenue", DecimalColumn.ofUnscaled(new long[] {revenue}, 0))
                .facts("deals", DecimalColumn.ofUnscaled(new long[] {deals}, 0))
                .facts("overdue", DecimalColumn.ofUnscaled(new long[] {overdue}, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {300_000}, 2));
    }

    /** One bad input: what is done, and the exception it must give. */
    record Case(String name, Executable input, Reason reason, @Nullable String indicatorId, @Nullable String field,
            @Nullable String value) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> catalogue() {
        Evaluation anna = month("120000", "18", "0");
        Evaluation boris = month("80000", "25", "20");
        PayPlan tiers = planOf(TieredScheme.retroactive("bonus", Measure.rating(),
                Bands.from("0").upTo("100", "0").andAbove("10"), TieredScheme.Payment.PERCENT_OF_SALARY, null));
        Scorecard withLowerRatio = Scorecard.builder()
                .add(REVENUE, "0.8", Thresholds.plan("100000"), RatioCurve.uncapped())
                .add(OVERDUE, "0.2", Thresholds.plan("15"), RatioCurve.cappedAt("200"))
                .build();
        return Stream.of(
                // 1. A lower-is-better ratio's target of 0 or less: plan / target × 100 has no value.
                new Case("lower-is-better ratio, target 0", () -> Scorecard.builder()
                        .add(OVERDUE, "1", Thresholds.of("30", "15", "0"), RatioCurve.cappedAt("200")).build(),
                        Reason.OUT_OF_RANGE, "overdue", "target", "0"),
                new Case("lower-is-better ratio, target -5, individual plan", () -> withLowerRatio
                        .withThresholds("overdue", Thresholds.of(null, "15", "-5")),
                        Reason.OUT_OF_RANGE, "overdue", "target", "-5"),
                new Case("lower-is-better ratio, target 0, scored directly", () -> RatioCurve.cappedAt("200")
                        .index(OVERDUE, Thresholds.of(null, "15", "0"), BigDecimal.ONE, Precision.DEFAULT),
                        Reason.OUT_OF_RANGE, "overdue", "target", "0"),
                new Case("lower-is-better ratio, target 0 in a team batch", () -> batchRow(withLowerRatio, null,
                        TeamInput.builder(1)
                                .facts("revenue", DecimalColumn.ofUnscaled(new long[] {100_000}, 0))
                                .facts("overdue", DecimalColumn.ofUnscaled(new long[] {10}, 0))
                                .targets("overdue", DecimalColumn.ofUnscaled(new long[] {0}, 0)).build()),
                        Reason.OUT_OF_RANGE, "overdue", "target", "0"),
                // 2. Coefficient weights total 1, or a declared 10 or 100.
                new Case("coefficient weights total 1.4", () -> CoefficientScheme.of("share", Measure.fact("revenue"), "3",
                        List.of(WeightedCoefficient.of(Measure.attainment("revenue"), "0.8", STEPS),
                                WeightedCoefficient.of(Measure.attainment("deals"), "0.6", STEPS))),
                        Reason.WEIGHTS_TOTAL, null, "weights", "1.4"),
                new Case("coefficient weights total 140 of a declared 100", () -> CoefficientScheme.ofWeightsTotalling(100,
                        "share", Measure.fact("revenue"), "3",
                        List.of(WeightedCoefficient.of(Measure.attainment("revenue"), "80", STEPS),
                                WeightedCoefficient.of(Measure.attainment("deals"), "60", STEPS))),
                        Reason.WEIGHTS_TOTAL, null, "weights", "140"),
                new Case("coefficient weights, declared total 50", () -> CoefficientScheme.ofWeightsTotalling(50,
                        "share", Measure.fact("revenue"), "3",
                        List.of(WeightedCoefficient.of(Measure.attainment("revenue"), "50", STEPS))),
                        Reason.WEIGHTS_TOTAL, null, "total", "50"),
                // 3. A turnover is money.
                new Case("percent of turnover on a count", () -> pay(planOf(TieredScheme.retroactiveOnTurnover("commission",
                        Measure.fact("deals"), RATES)), anna),
                        Reason.INVALID_SCHEME, "deals", "turnover", "COUNT"),
                new Case("percent of turnover, marginal, on a count", () -> pay(planOf(TieredScheme.marginalOnTurnover(
                        "commission", Measure.fact("deals"), RATES)), anna),
                        Reason.INVALID_SCHEME, "deals", "turnover", "COUNT"),
                new Case("percent of turnover on the rating", () -> pay(planOf(TieredScheme.retroactive("commission",
                        Measure.fact("revenue"), RATES, TieredScheme.Payment.PERCENT_OF_TURNOVER, Measure.rating())), anna),
                        Reason.INVALID_SCHEME, null, "turnover", "rating %"),
                new Case("coefficient share of a count", () -> pay(planOf(CoefficientScheme.of("share", Measure.fact("deals"),
                        "3", List.of(WeightedCoefficient.of(Measure.attainment("revenue"), "1", STEPS)))), anna),
                        Reason.INVALID_SCHEME, "deals", "turnover", "COUNT"),
                // 4. An explanation pairs an evaluation with its own payout.
                new Case("explanation of A's evaluation with B's payout", () -> Explanation.of(anna, pay(tiers, boris)),
                        Reason.UNRELATED_RESULTS, null, "payout", null),
                // 5. A custom curve's index goes through the range check.
                new Case("custom curve index 1E+5000", () -> Scorecard.builder()
                        .add(DEALS, "1", Thresholds.plan("20"), (CustomCurve) (indicator, thresholds, fact) -> new BigDecimal("1E+5000"))
                        .build().evaluate(Facts.builder().put("deals", 18).build()),
                        Reason.OUT_OF_RANGE, "deals", "index", "1E+5000"),
                new Case("custom curve index -1E+5000", () -> Scorecard.builder()
                        .add(DEALS, "1", Thresholds.plan("20"), (CustomCurve) (indicator, thresholds, fact) -> new BigDecimal("-1E+5000"))
                        .build().evaluate(Facts.builder().put("deals", 18).build()),
                        Reason.OUT_OF_RANGE, "deals", "index", "-1E+5000"),
                new Case("custom curve index 1E-999999999", () -> Scorecard.builder()
                        .add(DEALS, "1", Thresholds.plan("20"), (CustomCurve) (indicator, thresholds, fact) -> new BigDecimal("1E-999999999"))
                        .build().evaluate(Facts.builder().put("deals", 18).build()),
                        Reason.OUT_OF_RANGE, "deals", "index", "1E-999999999"),
                // 7. Amounts are whole minor units, as Money.of requires.
                new Case("amount tier 10.555 EUR", () -> pay(planOf(TieredScheme.retroactive("fixed", Measure.rating(),
                        Bands.from("0").upTo("100", "0").andAbove("10.555"), TieredScheme.Payment.AMOUNT, null)), anna),
                        Reason.MONEY_SCALE, null, "tiers", "10.555"),
                new Case("amount tier 10.555 EUR, a tier not reached", () -> pay(planOf(TieredScheme.retroactive("fixed",
                        Measure.rating(), Bands.from("0").upTo("100", "10.555").andAbove("20"), TieredScheme.Payment.AMOUNT,
                        null)), anna),
                        Reason.MONEY_SCALE, null, "tiers", "10.555"),
                new Case("amount per unit 0.005 EUR, marginal", () -> pay(planOf(TieredScheme.marginal("per deal",
                        Measure.fact("deals"), Bands.from("0").andAbove("0.005"), TieredScheme.Payment.AMOUNT, null)), anna),
                        Reason.MONEY_SCALE, null, "tiers", "0.005"),
                new Case("amount tier 10.555 EUR in a team batch", () -> batchRow(seller(), planOf(TieredScheme.retroactive(
                        "fixed", Measure.rating(), Bands.from("0").upTo("100", "0").andAbove("10.555"),
                        TieredScheme.Payment.AMOUNT, null)), oneSeller(120_000, 18, 0).build()),
                        Reason.MONEY_SCALE, null, "tiers", "10.555"),
                // 8. A count or a duration is never negative.
                new Case("negative count", () -> month("120000", "-1", "3"),
                        Reason.OUT_OF_RANGE, "deals", "fact", "-1"),
                new Case("negative duration", () -> Scorecard.builder()
                        .add(Indicator.lowerIsBetter("response-time", Unit.DURATION), "1", Thresholds.of("48", "24", "4"),
                                LinearCurve.basePlan())
                        .build().evaluate(Facts.builder().put("response-time", "-0.5").build()),
                        Reason.OUT_OF_RANGE, "response-time", "fact", "-0.5"),
                new Case("negative count in a team batch", () -> batchRow(seller(), null, oneSeller(120_000, -3, 0).build()),
                        Reason.OUT_OF_RANGE, "deals", "fact", "-3"),
                // 10. Unbounded-best attainment is never an amount.
                new Case("linear bonus on the attainment of a lower-is-better indicator at fact 0", () -> pay(planOf(
                        LinearScheme.of("bonus", Measure.attainment("overdue"), Money.of("EUR", "500"))), anna),
                        Reason.UNSCORABLE_FACT, "overdue", "attainment", "0"),
                new Case("marginal tiers on the attainment of a lower-is-better indicator at fact 0", () -> pay(planOf(
                        TieredScheme.marginal("tiers", Measure.attainment("overdue"), RATES,
                                TieredScheme.Payment.PERCENT_OF_SALARY, null)), anna),
                        Reason.UNSCORABLE_FACT, "overdue", "attainment", "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachBadInputIsRefusedWithItsReasonAndNames(Case bad) {
        KpiInputException e = assertThrows(KpiInputException.class, bad.input(), bad.name());
        assertEquals(bad.reason(), e.reason(), () -> "reason of: " + e.getMessage());
        assertEquals(bad.indicatorId(), e.indicatorId(), () -> "indicatorId of: " + e.getMessage());
        assertEquals(bad.field(), e.field(), () -> "field of: " + e.getMessage());
        assertEquals(bad.value(), e.value(), () -> "value of: " + e.getMessage());
        if (bad.indicatorId() != null) {
            assertTrue(e.getMessage().contains("'" + bad.indicatorId() + "'"), () -> "message names the indicator: " + e.getMessage());
        }
        if (bad.value() != null) {
            assertTrue(e.getMessage().contains(bad.value()), () -> "message names the value: " + e.getMessage());
        }
    }

    @Test
    void messagesStateTheRuleAndNameTheScheme() {
        Evaluation anna = month("120000", "18", "0");
        KpiInputException turnover = assertThrows(KpiInputException.class, () -> pay(planOf(
                TieredScheme.retroactiveOnTurnover("commission", Measure.fact("deals"), RATES)), anna));
        assertEquals("the turnover of 'commission' must be money, but indicator 'deals' is measured in COUNT (a percentage"
                + " of turnover is paid on a MONEY indicator's fact or a named pay input)", turnover.getMessage());
        KpiInputException weights = assertThrows(KpiInputException.class, () -> CoefficientScheme.of("share",
                Measure.fact("revenue"), "3", List.of(WeightedCoefficient.of(Measure.attainment("revenue"), "0.8", STEPS),
                        WeightedCoefficient.of(Measure.attainment("deals"), "0.6", STEPS))));
        assertEquals("weights of 'share' must total 1, but total 1.4 (attainment of 'revenue' % 0.8,"
                + " attainment of 'deals' % 0.6)", weights.getMessage());
        KpiInputException amount = assertThrows(KpiInputException.class, () -> pay(planOf(TieredScheme.retroactive("fixed",
                Measure.rating(), Bands.from("0").upTo("100", "0").andAbove("10.555"), TieredScheme.Payment.AMOUNT, null)), anna));
        assertEquals("tier [100, ∞) → 10.555 of 'fixed' pays an amount of 10.555 EUR, finer than its minor unit"
                + " (2 decimal places); amounts are not rounded silently", amount.getMessage());
        KpiInputException mixed = assertThrows(KpiInputException.class, () -> Explanation.of(anna,
                pay(planOf(TieredScheme.retroactive("bonus", Measure.rating(), RATES, TieredScheme.Payment.PERCENT_OF_SALARY,
                        null)), month("80000", "25", "20"))));
        assertEquals("the payout was computed from another evaluation than the one to explain with it (fact of 'revenue'"
                + " 120000 here, 80000 in the payout's); explain each payout with its own evaluation", mixed.getMessage());
        KpiInputException count = assertThrows(KpiInputException.class, () -> month("120000", "-1", "3"));
        assertEquals("fact -1 of indicator 'deals' must not be negative: a count is never below 0", count.getMessage());
        KpiInputException target = assertThrows(KpiInputException.class, () -> Scorecard.builder()
                .add(OVERDUE, "1", Thresholds.of("30", "15", "0"), RatioCurve.cappedAt("200")).build());
        assertEquals("target 0 of lower-is-better indicator 'overdue' must be positive for a ratio curve: its index"
                + " plan / target × 100 has no value", target.getMessage());
    }

    @Test
    void declaredCoefficientWeightsAreNormalisedExactlyAndPayTheSame() {
        Evaluation anna = month("120000", "18", "0");
        CoefficientScheme ones = CoefficientScheme.of("share", Measure.fact("revenue"), "3",
                List.of(WeightedCoefficient.of(Measure.attainment("revenue"), "0.6", STEPS),
                        WeightedCoefficient.of(Measure.attainment("deals"), "0.4", STEPS)));
        CoefficientScheme percent = CoefficientScheme.ofWeightsTotalling(100, "share", Measure.fact("revenue"), "3",
                List.of(WeightedCoefficient.of(Measure.attainment("revenue"), "60", STEPS),
                        WeightedCoefficient.of(Measure.attainment("deals"), "40", STEPS)));
        assertEquals(ones, percent);
        // 120 000 × 3 % × (0.6 × 1.2 + 0.4 × 0.8) = 3 744
        assertEquals(Money.of("EUR", "3744.00"), pay(planOf(percent), anna).variable());
    }

    @Test
    void unitsThatMayBeNegativeAreScored() {
        Scorecard loss = Scorecard.builder()
                .add(Indicator.higherIsBetter("profit", Unit.MONEY), "0.5", Thresholds.of("-10000", "0", "10000"), LinearCurve.basePlan())
                .add(Indicator.higherIsBetter("growth", Unit.PERCENT), "0.5", Thresholds.of("-10", "0", "10"), LinearCurve.basePlan())
                .build();
        Evaluation evaluation = loss.evaluate(Facts.builder().put("profit", "-5000").put("growth", "-2.5").build());
        // profit (−5000 + 10000) / 10000 × 100 = 50; growth (−2.5 + 10) / 10 × 100 = 75
        assertEquals(new BigDecimal("50.0000"), evaluation.index("profit").index());
        assertEquals(new BigDecimal("75.0000"), evaluation.index("growth").index());
        assertTrue(Unit.MONEY.allowsNegative() && Unit.PERCENT.allowsNegative() && Unit.RATIO.allowsNegative());
        assertFalse(Unit.COUNT.allowsNegative() || Unit.DURATION.allowsNegative());
    }

    @Test
    void aTierAbove100PercentOfSalaryWarnsThroughThePlanThePayoutAndTheBatch() {
        PayPlan plan = planOf(TieredScheme.retroactive("bonus", Measure.rating(),
                Bands.from("0").upTo("100", "100").andAbove("1000000"), TieredScheme.Payment.PERCENT_OF_SALARY, null));
        Warning expected = new Warning(Warning.Code.HIGH_RATE, null,
                "tier [100, ∞) → 1000000 of 'bonus' pays 1000000 % of salary, above 100 %");
        // 100 % exactly is at the threshold and does not warn.
        assertEquals(List.of(expected), plan.warnings());
        Evaluation anna = month("120000", "18", "0");
        assertTrue(anna.warnings().isEmpty(), anna.warnings()::toString);
        Payout payout = pay(plan, anna);
        assertEquals(List.of(expected), payout.warnings());
        // The warning changes no number: 1 000 000 % of 3 000.
        assertEquals(Money.of("EUR", "30000000.00"), payout.variable());
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", seller(), plan)))
                .evaluate(oneSeller(120_000, 18, 0).build());
        assertTrue(result.isOk(0));
        assertEquals(List.of(expected), result.warnings(0));
        assertEquals(payout.total(), result.total(0));
    }

    @Test
    void ratesOfTurnoverWarnAboveOneHundredAndAmountsNever() {
        PayPlan turnover = planOf(TieredScheme.retroactiveOnTurnover("commission", Measure.fact("revenue"),
                Bands.from("0").upTo("100", "100.0001").andAbove("2")));
        assertEquals(List.of(new Warning(Warning.Code.HIGH_RATE, null,
                "tier [0, 100) → 100.0001 of 'commission' pays 100.0001 % of turnover, above 100 %")), turnover.warnings());
        PayPlan amounts = planOf(TieredScheme.retroactive("fixed", Measure.rating(),
                Bands.from("0").andAbove("1000000"), TieredScheme.Payment.AMOUNT, null));
        assertTrue(amounts.warnings().isEmpty());
    }

    @Test
    void anExplanationAcceptsItsOwnEvaluationAndAnEqualOneComputedAgain() {
        PayPlan plan = planOf(TieredScheme.retroactive("bonus", Measure.rating(),
                Bands.from("0").upTo("100", "0").andAbove("10"), TieredScheme.Payment.PERCENT_OF_SALARY, null));
        Evaluation anna = month("120000", "18", "0");
        Payout payout = pay(plan, anna);
        assertEquals(anna, payout.evaluation());
        assertNotNull(Explanation.of(anna, payout));
        assertNotNull(Explanation.of(month("120000", "18", "0"), payout));
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", seller(), plan)))
                .evaluate(oneSeller(120_000, 18, 0).build());
        assertEquals(Explanation.of(anna, payout).toText(), Explanation.of(result.evaluation(0), result.payout(0)).toText());
    }
}
