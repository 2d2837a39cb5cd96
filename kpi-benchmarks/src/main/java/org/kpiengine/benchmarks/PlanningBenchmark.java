package org.kpiengine.benchmarks;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.planning.Goal;
import org.kpiengine.planning.Inverse;
import org.kpiengine.planning.Planner;
import org.kpiengine.planning.WhatIfCurve;
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
 * The planning tools against one evaluation, in one invocation: one inverse query ("the deals
 * needed for the next rating band") and one 201-point what-if curve (0 to 200 % of plan), each
 * read as a ratio to {@code oneEvaluation} (the scorecard and pay plan at one fact), the unit that
 * both are made of. The plan is the sales-manager matrix with retroactive rating tiers of salary.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class PlanningBenchmark {

    private Scorecard scorecard;
    private PayPlan plan;
    private PayInputs inputs;
    private Facts facts;
    private Planner planner;
    private Goal nextBand;

    /** Builds the matrix, the tiers and the worked example's facts. */
    @Setup
    public void setUp() {
        scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("50"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.1", Thresholds.plan("10000"),
                        RatioCurve.uncapped())
                .build();
        plan = PayPlan.builder()
                .scheme(TieredScheme.retroactive("rating tiers", Measure.rating(),
                        Bands.from("0").upTo("80", "0").upTo("100", "10").upTo("120", "20").andAbove("30"),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .build();
        inputs = PayInputs.of(Money.of("EUR", "3000"));
        // The worked example of docs/reference/planning.md: rating 104, and 76 deals (from 49) for the next band,
        // a search of 12 evaluations.
        facts = Facts.builder()
                .put("contacts", 570).put("deals", 49).put("conversion", new BigDecimal("8.5")).put("average-check", 12_000)
                .build();
        planner = Planner.of(scorecard, plan, inputs);
        nextBand = Goal.nextBand("rating tiers");
    }

    /**
     * The baseline: one evaluation of the scorecard and the pay plan.
     *
     * @return the payout
     */
    @Benchmark
    public Payout oneEvaluation() {
        return plan.evaluate(scorecard.evaluate(facts), inputs);
    }

    /**
     * One inverse query: the deals needed for the next rating band.
     *
     * @return the answer
     */
    @Benchmark
    public Inverse inverseNextBand() {
        return planner.inverse(facts, "deals", nextBand);
    }

    /**
     * One what-if curve of deals over the default grid: 201 points.
     *
     * @return the curve
     */
    @Benchmark
    public WhatIfCurve whatIf201Points() {
        return planner.whatIf(facts, "deals");
    }
}
