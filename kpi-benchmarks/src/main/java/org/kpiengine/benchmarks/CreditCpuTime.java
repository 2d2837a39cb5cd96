package org.kpiengine.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * {@link CreditBenchmark}'s two aggregations timed by the CPU time of the thread that runs them, as
 * well as by the wall clock: on a machine shared with other work the wall clock mostly measures
 * the wait for a core, the thread's CPU time does not. Each round runs the library, then the floor,
 * on the same workload (built and checked as the benchmark's setup does), and prints both times
 * and the bytes the thread allocated; then, by CPU time and allocation, the library on cash received
 * (the same deals with their payments) and the cash basis summed through one {@code Credit} per
 * receiver and change (its path before it was summed in minor units).
 *
 * <pre>{@code
 * java -Xmx16g -cp kpi-benchmarks/target/benchmarks.jar org.kpiengine.benchmarks.CreditCpuTime 10000000 5
 * }</pre>
 */
public final class CreditCpuTime {

    private CreditCpuTime() {
    }

    /**
     * Runs the rounds.
     *
     * @param args the number of transactions, then the number of rounds (the first is a warm-up)
     */
    public static void main(String[] args) {
        CreditBenchmark.Data data = new CreditBenchmark.Data();
        data.transactions = Integer.parseInt(args[0]);
        data.employees = 100_000;
        data.setUp();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int rounds = Integer.parseInt(args[1]);
        System.out.println("round,library_cpu_ms,library_wall_ms,library_bytes_per_tx,floor_cpu_ms,floor_wall_ms,floor_bytes_per_tx,"
                + "cash_cpu_ms,cash_bytes_per_tx,cash_credits_cpu_ms,cash_credits_bytes_per_tx");
        for (int round = 0; round < rounds; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long bytes0 = threads.getCurrentThreadAllocatedBytes();
            long wall0 = System.nanoTime();
            Object library = CreditBenchmark.library(data);
            long cpu1 = threads.getCurrentThreadCpuTime();
            long bytes1 = threads.getCurrentThreadAllocatedBytes();
            long wall1 = System.nanoTime();
            Object floor = CreditBenchmark.hashMapFloor(data);
            long cpu2 = threads.getCurrentThreadCpuTime();
            long bytes2 = threads.getCurrentThreadAllocatedBytes();
            long wall2 = System.nanoTime();
            Object cash = CreditBenchmark.libraryOnCash(data);
            long cpu3 = threads.getCurrentThreadCpuTime();
            long bytes3 = threads.getCurrentThreadAllocatedBytes();
            Object cashCredits = CreditBenchmark.cashThroughCredits(data);
            long cpu4 = threads.getCurrentThreadCpuTime();
            long bytes4 = threads.getCurrentThreadAllocatedBytes();
            if (library == null || floor == null || cash == null || cashCredits == null) {
                throw new IllegalStateException("no result");
            }
            System.out.println(String.format(Locale.ROOT, "%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d", round, (cpu1 - cpu0) / 1_000_000,
                    (wall1 - wall0) / 1_000_000, (bytes1 - bytes0) / data.transactions, (cpu2 - cpu1) / 1_000_000,
                    (wall2 - wall1) / 1_000_000, (bytes2 - bytes1) / data.transactions, (cpu3 - cpu2) / 1_000_000,
                    (bytes3 - bytes2) / data.transactions, (cpu4 - cpu3) / 1_000_000, (bytes4 - bytes3) / data.transactions));
        }
    }
}
