package org.kpiengine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a long run on the error stream: silent for the first {@code quietMillis}, then a
 * line every {@code everyMillis} naming the step and how far it got
 * ({@code kpi pay: computing 250000 employees (6 s)}), so that a short run prints nothing and a
 * long one never looks hung. The steps set what is shown; a daemon thread prints it.
 */
final class Progress implements AutoCloseable {

    /** A run shorter than this prints no progress. */
    static final long QUIET_MILLIS = 5_000;
    /** The time between two progress lines. */
    static final long EVERY_MILLIS = 2_000;

    private final PrintWriter err;
    private final String command;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile String step = "starting";
    private volatile long done = -1;
    private volatile long total = -1;
    private volatile boolean printed;

    Progress(PrintWriter err, String command, long quietMillis, long everyMillis) {
        this.err = err;
        this.command = command;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kpi-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::print, quietMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    static Progress standard(PrintWriter err, String command) {
        return new Progress(err, command, QUIET_MILLIS, EVERY_MILLIS);
    }

    /** Starts a step without a count, such as "reading plan.json". */
    void step(String what) {
        this.done = -1;
        this.total = -1;
        this.step = what;
    }

    /** Starts a step that counts up to {@code of} (or an unknown total if negative). */
    void step(String what, long of) {
        this.done = 0;
        this.total = of;
        this.step = what;
    }

    /** Tells how far the current step got. */
    void done(long count) {
        this.done = count;
    }

    private void print() {
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        long d = done;
        long t = total;
        String count = d < 0 ? "" : t < 0 ? ": " + d : ": " + d + " of " + t;
        synchronized (err) {
            err.printf(Locale.ROOT, "kpi %s: %s%s (%d s)%n", command, step, count, seconds);
            err.flush();
        }
        printed = true;
    }

    /** Stops printing; if anything was printed, ends with the time taken. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (printed) {
            long millis = (System.nanoTime() - start) / 1_000_000L;
            synchronized (err) {
                err.printf(Locale.ROOT, "kpi %s: done in %d.%01d s%n", command, millis / 1000, millis % 1000 / 100);
                err.flush();
            }
        }
    }
}
