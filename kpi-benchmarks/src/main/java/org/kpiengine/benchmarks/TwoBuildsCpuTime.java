package org.kpiengine.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the batch side by side in one JVM: the {@code kpi-core} classes of each (a
 * directory such as {@code kpi-core/target/classes}, copied aside) are loaded by a class loader of
 * their own, each with this jar's {@link TeamWorkload}, and {@code TeamBatch.evaluate} on the
 * workload alternates between them, the order swapped every round. It prints, per plan shape, the
 * thread CPU time per employee of each build (minimum, first quartile, median of the timed rounds)
 * and the median of the per-round ratios. Both builds see the same machine at the same moments, so
 * the ratio holds up on a machine whose cores are shared with other work, where two runs one after
 * the other do not.
 *
 * <p>But the two copies do not always get code of the same speed from the JIT compiler: on our
 * machine a build against itself has given 1.31 to 1.42 in some JVMs, the copy loaded second the
 * slower. Check a build against itself first, and compare builds both ways round; or use
 * {@link SeparateJvmsCpuTime}, which runs each build in JVMs of its own.
 *
 * <pre>{@code
 * cp -r kpi-core/target/classes /tmp/before      # build and copy the first, then the second
 * java -Demployees=1000000 -Drounds=30 -cp kpi-benchmarks/target/benchmarks.jar \
 *     org.kpiengine.benchmarks.TwoBuildsCpuTime /tmp/before /tmp/after today marginalTiers
 * }</pre>
 *
 * <p>The team has 100 000 employees unless the system property {@code employees} says otherwise,
 * and 30 timed rounds (after half as many warm-up rounds) unless {@code rounds} does. With
 * {@code -Dparallel=true} each build evaluates with {@code TeamBatch.evaluateInParallel}, whose work
 * runs on other threads too, so that it is timed by the wall clock ({@code System.nanoTime}), as
 * {@code -Dwall=true} also asks for one thread.
 */
public final class TwoBuildsCpuTime {

    private static final int EMPLOYEES = Integer.getInteger("employees", 100_000);
    private static final int ROUNDS = Integer.getInteger("rounds", 30);
    private static final boolean PARALLEL = Boolean.getBoolean("parallel");
    private static final boolean WALL = PARALLEL || Boolean.getBoolean("wall");

    private TwoBuildsCpuTime() {
    }

    /**
     * Compares the two builds on each shape named.
     *
     * @param args the two class directories, then the plan shapes from {@link TeamWorkload#SHAPES}
     *     (all of them if none)
     * @throws ReflectiveOperationException if a directory does not hold the batch's classes
     * @throws MalformedURLException never, for a directory that exists
     */
    public static void main(String[] args) throws ReflectiveOperationException, MalformedURLException {
        if (args.length < 2 || !Files.isDirectory(Path.of(args[0])) || !Files.isDirectory(Path.of(args[1]))) {
            throw new IllegalArgumentException("usage: TwoBuildsCpuTime <classes directory A> <classes directory B> [shape...]");
        }
        List<String> shapes = args.length == 2 ? TeamWorkload.SHAPES : Arrays.asList(args).subList(2, args.length);
        Build a = new Build(args[0]);
        Build b = new Build(args[1]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (String shape : shapes) {
            a.prepare(shape);
            b.prepare(shape);
            long[][] times = new long[2][ROUNDS];
            double[] ratios = new double[ROUNDS];
            for (int round = -ROUNDS / 2; round < ROUNDS; round++) {
                for (int k = 0; k < 2; k++) {
                    int which = (round & 1) == 0 ? k : 1 - k;
                    Build build = which == 0 ? a : b;
                    long start = WALL ? System.nanoTime() : threads.getCurrentThreadCpuTime();
                    sink += build.evaluate();
                    long time = (WALL ? System.nanoTime() : threads.getCurrentThreadCpuTime()) - start;
                    if (round >= 0) {
                        times[which][round] = time;
                    }
                }
                if (round >= 0) {
                    ratios[round] = times[1][round] / (double) times[0][round];
                }
            }
            Arrays.sort(ratios);
            for (int k = 0; k < 2; k++) {
                long[] t = times[k];
                Arrays.sort(t);
                System.out.printf(Locale.ROOT, "%s %s: min %.1f, q1 %.1f, median %.1f ns %s per employee%n", shape,
                        args[k], perEmployee(t[0]), perEmployee(t[ROUNDS / 4]), perEmployee(t[ROUNDS / 2]),
                        WALL ? "wall clock" : "CPU");
            }
            System.out.printf(Locale.ROOT, "%s: B / A, median of the rounds' ratios %.3f%n", shape, ratios[ROUNDS / 2]);
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static double perEmployee(long nanos) {
        return nanos / (double) EMPLOYEES;
    }

    /** One build's classes in a loader of their own, with its workload, batch and input. */
    private static final class Build {
        private final Object workload;
        private final Method batchOf;
        private final Method inputOf;
        private final Method evaluate;
        private Object batch;
        private Object input;

        Build(String directory) throws ReflectiveOperationException, MalformedURLException {
            URL own = TwoBuildsCpuTime.class.getProtectionDomain().getCodeSource().getLocation();
            // the build's classes first, so that the batch's classes come from them and not from this jar
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(directory).toUri().toURL(), own},
                    ClassLoader.getPlatformClassLoader());
            Class<?> workloadClass = loader.loadClass(TeamWorkload.class.getName());
            Constructor<?> constructor = workloadClass.getConstructor(int.class);
            this.workload = constructor.newInstance(EMPLOYEES);
            this.batchOf = workloadClass.getMethod("batch", String.class);
            this.inputOf = workloadClass.getMethod("input", String.class);
            Class<?> batchClass = loader.loadClass("org.kpiengine.batch.TeamBatch");
            Class<?> inputClass = loader.loadClass("org.kpiengine.batch.TeamInput");
            this.evaluate = PARALLEL ? batchClass.getMethod("evaluateInParallel", inputClass)
                    : batchClass.getMethod("evaluate", inputClass);
        }

        void prepare(String shape) throws ReflectiveOperationException {
            batch = batchOf.invoke(null, shape);
            input = inputOf.invoke(workload, shape);
        }

        long evaluate() throws IllegalAccessException, InvocationTargetException {
            return evaluate.invoke(batch, input).hashCode();
        }
    }
}
