package org.kpiengine.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.money.Money;
import org.kpiengine.period.Assignment;
import org.kpiengine.period.CompensationYear;
import org.kpiengine.period.EmployeeYear;
import org.kpiengine.period.PlanVersion;
import org.kpiengine.period.PlanYear;
import org.kpiengine.period.YearBatchResult;
import org.kpiengine.period.YearFigures;
import org.kpiengine.period.YearResult;
import org.kpiengine.scorecard.Facts;
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
 * batches of the same employees, on the same data: the {@link TeamWorkload} scorecard and pay plan
 * (its template thresholds), {@value #GRADES} salary grades (one role and plan version each, the
 * salary uniform in [30 000, 150 000] to the cent) and a new fact draw per month (template plan
 * × U(0.3, 1.6) to the cent). The year has one plan version per role for the whole year and no
 * draw, cap, cumulative scheme or chargeback, so that the year and the batches compute the same
 * figures. The score is the time for all {@code n} employees and all twelve months.
 *
 * <p>Before measuring, {@link Data#setUp()} checks that every employee's paid figure of every
 * month, by the columnar year and by the per-employee year, equals that month's batch total, and
 * that the columnar figures equal the per-employee ones; it fails the run if one differs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class CompensationYearBenchmark {

    /** The months of the year. */
    static final int MONTHS = 12;
    /** The salary grades: one role and plan version each. */
    static final int GRADES = 20;

    /** The workload: twelve monthly inputs for the batch, one year and every employee's inputs. */
    @State(Scope.Benchmark)
    public static class Data {
        /** The number of employees. */
        @Param({"100000"})
        public int n;

        TeamBatch batch;
        TeamInput[] months;
        CompensationYear year;
        List<EmployeeYear> employees;

        /** Generates the workload and checks the year against the monthly batches. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = TeamWorkload.batch();
            RoleTemplate template = batch.templates().get(0);
            Currency eur = Currency.getInstance("EUR");
            SplittableRandom random = new SplittableRandom(TeamWorkload.SEED + 1);
            long[] gradeSalaries = new long[GRADES];
            for (int g = 0; g < GRADES; g++) {
                gradeSalaries[g] = random.nextLong(3_000_000, 15_000_001);
            }
            int[] grades = new int[n];
            long[] salaries = new long[n];
            for (int i = 0; i < n; i++) {
                grades[i] = random.nextInt(GRADES);
                salaries[i] = gradeSalaries[grades[i]];
            }
            long[][][] facts = new long[MONTHS][TeamWorkload.INDICATORS][n];
            months = new TeamInput[MONTHS];
            for (int m = 0; m < MONTHS; m++) {
                TeamInput.Builder input = TeamInput.builder(n).salaries(eur, DecimalColumn.ofUnscaled(salaries, 2));
                for (int k = 0; k < TeamWorkload.INDICATORS; k++) {
                    for (int i = 0; i < n; i++) {
                        facts[m][k][i] = Math.round(100 * 100 * (0.3 + 1.3 * random.nextDouble()));
                    }
                    input.facts(TeamWorkload.id(k), DecimalColumn.ofUnscaled(facts[m][k], 2));
                }
                months[m] = input.build();
            }
            PlanYear calendar = PlanYear.months(2026);
            LocalDate january = calendar.start();
            CompensationYear.Builder builder = CompensationYear.builder(calendar);
            for (int g = 0; g < GRADES; g++) {
                builder.version(PlanVersion.of("grade-" + g, january, template.scorecard(), template.payPlan(),
                        Money.of(eur, BigDecimal.valueOf(gradeSalaries[g], 2))));
            }
            year = builder.build();
            employees = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                EmployeeYear.Builder employee = EmployeeYear.builder("e" + i)
                        .assignment(Assignment.from("grade-" + grades[i], january));
                for (int m = 0; m < MONTHS; m++) {
                    Facts.Builder month = Facts.builder();
                    for (int k = 0; k < TeamWorkload.INDICATORS; k++) {
                        month.put(TeamWorkload.id(k), BigDecimal.valueOf(facts[m][k][i], 2));
                    }
                    employee.facts(calendar.periods().get(m).id(), month.build());
                }
                employees.add(employee.build());
            }
            TeamResult[] results = new TeamResult[MONTHS];
            for (int m = 0; m < MONTHS; m++) {
                results[m] = batch.evaluate(months[m]);
            }
            YearBatchResult columnar = year.compute(employees);
            for (int i = 0; i < n; i++) {
                YearResult alone = year.compute(employees.get(i));
                YearFigures figures = columnar.figures(i);
                if (!alone.figures().equals(figures)) {
                    throw new IllegalStateException("employee " + i + ": the columnar year differs from the per-employee year");
                }
                for (int m = 0; m < MONTHS; m++) {
                    Money expected = results[m].total(i);
                    Money actual = figures.periods().get(m).paid();
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

    /** The compensation year of every employee over columns, on the calling thread. */
    @Benchmark
    public YearBatchResult compensationYearColumnar(Data data) {
        return data.year.compute(data.employees);
    }

    /** The compensation year of every employee, one after the other, on the calling thread. */
    @Benchmark
    public void compensationYear(Data data, Blackhole sink) {
        for (int i = 0; i < data.n; i++) {
            sink.consume(data.year.compute(data.employees.get(i)));
        }
    }

    /** The compensation year of every employee, on all cores. */
    @Benchmark
    public long compensationYearAllCores(Data data) {
        return IntStream.range(0, data.n).parallel()
                .mapToObj(i -> data.year.compute(data.employees.get(i)))
                .filter(result -> result.statements().size() == MONTHS)
                .count();
    }
}
