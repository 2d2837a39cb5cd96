package org.kpiengine.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one-employee payout's thread CPU time against hand-written {@code BigDecimal} code, on the plan
 * and employees of {@link OneEmployeeBenchmark}: rounds of {@value #CALLS} calls of
 * {@code libraryPayout} and of {@code handWrittenBigDecimal}, alternating, {@value #ROUNDS} timed
 * rounds after as many warm-up rounds; it prints the median ns per call of each and the median of the
 * per-round ratios. On a machine whose cores are shared with other work, CPU time is steadier than
 * the wall-clock time JMH reports, and alternating the two in one JVM exposes both to the same load;
 * compare two builds by running each, one after the other, several times.
 *
 * <pre>{@code
 * java -cp kpi-benchmarks/target/benchmarks.jar org.kpiengine.benchmarks.OneEmployeeCpuTime 1 1024
 * }</pre>
 */
public final class OneEmployeeCpuTime {

    private static final int CALLS = 20_000;
    private static final int ROUNDS = 60;

    private OneEmployeeCpuTime() {
    }

    /**
     * Times both sides for each number of employees named.
     *
     * @param args the numbers of employees the calls go round (1 or 1024); both if none
     */
    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Object[] kept = new Object[64]; // every result escapes, on both sides alike
        long sink = 0;
        for (String employees : args.length == 0 ? new String[] {"1", "1024"} : args) {
            OneEmployeeBenchmark benchmark = new OneEmployeeBenchmark();
            benchmark.employees = Integer.parseInt(employees);
            benchmark.setUp();
            long[] library = new long[ROUNDS];
            long[] handWritten = new long[ROUNDS];
            double[] ratios = new double[ROUNDS];
            for (int round = -ROUNDS; round < ROUNDS; round++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < CALLS; i++) {
                    kept[i & (kept.length - 1)] = benchmark.libraryPayout();
                }
                long middle = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < CALLS; i++) {
                    kept[i & (kept.length - 1)] = benchmark.handWrittenBigDecimal();
                }
                long end = threads.getCurrentThreadCpuTime();
                sink += kept[round & (kept.length - 1)].getClass().getName().length();
                if (round >= 0) {
                    library[round] = middle - start;
                    handWritten[round] = end - middle;
                    ratios[round] = (middle - start) / (double) (end - middle);
                }
            }
            Arrays.sort(library);
            Arrays.sort(handWritten);
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "employees %s: library %.0f ns CPU per payout, hand-written %.0f, ratio %.2f"
                    + " (quartiles %.2f, %.2f)%n", employees, library[ROUNDS / 2] / (double) CALLS,
                    handWritten[ROUNDS / 2] / (double) CALLS, ratios[ROUNDS / 2], ratios[ROUNDS / 4], ratios[3 * ROUNDS / 4]);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
