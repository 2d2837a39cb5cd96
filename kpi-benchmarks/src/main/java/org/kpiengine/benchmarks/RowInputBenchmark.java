package org.kpiengine.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.RowReader;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
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

/**
 * Filling a team input from an integrator's own row objects, {@code n} of them (the
 * {@link TeamWorkload} data: 5 indicators with fact, base, plan and target, and a salary, 21 values
 * per employee): the columnar way (the integrator's loop fills one array per column, then the
 * builder wraps them) against the row-wise ways ({@link TeamInput#fromRows} and
 * {@link TeamInput#rowBuilder()}), once with every value a {@code long} at a fixed scale and once
 * with facts and salaries as {@code BigDecimal}s, as a JDBC driver returns {@code DECIMAL} columns.
 * The score is the time to fill all {@code n} employees; divide it (and {@code -prof gc}'s bytes
 * per operation) by {@code n}. The rows themselves are built once, in {@link Data#setUp()}.
 *
 * <p>Before measuring, the set-up checks that the row-wise inputs give the same team result as the
 * columnar one, rating and total of every employee.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class RowInputBenchmark {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String[] IDS = new String[TeamWorkload.INDICATORS];

    static {
        for (int k = 0; k < IDS.length; k++) {
            IDS[k] = TeamWorkload.id(k);
        }
    }

    /** An integrator's own row with every value a {@code long}: facts and salary in cents, bases and targets in tenths. */
    record LongRow(String login, long[] facts, long[] plans, long[] bases, long[] targets, long salaryCents) {
    }

    /** An integrator's own row as a JDBC driver gives it: facts and salary as decimals. */
    record DecimalRow(String login, BigDecimal[] facts, long[] plans, long[] bases, long[] targets, BigDecimal salary) {
    }

    /** Writes a {@link LongRow}. */
    static final RowReader<LongRow> LONGS = (source, row) -> {
        row.employeeId(source.login());
        for (int k = 0; k < IDS.length; k++) {
            row.fact(IDS[k], source.facts()[k], 2)
                    .plan(IDS[k], source.plans()[k])
                    .base(IDS[k], source.bases()[k], 1)
                    .target(IDS[k], source.targets()[k], 1);
        }
        row.salary(EUR, source.salaryCents(), 2);
    };

    /** Writes a {@link DecimalRow}. */
    static final RowReader<DecimalRow> DECIMALS = (source, row) -> {
        row.employeeId(source.login());
        for (int k = 0; k < IDS.length; k++) {
            row.fact(IDS[k], source.facts()[k])
                    .plan(IDS[k], source.plans()[k])
                    .base(IDS[k], source.bases()[k], 1)
                    .target(IDS[k], source.targets()[k], 1);
        }
        row.salary(EUR, source.salary());
    };

    /** The rows, built once. */
    @State(Scope.Benchmark)
    public static class Data {
        /** The number of employees. */
        @Param({"100000", "1000000"})
        public int n;

        List<LongRow> longRows;
        List<DecimalRow> decimalRows;

        /** Builds the rows from the workload and checks that every way in gives the same result. */
        @Setup(Level.Trial)
        public void setUp() {
            TeamWorkload w = new TeamWorkload(n);
            longRows = new ArrayList<>(n);
            decimalRows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long[] facts = new long[IDS.length];
                long[] plans = new long[IDS.length];
                long[] bases = new long[IDS.length];
                long[] targets = new long[IDS.length];
                BigDecimal[] decimalFacts = new BigDecimal[IDS.length];
                for (int k = 0; k < IDS.length; k++) {
                    facts[k] = w.facts[k][i];
                    plans[k] = w.plans[k][i];
                    bases[k] = w.bases[k][i];
                    targets[k] = w.targets[k][i];
                    decimalFacts[k] = BigDecimal.valueOf(facts[k], 2);
                }
                String login = "E" + i;
                longRows.add(new LongRow(login, facts, plans, bases, targets, w.salaries[i]));
                decimalRows.add(new DecimalRow(login, decimalFacts, plans, bases, targets,
                        BigDecimal.valueOf(w.salaries[i], 2)));
            }
            TeamBatch batch = TeamWorkload.batch();
            TeamResult expected = batch.evaluate(w.input());
            check(expected, batch.evaluate(columns(this)), "columns");
            check(expected, batch.evaluate(rows(this)), "rows");
            check(expected, batch.evaluate(rowBuilder(this)), "rowBuilder");
            check(expected, batch.evaluate(decimalColumns(this)), "decimalColumns");
            check(expected, batch.evaluate(decimalRows(this)), "decimalRows");
        }

        private void check(TeamResult expected, TeamResult actual, String way) {
            for (int i = 0; i < n; i++) {
                if (!expected.isOk(i) || !actual.isOk(i) || expected.rating(i).compareTo(actual.rating(i)) != 0
                        || expected.total(i).compareTo(actual.total(i)) != 0) {
                    throw new IllegalStateException("employee " + i + " through " + way + ": "
                            + (actual.isOk(i) ? actual.total(i) : actual.error(i)) + " instead of "
                            + (expected.isOk(i) ? expected.total(i) : expected.error(i)));
                }
            }
        }
    }

    /**
     * The columnar way: the integrator's loop copies each row's values into one array per column.
     *
     * @param data the rows
     * @return the input
     */
    @Benchmark
    public static TeamInput columns(Data data) {
        int n = data.longRows.size();
        String[] ids = new String[n];
        long[][] facts = new long[IDS.length][n];
        long[][] plans = new long[IDS.length][n];
        long[][] bases = new long[IDS.length][n];
        long[][] targets = new long[IDS.length][n];
        long[] salaries = new long[n];
        for (int i = 0; i < n; i++) {
            LongRow row = data.longRows.get(i);
            ids[i] = row.login();
            for (int k = 0; k < IDS.length; k++) {
                facts[k][i] = row.facts()[k];
                plans[k][i] = row.plans()[k];
                bases[k][i] = row.bases()[k];
                targets[k][i] = row.targets()[k];
            }
            salaries[i] = row.salaryCents();
        }
        TeamInput.Builder input = TeamInput.builder(n).employeeIds(ids)
                .salaries(EUR, DecimalColumn.ofUnscaled(salaries, 2));
        for (int k = 0; k < IDS.length; k++) {
            input.facts(IDS[k], DecimalColumn.ofUnscaled(facts[k], 2))
                    .plans(IDS[k], DecimalColumn.ofUnscaled(plans[k], 0))
                    .bases(IDS[k], DecimalColumn.ofUnscaled(bases[k], 1))
                    .targets(IDS[k], DecimalColumn.ofUnscaled(targets[k], 1));
        }
        return input.build();
    }

    /**
     * The row-wise way over a list: {@link TeamInput#fromRows} with every value a {@code long}.
     *
     * @param data the rows
     * @return the input
     */
    @Benchmark
    public static TeamInput rows(Data data) {
        return TeamInput.fromRows(data.longRows, LONGS);
    }

    /**
     * The row-wise way when the number of rows is not known ahead (a JDBC result set): the row
     * builder's columns grow as rows arrive.
     *
     * @param data the rows
     * @return the input
     */
    @Benchmark
    public static TeamInput rowBuilder(Data data) {
        TeamInput.RowBuilder builder = TeamInput.rowBuilder();
        for (LongRow row : data.longRows) {
            LONGS.read(row, builder.next());
        }
        return builder.build();
    }

    /**
     * The columnar way with decimal facts and salaries: the integrator's loop fills arrays of
     * {@code BigDecimal}s, which {@link DecimalColumn#of} converts.
     *
     * @param data the rows
     * @return the input
     */
    @Benchmark
    public static TeamInput decimalColumns(Data data) {
        int n = data.decimalRows.size();
        String[] ids = new String[n];
        BigDecimal[][] facts = new BigDecimal[IDS.length][n];
        long[][] plans = new long[IDS.length][n];
        long[][] bases = new long[IDS.length][n];
        long[][] targets = new long[IDS.length][n];
        BigDecimal[] salaries = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            DecimalRow row = data.decimalRows.get(i);
            ids[i] = row.login();
            for (int k = 0; k < IDS.length; k++) {
                facts[k][i] = row.facts()[k];
                plans[k][i] = row.plans()[k];
                bases[k][i] = row.bases()[k];
                targets[k][i] = row.targets()[k];
            }
            salaries[i] = row.salary();
        }
        TeamInput.Builder input = TeamInput.builder(n).employeeIds(ids).salaries(EUR, DecimalColumn.of(salaries));
        for (int k = 0; k < IDS.length; k++) {
            input.facts(IDS[k], DecimalColumn.of(facts[k]))
                    .plans(IDS[k], DecimalColumn.ofUnscaled(plans[k], 0))
                    .bases(IDS[k], DecimalColumn.ofUnscaled(bases[k], 1))
                    .targets(IDS[k], DecimalColumn.ofUnscaled(targets[k], 1));
        }
        return input.build();
    }

    /**
     * The row-wise way with decimal facts and salaries.
     *
     * @param data the rows
     * @return the input
     */
    @Benchmark
    public static TeamInput decimalRows(Data data) {
        return TeamInput.fromRows(data.decimalRows, DECIMALS);
    }
}
