package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.StepCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/**
 * The attainment of a lower-is-better indicator at fact 0 (nothing overdue: the best month) is
 * unbounded best: it passes every "at least" bound, falls in the top band of any table, and is
 * never used as an amount; the same through a team batch as through the object API.
 */
class AttainmentAtFactZeroTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Bands TIERS = Bands.from("0").upTo("100", "0").upTo("150", "5").andAbove("10");
    private static final Bands STEPS = Bands.from("0").upTo("80", "0").upTo("100", "0.8").upTo("120", "1").andAbove("1.2");

    /** Revenue 0.8, overdue receivables in percent 0.2 (lower is better; plan 15 %, base 30 %, target 5 %). */
    private static Scorecard seller() {
        return Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.8", Thresholds.plan("100000"), RatioCurve.cappedAt("150"))
                .add(Indicator.lowerIsBetter("overdue", Unit.PERCENT), "0.2", Thresholds.of("30", "15", "5"), LinearCurve.basePlan())
                .build();
    }

    /** Tiers on the attainment of 'overdue' (percent of salary), then a gate "attainment of 'overdue' ≥ 100". */
    private static PayPlan plan() {
        return PayPlan.builder()
                .scheme(TieredScheme.retroactive("overdue tiers", Measure.attainment("overdue"), TIERS,
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .scheme(TieredScheme.retroactive("overdue amount", Measure.attainment("overdue"),
                        Bands.from("0").upTo("100", "0").andAbove("250"), TieredScheme.Payment.AMOUNT, null))
                .modifier(Gate.reduceUnless("overdue gate", Condition.atLeast(Measure.attainment("overdue"), "100"), "0.5"))
                .build();
    }

    private static Evaluation month(String overdue) {
        return seller().evaluate(Facts.builder().put("revenue", 120000).put("overdue", overdue).build());
    }

    private static PayContext context(String overdue) {
        return new PayContext(month(overdue), PayInputs.of(Money.of("EUR", "3000")), Precision.DEFAULT);
    }

    // overdue fact → attainment read, gate met, tiers' pay, amount tier, gate's change, total
    @ParameterizedTest(name = "overdue {0} %")
    @CsvSource({
        "0,    ∞,        true,  300.00, 250.00, 0.00,    3550.00",
        "-2,   ∞,        true,  300.00, 250.00, 0.00,    3550.00",
        "5,    300.0000, true,  300.00, 250.00, 0.00,    3550.00",
        "10,   150.0000, true,  300.00, 250.00, 0.00,    3550.00",
        "15,   100.0000, true,  150.00, 250.00, 0.00,    3400.00",
        "20,   75.0000,  false, 0.00,   0.00,   0.00,    3000.00",
        "16,   93.7500,  false, 0.00,   0.00,   0.00,    3000.00",
    })
    void theBestMonthPassesEveryBoundAndFallsInTheTopTier(String overdue, String attainment, boolean met, String tiers,
            String amount, String gate, String total) {
        PayContext context = context(overdue);
        assertEquals(attainment, Measure.attainment("overdue").read(context).text());
        assertEquals(met, Condition.atLeast(Measure.attainment("overdue"), "100").isMet(context));
        Payout payout = plan().evaluate(context.evaluation(), context.inputs());
        assertEquals(Money.of("EUR", tiers), payout.line("overdue tiers").amount());
        assertEquals(Money.of("EUR", amount), payout.line("overdue amount").amount());
        assertEquals(Money.of("EUR", gate), payout.line("overdue gate").amount());
        assertEquals(Money.of("EUR", total), payout.total());
    }

    @Test
    void explanationsShowUnboundedBestAsInfinity() {
        PayContext context = context("0");
        Payout payout = plan().evaluate(context.evaluation(), context.inputs());
        assertEquals("attainment of 'overdue' % ∞ in tier [150, ∞) → 10 % of salary 3000.00 = 300.00",
                payout.line("overdue tiers").detail());
        assertEquals("attainment of 'overdue' % ∞ ≥ 100: yes → passed", payout.line("overdue gate").detail());
    }

    @Test
    void aReadingOfUnboundedBestComparesAndLooksUpButIsNoAmount() {
        Reading best = Measure.attainment("overdue").read(context("0"));
        assertTrue(best.isUnboundedBest());
        assertTrue(best.isAtLeast(new BigDecimal("1E+999")));
        assertFalse(best.isAtMost(new BigDecimal("1E+999")));
        assertEquals(TIERS.bands().get(2), best.find(TIERS));
        KpiInputException amount = assertThrows(KpiInputException.class, best::value);
        assertEquals(Reason.UNSCORABLE_FACT, amount.reason());
        assertEquals("overdue", amount.indicatorId());
        Reading number = Reading.of(new BigDecimal("99.9999"));
        assertFalse(number.isUnboundedBest());
        assertFalse(number.isAtLeast(new BigDecimal("100")));
        assertTrue(number.isAtMost(new BigDecimal("100")));
        assertTrue(number.isAtMost(new BigDecimal("99.9999")));
        assertFalse(number.isAtMost(new BigDecimal("99.9998")));
        assertEquals(TIERS.bands().get(0), number.find(TIERS));
        assertNull(Reading.of(new BigDecimal("-1")).find(TIERS));
        assertEquals(Reading.unboundedBest("overdue", BigDecimal.ZERO), best);
        assertEquals("∞ (attainment of 'overdue' at fact 0)", best.toString());
    }

    @Test
    void aStepTableOnAttainmentGivesItsTopStep() {
        // A coefficient scheme: 120 000 × 1 % × 1.2 (the top step), as a step curve on attainment scores 120.
        CoefficientScheme share = CoefficientScheme.of("share", Measure.fact("revenue"), "1",
                List.of(WeightedCoefficient.of(Measure.attainment("overdue"), "1", STEPS)));
        assertEquals(Money.of("EUR", "1440.00"), share.accrue(context("0")).amount());
        Scorecard steps = Scorecard.builder()
                .add(Indicator.lowerIsBetter("overdue", Unit.PERCENT), "1", Thresholds.plan("15"),
                        StepCurve.onAttainment(Bands.from("0").upTo("100", "50").upTo("120", "100").andAbove("120")))
                .build();
        assertEquals(new BigDecimal("120.0000"), steps.evaluate(Facts.builder().put("overdue", 0).build()).rating());
    }

    @Test
    void aTeamBatchGivesTheBestMonthTheSameResultAsTheObjectApi() {
        long[] overdue = {0, 5, 15, 20, 0, -2};
        long[] revenue = {120_000, 90_000, 100_000, 130_000, 0, 100_000};
        long[] salaries = {300_000, 300_000, 300_000, 300_000, 250_000, 300_000};
        TeamInput input = TeamInput.builder(overdue.length)
                .facts("revenue", DecimalColumn.ofUnscaled(revenue, 0))
                .facts("overdue", DecimalColumn.ofUnscaled(overdue, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(salaries, 2))
                .build();
        PayPlan plan = PayPlan.builder()
                .scheme(TieredScheme.retroactive("overdue tiers", Measure.attainment("overdue"), TIERS,
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .modifier(Gate.reduceUnless("overdue gate", Condition.atLeast(Measure.attainment("overdue"), "100"), "0.5"))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", seller(), plan))).evaluate(input);
        String[] totals = {"3300.00", "3300.00", "3150.00", "3000.00", "2750.00", "3300.00"};
        for (int row = 0; row < overdue.length; row++) {
            Evaluation evaluation = seller().evaluate(Facts.builder().put("revenue", revenue[row]).put("overdue", overdue[row]).build());
            Payout payout = plan.evaluate(evaluation, PayInputs.of(Money.of(EUR, BigDecimal.valueOf(salaries[row], 2))));
            int r = row;
            assertTrue(result.isOk(row), () -> "row " + r + ": " + result.error(r));
            assertEquals(evaluation.rating(), result.rating(row));
            assertEquals(payout.total(), result.total(row));
            assertEquals(Money.of("EUR", totals[row]), result.total(row), () -> "row " + r);
            assertEquals(payout, result.payout(row));
        }
    }
}
