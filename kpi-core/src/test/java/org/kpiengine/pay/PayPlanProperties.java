package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kpiengine.curve.Bands;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Scorecard;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of whole pay plans: a tiered scheme, a gate, limits and a deduction on five indicators. */
public class PayPlanProperties {

    private static final Scorecard SCORECARD = PayFixtures.fiveIndicators();
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    /** One period of one employee: the evaluation and the inputs. */
    public record Period(Evaluation evaluation, PayInputs inputs) {
    }

    /** The configurable parts of a plan. */
    public record Shape(boolean marginal, String gateFactor, Money variableCap, Money totalCap, Deduction.Floor floor, String perHour) {
    }

    private static Gen<BigDecimal> decimals(long max, int scale) {
        return longs().between(0L, max).map(unscaled -> BigDecimal.valueOf(unscaled, scale));
    }

    private static Gen<Money> euros(long maxCents) {
        return longs().between(0L, maxCents).map(cents -> Money.of("EUR", BigDecimal.valueOf(cents, 2).toPlainString()));
    }

    public static Gen<Period> periods() {
        Gen<BigDecimal> revenue = decimals(150_000_000L, 2);
        Gen<BigDecimal> quality = Generate.pick(List.of(new BigDecimal("90"), new BigDecimal("89.9999"),
                new BigDecimal("89.99999"), new BigDecimal("100"))).mix(decimals(15_000L, 2), 50);
        Gen<BigDecimal> idle = decimals(3_000L, 1);
        Gen<Money> salary = euros(1_000_000L);
        return revenue.zip(quality, idle, salary, (r, q, h, s) -> {
            Evaluation evaluation = SCORECARD.evaluate(PayFixtures.fiveFacts(r.toPlainString(), "50", "600",
                    q.toPlainString(), "40000"));
            return new Period(evaluation, PayInputs.of(s).with("idle-hours", h));
        });
    }

    public static Gen<Shape> shapes(List<Deduction.Floor> floors) {
        Gen<Boolean> marginal = integers().between(0, 1).map(i -> i == 1);
        Gen<String> factor = Generate.pick(List.of("0", "0.5", "0.333", "1"));
        Gen<Money> caps = euros(10_000_000L);
        Gen<Deduction.Floor> floor = Generate.pick(floors);
        Gen<String> perHour = Generate.pick(List.of("0", "12.5", "25", "333.33"));
        return marginal.zip(factor, caps, caps, (m, f, v, t) -> new Shape(m, f, v, t, Deduction.Floor.SALARY, "25"))
                .zip(floor, perHour, (s, fl, h) -> new Shape(s.marginal(), s.gateFactor(), s.variableCap(), s.totalCap(), fl, h));
    }

    public static PayPlan plan(Shape shape) {
        Bands tiers = Bands.from("0").upTo("400000", "2").upTo("500000", "3").upTo("650000", "4.5").andAbove("6");
        Measure sales = Measure.fact("revenue");
        return PayPlan.builder()
                .scheme(shape.marginal() ? TieredScheme.marginalOnTurnover("sales tiers", sales, tiers)
                        : TieredScheme.retroactiveOnTurnover("sales tiers", sales, tiers))
                .scheme(PoolScheme.of("pool", Money.of("EUR", "1000")))
                .modifier(Gate.reduceUnless("quality gate", Condition.atLeast(Measure.attainment("quality"), "90"),
                        shape.gateFactor()))
                .modifier(VariableLimits.cap(shape.variableCap()))
                .modifier(new Deduction("idle hours", Measure.input("idle-hours"), Money.of("EUR", shape.perHour()), shape.floor()))
                .modifier(TotalLimits.cap(shape.totalCap()))
                .build();
    }

    @Test
    void payoutsAreNeverNegativeUnlessADeductionIsConfiguredToAllowIt() {
        qt().withExamples(500).forAll(periods(), shapes(List.of(Deduction.Floor.SALARY, Deduction.Floor.ZERO)))
                .checkAssert((period, shape) -> {
                    Payout payout = plan(shape).evaluate(period.evaluation(), period.inputs());
                    assertTrue(!payout.total().isNegative(), () -> "negative total " + payout);
                    for (PayLine line : payout.lines()) {
                        if (line.kind() == PayLine.Kind.SCHEME) {
                            assertTrue(!line.amount().isNegative(), line::toString);
                        }
                    }
                    // a total cap below the salary cuts into the salary (documented, with a warning)
                    if (shape.floor() == Deduction.Floor.SALARY && !shape.totalCap().isLessThan(period.inputs().salary())) {
                        assertTrue(!payout.variable().isNegative(), () -> "negative variable part " + payout);
                    }
                });
    }

    @Test
    void onlyANoFloorDeductionTakesThePayBelowZero() {
        qt().withExamples(300).forAll(periods(), shapes(List.of(Deduction.Floor.NONE))).checkAssert((period, shape) -> {
            Payout payout = plan(shape).evaluate(period.evaluation(), period.inputs());
            Money beforeDeduction = payout.line("idle hours").before();
            Money penalty = Money.of("EUR", shape.perHour()).multipliedBy(period.inputs().quantity("idle-hours"),
                    java.math.RoundingMode.HALF_UP);
            assertEquals(beforeDeduction.minus(penalty), payout.line("idle hours").after());
        });
    }

    @Test
    void aCapIsNeverExceeded() {
        qt().withExamples(500).forAll(periods(), shapes(List.of(Deduction.Floor.values()))).checkAssert((period, shape) -> {
            Payout payout = plan(shape).evaluate(period.evaluation(), period.inputs());
            assertTrue(!payout.total().isGreaterThan(shape.totalCap()), () -> payout + " above total cap " + shape.totalCap());
            assertTrue(!payout.variable().isGreaterThan(shape.variableCap()),
                    () -> payout + " above variable cap " + shape.variableCap());
        });
    }

    @Test
    void thePartsAlwaysAddUpToTheTotal() {
        qt().withExamples(500).forAll(periods(), shapes(List.of(Deduction.Floor.values()))).checkAssert((period, shape) -> {
            Payout payout = plan(shape).evaluate(period.evaluation(), period.inputs());
            Money sum = Money.zero(payout.total().currency());
            for (PayLine line : payout.lines()) {
                sum = sum.plus(line.amount());
                assertEquals(2, line.amount().amount().scale());
            }
            assertEquals(payout.total(), sum);
            assertEquals(payout.salary().plus(payout.variable()), payout.total());
        });
    }

    @Test
    void evaluatingTwiceOrFromTwoThreadsAtOnceGivesEqualResults() {
        qt().withExamples(200).forAll(periods(), shapes(List.of(Deduction.Floor.values()))).checkAssert((period, shape) -> {
            PayPlan plan = plan(shape);
            Payout first = plan.evaluate(period.evaluation(), period.inputs());
            assertEquals(first, plan.evaluate(period.evaluation(), period.inputs()));
            Callable<Payout> task = () -> plan.evaluate(period.evaluation(), period.inputs());
            try {
                List<Future<Payout>> results = THREADS.invokeAll(List.of(task, task));
                for (Future<Payout> result : results) {
                    assertEquals(first, result.get());
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
