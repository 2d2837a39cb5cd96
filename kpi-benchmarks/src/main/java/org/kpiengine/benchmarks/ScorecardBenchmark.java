package org.kpiengine.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.kpiengine.Precision;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.StepCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
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
 * Evaluates one 5-indicator scorecard (linear revenue, lower-is-better linear receivables, a
 * two-slope deal count, a capped ratio of calls and a step table on satisfaction), against a
 * baseline that computes the same five indices and the rating in plain hand-written
 * {@code BigDecimal} code, with no validation, no result objects and no lookup by id.
 *
 * <p>Both give the rating 118.8000; {@link #setUp()} checks that they agree before measuring.
 * {@link #curveDirectly()} scores one of the curves through its own {@code index}, outside a
 * scorecard, against {@link #curveHandWritten()}.
 *
 * <pre>
 * java -jar kpi-benchmarks/target/benchmarks.jar ScorecardBenchmark -rf json -rff scorecard.json
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class ScorecardBenchmark {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    // The library's inputs.
    private Scorecard scorecard;
    private Facts facts;

    // The baseline's inputs: the same numbers as plain fields.
    private BigDecimal revenueBase;
    private BigDecimal revenuePlan;
    private BigDecimal revenueTarget;
    private BigDecimal receivablesBase;
    private BigDecimal receivablesPlan;
    private BigDecimal receivablesTarget;
    private BigDecimal dealsBase;
    private BigDecimal dealsPlan;
    private BigDecimal dealsTarget;
    private BigDecimal dealsMax;
    private BigDecimal callsPlan;
    private BigDecimal callsCap;
    private BigDecimal csatPlan;
    private BigDecimal[] weights;
    private BigDecimal[] factValues;

    // One curve scored through its own index, outside a scorecard.
    private final Indicator deals = Indicator.higherIsBetter("deals", Unit.COUNT);
    private final Thresholds dealsThresholds = Thresholds.of("40", "50", "60");
    private final ScoringCurve dealsCurve = TwoSlopeCurve.upTo("150");

    /** Creates the benchmark; JMH calls this. */
    public ScorecardBenchmark() {
        // Fields are set in setUp.
    }

    /** Builds the scorecard and facts, and checks that library and baseline agree. */
    @Setup
    public void setUp() {
        scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.3", Thresholds.of("300000", "500000", "650000"),
                        LinearCurve.basePlan())
                .add(Indicator.lowerIsBetter("receivables", Unit.MONEY), "0.2", Thresholds.of("100000", "50000", "20000"),
                        LinearCurve.basePlan())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.2", Thresholds.of("40", "50", "60"), TwoSlopeCurve.upTo("150"))
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.2", Thresholds.plan("500"), RatioCurve.cappedAt("150"))
                .add(Indicator.higherIsBetter("csat", Unit.PERCENT), "0.1", Thresholds.plan("90"),
                        StepCurve.onAttainment(Bands.from("0").upTo("90", "0").upTo("100", "80").andAbove("100")))
                .build();
        facts = Facts.builder()
                .put("revenue", 560000).put("receivables", 35000).put("deals", 53).put("calls", 570).put("csat", 85)
                .build();

        revenueBase = new BigDecimal("300000");
        revenuePlan = new BigDecimal("500000");
        revenueTarget = new BigDecimal("650000");
        receivablesBase = new BigDecimal("100000");
        receivablesPlan = new BigDecimal("50000");
        receivablesTarget = new BigDecimal("20000");
        dealsBase = new BigDecimal("40");
        dealsPlan = new BigDecimal("50");
        dealsTarget = new BigDecimal("60");
        dealsMax = new BigDecimal("150");
        callsPlan = new BigDecimal("500");
        callsCap = new BigDecimal("150");
        csatPlan = new BigDecimal("90");
        weights = new BigDecimal[] {
            new BigDecimal("0.3"), new BigDecimal("0.2"), new BigDecimal("0.2"), new BigDecimal("0.2"), new BigDecimal("0.1")};
        factValues = new BigDecimal[] {
            new BigDecimal("560000"), new BigDecimal("35000"), new BigDecimal("53"), new BigDecimal("570"), new BigDecimal("85")};

        BigDecimal library = evaluate().rating();
        BigDecimal baseline = handWritten();
        if (!library.equals(baseline)) {
            throw new IllegalStateException("library rating " + library + " differs from the baseline's " + baseline);
        }
        BigDecimal curve = curveDirectly();
        BigDecimal curveBaseline = curveHandWritten();
        if (!curve.equals(curveBaseline)) {
            throw new IllegalStateException("the curve's index " + curve + " differs from the baseline's " + curveBaseline);
        }
    }

    /**
     * One built-in curve (the deals line's two-slope curve) scored through its own {@code index},
     * outside a scorecard: thresholds and curve checked, the index computed.
     *
     * @return the index
     */
    @Benchmark
    public BigDecimal curveDirectly() {
        return dealsCurve.index(deals, dealsThresholds, factValues[2], Precision.DEFAULT);
    }

    /**
     * The baseline of {@link #curveDirectly()}: the same index in straight-line {@code BigDecimal} code.
     *
     * @return the index
     */
    @Benchmark
    public BigDecimal curveHandWritten() {
        BigDecimal dealsFact = factValues[2];
        if (dealsFact.compareTo(dealsPlan) <= 0) {
            return clamp(basePlan(dealsFact, dealsBase, dealsPlan), null);
        }
        return clamp(dealsFact.subtract(dealsPlan).multiply(dealsMax.subtract(HUNDRED))
                .divide(dealsTarget.subtract(dealsPlan), 4, RoundingMode.HALF_UP).add(HUNDRED), dealsMax);
    }

    /**
     * The library: validates the facts against the scorecard, scores every line, builds the result.
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation evaluate() {
        return scorecard.evaluate(facts);
    }

    /**
     * The baseline: the same five indices and the rating as straight-line {@code BigDecimal} code.
     *
     * @return the rating
     */
    @Benchmark
    public BigDecimal handWritten() {
        BigDecimal revenue = linear(factValues[0], revenueBase, revenuePlan, revenueTarget);
        BigDecimal receivables = linear(factValues[1], receivablesBase, receivablesPlan, receivablesTarget);

        BigDecimal dealsFact = factValues[2];
        BigDecimal deals;
        if (dealsFact.compareTo(dealsPlan) <= 0) {
            deals = clamp(basePlan(dealsFact, dealsBase, dealsPlan), null);
        } else {
            deals = clamp(dealsFact.subtract(dealsPlan).multiply(dealsMax.subtract(HUNDRED))
                    .divide(dealsTarget.subtract(dealsPlan), 4, RoundingMode.HALF_UP).add(HUNDRED), dealsMax);
        }

        BigDecimal calls = clamp(factValues[3].multiply(HUNDRED).divide(callsPlan, 4, RoundingMode.HALF_UP), callsCap);

        BigDecimal attainment = factValues[4].multiply(HUNDRED).divide(csatPlan, 4, RoundingMode.HALF_UP);
        BigDecimal csat;
        if (attainment.compareTo(BigDecimal.valueOf(90)) < 0) {
            csat = BigDecimal.ZERO;
        } else if (attainment.compareTo(HUNDRED) < 0) {
            csat = BigDecimal.valueOf(80);
        } else {
            csat = HUNDRED;
        }
        csat = csat.setScale(4, RoundingMode.HALF_UP);

        BigDecimal sum = weights[0].multiply(revenue)
                .add(weights[1].multiply(receivables))
                .add(weights[2].multiply(deals))
                .add(weights[3].multiply(calls))
                .add(weights[4].multiply(csat));
        return sum.setScale(4, RoundingMode.HALF_UP);
    }

    private static BigDecimal basePlan(BigDecimal fact, BigDecimal base, BigDecimal plan) {
        return fact.subtract(base).multiply(HUNDRED).divide(plan.subtract(base), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal linear(BigDecimal fact, BigDecimal base, BigDecimal plan, BigDecimal target) {
        return clamp(basePlan(fact, base, plan), basePlan(target, base, plan));
    }

    private static BigDecimal clamp(BigDecimal index, @Nullable BigDecimal cap) {
        if (index.signum() < 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return cap != null && index.compareTo(cap) > 0 ? cap.setScale(4, RoundingMode.HALF_UP) : index;
    }
}
