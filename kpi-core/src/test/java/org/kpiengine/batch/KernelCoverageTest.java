package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.TotalLimits;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/**
 * Which pay shapes the kernel computes itself: each must compile (a plan that silently took the
 * object path would still pass the exactness property, only slowly), and give the object API's
 * figures on a worked example.
 */
class KernelCoverageTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Scorecard SCORECARD = Scorecard.builder()
            .add(Indicator.higherIsBetter("revenue", Unit.COUNT), "1", Thresholds.plan("100"), RatioCurve.uncapped())
            .build();
    private static final Bands TIERS = Bands.from("0").upTo("80", "0").upTo("100", "20").upTo("120", "50").andAbove("80");

    private static boolean compiles(PayPlan plan) {
        LineColumns columns = new LineColumns(Column.ofUnscaled(new long[] {110}, 0), null, null, null);
        return KernelTemplate.compile(SCORECARD, plan, List.of(columns), Precision.DEFAULT, EUR).isCompiled();
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
                PayPlan.builder().scheme(FixedScheme.of("f", Condition.anyOf(Condition.atMost(rating, "90"),
                        Condition.allOf(Condition.between(attainment, "80", "120"), Condition.atLeast(index, "95"))),
                        Money.of("EUR", "250.5"))).build(),
                PayPlan.builder().scheme(TieredScheme.retroactive("b", rating, TIERS, TieredScheme.Payment.PERCENT_OF_SALARY, null))
                        .modifier(Gate.reduceUnless("g", Condition.atMost(attainment, "150"), "0.5"))
                        .modifier(VariableLimits.cap(Money.of("EUR", "400")))
                        .modifier(new VariableLimits("v", Money.of("EUR", "10"), Money.of("EUR", "500")))
                        .modifier(TotalLimits.cap(Money.of("EUR", "5000")))
                        .modifier(TotalLimits.floor(Money.of("EUR", "900"))).build());
        for (PayPlan plan : plans) {
            assertTrue(compiles(plan), plan::toString);
        }
    }

    @Test
    void shapesLeftToTheObjectPathDoNotCompile() {
        assertFalse(compiles(PayPlan.builder().modifier(Deduction.perUnit("idle", "idle-hours", Money.of("EUR", "12.34"))).build()));
        assertFalse(compiles(PayPlan.builder().scheme(TieredScheme.retroactiveOnTurnover("c", Measure.input("turnover"),
                Bands.from("0").upTo("100000", "2").andAbove("4.125"))).build()));
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
