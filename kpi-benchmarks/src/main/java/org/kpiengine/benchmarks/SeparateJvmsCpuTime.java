package org.kpiengine.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;

/**
 * Two builds of the batch, each in JVMs of its own, taken in turn: A, B, A, B… A child JVM times
 * {@code TeamBatch.evaluate} on one plan shape for a number of rounds in thread CPU time; the
 * parent prints, per build, the fastest round of all its JVMs and the median over its JVMs of each
 * JVM's first quartile and median, then the ratios B / A: the median of the JVM pairs' ratios of
 * their medians, the ratio of the fastest rounds and that of the first quartiles.
 *
 * <p>Why not one JVM: {@link TwoBuildsCpuTime} loads both builds side by side, but on our machine
 * the JIT compiler's code for the copy loaded second was at times 30–40 % slower, even for a build
 * against itself (ratios of 1.31 to 1.42 for A against A), which hides or invents a change of a few
 * per cent. Separate JVMs do not share compiled code; taking them in turn spreads the machine's
 * slow spells over both builds, and the fastest rounds and first quartiles, which a slow spell
 * does not lower, are the figures to compare.
 *
 * <pre>{@code
 * cp -r kpi-core/target/classes /tmp/before      # build and copy the first, then the second
 * java -cp kpi-benchmarks/target/benchmarks.jar org.kpiengine.benchmarks.SeparateJvmsCpuTime \
 *     /tmp/before /tmp/after today 4
 * }</pre>
 *
 * <p>The arguments are the two class directories, the plan shape (from {@link TeamWorkload#SHAPES})
 * and the number of JVMs per build (4 unless given). Each child JVM runs with a 3 GB heap touched
 * in advance, on 1 000 000 employees unless the system property {@code employees} says otherwise,
 * for 15 warm-up and 45 timed rounds unless {@code rounds} gives the timed ones.
 */
public final class SeparateJvmsCpuTime {

    private static final int EMPLOYEES = Integer.getInteger("employees", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("rounds", 45);
    private static final String CHILD = "--child";

    private SeparateJvmsCpuTime() {
    }

    /**
     * Compares the two builds, or, in a child JVM, times the rounds of one.
     *
     * @param args the two class directories, the plan shape and the number of JVMs per build; or
     *     {@code --child} and the shape, in a child
     * @throws IOException if a child JVM cannot be started or read
     * @throws InterruptedException if interrupted while waiting for a child
     * @throws URISyntaxException never, for this class's own jar
     */
    public static void main(String[] args) throws IOException, InterruptedException, URISyntaxException {
        if (args.length == 2 && args[0].equals(CHILD)) {
            child(args[1]);
            return;
        }
        if (args.length < 3 || !Files.isDirectory(Path.of(args[0])) || !Files.isDirectory(Path.of(args[1]))
                || !TeamWorkload.SHAPES.contains(args[2])) {
            throw new IllegalArgumentException(
                    "usage: SeparateJvmsCpuTime <classes directory A> <classes directory B> <shape> [JVMs per build]");
        }
        int jvms = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        String own = Path.of(SeparateJvmsCpuTime.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        List<List<long[]>> runs = List.of(new ArrayList<>(), new ArrayList<>());
        for (int j = 0; j < jvms; j++) {
            for (int k = 0; k < 2; k++) {
                long[] times = run(args[k], own, args[2]);
                Arrays.sort(times);
                runs.get(k).add(times);
                System.out.printf(Locale.ROOT, "%s JVM %d: min %.1f, q1 %.1f, median %.1f ns CPU per employee%n",
                        args[k], j + 1, perEmployee(times[0]), perEmployee(times[ROUNDS / 4]),
                        perEmployee(times[ROUNDS / 2]));
            }
        }
        for (int k = 0; k < 2; k++) {
            List<long[]> all = runs.get(k);
            System.out.printf(Locale.ROOT, "%s %s: min %.1f, q1 %.1f, median %.1f ns CPU per employee (over %d JVMs)%n",
                    args[2], args[k], perEmployee(all.stream().mapToLong(t -> t[0]).min().orElseThrow()),
                    perEmployee(median(all, ROUNDS / 4)), perEmployee(median(all, ROUNDS / 2)), jvms);
        }
        double[] ratios = new double[jvms];
        for (int j = 0; j < jvms; j++) {
            ratios[j] = runs.get(1).get(j)[ROUNDS / 2] / (double) runs.get(0).get(j)[ROUNDS / 2];
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "%s: B / A, median of the JVM pairs' ratios of medians %.3f (from %.3f to %.3f)%n",
                args[2], ratios[jvms / 2], ratios[0], ratios[jvms - 1]);
        System.out.printf(Locale.ROOT, "%s: B / A, fastest rounds %.3f, medians of the JVMs' first quartiles %.3f%n", args[2],
                runs.get(1).stream().mapToLong(t -> t[0]).min().orElseThrow()
                        / (double) runs.get(0).stream().mapToLong(t -> t[0]).min().orElseThrow(),
                median(runs.get(1), ROUNDS / 4) / (double) median(runs.get(0), ROUNDS / 4));
    }

    /** Starts a child JVM on one build's classes and returns its timed rounds, unsorted. */
    private static long[] run(String classes, String own, String shape) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch",
                "-Demployees=" + EMPLOYEES, "-Drounds=" + ROUNDS,
                // the build's classes first, so that the batch's classes come from them and not from this jar
                "-cp", classes + File.pathSeparator + own, SeparateJvmsCpuTime.class.getName(), CHILD, shape);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
        }
        int exit = process.waitFor();
        if (exit != 0 || line == null) {
            throw new IOException("the JVM on " + classes + " ended with exit code " + exit + " and printed no times");
        }
        String[] fields = line.trim().split(" ");
        if (fields.length != ROUNDS) {
            throw new IOException("the JVM on " + classes + " printed " + fields.length + " times, not " + ROUNDS);
        }
        return Arrays.stream(fields).mapToLong(Long::parseLong).toArray();
    }

    /** In a child JVM: times the rounds of the build on the class path and prints them, in ns, on one line. */
    private static void child(String shape) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TeamWorkload workload = new TeamWorkload(EMPLOYEES);
        TeamBatch batch = TeamWorkload.batch(shape);
        TeamInput input = workload.input(shape);
        long sink = 0;
        for (int i = 0; i < ROUNDS / 3; i++) {
            sink += batch.evaluate(input).unscaledTotal(i);
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < ROUNDS; i++) {
            long start = threads.getCurrentThreadCpuTime();
            sink += batch.evaluate(input).unscaledTotal(i);
            line.append(threads.getCurrentThreadCpuTime() - start).append(' ');
        }
        System.out.println(line.toString().trim());
        System.err.println("(checksum " + sink + ")");
    }

    private static long median(List<long[]> runs, int position) {
        long[] values = runs.stream().mapToLong(t -> t[position]).sorted().toArray();
        return values[values.length / 2];
    }

    private static double perEmployee(long nanos) {
        return nanos / (double) EMPLOYEES;
    }
}
