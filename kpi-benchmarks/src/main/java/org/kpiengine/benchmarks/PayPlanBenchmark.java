package org.kpiengine.benchmarks;

import java.math.BigDecimal;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.explain.Explanation;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One full pay plan for one employee: a five-indicator scorecard, a retroactive tiered scheme on
 * revenue attainment, a quality gate and a cap on the variable part. The baseline is the scorecard
 * evaluation alone, so the cost of the pay plan reads as a ratio to it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class PayPlanBenchmark {

    private Scorecard scorecard;
    private Facts facts;
    private PayPlan plan;
    private PayInputs inputs;
    private Evaluation evaluation;

    /** Builds the scorecard, the pay plan and one month's facts from a fixed seed. */
    @Setup
    public void setUp() {
        scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.4", Thresholds.plan("500000"), RatioCurve.cappedAt("150"))
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.2", Thresholds.plan("50"), RatioCurve.cappedAt("150"))
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.15", Thresholds.plan("600"), RatioCurve.cappedAt("150"))
                .add(Indicator.higherIsBetter("quality", Unit.PERCENT), "0.15", Thresholds.plan("100"), RatioCurve.cappedAt("150"))
                .add(Indicator.lowerIsBetter("receivables", Unit.MONEY), "0.1", Thresholds.plan("40000"), RatioCurve.cappedAt("150"))
                .build();
        plan = PayPlan.builder()
                .scheme(TieredScheme.retroactive("revenue tiers", Measure.attainment("revenue"),
                        Bands.from("0").upTo("80", "0").upTo("100", "1.5").upTo("120", "2.5").andAbove("3.5"),
                        TieredScheme.Payment.PERCENT_OF_TURNOVER, Measure.fact("revenue")))
                .modifier(Gate.reduceUnless("quality gate", Condition.atLeast(Measure.attainment("quality"), "90"), "0.5"))
                .modifier(VariableLimits.cap(Money.of("EUR", "6000")))
                .build();
        Random random = new Random(20261122L);
        facts = Facts.builder()
                .put("revenue", BigDecimal.valueOf(40_000_000L + random.nextInt(40_000_000), 2))
                .put("deals", 35 + random.nextInt(30))
                .put("calls", 450 + random.nextInt(300))
                .put("quality", BigDecimal.valueOf(8_000 + random.nextInt(3_000), 2))
                .put("receivables", BigDecimal.valueOf(3_000_000L + random.nextInt(2_000_000), 2))
                .build();
        inputs = PayInputs.of(Money.of("EUR", "3000"));
        evaluation = scorecard.evaluate(facts);
    }

    /**
     * The baseline: the scorecard evaluation alone (five indices and the rating).
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation scorecardOnly() {
        return scorecard.evaluate(facts);
    }

    /**
     * The pay plan alone on a ready evaluation: tiered scheme, gate, cap.
     *
     * @return the payout
     */
    @Benchmark
    public Payout payPlanOnly() {
        return plan.evaluate(evaluation, inputs);
    }

    /**
     * One full monthly payout: the scorecard evaluation, then the pay plan.
     *
     * @return the payout
     */
    @Benchmark
    public Payout scorecardAndPayPlan() {
        return plan.evaluate(scorecard.evaluate(facts), inputs);
    }

    /**
     * The full payout and its plain-text explanation.
     *
     * @return the explanation text
     */
    @Benchmark
    public String scorecardPayPlanAndExplanation() {
        Evaluation fresh = scorecard.evaluate(facts);
        return Explanation.of(fresh, plan.evaluate(fresh, inputs)).toText();
    }
}
