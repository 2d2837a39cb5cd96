package org.kpiengine.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.Precision;
import org.kpiengine.curve.Band;
import org.kpiengine.internal.Decimals;
import org.kpiengine.pay.AtLeast;
import org.kpiengine.pay.AttainmentMeasure;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.IndexMeasure;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.RatingMeasure;
import org.kpiengine.pay.Scheme;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.scorecard.Scorecard;

/**
 * A pay plan compiled for the kernel: retroactive tiers paying a percent of salary or an amount,
 * and gates, on the rating, an index or an attainment, in exact minor units of the batch's
 * currency. Mirrors {@link PayPlan#evaluate} for those steps exactly; a plan with any other step
 * is not compiled, and its rows take the object path.
 *
 * <p>Every compiled step only compares its measure (with tier bounds or a gate level), never
 * multiplies by it; so the unbounded-best attainment of a lower-is-better line at fact 0 is
 * {@link KernelLine#UNBOUNDED_BEST}, {@code Long.MAX_VALUE}, which reaches every level and the top
 * tier, as {@code Reading} does on the object path.
 */
final class KernelPay {

    private static final int RATING = 0;
    private static final int INDEX = 1;
    private static final int ATTAINMENT = 2;

    /** Per step: true for a gate, false for a tier scheme. */
    private final boolean[] gate;
    /** Per step: the measure's kind and, for index and attainment, its line. */
    private final int[] measureKind;
    private final int[] measureLine;
    /** Tier steps: lower bounds rounded up to the index scale, and per band the payment. */
    private final long[] @Nullable [] lowers;
    private final long[] @Nullable [] values;
    private final boolean[] percentOfSalary;
    private final int[] percentScale;
    /** Gate steps: the level rounded up to the index scale, the factor unscaled, its divisor. */
    private final long[] level;
    private final long[] factor;
    private final int[] factorScale;

    private KernelPay(int steps) {
        gate = new boolean[steps];
        measureKind = new int[steps];
        measureLine = new int[steps];
        lowers = new long[steps][];
        values = new long[steps][];
        percentOfSalary = new boolean[steps];
        percentScale = new int[steps];
        level = new long[steps];
        factor = new long[steps];
        factorScale = new int[steps];
    }

    /** Returns the number of components after the salary. */
    int steps() {
        return gate.length;
    }

    /**
     * Compiles a plan, or returns null if the kernel cannot compute it.
     *
     * @param plan the pay plan
     * @param scorecard the scorecard its measures read
     * @param precision the rounding rule
     * @param currencyScale the currency's minor-unit scale
     */
    static @Nullable KernelPay compile(PayPlan plan, Scorecard scorecard, Precision precision, int currencyScale) {
        if (precision.moneyRounding() != RoundingMode.HALF_UP || currencyScale < 0) {
            return null;
        }
        List<Scheme> schemes = plan.schemes();
        List<Modifier> modifiers = plan.modifiers();
        KernelPay pay = new KernelPay(schemes.size() + modifiers.size());
        int s = precision.indexScale();
        try {
            int step = 0;
            for (Scheme scheme : schemes) {
                if (!(scheme instanceof TieredScheme)) {
                    return null;
                }
                TieredScheme tiers = (TieredScheme) scheme;
                if (tiers.kind() != TieredScheme.Kind.RETROACTIVE || !pay.measure(step, tiers.measure(), scorecard)) {
                    return null;
                }
                List<Band> bands = tiers.tiers().bands();
                long[] lower = new long[bands.size()];
                long[] value = new long[bands.size()];
                int valueScale = 0;
                for (Band band : bands) {
                    valueScale = Math.max(valueScale, Decimals.normalise(band.value()).scale());
                }
                if (valueScale + 2 > ScaledMath.MAX_POWER) {
                    return null;
                }
                for (int i = 0; i < bands.size(); i++) {
                    lower[i] = bands.get(i).lowerInclusive().setScale(s, RoundingMode.CEILING).unscaledValue().longValueExact();
                    BigDecimal v = bands.get(i).value();
                    switch (tiers.payment()) {
                        case PERCENT_OF_SALARY:
                            value[i] = v.setScale(valueScale).unscaledValue().longValueExact();
                            break;
                        case AMOUNT:
                            // An amount finer than the minor unit throws here: the object path refuses it.
                            value[i] = v.setScale(currencyScale).unscaledValue().longValueExact();
                            break;
                        default:
                            return null;
                    }
                }
                pay.lowers[step] = lower;
                pay.values[step] = value;
                pay.percentOfSalary[step] = tiers.payment() == TieredScheme.Payment.PERCENT_OF_SALARY;
                pay.percentScale[step] = valueScale + 2;
                step++;
            }
            for (Modifier modifier : modifiers) {
                if (!(modifier instanceof Gate) || !(((Gate) modifier).condition() instanceof AtLeast)) {
                    return null;
                }
                Gate g = (Gate) modifier;
                AtLeast condition = (AtLeast) g.condition();
                if (!pay.measure(step, condition.measure(), scorecard)) {
                    return null;
                }
                BigDecimal f = Decimals.normalise(g.factor());
                if (f.scale() > ScaledMath.MAX_POWER) {
                    return null;
                }
                pay.gate[step] = true;
                pay.level[step] = condition.level().setScale(s, RoundingMode.CEILING).unscaledValue().longValueExact();
                pay.factor[step] = f.unscaledValue().longValueExact();
                pay.factorScale[step] = f.scale();
                step++;
            }
            return pay;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private boolean measure(int step, Measure measure, Scorecard scorecard) {
        String id;
        if (measure instanceof RatingMeasure) {
            measureKind[step] = RATING;
            return true;
        } else if (measure instanceof IndexMeasure) {
            measureKind[step] = INDEX;
            id = ((IndexMeasure) measure).indicatorId();
        } else if (measure instanceof AttainmentMeasure) {
            measureKind[step] = ATTAINMENT;
            id = ((AttainmentMeasure) measure).indicatorId();
        } else {
            return false;
        }
        if (!scorecard.has(id)) {
            return false;
        }
        measureLine[step] = scorecard.lines().indexOf(scorecard.line(id));
        return true;
    }

    /**
     * Computes the pay of a group of rows, one step at a time: writes each step's component into
     * the row's slots of {@code pay} and the total into {@code totals}; a row a step cannot decide
     * is marked in {@code undecided}.
     *
     * @param rows the rows, the first {@code count} used
     * @param count the number of rows
     * @param ratings the rows' ratings, unscaled at the index scale
     * @param salaries the rows' salaries, in minor units
     * @param variables scratch for the rows' running variable pay
     * @param measures scratch for a step's measure
     * @param indices the index column of the results, {@code width} slots per row
     * @param width the number of index slots per row
     * @param lines the compiled scorecard lines, for attainments
     * @param pay the pay column of the results, {@code payWidth} slots per row
     * @param payWidth the number of pay slots per row
     * @param totals the total column of the results
     * @param undecided the rows that need the object path
     */
    void compute(int[] rows, int count, long[] ratings, long[] salaries, long[] variables, long[] measures,
            int[] indices, int width, KernelLine[] lines, long[] pay, int payWidth, long[] totals, boolean[] undecided) {
        Arrays.fill(variables, 0, count, 0);
        for (int step = 0; step < gate.length; step++) {
            long[] measured = measure(step, rows, count, ratings, measures, indices, width, lines, undecided);
            if (gate[step]) {
                long stepLevel = level[step];
                long stepFactor = factor[step];
                int stepScale = factorScale[step];
                for (int i = 0; i < count; i++) {
                    if (!undecided[i]) {
                        try {
                            long variable = variables[i];
                            long reduction = Math.subtractExact(ScaledMath.divideByPowerOfTenHalfUp(
                                    Math.multiplyExact(variable, stepFactor), stepScale), variable);
                            long amount = measured[i] >= stepLevel ? 0 : reduction;
                            pay[rows[i] * payWidth + step] = amount;
                            variables[i] = variable + amount;
                        } catch (ArithmeticException e) {
                            undecided[i] = true;
                        }
                    }
                }
            } else {
                long[] lower = Objects.requireNonNull(lowers[step]);
                long[] value = Objects.requireNonNull(values[step]);
                boolean percent = percentOfSalary[step];
                int scale = percentScale[step];
                for (int i = 0; i < count; i++) {
                    if (!undecided[i]) {
                        try {
                            long m = measured[i];
                            // The number of lower bounds at or below m picks the band; counted without
                            // an early exit, the comparisons need no unpredictable branch.
                            int reached = 0;
                            for (long bound : lower) {
                                reached += m >= bound ? 1 : 0;
                            }
                            long amount = 0;
                            if (reached > 0) {
                                long v = value[reached - 1];
                                amount = percent ? ScaledMath.divideByPowerOfTenHalfUp(Math.multiplyExact(salaries[i], v), scale) : v;
                            }
                            pay[rows[i] * payWidth + step] = amount;
                            variables[i] = Math.addExact(variables[i], amount);
                        } catch (ArithmeticException e) {
                            undecided[i] = true;
                        }
                    }
                }
            }
        }
        for (int i = 0; i < count; i++) {
            if (!undecided[i]) {
                try {
                    totals[rows[i]] = Math.addExact(salaries[i], variables[i]);
                } catch (ArithmeticException e) {
                    undecided[i] = true;
                }
            }
        }
    }

    /** The values of one step's measure for the rows: the ratings themselves, or indices or attainments in scratch. */
    private long[] measure(int step, int[] rows, int count, long[] ratings, long[] measures, int[] indices, int width,
            KernelLine[] lines, boolean[] undecided) {
        int kind = measureKind[step];
        if (kind == RATING) {
            return ratings;
        }
        int line = measureLine[step];
        if (kind == INDEX) {
            for (int i = 0; i < count; i++) {
                measures[i] = indices[rows[i] * width + line];
            }
            return measures;
        }
        lines[line].attainments(rows, count, measures, undecided);
        return measures;
    }

}
