package org.kpiengine.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.kpiengine.Precision;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.internal.Decimals;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * One scorecard line compiled for the kernel: its curve as a kind and scaled constants, its
 * template thresholds and the batch's columns, all brought to one common scale so that the index
 * of a row is a few exact {@code long} operations. Mirrors {@link ScoringCurve#index} of the
 * ratio, linear and two-slope curves exactly; anything it cannot decide (an invalid threshold, a
 * missing or unrepresentable value, an overflow) it hands to the object path by returning
 * {@link #OBJECT_PATH}.
 */
final class KernelLine {

    /** The index value that asks for the object path; real indices are never negative. */
    static final long OBJECT_PATH = -1;
    /**
     * The attainment of a lower-is-better line at a fact of 0 or less: above every bound, so it
     * reaches every gate level and the top tier. Only compared, never used in arithmetic.
     */
    static final long UNBOUNDED_BEST = Long.MAX_VALUE;

    private static final int RATIO = 0;
    private static final int LINEAR = 1;
    private static final int TWO_SLOPE = 2;
    private static final long[] NO_VALUES = new long[0];
    /**
     * Below this magnitude of every weight the plain path adds weight × index without overflow
     * checks: an index below 2^31 times a weight below 2^24 is below 2^55, and the sum of up to
     * 256 lines stays below 2^63.
     */
    private static final long PLAIN_WEIGHT = 1L << 24;
    private static final int PLAIN_LINES = 256;
    /** Marks an absent base or target; no scaled value equals it. */
    private static final long ABSENT = Long.MIN_VALUE;

    private final int kind;
    private final boolean higher;
    /**
     * {@code Long.MIN_VALUE} when the indicator's unit refuses a negative fact (a count, a
     * duration), else 0: ANDed with a raw fact it leaves the sign bit of a fact the scorecard
     * refuses, which sends the row to the object path and its error.
     */
    private final long negativeFactMask;
    private final long hundred;
    private final long[] fact;
    private final long factFactor;
    private final long @Nullable [] base;
    private final long baseFactor;
    private final long @Nullable [] plan;
    private final long planFactor;
    private final long @Nullable [] target;
    private final long targetFactor;
    private final long templateBase;
    private final long templatePlan;
    private final long templateTarget;
    private final boolean hasCap;
    private final long cap;
    private final long slopeDividend;
    private final long slopeDivisor;
    /**
     * The plain-arithmetic path of the two-slope and linear curves: per column the power of two
     * {@code L} such that a group of rows whose raw values all lie in {@code [-L, L)} cannot
     * overflow and divides within the exact range of a {@code double} (0 for an absent column);
     * and the factors, negated for a lower-is-better line so that one loop serves both
     * directions. {@code fast} is false when the line cannot take that path (a ratio curve, a
     * two-slope curve whose maximum is below 100, an absent threshold, a scale too fine).
     */
    private final boolean fast;
    /** Whether attainments can take the plain path: the fact and the plan in range. */
    private final boolean fastAttainment;
    private final long factLimit;
    private final long baseLimit;
    private final long planLimit;
    private final long targetLimit;
    private final long signedFactFactor;
    /**
     * The thresholds as the plain path reads them, {@code array[row] * factor + offset}, without
     * a test for an absent column: a column gives its values with the signed factor and offset 0;
     * an absent one gives the template's signed value as offset, with factor 0 over the fact
     * column as a stand-in array (whose limit check then repeats the fact's).
     */
    private final long[] baseValues;
    private final long baseCheckLimit;
    private final long planCheckLimit;
    private final long targetCheckLimit;
    private final long baseScale;
    private final long baseOffset;
    private final long[] planValues;
    private final long planScale;
    private final long planOffset;
    private final long[] targetValues;
    private final long targetScale;
    private final long targetOffset;

    private KernelLine(int kind, boolean higher, boolean negativeAllowed, long hundred, long[] fact, long factFactor,
            long @Nullable [] base, long baseFactor, long @Nullable [] plan, long planFactor,
            long @Nullable [] target, long targetFactor, long templateBase,
            long templatePlan, long templateTarget, boolean hasCap, long cap,
            long slopeDividend, long slopeDivisor) {
        this.kind = kind;
        this.higher = higher;
        this.negativeFactMask = negativeAllowed ? 0 : Long.MIN_VALUE;
        this.hundred = hundred;
        this.fact = fact;
        this.factFactor = factFactor;
        this.base = base;
        this.baseFactor = baseFactor;
        this.plan = plan;
        this.planFactor = planFactor;
        this.target = target;
        this.targetFactor = targetFactor;
        this.templateBase = templateBase;
        this.templatePlan = templatePlan;
        this.templateTarget = templateTarget;
        this.hasCap = hasCap;
        this.cap = cap;
        this.slopeDividend = slopeDividend;
        this.slopeDivisor = slopeDivisor;
        // The largest magnitude M of a scaled value for which every product and difference of the
        // plain path, at most 2M times the largest multiplier, stays below 2^52.
        long multiplier = Math.max(hundred, Math.max(Math.abs(slopeDividend), slopeDivisor));
        long magnitude = (ScaledMath.EXACT_DOUBLE - 1) / (2 * multiplier);
        long sign = higher ? 1 : -1;
        this.factLimit = limit(fact.length > 0 ? fact : null, factFactor, magnitude);
        this.baseLimit = limit(base, baseFactor, magnitude);
        this.planLimit = limit(plan, planFactor, magnitude);
        this.targetLimit = limit(target, targetFactor, magnitude);
        this.signedFactFactor = sign * factFactor;
        this.baseValues = base == null ? fact : base;
        this.baseCheckLimit = base == null ? factLimit : baseLimit;
        this.planCheckLimit = plan == null ? factLimit : planLimit;
        this.targetCheckLimit = target == null ? factLimit : targetLimit;
        this.baseScale = base == null ? 0 : sign * baseFactor;
        this.baseOffset = base == null && templateBase != ABSENT ? sign * templateBase : 0;
        this.planValues = plan == null ? fact : plan;
        this.planScale = plan == null ? 0 : sign * planFactor;
        this.planOffset = plan == null ? sign * templatePlan : 0;
        this.targetValues = target == null ? fact : target;
        this.targetScale = target == null ? 0 : sign * targetFactor;
        this.targetOffset = target == null && templateTarget != ABSENT ? sign * templateTarget : 0;
        this.fastAttainment = fact.length > 0 && factLimit > 0 && present(plan, planLimit, templatePlan, magnitude);
        this.fast = (kind == LINEAR || kind == TWO_SLOPE && slopeDividend >= 0 && cap >= hundred)
                && fact.length > 0 && factLimit > 0
                && present(base, baseLimit, templateBase, magnitude)
                && present(plan, planLimit, templatePlan, magnitude)
                && present(target, targetLimit, templateTarget, magnitude);
    }

    /** The raw limit of a column: the largest power of two L with L × factor ≤ magnitude, or 0. */
    private static long limit(long @Nullable [] column, long factor, long magnitude) {
        return column == null || factor > magnitude ? 0 : Long.highestOneBit(magnitude / factor);
    }

    /** Whether a threshold is always present and in range: a column in range, or a template value. */
    private static boolean present(long @Nullable [] column, long limit, long template, long magnitude) {
        if (column != null) {
            return limit > 0;
        }
        return template != ABSENT && Math.abs(template) <= magnitude;
    }

    /**
     * Compiles a line, or returns null if the kernel cannot compute it (a step or custom curve, a
     * rounding mode other than HALF_UP, scales beyond 18 digits, values beyond a {@code long}).
     */
    static @Nullable KernelLine compile(ScorecardLine line, LineColumns columns, Precision precision) {
        if (precision.indexRounding() != RoundingMode.HALF_UP || precision.indexScale() + 2 > ScaledMath.MAX_POWER) {
            return null;
        }
        ScoringCurve curve = line.curve();
        int kind;
        if (curve instanceof RatioCurve) {
            kind = RATIO;
        } else if (curve instanceof LinearCurve) {
            kind = LINEAR;
        } else if (curve instanceof TwoSlopeCurve) {
            kind = TWO_SLOPE;
        } else {
            return null;
        }
        Thresholds thresholds = line.thresholds();
        int scale = scaleOf(thresholds.plan());
        scale = Math.max(scale, thresholds.base() == null ? 0 : scaleOf(thresholds.base()));
        scale = Math.max(scale, thresholds.target() == null ? 0 : scaleOf(thresholds.target()));
        for (Column column : new Column[] {columns.fact(), columns.base(), columns.plan(), columns.target()}) {
            if (column != null) {
                scale = Math.max(scale, column.scale());
            }
        }
        if (scale > ScaledMath.MAX_POWER) {
            return null;
        }
        try {
            int s = precision.indexScale();
            long hundred = ScaledMath.pow10(s + 2);
            boolean hasCap = false;
            long cap = 0;
            long slopeDividend = 0;
            long slopeDivisor = 1;
            if (kind == RATIO || kind == LINEAR) {
                BigDecimal c = kind == RATIO ? ((RatioCurve) curve).cap() : ((LinearCurve) curve).cap();
                if (c != null) {
                    hasCap = true;
                    cap = precision.roundIndex(c).unscaledValue().longValueExact();
                }
            } else {
                BigDecimal max = ((TwoSlopeCurve) curve).maxIndex();
                hasCap = true;
                cap = precision.roundIndex(max).unscaledValue().longValueExact();
                BigDecimal slope = Decimals.normalise(max.subtract(Decimals.HUNDRED));
                if (slope.scale() > ScaledMath.MAX_POWER) {
                    return null;
                }
                slopeDividend = Math.multiplyExact(slope.unscaledValue().longValueExact(), ScaledMath.pow10(s));
                slopeDivisor = ScaledMath.pow10(slope.scale());
            }
            Column f = columns.fact();
            return new KernelLine(kind, line.indicator().isHigherBetter(), line.indicator().unit().allowsNegative(), hundred,
                    f == null ? NO_VALUES : f.unscaled(), f == null ? 1 : factor(f, scale),
                    values(columns.base()), factor(columns.base(), scale),
                    values(columns.plan()), factor(columns.plan(), scale),
                    values(columns.target()), factor(columns.target(), scale),
                    unscaled(thresholds.base(), scale), unscaled(thresholds.plan(), scale),
                    unscaled(thresholds.target(), scale),
                    hasCap, cap, slopeDividend, slopeDivisor);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static int scaleOf(BigDecimal value) {
        return Decimals.normalise(value).scale();
    }

    private static long @Nullable [] values(@Nullable Column column) {
        return column == null ? null : column.unscaled();
    }

    private static long factor(@Nullable Column column, int scale) {
        return column == null ? 1 : ScaledMath.pow10(scale - column.scale());
    }

    private static long unscaled(@Nullable BigDecimal value, int scale) {
        if (value == null) {
            return ABSENT;
        }
        long v = value.setScale(scale).unscaledValue().longValueExact();
        if (v == ABSENT) {
            throw new ArithmeticException("out of range");
        }
        return v;
    }

    /**
     * Returns whether a template's weighted sum of indices, each below 2^31, cannot overflow.
     *
     * @param weights the template's weights, unscaled
     * @return true if every weight is below 2^24 in magnitude and there are at most 256 lines
     */
    static boolean plainSums(long[] weights) {
        boolean plain = weights.length <= PLAIN_LINES;
        for (long weight : weights) {
            plain &= Math.abs(weight) < PLAIN_WEIGHT;
        }
        return plain;
    }

    /** Returns whether the batch has a fact column for this line. */
    boolean hasFacts() {
        return fact.length > 0;
    }

    /**
     * Scores this line for a group of rows: writes each row's index into its slot {@code line} of
     * {@code indices} and adds weight × index to the row's sum; a row this line cannot decide is
     * marked in {@code undecided} (and skipped by the later lines).
     *
     * @param rows the rows, the first {@code count} used
     * @param count the number of rows
     * @param indices the index column of the results, {@code width} slots per row
     * @param width the number of slots per row
     * @param line this line's slot
     * @param weight this line's weight, unscaled at the template's weight scale
     * @param sums the rows' running sums of weight × index
     * @param undecided the rows that need the object path
     * @param plainSums whether the template's weights are small enough for sums without overflow
     *     checks ({@link #plainSums(long[])})
     * @param scratch scratch for the rows' indices, as long as {@code rows}
     */
    void score(int[] rows, int count, int[] indices, int width, int line, long weight, long[] sums, boolean[] undecided,
            boolean plainSums, long[] scratch) {
        if (fast && plainSums && count > 0 && scoreInRange(rows, count, indices, width, line, weight, sums, undecided, scratch)) {
            return;
        }
        // Read the fact and thresholds, check their order, score the curve: one loop, compiled as one piece.
        for (int i = 0; i < count; i++) {
            if (undecided[i]) {
                continue;
            }
            int row = rows[i];
            try {
                long f = fact[row];
                if (f <= Column.OBJECT || (f & negativeFactMask) != 0) {
                    // A sentinel, or a negative fact the unit refuses: the object path decides.
                    undecided[i] = true;
                    continue;
                }
                f = Math.multiplyExact(f, factFactor);
                long p = read(plan, row, planFactor, templatePlan);
                long b = read(base, row, baseFactor, templateBase);
                long t = read(target, row, targetFactor, templateTarget);
                if ((b != ABSENT && (b == p || (higher ? b > p : b < p))) || (t != ABSENT && (higher ? t <= p : t >= p))) {
                    undecided[i] = true;
                    continue;
                }
                long index = kind == TWO_SLOPE ? twoSlope(f, baseOrZero(b, p), p, t)
                        : kind == RATIO ? ratio(f, b, p, t) : linear(f, baseOrZero(b, p), p, t);
                if (index < 0 || index > Integer.MAX_VALUE) {
                    undecided[i] = true;
                } else {
                    indices[row * width + line] = (int) index;
                    sums[i] = Math.addExact(sums[i], Math.multiplyExact(index, weight));
                }
            } catch (ArithmeticException | ObjectPathSignal e) {
                undecided[i] = true;
            }
        }
    }

    /**
     * Returns whether every value of a column at the group's rows lies in {@code [-limit, limit)}:
     * it sets a high bit for a value out of range or a sentinel; over consecutive rows, a loop
     * that compiles to vector instructions.
     */
    private static boolean inRange(long @Nullable [] column, long limit, int[] rows, int count, int first,
            boolean consecutive) {
        if (column == null) {
            return true;
        }
        // v in [-L, L) exactly when v + L in [0, 2L): no bit at or above 2L, no sign bit.
        long bits = 0;
        if (consecutive) {
            for (int row = first; row < first + count; row++) {
                bits |= column[row] + limit;
            }
        } else {
            for (int i = 0; i < count; i++) {
                bits |= column[rows[i]] + limit;
            }
        }
        return (bits & -(limit << 1)) == 0;
    }

    /**
     * The scoring loop of a two-slope or linear line, in plain arithmetic: the same results as
     * {@link #score} for a group whose raw values all lie within the columns' limits. The
     * loop computes every row's index into {@code scratch} while it checks the limits on the
     * values it reads; only if all were within them are the indices and sums written, otherwise
     * nothing is, and the group takes the checked loop. A lower-is-better line reads its values
     * negated, which turns its order into the higher-is-better one and leaves every quotient
     * unchanged.
     *
     * @return whether the group was scored
     */
    private boolean scoreInRange(int[] rows, int count, int[] indices, int width, int line, long weight, long[] sums,
            boolean[] undecided, long[] scratch) {
        long[] fact = this.fact;
        long[] base = baseValues;
        long[] plan = planValues;
        long[] target = targetValues;
        long ff = signedFactFactor;
        long bf = baseScale;
        long bo = baseOffset;
        long pf = planScale;
        long po = planOffset;
        long tf = targetScale;
        long to = targetOffset;
        long fl = factLimit;
        long bl = baseCheckLimit;
        long pl = planCheckLimit;
        long tl = targetCheckLimit;
        long hundred = this.hundred;
        long cap = this.cap;
        boolean capped = hasCap;
        boolean twoSlope = kind == TWO_SLOPE;
        long slopeDividend = this.slopeDividend;
        long slopeDivisor = this.slopeDivisor;
        long negativeFact = negativeFactMask;
        int first = rows[0];
        boolean consecutive = rows[count - 1] - first == count - 1;
        // v in [-L, L) exactly when v + L in [0, 2L): no bit at or above 2L, no sign bit.
        long factBits = 0;
        long baseBits = 0;
        long planBits = 0;
        long targetBits = 0;
        for (int i = 0; i < count; i++) {
            if (undecided[i]) {
                continue;
            }
            int row = consecutive ? first + i : rows[i];
            long fv = fact[row];
            long bv = base[row];
            long pv = plan[row];
            long tv = target[row];
            factBits |= fv + fl;
            baseBits |= bv + bl;
            planBits |= pv + pl;
            targetBits |= tv + tl;
            long f = fv * ff;
            long b = bv * bf + bo;
            long p = pv * pf + po;
            long t = tv * tf + to;
            long index;
            if (twoSlope) {
                // Whether a fact is above plan is a coin toss for the processor: both segments are
                // set up and one is selected by a mask, all ones when above. Below plan the index
                // is at most 100 and above it at least 100, so one clamp to [0, cap] serves both;
                // a negative dividend (a fact below base) gives 0 either way.
                long above = (p - f) >> 63;
                long dividend = ((f - p) * slopeDividend & above) | ((f - b) * hundred & ~above);
                long divisor = ((t - p) * slopeDivisor & above) | ((p - b) & ~above);
                index = Math.min(ScaledMath.divideNonNegativeHalfUp(Math.max(dividend, 0), divisor) + (hundred & above), cap);
            } else {
                long span = p - b;
                index = ScaledMath.divideNonNegativeHalfUp(Math.max((f - b) * hundred, 0), span);
                if (capped && index > cap) {
                    index = cap;
                }
                index = Math.min(index, ScaledMath.divideNonNegativeHalfUp((t - b) * hundred, span));
            }
            // Thresholds.validateFor, in the higher-is-better order: base < plan < target; a row
            // out of order, or an index beyond an int, is marked -1, by a mask rather than a
            // branch (every value here is below 2^52, so the differences cannot overflow).
            // A negative fact that the unit refuses is marked the same way.
            long outOfOrder = ((p - b - 1) | (t - p - 1) | (Integer.MAX_VALUE - index) | (fv & negativeFact)) >> 63;
            scratch[i] = index | outOfOrder;
        }
        if (((factBits & -(fl << 1)) | (baseBits & -(bl << 1)) | (planBits & -(pl << 1))
                | (targetBits & -(tl << 1))) != 0) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!undecided[i]) {
                long index = scratch[i];
                if (index < 0) {
                    undecided[i] = true;
                } else {
                    indices[(consecutive ? first + i : rows[i]) * width + line] = (int) index;
                    // index < 2^31 and every weight below 2^24: the sum cannot overflow.
                    sums[i] += index * weight;
                }
            }
        }
        return true;
    }

    /**
     * Reads a row's threshold: the column's value when it holds one, else the template's.
     *
     * @throws ObjectPathSignal if the value is one only the source can give
     * @throws ArithmeticException on overflow
     */
    private static long read(long @Nullable [] column, int row, long factor, long template) {
        if (column == null) {
            return template;
        }
        long v = column[row];
        if (v == Column.MISSING) {
            return template;
        }
        if (v == Column.OBJECT) {
            throw ObjectPathSignal.INSTANCE;
        }
        long scaled = Math.multiplyExact(v, factor);
        if (scaled == ABSENT) {
            throw ObjectPathSignal.INSTANCE;
        }
        return scaled;
    }

    /** Curves.baseOrZero: an absent base counts as 0 when higher is better and the plan is positive. */
    private long baseOrZero(long b, long p) {
        if (b != ABSENT) {
            return b;
        }
        if (!higher || p <= 0) {
            throw ObjectPathSignal.INSTANCE;
        }
        return 0;
    }

    /**
     * Computes the plan attainments of a group of rows into {@code measures}, as
     * {@link #attainment(int)} does; a row it cannot decide is marked in {@code undecided}.
     *
     * @param rows the rows, the first {@code count} used
     * @param count the number of rows
     * @param measures where to write the attainments, by position in the group
     * @param undecided the rows that need the object path
     */
    void attainments(int[] rows, int count, long[] measures, boolean[] undecided) {
        if (fastAttainment && count > 0) {
            int first = rows[0];
            boolean consecutive = rows[count - 1] - first == count - 1;
            if (inRange(fact, factLimit, rows, count, first, consecutive)
                    && inRange(plan, planLimit, rows, count, first, consecutive)) {
                attainmentsInRange(rows, count, measures, undecided);
                return;
            }
        }
        for (int i = 0; i < count; i++) {
            if (!undecided[i]) {
                try {
                    measures[i] = attainment(rows[i]);
                } catch (ArithmeticException | ObjectPathSignal e) {
                    undecided[i] = true;
                }
            }
        }
    }

    /** The plain path of {@link #attainments}: every fact and plan of the group is within the limits. */
    private void attainmentsInRange(int[] rows, int count, long[] measures, boolean[] undecided) {
        long[] fact = this.fact;
        long @Nullable [] plan = this.plan;
        long hundred = this.hundred;
        for (int i = 0; i < count; i++) {
            if (undecided[i]) {
                continue;
            }
            int row = rows[i];
            long f = fact[row] * factFactor;
            long p = plan == null ? templatePlan : plan[row] * planFactor;
            if (p <= 0) {
                undecided[i] = true;
            } else if (!higher && f <= 0) {
                measures[i] = UNBOUNDED_BEST;
            } else {
                measures[i] = higher ? ScaledMath.divideSmallHalfUp(f * hundred, p) : ScaledMath.divideSmallHalfUp(p * hundred, f);
            }
        }
    }

    /**
     * Computes the plan attainment of one row in percent, unscaled at the index scale, as
     * {@code org.kpiengine.internal.Attainment} defines it: fact × 100 / plan when higher is better, plan × 100 / fact
     * when lower is better, rounded HALF_UP, neither floored nor capped; {@link #UNBOUNDED_BEST}
     * for a lower-is-better fact of 0 or less.
     *
     * @throws ObjectPathSignal if the plan is not positive or a value is absent
     * @throws ArithmeticException on overflow
     */
    long attainment(int row) {
        long f = fact[row];
        if (f <= Column.OBJECT) {
            throw ObjectPathSignal.INSTANCE;
        }
        f = Math.multiplyExact(f, factFactor);
        long p = read(plan, row, planFactor, templatePlan);
        if (p <= 0) {
            throw ObjectPathSignal.INSTANCE;
        }
        if (higher) {
            return ScaledMath.divideHalfUp(Math.multiplyExact(f, hundred), p);
        }
        if (f <= 0) {
            return UNBOUNDED_BEST;
        }
        return ScaledMath.divideHalfUp(Math.multiplyExact(p, hundred), f);
    }

    /**
     * RatioCurve.index: 0 at or worse than a base; the ratio capped at the lower of the configured
     * cap and the target's ratio; an inverted ratio's fact of 0 or less reaches that cap. A plan
     * of 0 or less, or a lower-is-better target of 0 or less, goes to the object path, which
     * refuses it.
     */
    private long ratio(long f, long b, long p, long t) {
        if (p <= 0 || !higher && t != ABSENT && t <= 0) {
            // RatioCurve.validate refuses these thresholds; the object path reports it.
            return OBJECT_PATH;
        }
        if (b != ABSENT && (higher ? f <= b : f >= b)) {
            return 0;
        }
        boolean capped = hasCap;
        long max = cap;
        if (t != ABSENT && t > 0) {
            long targetIndex = higher
                    ? ScaledMath.divideHalfUp(Math.multiplyExact(t, hundred), p)
                    : ScaledMath.divideHalfUp(Math.multiplyExact(p, hundred), t);
            max = capped ? Math.min(max, targetIndex) : targetIndex;
            capped = true;
        }
        long r;
        if (higher) {
            r = ScaledMath.divideHalfUp(Math.multiplyExact(f, hundred), p);
        } else {
            if (f <= 0) {
                return capped ? max : OBJECT_PATH;
            }
            r = ScaledMath.divideHalfUp(Math.multiplyExact(p, hundred), f);
        }
        if (r < 0) {
            return 0;
        }
        return capped && r > max ? max : r;
    }

    private long linear(long f, long b, long p, long t) {
        long span = Math.subtractExact(p, b);
        long r = ScaledMath.divideHalfUp(Math.multiplyExact(Math.subtractExact(f, b), hundred), span);
        if (r < 0) {
            return 0;
        }
        if (hasCap && r > cap) {
            r = cap;
        }
        if (t != ABSENT) {
            long max = ScaledMath.divideHalfUp(Math.multiplyExact(Math.subtractExact(t, b), hundred), span);
            if (r > max) {
                r = max;
            }
        }
        return r;
    }

    private long twoSlope(long f, long b, long p, long t) {
        if (t == ABSENT) {
            throw ObjectPathSignal.INSTANCE;
        }
        // Both segments are set up and one is selected without a branch: whether a fact is above
        // plan is a coin toss for the processor, and one division is cheaper than a misprediction.
        boolean above = higher ? f > p : f < p;
        long belowDividend = Math.multiplyExact(Math.subtractExact(f, b), hundred);
        long belowDivisor = Math.subtractExact(p, b);
        long aboveDividend = Math.multiplyExact(Math.subtractExact(f, p), slopeDividend);
        long aboveDivisor = Math.multiplyExact(Math.subtractExact(t, p), slopeDivisor);
        long r = ScaledMath.divideHalfUp(above ? aboveDividend : belowDividend, above ? aboveDivisor : belowDivisor)
                + (above ? hundred : 0);
        return above ? Math.min(r, cap) : Math.max(r, 0);
    }
}
