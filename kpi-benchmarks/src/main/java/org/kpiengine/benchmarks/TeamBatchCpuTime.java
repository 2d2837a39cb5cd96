package org.kpiengine.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;

/**
 * The batch's thread CPU time per employee for plan shapes of {@link TeamWorkload}: the median of
 * 40 timed {@code TeamBatch.evaluate} runs on one thread after 40 warm-up runs. On a machine whose
 * cores are shared with other work, CPU time is steadier than the wall-clock time JMH reports,
 * though still not free of the others' effect on caches; compare two builds in separate JVMs, run
 * one after the other, several times. The team has 100 000 employees unless the system property
 * {@code employees} says otherwise (at 1 000 000 the columns no longer fit the caches, as in the
 * JMH benchmark's largest size).
 *
 * <pre>{@code
 * java -cp kpi-benchmarks/target/benchmarks.jar org.kpiengine.benchmarks.TeamBatchCpuTime today halfEven
 * java -Demployees=1000000 -cp kpi-benchmarks/target/benchmarks.jar org.kpiengine.benchmarks.TeamBatchCpuTime today
 * }</pre>
 */
public final class TeamBatchCpuTime {

    private static final int EMPLOYEES = Integer.getInteger("employees", 100_000);
    private static final int RUNS = 40;

    private TeamBatchCpuTime() {
    }

    /**
     * Times each shape named and prints its median, first and third quartile in ns per employee.
     *
     * @param args the plan shapes, from {@link TeamWorkload#SHAPES}; all of them if none
     */
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TeamWorkload workload = new TeamWorkload(EMPLOYEES);
        long sink = 0;
        for (String shape : args.length == 0 ? TeamWorkload.SHAPES.toArray(new String[0]) : args) {
            TeamBatch batch = TeamWorkload.batch(shape);
            TeamInput input = workload.input(shape);
            for (int i = 0; i < RUNS; i++) {
                sink += batch.evaluate(input).unscaledTotal(i);
            }
            long[] times = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = threads.getCurrentThreadCpuTime();
                sink += batch.evaluate(input).unscaledTotal(i);
                times[i] = threads.getCurrentThreadCpuTime() - start;
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "%s: median %.1f ns CPU per employee (quartiles %.1f, %.1f)%n", shape,
                    perEmployee(times[RUNS / 2]), perEmployee(times[RUNS / 4]), perEmployee(times[3 * RUNS / 4]));
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static double perEmployee(long nanos) {
        return nanos / (double) EMPLOYEES;
    }
}
