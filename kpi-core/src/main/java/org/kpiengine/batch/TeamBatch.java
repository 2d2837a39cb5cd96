package org.kpiengine.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.internal.Nulls;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * A team batch: evaluates a whole sales organisation at once, from columns, with one scorecard
 * template per role and individual thresholds and facts per employee.
 *
 * <p>Every employee's result equals, on every decimal ({@code compareTo == 0}), what the object
 * API gives for that employee alone: the role's scorecard with the employee's individual
 * thresholds ({@link org.kpiengine.scorecard.Scorecard#withThresholds(Map)}), evaluated with
 * {@link org.kpiengine.scorecard.Scorecard#evaluate(org.kpiengine.scorecard.Facts, Precision)}.
 * The batch is only faster: every built-in curve is computed in exact scaled {@code long}
 * arithmetic from the same definition the curve evaluates, the built-in schemes and modifiers
 * likewise, money rounded with the precision's own rounding mode, and whatever that cannot decide
 * (a custom curve or scheme, an overflow) takes the object path for that employee (see
 * docs/design/batch-kernel.md).
 *
 * <p>Nothing is dropped: an employee whose data breaks a rule (a missing fact, thresholds out of
 * order, NaN, a number out of the library's range, a salary finer than a cent, a fact the curve
 * cannot score, a role without template) gets an {@link EmployeeStatus#ERROR} result carrying the
 * {@link KpiInputException}'s reason and a message naming the employee, the indicator and the
 * field; every other employee is still computed. An integrator's
 * {@link org.kpiengine.curve.CustomCurve} or {@link org.kpiengine.pay.CustomScheme} that throws
 * for one employee fails that employee only, with
 * {@link KpiInputException.Reason#CUSTOM_CODE_FAILED} and the thrown exception as the cause. Only
 * malformed input as a whole (a column of an indicator no template has, a size no column backs)
 * is thrown from the evaluate method, and so are {@link Error}s. See docs/guides/errors.md.
 *
 * <p>Parallel runs split the rows into fixed chunks that write disjoint parts of the result, so
 * the results are the same, in the same order, whatever the number of threads.
 *
 * <pre>{@code
 * Scorecard seller = Scorecard.builder()
 *         .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.6", Thresholds.of("0", "50000", "65000"),
 *                 TwoSlopeCurve.upTo("150"))
 *         .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.cappedAt("150"))
 *         .build();
 * TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("seller", seller)));
 * TeamInput input = TeamInput.builder(2)
 *         .employeeIds("E1", "E2")
 *         .facts("revenue", DecimalColumn.ofUnscaled(new long[] {5_700_000, 4_900_000}, 2))
 *         .facts("calls", DecimalColumn.ofUnscaled(new long[] {570, 480}, 0))
 *         .plans("revenue", DecimalColumn.ofUnscaled(new long[] {55_000, DecimalColumn.MISSING}, 0))
 *         .build();
 * TeamResult result = batch.evaluateInParallel(input);
 * result.rating(0);               // 111.6000: 0.6 × 110 (individual plan 55 000) + 0.4 × 114
 * result.ratingDistribution();    // min, quartiles, max of the ratings
 * result.top(10);                 // the leaderboard
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TeamBatch {

    /** The number of rows a parallel task claims at a time: one chunk of the results. */
    private static final int CHUNK = Results.CHUNK;

    private final List<RoleTemplate> templates;
    private final Precision precision;

    private TeamBatch(List<RoleTemplate> templates, Precision precision) {
        this.templates = Nulls.copyOf(templates, "templates");
        this.precision = Objects.requireNonNull(precision, "precision");
        if (this.templates.isEmpty()) {
            throw new IllegalArgumentException("a team batch needs at least one role template");
        }
    }

    /**
     * Obtains a batch over role templates, numbered in list order (role 0 is the first), with the
     * default {@link Precision}.
     *
     * @param templates the templates, not null, not empty
     * @return the batch, not null
     * @throws IllegalArgumentException if the list is empty
     */
    public static TeamBatch of(List<RoleTemplate> templates) {
        return new TeamBatch(templates, Precision.DEFAULT);
    }

    /**
     * Returns a copy of this batch with another precision; this instance is immutable and unaffected.
     *
     * @param newPrecision the rounding rule, not null
     * @return the new batch, not null
     */
    public TeamBatch withPrecision(Precision newPrecision) {
        return new TeamBatch(templates, newPrecision);
    }

    /**
     * Returns the role templates, by role number.
     *
     * @return the unmodifiable list, not null
     */
    public List<RoleTemplate> templates() {
        return templates;
    }

    /**
     * Returns the precision.
     *
     * @return the rounding rule, not null
     */
    public Precision precision() {
        return precision;
    }

    /**
     * Evaluates every employee on the calling thread.
     *
     * @param input the employees, not null
     * @return the results, one per employee in input order, not null
     * @throws KpiInputException with {@link Reason#UNKNOWN_INDICATOR} if a column names an
     *     indicator that no template has (a malformed input, not a bad row)
     */
    public TeamResult evaluate(TeamInput input) {
        Prepared prepared = prepare(input);
        prepared.kernel.run(0, input.size(), prepared.kernel.scratch());
        return prepared.result();
    }

    /**
     * Evaluates every employee on all cores: the common {@link ForkJoinPool} and the calling
     * thread. The results are the same as {@link #evaluate(TeamInput)}'s.
     *
     * @param input the employees, not null
     * @return the results, one per employee in input order, not null
     * @throws KpiInputException if a column names an indicator that no template has
     */
    public TeamResult evaluateInParallel(TeamInput input) {
        return evaluate(input, ForkJoinPool.commonPool(), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Evaluates every employee with up to {@code parallelism} threads: the calling thread and
     * {@code parallelism - 1} tasks submitted to the executor. Rows are claimed in fixed chunks,
     * so the results are the same as {@link #evaluate(TeamInput)}'s; the calling thread works too
     * and returns when every row is done, even if the executor never runs the tasks.
     *
     * @param input the employees, not null
     * @param executor the executor for the extra tasks, not null
     * @param parallelism the number of threads, at least 1
     * @return the results, one per employee in input order, not null
     * @throws KpiInputException if a column names an indicator that no template has
     * @throws IllegalArgumentException if the parallelism is below 1
     */
    public TeamResult evaluate(TeamInput input, Executor executor, int parallelism) {
        Objects.requireNonNull(executor, "executor");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism " + parallelism + " must be at least 1");
        }
        Prepared prepared = prepare(input);
        int size = input.size();
        int chunks = (size + CHUNK - 1) / CHUNK;
        if (parallelism == 1 || chunks <= 1) {
            prepared.kernel.run(0, size, prepared.kernel.scratch());
            return prepared.result();
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(chunks);
        AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            Kernel.Scratch scratch = prepared.kernel.scratch(); // once per thread, for all its chunks
            for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
                try {
                    prepared.kernel.run(chunk * CHUNK, Math.min(size, (chunk + 1) * CHUNK), scratch);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e instanceof RuntimeException ? (RuntimeException) e
                            : new IllegalStateException(e));
                } finally {
                    done.countDown();
                }
            }
        };
        for (int i = 1; i < Math.min(parallelism, chunks); i++) {
            executor.execute(worker);
        }
        worker.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the batch", e);
        }
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
        return prepared.result();
    }

    private Prepared prepare(TeamInput input) {
        Objects.requireNonNull(input, "input");
        Set<String> known = new HashSet<>();
        List<KernelTemplate> compiled = new ArrayList<>(templates.size());
        Map<String, Column> quantities = new LinkedHashMap<>();
        input.quantities().forEach((name, column) -> quantities.put(name, column.column()));
        for (RoleTemplate template : templates) {
            List<LineColumns> columns = new ArrayList<>();
            for (ScorecardLine line : template.scorecard().lines()) {
                String id = line.id();
                known.add(id);
                columns.add(new LineColumns(column(input.facts(), id), column(input.bases(), id),
                        column(input.plans(), id), column(input.targets(), id)));
            }
            compiled.add(KernelTemplate.compile(template.scorecard(), template.payPlan(), columns, quantities, precision,
                    input.currency()));
        }
        checkKnown(known, input.facts(), "facts");
        checkKnown(known, input.bases(), "bases");
        checkKnown(known, input.plans(), "plans");
        checkKnown(known, input.targets(), "targets");
        int width = 0;
        int payWidth = 0;
        boolean withPay = false;
        for (KernelTemplate template : compiled) {
            width = Math.max(width, template.scorecard().size());
            payWidth = Math.max(payWidth, template.paySteps());
            withPay |= template.payPlan() != null;
        }
        DecimalColumn salaries = input.salaries();
        long cells = (long) input.size() * Math.max(1, Math.max(width, payWidth));
        if (cells > Integer.MAX_VALUE - 8) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "size", Integer.toString(input.size()),
                    "a batch of " + input.size() + " employees with " + Math.max(width, payWidth)
                            + " indicators or pay steps each is too large for one result (" + cells
                            + " values); split it into smaller batches");
        }
        Results results = new Results(input.size(), width, payWidth, withPay);
        Kernel kernel = new Kernel(compiled, input.roles(), precision, results, input.currency(),
                salaries == null ? null : salaries.column(), quantities);
        return new Prepared(this, input, results, kernel, compiled);
    }

    private static @Nullable Column column(Map<String, DecimalColumn> columns, String id) {
        DecimalColumn column = columns.get(id);
        return column == null ? null : column.column();
    }

    private static void checkKnown(Set<String> known, Map<String, DecimalColumn> columns, String what) {
        for (String id : columns.keySet()) {
            if (!known.contains(id)) {
                throw new KpiInputException(Reason.UNKNOWN_INDICATOR, id, what, id,
                        what + " were given for indicator '" + id + "', which no role template has");
            }
        }
    }

    private static final class Prepared {
        final TeamBatch batch;
        final TeamInput input;
        final Results results;
        final Kernel kernel;
        final List<KernelTemplate> compiled;

        Prepared(TeamBatch batch, TeamInput input, Results results, Kernel kernel, List<KernelTemplate> compiled) {
            this.batch = batch;
            this.input = input;
            this.results = results;
            this.kernel = kernel;
            this.compiled = compiled;
        }

        TeamResult result() {
            return new TeamResult(batch, input, results, kernel, compiled);
        }
    }

    @Override
    public String toString() {
        return "TeamBatch" + templates.stream().map(RoleTemplate::role).toList();
    }
}
