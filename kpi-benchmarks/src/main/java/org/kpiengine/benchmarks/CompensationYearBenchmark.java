package org.kpiengine.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.money.Money;
import org.kpiengine.period.Assignment;
import org.kpiengine.period.CompensationYear;
import org.kpiengine.period.EmployeeYear;
import org.kpiengine.period.PlanVersion;
import org.kpiengine.period.PlanYear;
import org.kpiengine.period.YearResult;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A twelve-month compensation year of {@code n} employees against twelve plain monthly team
 * batches of the same employees, on the same data: the {@link TeamWorkload} plan (its plans,
 * thresholds and salaries) with a new fact draw per month. The year is computed employee by
 * employee with {@link CompensationYear#compute} (one plan version, the whole year, no draw, cap,
 * cumulative scheme or chargeback, so that both compute the same figures); the batches are
 * {@link TeamBatch#evaluate} once per month. The score is the time for all {@code n} employees and
 * all twelve months.
 *
 * <p>Before measuring, {@link Data#setUp()} checks that every employee's statement total of every
 * month equals that month's batch total, and fails the run if one differs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class CompensationYearBenchmark {

    /** The months of the year. */
    static final int MONTHS = 12;

    /** The workload: twelve monthly inputs for the batch, and one year per employee. */
    @State(Scope.Benchmark)
    public static class Data {
        /** The number of employees. */
        @Param({"100000"})
        public int n;

        TeamBatch batch;
        TeamInput[] months;
        CompensationYear[] years;
        EmployeeYear[] employees;

        /** Generates the workload and checks the year against the monthly batches. */
        @Setup(Level.Trial)
        public void setUp() {
            TeamWorkload workload = new TeamWorkload(n);
            batch = TeamWorkload.batch();
            RoleTemplate template = batch.templates().get(0);
            long[][][] facts = new long[MONTHS][TeamWorkload.INDICATORS][n];
            months = new TeamInput[MONTHS];
            SplittableRandom random = new SplittableRandom(TeamWorkload.SEED + 1);
            for (int m = 0; m < MONTHS; m++) {
                TeamInput.Builder input = TeamInput.builder(n)
                        .salaries(Currency.getInstance("EUR"), DecimalColumn.ofUnscaled(workload.salaries, 2));
                for (int k = 0; k < TeamWorkload.INDICATORS; k++) {
                    for (int i = 0; i < n; i++) {
                        facts[m][k][i] = Math.round(workload.plans[k][i] * 100 * (0.3 + 1.3 * random.nextDouble()));
                    }
                    input.facts(TeamWorkload.id(k), DecimalColumn.ofUnscaled(facts[m][k], 2))
                            .plans(TeamWorkload.id(k), DecimalColumn.ofUnscaled(workload.plans[k], 0))
                            .bases(TeamWorkload.id(k), DecimalColumn.ofUnscaled(workload.bases[k], 1))
                            .targets(TeamWorkload.id(k), DecimalColumn.ofUnscaled(workload.targets[k], 1));
                }
                months[m] = input.build();
            }
            PlanYear calendar = PlanYear.months(2026);
            LocalDate january = calendar.start();
            years = new CompensationYear[n];
            employees = new EmployeeYear[n];
            for (int i = 0; i < n; i++) {
                Scorecard.Builder scorecard = Scorecard.builder();
                for (int k = 0; k < TeamWorkload.INDICATORS; k++) {
                    ScorecardLine line = template.scorecard().lines().get(k);
                    scorecard.add(new ScorecardLine(line.indicator(), line.weight(), new Thresholds(
                            BigDecimal.valueOf(workload.bases[k][i], 1), BigDecimal.valueOf(workload.plans[k][i]),
                            BigDecimal.valueOf(workload.targets[k][i], 1)), line.curve()));
                }
                years[i] = CompensationYear.builder(calendar)
                        .version(PlanVersion.of("seller", january, scorecard.build(), template.payPlan(),
                                Money.of(Currency.getInstance("EUR"), BigDecimal.valueOf(workload.salaries[i], 2))))
                        .build();
                EmployeeYear.Builder employee = EmployeeYear.builder("e" + i).assignment(Assignment.from("seller", january));
                for (int m = 0; m < MONTHS; m++) {
                    Facts.Builder month = Facts.builder();
                    for (int k = 0; k < TeamWorkload.INDICATORS; k++) {
                        month.put(TeamWorkload.id(k), BigDecimal.valueOf(facts[m][k][i], 2));
                    }
                    employee.facts(calendar.periods().get(m).id(), month.build());
                }
                employees[i] = employee.build();
            }
            TeamResult[] results = new TeamResult[MONTHS];
            for (int m = 0; m < MONTHS; m++) {
                results[m] = batch.evaluate(months[m]);
            }
            for (int i = 0; i < n; i++) {
                YearResult year = years[i].compute(employees[i]);
                for (int m = 0; m < MONTHS; m++) {
                    Money expected = results[m].total(i);
                    Money actual = year.statements().get(m).paid();
                    if (!expected.equals(actual)) {
                        throw new IllegalStateException("employee " + i + ", month " + (m + 1) + ": the year pays " + actual
                                + " but the monthly batch " + expected);
                    }
                }
            }
        }
    }

    /** Twelve monthly team batches on the calling thread. */
    @Benchmark
    public void twelveMonthlyBatches(Data data, Blackhole sink) {
        for (int m = 0; m < MONTHS; m++) {
            sink.consume(data.batch.evaluate(data.months[m]));
        }
    }

    /** The compensation year of every employee, one after the other, on the calling thread. */
    @Benchmark
    public void compensationYear(Data data, Blackhole sink) {
        for (int i = 0; i < data.n; i++) {
            sink.consume(data.years[i].compute(data.employees[i]));
        }
    }

    /** The compensation year of every employee, on all cores. */
    @Benchmark
    public long compensationYearAllCores(Data data) {
        return IntStream.range(0, data.n).parallel()
                .mapToObj(i -> data.years[i].compute(data.employees[i]))
                .filter(year -> year.statements().size() == MONTHS)
                .count();
    }
}
