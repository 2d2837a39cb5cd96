package org.kpiengine.benchmarks;

import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A whole team's month, {@code n} employees, computed five ways on the same data (see
 * {@link TeamWorkload}): the library's batch on one thread and on all cores, a primitive
 * {@code double} loop (the speed floor, also on all cores), hand-written {@code BigDecimal} code
 * with one object per employee, and one DuckDB query over an in-memory table (one thread and all
 * cores), every row fetched. The score is the time for all {@code n} employees; divide by
 * {@code n} for the time per employee.
 *
 * <p>Before measuring, {@link Data#setUp()} checks that the library's result for every employee
 * equals the hand-written {@code BigDecimal} code's (rating, bonus, gate, total), and fails the
 * run if one differs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class TeamBatchBenchmark {

    /** The workload and the library's batch, shared by every variant. */
    @State(Scope.Benchmark)
    public static class Data {
        /** The number of employees. */
        @Param({"10000", "100000", "1000000"})
        public int n;

        /**
         * The plan shape (see {@link TeamWorkload#batch(String)}); the baselines always compute
         * {@code today}'s plan, so compare them only with that shape.
         */
        @Param({"today", "marginalTiers", "marginalTurnover", "linearCommission", "stepsPool", "coefficient",
            "gatesLimits", "hybridTiers", "targetBand", "perUnitOverPlan", "halfEven", "lowerRatio"})
        public String shape;

        TeamWorkload workload;
        TeamBatch batch;
        TeamInput input;
        TeamResult result;

        /** Generates the workload and checks the library against the hand-written BigDecimal code. */
        @Setup(Level.Trial)
        public void setUp() {
            workload = new TeamWorkload(n);
            batch = TeamWorkload.batch(shape);
            input = workload.input(shape);
            result = batch.evaluate(input);
            if (!shape.equals("today")) {
                checkAgainstObjectPath(result);
                return;
            }
            HandWrittenBigDecimal.Employee[] employees = HandWrittenBigDecimal.employees(workload);
            for (int i = 0; i < n; i++) {
                HandWrittenBigDecimal.Result expected = HandWrittenBigDecimal.compute(employees[i]);
                if (!result.isOk(i)
                        || expected.rating.compareTo(result.rating(i)) != 0
                        || expected.bonus.compareTo(result.component(i, "bonus").amount()) != 0
                        || expected.gate.compareTo(result.component(i, "gate").amount()) != 0
                        || expected.total.compareTo(result.total(i).amount()) != 0) {
                    throw new IllegalStateException("employee " + i + ": the library gives rating "
                            + (result.isOk(i) ? result.rating(i) + ", " + result.components(i) : result.error(i))
                            + " but the hand-written BigDecimal code gives rating " + expected.rating + ", bonus "
                            + expected.bonus + ", gate " + expected.gate + ", total " + expected.total);
                }
            }
        }
    }

    /**
     * Checks every 97th employee's total against the object API's payout for the same row; for
     * shapes the hand-written code does not compute.
     */
    static void checkAgainstObjectPath(TeamResult result) {
        for (int i = 0; i < result.size(); i += 97) {
            if (!result.isOk(i) || result.total(i).compareTo(result.payout(i).total()) != 0) {
                throw new IllegalStateException("employee " + i + ": the batch gives "
                        + (result.isOk(i) ? result.total(i) : result.error(i)) + " but the object API gives "
                        + result.payout(i).total());
            }
        }
    }

    /** The employees as objects, for the hand-written BigDecimal code. */
    @State(Scope.Benchmark)
    public static class Objects {
        HandWrittenBigDecimal.Employee[] employees;

        /** Builds one object per employee. */
        @Setup(Level.Trial)
        public void setUp(Data data) {
            employees = HandWrittenBigDecimal.employees(data.workload);
        }
    }

    /** The workload as arrays of doubles. */
    @State(Scope.Benchmark)
    public static class Doubles {
        PrimitiveDoubles doubles;
        double[] rating;
        double[] total;

        /** Converts the workload to doubles and allocates the output arrays once. */
        @Setup(Level.Trial)
        public void setUp(Data data) {
            doubles = new PrimitiveDoubles(data.workload);
            rating = new double[doubles.size];
            total = new double[doubles.size];
        }
    }

    /** The workload in a DuckDB in-memory table, queried with one thread. */
    @State(Scope.Benchmark)
    public static class DuckDbOneThread {
        DuckDbTeam duckDb;

        /** Loads the table. */
        @Setup(Level.Trial)
        public void setUp(Data data) throws SQLException {
            duckDb = new DuckDbTeam(data.workload, 1);
            if (duckDb.count() != data.n) {
                throw new IllegalStateException("DuckDB returned a wrong number of rows");
            }
        }

        /** Closes the database. */
        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            duckDb.close();
        }
    }

    /** The workload in a DuckDB in-memory table, queried with all cores. */
    @State(Scope.Benchmark)
    public static class DuckDbAllCores {
        DuckDbTeam duckDb;

        /** Loads the table. */
        @Setup(Level.Trial)
        public void setUp(Data data) throws SQLException {
            duckDb = new DuckDbTeam(data.workload, Runtime.getRuntime().availableProcessors());
        }

        /** Closes the database. */
        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            duckDb.close();
        }
    }

    /** The library's batch on the calling thread. */
    @Benchmark
    public TeamResult library(Data data) {
        return data.batch.evaluate(data.input);
    }

    /**
     * The library's object path on the same plan, every employee: the scorecard and pay plan
     * through the object API, as the batch computes a row it cannot take in its kernel.
     */
    @Benchmark
    public void libraryObjectPath(Data data, Blackhole sink) {
        TeamResult result = data.result;
        for (int i = 0; i < result.size(); i++) {
            sink.consume(result.payout(i));
        }
    }

    /** The library's batch on all cores. */
    @Benchmark
    public TeamResult libraryAllCores(Data data) {
        return data.batch.evaluateInParallel(data.input);
    }

    /** The primitive double loop on one thread, into output arrays allocated once. */
    @Benchmark
    public double[] primitiveDoubles(Doubles doubles) {
        PrimitiveDoubles d = doubles.doubles;
        d.compute(0, d.size, doubles.rating, doubles.total);
        return doubles.total;
    }

    /** The primitive double loop split over all cores, into output arrays allocated once. */
    @Benchmark
    public double[] primitiveDoublesAllCores(Doubles doubles) {
        PrimitiveDoubles d = doubles.doubles;
        double[] rating = doubles.rating;
        double[] total = doubles.total;
        int chunk = 4096;
        IntStream.range(0, (d.size + chunk - 1) / chunk).parallel()
                .forEach(c -> d.compute(c * chunk, Math.min(d.size, (c + 1) * chunk), rating, total));
        return total;
    }

    /** The hand-written BigDecimal code, one object per employee. */
    @Benchmark
    public HandWrittenBigDecimal.Result[] handWrittenBigDecimal(Objects objects) {
        return HandWrittenBigDecimal.compute(objects.employees);
    }

    /** One DuckDB query, one thread, every row fetched. */
    @Benchmark
    public double duckDb(DuckDbOneThread duckDb) throws SQLException {
        return duckDb.duckDb.run();
    }

    /** One DuckDB query, all cores, every row fetched. */
    @Benchmark
    public double duckDbAllCores(DuckDbAllCores duckDb) throws SQLException {
        return duckDb.duckDb.run();
    }
}
