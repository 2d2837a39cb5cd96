package org.kpiengine.internal.batch;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.KpiIndex;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * The batch kernel: computes rows into {@link Results}, each row either in exact scaled
 * {@code long} arithmetic or, when the kernel cannot decide it, through the object API
 * ({@link Scorecard#withThresholds}, {@link Scorecard#evaluate}); a {@link KpiInputException} on
 * that path becomes the row's error. Both give the same numbers; the kernel is only faster.
 *
 * <p>Stateless apart from its inputs and results; disjoint row ranges may run concurrently.
 */
public final class Kernel {

    private final KernelTemplate[] templates;
    private final int[] roles;
    private final Precision precision;
    private final Results results;

    /**
     * Prepares a kernel.
     *
     * @param templates the compiled templates, by role number
     * @param roles the role number of each row
     * @param precision the rounding rule
     * @param results where to write, sized for the rows
     */
    public Kernel(List<KernelTemplate> templates, int[] roles, Precision precision, Results results) {
        this.templates = templates.toArray(new KernelTemplate[0]);
        this.roles = roles;
        this.precision = precision;
        this.results = results;
    }

    /**
     * Computes the rows {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param from the first row
     * @param to the row after the last
     */
    public void run(int from, int to) {
        for (int row = from; row < to; row++) {
            int role = roles[row];
            if (role < 0 || role >= templates.length) {
                error(row, new KpiInputException(Reason.OUT_OF_RANGE, "role", Integer.toString(role),
                        "role " + role + " has no template (roles run from 0 to " + (templates.length - 1) + ")"));
                continue;
            }
            KernelTemplate template = templates[role];
            if (template.lines == null || !fast(template, template.lines, row)) {
                objectPath(template, row);
            }
        }
    }

    private boolean fast(KernelTemplate template, KernelLine[] lines, int row) {
        int[] indices = results.indices;
        int offset = row * results.width;
        long[] weights = template.weights;
        try {
            long sum = 0;
            for (int k = 0; k < lines.length; k++) {
                long index = lines[k].index(row);
                if (index < 0 || index > Integer.MAX_VALUE) {
                    return false;
                }
                indices[offset + k] = (int) index;
                sum = Math.addExact(sum, Math.multiplyExact(index, weights[k]));
            }
            results.ratings[row] = ScaledMath.divideHalfUp(sum, template.weightDivisor);
            results.status[row] = Results.OK;
            return true;
        } catch (ArithmeticException overflow) {
            return false;
        }
    }

    private void objectPath(KernelTemplate template, int row) {
        Evaluation evaluation;
        try {
            evaluation = evaluate(template, row);
        } catch (KpiInputException e) {
            error(row, e);
            return;
        }
        List<KpiIndex> indices = evaluation.indices();
        int offset = row * results.width;
        boolean fits = fitsLong(evaluation.rating());
        for (int k = 0; k < indices.size() && fits; k++) {
            BigDecimal index = indices.get(k).index();
            fits = fitsLong(index) && index.unscaledValue().longValue() <= Integer.MAX_VALUE;
            if (fits) {
                results.indices[offset + k] = (int) index.unscaledValue().longValue();
            }
        }
        if (fits) {
            results.ratings[row] = evaluation.rating().unscaledValue().longValue();
            results.status[row] = Results.OK;
        } else {
            results.objects.put(row, evaluation);
            results.status[row] = Results.OK_OBJECT;
        }
    }

    private boolean fitsLong(BigDecimal value) {
        return value.scale() == precision.indexScale() && value.unscaledValue().bitLength() < 64;
    }

    private void error(int row, KpiInputException e) {
        results.errors.put(row, e);
        results.status[row] = Results.ERROR;
    }

    /**
     * Evaluates one row through the object API, exactly as an integrator would for one employee:
     * the individual thresholds replace the template's ({@link Scorecard#withThresholds}), then the
     * facts are evaluated.
     *
     * @param template the row's template
     * @param row the row
     * @return the evaluation
     * @throws KpiInputException if the row's data breaks a rule
     */
    public Evaluation evaluate(KernelTemplate template, int row) {
        Scorecard scorecard = template.scorecard;
        List<ScorecardLine> lines = scorecard.lines();
        Map<String, Thresholds> individual = new LinkedHashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            Thresholds thresholds = thresholds(lines.get(k), template.columns[k], row);
            if (thresholds != null) {
                individual.put(lines.get(k).id(), thresholds);
            }
        }
        if (!individual.isEmpty()) {
            scorecard = scorecard.withThresholds(individual);
        }
        Facts.Builder facts = Facts.builder();
        for (int k = 0; k < lines.size(); k++) {
            Column column = template.columns[k].fact();
            String id = lines.get(k).id();
            BigDecimal fact = column == null ? null : column.decimal(id, row);
            if (fact != null) {
                facts.put(id, fact);
            }
        }
        return scorecard.evaluate(facts.build(), precision);
    }

    /**
     * Returns a row's individual thresholds for a line: the template's with the row's base, plan
     * and target where the columns hold them.
     *
     * @param line the template line
     * @param columns the line's columns
     * @param row the row
     * @return the thresholds, or null if the row has no individual value
     */
    public static @Nullable Thresholds thresholds(ScorecardLine line, LineColumns columns, int row) {
        String id = line.id();
        BigDecimal base = columns.base() == null ? null : columns.base().decimal(id, row);
        BigDecimal plan = columns.plan() == null ? null : columns.plan().decimal(id, row);
        BigDecimal target = columns.target() == null ? null : columns.target().decimal(id, row);
        if (base == null && plan == null && target == null) {
            return null;
        }
        Thresholds t = line.thresholds();
        return new Thresholds(base == null ? t.base() : base, plan == null ? t.plan() : plan,
                target == null ? t.target() : target);
    }
}
