package org.kpiengine.benchmarks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.explain.Explanation;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The one-employee path: one full payout (the scorecard's evaluation, then the pay plan) through the
 * object API, against a hand-written straight-line {@code BigDecimal} computation of the same plan
 * ({@link HandWrittenBigDecimal}), quoted as a ratio. The plan is today's plan of {@link TeamWorkload}
 * (five indicators on two-slope curves, retroactive tiers on the rating paying a percentage of
 * salary, a gate on the fifth indicator's attainment); each call takes the next of {@code employees}
 * employees of the workload (1: the same employee every time, all in cache; {@value #EMPLOYEES}: a
 * team's worth, as a payroll run goes through it), whose individual thresholds, facts and salary are
 * prepared in {@code @Setup} for both sides (a scorecard with the employee's thresholds and the
 * {@code Facts} for the library, an object of {@code BigDecimal}s for the baseline). The setup checks
 * once that both give every employee the same rating, bonus, gate and total.
 *
 * <p>Run with {@code -prof gc} for the bytes allocated per payout.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class OneEmployeeBenchmark {

    /** The most employees the calls go round, a power of two. */
    static final int EMPLOYEES = 1024;

    /** How many employees the calls go round: 1 or {@value #EMPLOYEES}, a power of two. */
    @Param({"1", "1024"})
    public int employees;

    private Scorecard[] scorecards;
    private Facts[] facts;
    private PayInputs[] inputs;
    private PayPlan plan;
    private HandWrittenBigDecimal.Employee[] people;
    private int next;

    /** Prepares the employees for both sides and checks that both compute the same pay. */
    @Setup
    public void setUp() {
        TeamWorkload workload = new TeamWorkload(EMPLOYEES);
        RoleTemplate role = TeamWorkload.batch("today").templates().get(0);
        plan = role.payPlan();
        scorecards = new Scorecard[EMPLOYEES];
        facts = new Facts[EMPLOYEES];
        inputs = new PayInputs[EMPLOYEES];
        for (int i = 0; i < EMPLOYEES; i++) {
            Map<String, Thresholds> thresholds = new LinkedHashMap<>();
            Facts.Builder employeeFacts = Facts.builder();
            for (int k = 0; k < TeamWorkload.INDICATORS; k++) {
                String id = TeamWorkload.id(k);
                thresholds.put(id, new Thresholds(BigDecimal.valueOf(workload.bases[k][i], 1),
                        BigDecimal.valueOf(workload.plans[k][i]), BigDecimal.valueOf(workload.targets[k][i], 1)));
                employeeFacts.put(id, BigDecimal.valueOf(workload.facts[k][i], 2));
            }
            scorecards[i] = role.scorecard().withThresholds(thresholds);
            facts[i] = employeeFacts.build();
            inputs[i] = PayInputs.of(Money.of("EUR", BigDecimal.valueOf(workload.salaries[i], 2).toPlainString()));
        }
        people = HandWrittenBigDecimal.employees(workload);
        for (int i = 0; i < EMPLOYEES; i++) {
            Payout payout = plan.evaluate(scorecards[i].evaluate(facts[i]), inputs[i]);
            HandWrittenBigDecimal.Result expected = HandWrittenBigDecimal.compute(people[i]);
            BigDecimal rating = payout.evaluation() == null ? null : payout.evaluation().rating();
            if (rating == null || rating.compareTo(expected.rating) != 0
                    || payout.line("bonus").amount().amount().compareTo(expected.bonus) != 0
                    || payout.line("gate").amount().amount().compareTo(expected.gate) != 0
                    || payout.total().amount().compareTo(expected.total) != 0) {
                throw new IllegalStateException("employee " + i + ": the library pays " + payout + " (rating " + rating
                        + "), the hand-written code rating " + expected.rating + ", bonus " + expected.bonus + ", gate "
                        + expected.gate + ", total " + expected.total);
            }
        }
    }

    private int employee() {
        int i = next;
        next = (i + 1) & (employees - 1);
        return i;
    }

    /**
     * The library: the employee's scorecard evaluated on their facts, then the pay plan.
     *
     * @return the payout
     */
    @Benchmark
    public Payout libraryPayout() {
        int i = employee();
        return plan.evaluate(scorecards[i].evaluate(facts[i]), inputs[i]);
    }

    /**
     * The baseline: the same plan in straight-line {@code BigDecimal} code.
     *
     * @return the result
     */
    @Benchmark
    public Object handWrittenBigDecimal() {
        return HandWrittenBigDecimal.compute(people[employee()]);
    }

    /**
     * The library's payout with its explanation as text, for the cost of the text when it is asked for.
     *
     * @return the explanation text
     */
    @Benchmark
    public String libraryPayoutExplained() {
        int i = employee();
        Payout payout = plan.evaluate(scorecards[i].evaluate(facts[i]), inputs[i]);
        return Explanation.of(java.util.Objects.requireNonNull(payout.evaluation()), payout).toText();
    }
}
