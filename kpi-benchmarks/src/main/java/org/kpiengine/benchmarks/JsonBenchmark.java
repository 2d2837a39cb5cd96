package org.kpiengine.benchmarks;

import java.io.Writer;
import java.util.concurrent.TimeUnit;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.json.PlanDocument;
import org.kpiengine.json.PlanJson;
import org.kpiengine.json.ResultJson;
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
 * Plans and results as JSON, against the batch computation itself, in one run: reading the
 * workload's plan document ({@link TeamWorkload#batch()}'s role template written by
 * {@link PlanJson}), computing a team of {@code n} employees with the batch on one thread, and
 * streaming that team's results as JSON lines ({@link ResultJson#teamLines(TeamResult, Writer)})
 * into a writer that only counts the characters. The team scores are the time for all {@code n}
 * employees; divide by {@code n} for the time per employee.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class JsonBenchmark {

    /** The plan document, the workload and its computed result. */
    @State(Scope.Benchmark)
    public static class Data {
        /** The number of employees. */
        @Param({"1000000"})
        public int n;

        String planText;
        TeamBatch batch;
        TeamInput input;
        TeamResult result;

        /** Writes the plan, generates the workload, computes it once and checks the JSON lines count. */
        @Setup(Level.Trial)
        public void setUp() {
            batch = TeamWorkload.batch();
            planText = PlanJson.standard().write(new PlanDocument(batch.templates().get(0), batch.precision()));
            if (!PlanJson.standard().read(planText).template().equals(batch.templates().get(0))) {
                throw new IllegalStateException("the plan does not read back to the workload's template");
            }
            input = new TeamWorkload(n).input();
            result = batch.evaluate(input);
            Counting lines = new Counting();
            ResultJson.teamLines(result, lines);
            if (lines.newlines != n) {
                throw new IllegalStateException(lines.newlines + " JSON lines for " + n + " employees");
            }
        }
    }

    /** A writer that keeps nothing: it counts characters and line breaks. */
    static final class Counting extends Writer {
        long chars;
        long newlines;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    newlines++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /**
     * Reads the plan document (5 indicators, a tiered scheme, a gate) from its text.
     *
     * @param data the plan text
     * @return the plan
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public PlanDocument readPlan(Data data) {
        return PlanJson.standard().read(data.planText);
    }

    /**
     * Computes the team with the batch on the calling thread: the baseline.
     *
     * @param data the workload
     * @return the result
     */
    @Benchmark
    public TeamResult batch(Data data) {
        return data.batch.evaluate(data.input);
    }

    /**
     * Streams the computed team's results as JSON lines.
     *
     * @param data the result
     * @return the number of characters written
     */
    @Benchmark
    public long teamLines(Data data) {
        Counting out = new Counting();
        ResultJson.teamLines(data.result, out);
        return out.chars;
    }
}
