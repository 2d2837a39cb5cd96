package org.kpiengine.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kpiengine.Precision;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.internal.CurveFormula;
import org.kpiengine.internal.CurveFormula.Kind;
import org.kpiengine.internal.CurveFormula.Requirement;
import org.kpiengine.internal.CurveFormula.Threshold;
import org.kpiengine.internal.Decimals;
import org.kpiengine.internal.ScaledPieces;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * One scorecard line compiled for the kernel: its curve's {@link CurveFormula} (the one
 * definition the curve record evaluates) brought to scaled constants (a formula of pieces as its
 * {@link ScaledPieces}, the one evaluation on longs the object API uses too), its template
 * thresholds and the batch's columns, all at one common scale, so that the index of a row is a few
 * exact {@code long} operations. Every built-in curve compiles; an integrator's custom curve does not.
 * Anything a row cannot be decided with (an invalid threshold, a missing or unrepresentable value,
 * an overflow) hands the row to the object path, by returning {@link #OBJECT_PATH} or marking it.
 *
 * <p>Two loops read the compiled formula. The checked loop evaluates any formula for any value
 * ({@link ScaledPieces#index}, every operation exact), with any rounding mode. The plain loops, for {@code HALF_UP}
 * and a group whose values lie within limits computed at batch start, where no product can
 * overflow, compute formulas of the layout each is written for ({@link #LINES}: a line from the
 * base over plan − base, then optionally a second from the plan over target − plan, the linear and
 * two-slope curves; {@link #RATIO}: 0 up to the base, then the fact over the plan; {@link #BAND}:
 * pieces measured from the plan, the target band) without a branch
 * per row, with the slopes, addends and caps read from the same compiled pieces; a formula of
 * another layout simply does not take them.
 */
final class KernelLine {

    /**
     * The index value that asks for the object path; real indices are never negative. It is the
     * compiled pieces' {@link ScaledPieces#UNDECIDED}, which the checked loop passes on as it is.
     */
    static final long OBJECT_PATH = ScaledPieces.UNDECIDED;
    /**
     * The attainment of a lower-is-better line at a fact of 0 or less: above every bound, so it
     * reaches every gate level and the top tier. Only compared, never used in arithmetic.
     */
    static final long UNBOUNDED_BEST = Long.MAX_VALUE;

    private static final long[] NO_VALUES = new long[0];
    /**
     * Below this magnitude of every weight the plain path adds weight × index without overflow
     * checks: an index below 2^31 times a weight below 2^24 is below 2^55, and the sum of up to
     * 256 lines stays below 2^63.
     */
    private static final long PLAIN_WEIGHT = 1L << 24;
    private static final int PLAIN_LINES = 256;
    /** Marks an absent base or target; no scaled value equals it (the compiled pieces' mark). */
    private static final long ABSENT = ScaledPieces.ABSENT;

    private final boolean higher;
    /**
     * {@code Long.MIN_VALUE} when the indicator's unit refuses a negative fact (a count, a
     * duration), else 0: ANDed with a raw fact it leaves the sign bit of a fact the scorecard
     * refuses, which sends the row to the object path and its error.
     */
    private final long negativeFactMask;
    private final RoundingMode rounding;
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
    private final Formula formula;
    /**
     * The plain loops: the layout of the line's pieces they are written for ({@link #LINES},
     * {@link #RATIO}, {@link #BAND}, {@link #LOWER_RATIO}, or 0 when the line cannot take them: another layout, another rounding mode,
     * a threshold absent where the layout needs it, a scale too fine); per column the power of
     * two {@code L} such that a group of rows whose raw values all lie in {@code [-L, L)} cannot
     * overflow and divides within the exact range of a {@code double} (0 for an absent column);
     * and the factors, negated for a lower-is-better line so that one loop serves both directions.
     */
    private final int layout;
    /** All ones when the plain loops check target > plan, 0 when the line has no target at all. */
    private final long targetCheck;
    /** All ones when the band loop checks base < plan, 0 when the line has no base at all. */
    private final long baseCheck;
    /** Whether the plain loops cap at the index at the target: the formula says so and there is a target. */
    private final boolean plainCapAtTarget;
    /** Whether attainments can take the plain path: HALF_UP, the fact and the plan in range. */
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
    /**
     * The smallest of the four limits above: the plain loops hold every value they read against
     * it, in one accumulator, and only a group that fails that test is checked column by column.
     */
    private final long commonLimit;
    private final long baseScale;
    private final long baseOffset;
    private final long[] planValues;
    private final long planScale;
    private final long planOffset;
    private final long[] targetValues;
    private final long targetScale;
    private final long targetOffset;

    private KernelLine(boolean higher, boolean negativeAllowed, RoundingMode rounding, long hundred, long[] fact,
            long factFactor, long @Nullable [] base, long baseFactor, long @Nullable [] plan, long planFactor,
            long @Nullable [] target, long targetFactor, long templateBase, long templatePlan, long templateTarget,
            Formula formula) {
        this.higher = higher;
        this.negativeFactMask = negativeAllowed ? 0 : Long.MIN_VALUE;
        this.rounding = rounding;
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
        this.formula = formula;
        boolean halfUp = rounding == RoundingMode.HALF_UP;
        // The largest magnitude M of a scaled value for which every product and difference of the
        // plain path, at most 2M times the largest multiplier, stays below 2^51 (ScaledMath.PLAIN_OPERAND).
        long multiplier = formula instanceof Pieces pieces ? pieces.largestMultiplier(hundred) : hundred;
        long magnitude = (ScaledMath.PLAIN_OPERAND - 1) / (2 * multiplier);
        int plainLayout = halfUp && formula instanceof Pieces pieces ? pieces.plainLayout(higher) : 0;
        if (plainLayout == BAND) {
            // The band loop multiplies (fact − plan − anchor offset), below 2M + |offset|, by a
            // slope: with values and offsets within M/2 the product stays below 3M/2 × multiplier.
            magnitude /= 2;
            if (!((Pieces) formula).offsetsWithin(magnitude)) {
                plainLayout = 0;
            }
        }
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
        this.commonLimit = Math.min(Math.min(factLimit, baseCheckLimit), Math.min(planCheckLimit, targetCheckLimit));
        this.baseScale = base == null ? 0 : sign * baseFactor;
        this.baseOffset = base == null && templateBase != ABSENT ? sign * templateBase : 0;
        this.planValues = plan == null ? fact : plan;
        this.planScale = plan == null ? 0 : sign * planFactor;
        this.planOffset = plan == null ? sign * templatePlan : 0;
        this.targetValues = target == null ? fact : target;
        this.targetScale = target == null ? 0 : sign * targetFactor;
        this.targetOffset = target == null && templateTarget != ABSENT ? sign * templateTarget : 0;
        this.fastAttainment = halfUp && fact.length > 0 && factLimit > 0 && present(plan, planLimit, templatePlan, magnitude);
        // An absent base or target (no column, none in the template) reads 0 in the plain loops:
        // a base of 0 is what the layouts mean by none when higher is better (the linear base, the
        // ratio's floor), and an absent target is never read when the formula does not need one.
        boolean noBase = base == null && templateBase == ABSENT;
        boolean noTarget = target == null && templateTarget == ABSENT;
        boolean ready = fact.length > 0 && factLimit > 0
                && (present(base, baseLimit, templateBase, magnitude)
                        || noBase && (higher || plainLayout == BAND || plainLayout == LOWER_RATIO))
                && present(plan, planLimit, templatePlan, magnitude)
                && (present(target, targetLimit, templateTarget, magnitude) || noTarget && !formula.needsTarget);
        this.layout = ready ? plainLayout : 0;
        this.targetCheck = noTarget ? 0 : -1;
        this.baseCheck = noBase ? 0 : -1;
        this.plainCapAtTarget = formula instanceof Pieces pieces && pieces.form.capAtTarget() >= 0 && !noTarget;
    }

    /** The plain layout of a base line and a second line from the plan on: linear and two-slope curves. */
    private static final int LINES = 1;
    /** The plain layout of 0 up to the base, then fact × slope / plan: the higher-is-better ratio. */
    private static final int RATIO = 2;
    /**
     * The plain layout of pieces measured from the plan: each piece starts at the plan plus an
     * offset, and is a constant or a line anchored at the plan plus an offset over a constant span,
     * so that the index depends on fact − plan alone: the target band.
     */
    private static final int BAND = 3;
    /**
     * The plain layout of the inverted ratio: lower is better, 0 at or beyond the base, below it
     * plan × slope / (fact × divisor), and at a fact of 0 or less the cap (the lower of a constant
     * and the same quotient at the target): the lower-is-better ratio.
     */
    private static final int LOWER_RATIO = 4;

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
     * Compiles a line, or returns null if the kernel cannot compute it (a custom curve, an index
     * scale beyond 16, scales beyond 18 digits, values or constants beyond a {@code long}).
     */
    static @Nullable KernelLine compile(ScorecardLine line, LineColumns columns, Precision precision) {
        if (precision.indexScale() + 2 > ScaledMath.MAX_POWER) {
            return null;
        }
        boolean higher = line.indicator().isHigherBetter();
        CurveFormula curve = CurveFormula.of(line.curve(), higher);
        if (curve == null) {
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
        if (curve instanceof CurveFormula.Pieces pieces) {
            scale = Math.max(scale, pieces.offsetScale());
        }
        if (scale > ScaledMath.MAX_POWER) {
            return null;
        }
        try {
            Formula formula = curve instanceof CurveFormula.Pieces pieces
                    ? Pieces.compile(pieces, scale, precision)
                    : Table.compile((CurveFormula.Steps) curve, scale, precision);
            if (formula == null) {
                return null;
            }
            Column f = columns.fact();
            return new KernelLine(higher, line.indicator().unit().allowsNegative(), precision.indexRounding(),
                    ScaledMath.pow10(precision.indexScale() + 2),
                    f == null ? NO_VALUES : f.unscaled(), f == null ? 1 : factor(f, scale),
                    values(columns.base()), factor(columns.base(), scale),
                    values(columns.plan()), factor(columns.plan(), scale),
                    values(columns.target()), factor(columns.target(), scale),
                    unscaled(thresholds.base(), scale), unscaled(thresholds.plan(), scale),
                    unscaled(thresholds.target(), scale), formula);
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
     * Scores this line for a group of rows: writes each row's index into {@code indices} at
     * {@code slot + row} and adds weight × index to the row's sum; a row this line cannot decide is
     * marked in {@code undecided} (and skipped by the later lines).
     *
     * @param rows the rows, the first {@code count} used
     * @param count the number of rows
     * @param indices the indices of the results' chunk, line by line ({@link Results.Chunk#slot})
     * @param slot where this line's index of row 0 would be: its index of a row is at {@code slot + row}
     * @param weight this line's weight, unscaled at the template's weight scale
     * @param sums the rows' running sums of weight × index
     * @param undecided the rows that need the object path
     * @param plainSums whether the template's weights are small enough for sums without overflow
     *     checks ({@link #plainSums(long[])})
     * @param scratch scratch for the rows' indices, as long as {@code rows}
     */
    void score(int[] rows, int count, int[] indices, int slot, long weight, long[] sums,
            boolean[] undecided, boolean plainSums, long[] scratch) {
        if (layout != 0 && plainSums && count > 0
                && (layout == LINES
                                ? scoreInRange(rows, count, indices, slot, weight, sums, undecided, scratch)
                        : layout == RATIO
                                ? scoreRatioInRange(rows, count, indices, slot, weight, sums, undecided, scratch)
                        : layout == LOWER_RATIO
                                ? scoreLowerRatioInRange(rows, count, indices, slot, weight, sums, undecided,
                                        scratch)
                        : scoreBandInRange(rows, count, indices, slot, weight, sums, undecided, scratch))) {
            return;
        }
        // Read the fact and thresholds, check their order and what the formula needs, score it.
        Formula formula = this.formula;
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
                if ((b != ABSENT && (b == p || (higher ? b > p : b < p))) || (t != ABSENT && (higher ? t <= p : t >= p))
                        || !formula.accepts(higher, b, p, t)) {
                    // Thresholds.validateFor and the curve's validate refuse these; the object path says why.
                    undecided[i] = true;
                    continue;
                }
                long index = formula.index(f, b, p, t);
                if (index < 0 || index > Integer.MAX_VALUE) {
                    undecided[i] = true;
                } else {
                    indices[slot + row] = (int) index;
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
     * The plain loop, for a formula of the linear and two-slope layout ({@link Pieces#plainLayout}, {@link #LINES}):
     * the same results as {@link #score} for a group whose raw values all lie within the columns'
     * limits. Its slopes, the second piece's start and addend, the cap and the cap at the target
     * are read from the compiled pieces. The loop computes every row's index into {@code scratch}
     * while it checks the limits on the values it reads; only if all were within them are the
     * indices and sums written, otherwise nothing is, and the group takes the checked loop. A
     * lower-is-better line reads its values negated, which turns its order into the
     * higher-is-better one and leaves every quotient unchanged.
     *
     * @return whether the group was scored
     */
    private boolean scoreInRange(int[] rows, int count, int[] indices, int slot, long weight,
            long[] sums, boolean[] undecided, long[] scratch) {
        Pieces pieces = (Pieces) formula;
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
        long limit = commonLimit;
        // Piece 0: (f − b) × m0 / ((p − b) × k0); piece 1, from the plan on: a1 + (f − p) × m1 / ((t − p) × k1).
        ScaledPieces form = pieces.form;
        long m0 = form.slopeDividend(0);
        long k0 = form.slopeDivisor(0);
        boolean two = form.count() == 2;
        long m1 = two ? form.slopeDividend(1) : 0;
        long k1 = two ? form.slopeDivisor(1) : 1;
        long a1 = two ? form.add(1) : 0;
        long inclusive1 = two && form.startInclusive(1) ? 1 : 0;
        long cap = form.cap();
        boolean capAtTarget = plainCapAtTarget;
        long targetCheck = this.targetCheck;
        long negativeFact = negativeFactMask;
        int first = rows[0];
        boolean consecutive = rows[count - 1] - first == count - 1;
        // v in [-L, L) exactly when v + L in [0, 2L): no bit at or above 2L, no sign bit.
        long bits = 0;
        long marks = 0; // any row's mark: negative if a row is marked, or was undecided before this line
        for (int i = 0; i < count; i++) {
            if (undecided[i]) {
                marks = -1;
                continue;
            }
            int row = consecutive ? first + i : rows[i];
            long fv = fact[row];
            long bv = base[row];
            long pv = plan[row];
            long tv = target[row];
            bits |= (fv + limit) | (bv + limit) | (pv + limit) | (tv + limit);
            long f = fv * ff;
            long b = bv * bf + bo;
            long p = pv * pf + po;
            long t = tv * tf + to;
            // Whether a fact is past the second piece's start is a coin toss for the processor:
            // both pieces are set up and one is selected by a mask, all ones for the second. In
            // this layout the first piece's addend is 0 and the second's quotient is not negative,
            // so a negative dividend (a fact below base) gives 0 before or after the division.
            // (A test of a value fixed for the whole loop, such as two, is taken out of it by the compiler.)
            long span = (p - b) * k0;
            long index;
            if (two) {
                long above = (p - f - inclusive1) >> 63;
                long dividend = ((f - p) * m1 & above) | ((f - b) * m0 & ~above);
                long divisor = ((t - p) * k1 & above) | (span & ~above);
                index = Math.min(ScaledMath.divideNonNegativeHalfUp(ScaledMath.atLeastZero(dividend), divisor) + (a1 & above), cap);
            } else {
                index = Math.min(ScaledMath.divideNonNegativeHalfUp(ScaledMath.atLeastZero((f - b) * m0), span), cap);
            }
            if (capAtTarget) {
                index = Math.min(index, ScaledMath.divideNonNegativeHalfUp((t - b) * m0, span));
            }
            // Thresholds.validateFor, in the higher-is-better order: base < plan < target; a row
            // out of order, or an index beyond an int, is marked -1, by a mask rather than a
            // branch (every value here is below 2^51, so the differences cannot overflow).
            // A negative fact that the unit refuses is marked the same way.
            long outOfOrder = ((p - b - 1) | (t - p - 1 & targetCheck) | (Integer.MAX_VALUE - index) | (fv & negativeFact)) >> 63;
            long value = index | outOfOrder;
            scratch[i] = value;
            marks |= value;
        }
        return writeInRange(rows, count, indices, slot, weight, sums, undecided, scratch, bits, marks);
    }

    /**
     * The plain loop for a formula of the ratio layout ({@link Pieces#plainLayout}, {@link #RATIO}):
     * 0 at or below the base, else fact × slope / (plan × divisor), capped at a constant and at the
     * same quotient at the target; the same results as {@link #score} for a group whose raw values
     * lie within the columns' limits, written only if all of them do. The layout is
     * higher-is-better only, so no value is negated; an absent base reads 0, where the ratio's own
     * floor at 0 gives the same index.
     *
     * @return whether the group was scored
     */
    private boolean scoreRatioInRange(int[] rows, int count, int[] indices, int slot, long weight,
            long[] sums, boolean[] undecided, long[] scratch) {
        Pieces pieces = (Pieces) formula;
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
        long limit = commonLimit;
        long m = pieces.form.slopeDividend(1);
        long k = pieces.form.slopeDivisor(1);
        long inclusive = pieces.form.startInclusive(1) ? 1 : 0;
        long cap = pieces.form.cap();
        boolean capAtTarget = plainCapAtTarget;
        long targetCheck = this.targetCheck;
        long negativeFact = negativeFactMask;
        int first = rows[0];
        boolean consecutive = rows[count - 1] - first == count - 1;
        long bits = 0;
        long marks = 0; // any row's mark: negative if a row is marked, or was undecided before this line
        for (int i = 0; i < count; i++) {
            if (undecided[i]) {
                marks = -1;
                continue;
            }
            int row = consecutive ? first + i : rows[i];
            long fv = fact[row];
            long bv = base[row];
            long pv = plan[row];
            long tv = target[row];
            bits |= (fv + limit) | (bv + limit) | (pv + limit) | (tv + limit);
            long f = fv * ff;
            long b = bv * bf + bo;
            long p = pv * pf + po;
            long t = tv * tf + to;
            // Past the base (the second piece's start) the quotient, else 0; a negative quotient is 0 either way.
            long above = (b - f - inclusive) >> 63;
            long divisor = p * k;
            long index = Math.min(ScaledMath.divideNonNegativeHalfUp(ScaledMath.atLeastZero(f * m & above), divisor), cap);
            if (capAtTarget) {
                index = Math.min(index, ScaledMath.divideNonNegativeHalfUp(t * m, divisor));
            }
            // Thresholds.validateFor (base < plan < target), the ratio's positive plan, an index
            // within an int and a fact the unit accepts, by a mask.
            long outOfOrder = ((p - b - 1) | (p - 1) | (t - p - 1 & targetCheck) | (Integer.MAX_VALUE - index)
                    | (fv & negativeFact)) >> 63;
            long value = index | outOfOrder;
            scratch[i] = value;
            marks |= value;
        }
        return writeInRange(rows, count, indices, slot, weight, sums, undecided, scratch, bits, marks);
    }

    /**
     * The plain loop for a formula of the inverted ratio layout ({@link Pieces#plainLayout},
     * {@link #LOWER_RATIO}): lower is better, 0 at or beyond the base (an absent base has no such
     * region), below it plan × slope / (fact × divisor), and at a fact of 0 or less the curve's
     * maximum, the lower of the constant cap and the same quotient at the target (a row with
     * neither goes to the object path, which refuses it); every quotient is then capped at that
     * maximum. The piece is chosen by masks, not by a branch per row; the slope, the starts'
     * inclusiveness, the cap and the cap at the target are read from the compiled pieces. The same
     * results as {@link #score} for a group whose raw values lie within the columns' limits,
     * written only if all of them do. The values are read negated, as for every lower-is-better
     * line, and negated back here: the quotient is of the values themselves.
     *
     * @return whether the group was scored
     */
    private boolean scoreLowerRatioInRange(int[] rows, int count, int[] indices, int slot, long weight,
            long[] sums, boolean[] undecided, long[] scratch) {
        Pieces pieces = (Pieces) formula;
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
        long limit = commonLimit;
        // Piece 1, below the base: plan × m / (fact × k); piece 2, from a fact of 0 down: the maximum.
        long m = pieces.form.slopeDividend(1);
        long k = pieces.form.slopeDivisor(1);
        long inclusive = pieces.form.startInclusive(1) ? 1 : 0;
        long cap = pieces.form.cap();
        boolean capAtTarget = plainCapAtTarget;
        long baseCheck = this.baseCheck;
        long targetCheck = this.targetCheck;
        long negativeFact = negativeFactMask;
        int first = rows[0];
        boolean consecutive = rows[count - 1] - first == count - 1;
        long bits = 0;
        long marks = 0; // any row's mark: negative if a row is marked, or was undecided before this line
        for (int i = 0; i < count; i++) {
            if (undecided[i]) {
                marks = -1;
                continue;
            }
            int row = consecutive ? first + i : rows[i];
            long fv = fact[row];
            long bv = base[row];
            long pv = plan[row];
            long tv = target[row];
            bits |= (fv + limit) | (bv + limit) | (pv + limit) | (tv + limit);
            long f = -(fv * ff);
            long b = -(bv * bf + bo);
            long p = -(pv * pf + po);
            long t = -(tv * tf + to);
            // All ones at a fact of 0 or less (the last piece, inclusive at 0), and at or beyond a
            // base that is present (the first piece, 0): the masks choose the piece.
            long nonPositive = (f - 1) >> 63;
            long beyondBase = ~((f - b - inclusive) >> 63) & baseCheck;
            long dividend = ScaledMath.atLeastZero(p * m);
            long max = cap;
            if (capAtTarget) {
                // A target of 0 or less is refused below; the divisor is kept positive for it.
                max = Math.min(max, ScaledMath.divideNonNegativeHalfUp(dividend, Math.max(t * k, 1)));
            }
            long divisor = (f * k & ~nonPositive) | (1 & nonPositive);
            long quotient = Math.min(ScaledMath.divideNonNegativeHalfUp(dividend, divisor), max);
            // Without a cap or a target the maximum is beyond an int, which sends the row to the object path.
            long index = (quotient & ~(nonPositive | beyondBase)) | (max & nonPositive);
            // Thresholds.validateFor in the lower-is-better order (base > plan > target, each where
            // present), the positive plan and target, an index within an int and a fact the unit
            // accepts, by a mask.
            long outOfOrder = ((b - p - 1 & baseCheck) | (p - t - 1 & targetCheck) | (p - 1) | (t - 1 & targetCheck)
                    | (Integer.MAX_VALUE - index) | (fv & negativeFact)) >> 63;
            long value = index | outOfOrder;
            scratch[i] = value;
            marks |= value;
        }
        return writeInRange(rows, count, indices, slot, weight, sums, undecided, scratch, bits, marks);
    }

    /**
     * The plain loop for a formula of the band layout ({@link Pieces#plainLayout}, {@link #BAND}):
     * every piece starts at the plan plus an offset and is a constant or a line anchored at the
     * plan plus an offset over a constant span, so a row's piece and index depend on
     * d = fact − plan alone. The piece is the last whose start d has reached, chosen by masks (no
     * branch per row), and its index {@code add + (d − anchor) × slope / span} is read from the
     * compiled pieces (a constant piece has slope 0 and span 1), then floored at 0 and capped; the
     * same results as {@link #score} for a group whose raw values lie within the columns' limits,
     * written only if all of them do. A lower-is-better line reads its values negated, so d is
     * negated back: the band is measured along the fact in both directions.
     *
     * @return whether the group was scored
     */
    private boolean scoreBandInRange(int[] rows, int count, int[] indices, int slot, long weight,
            long[] sums, boolean[] undecided, long[] scratch) {
        Pieces pieces = (Pieces) formula;
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
        long limit = commonLimit;
        long sign = higher ? 1 : -1;
        int n = pieces.form.count();
        long[] start = pieces.bandStart;
        long[] inclusive = pieces.bandInclusive;
        long[] anchor = pieces.bandAnchor;
        long[] slope = pieces.bandSlope;
        long[] span = pieces.bandDivisor;
        long[] add = pieces.bandAdd;
        long cap = pieces.form.cap();
        long baseCheck = this.baseCheck;
        long targetCheck = this.targetCheck;
        long negativeFact = negativeFactMask;
        int first = rows[0];
        boolean consecutive = rows[count - 1] - first == count - 1;
        long bits = 0;
        long marks = 0; // any row's mark: negative if a row is marked, or was undecided before this line
        for (int i = 0; i < count; i++) {
            if (undecided[i]) {
                marks = -1;
                continue;
            }
            int row = consecutive ? first + i : rows[i];
            long fv = fact[row];
            long bv = base[row];
            long pv = plan[row];
            long tv = target[row];
            bits |= (fv + limit) | (bv + limit) | (pv + limit) | (tv + limit);
            long f = fv * ff;
            long b = bv * bf + bo;
            long p = pv * pf + po;
            long t = tv * tf + to;
            long d = (f - p) * sign;
            // Pieces.index: the last piece whose start d has reached (past it, or at it if inclusive).
            int k = 0;
            for (int j = 1; j < n; j++) {
                long reached = (start[j] - d - inclusive[j]) >> 63;
                k = (int) ((j & reached) | (k & ~reached));
            }
            long index = Math.min(Math.max(add[k] + ScaledMath.divideSmallHalfUp((d - anchor[k]) * slope[k], span[k]), 0), cap);
            // Thresholds.validateFor (base < plan < target, each where present), an index within
            // an int and a fact the unit accepts, by a mask.
            long outOfOrder = ((p - b - 1 & baseCheck) | (t - p - 1 & targetCheck) | (Integer.MAX_VALUE - index)
                    | (fv & negativeFact)) >> 63;
            long value = index | outOfOrder;
            scratch[i] = value;
            marks |= value;
        }
        return writeInRange(rows, count, indices, slot, weight, sums, undecided, scratch, bits, marks);
    }

    /**
     * Ends a plain loop: if every value read lay within the columns' limits, writes the indices
     * and sums of the rows (a row marked negative goes to the object path) and returns true;
     * otherwise writes nothing and returns false.
     */
    private boolean writeInRange(int[] rows, int count, int[] indices, int slot, long weight,
            long[] sums, boolean[] undecided, long[] scratch, long bits, long marks) {
        int first = rows[0];
        boolean consecutive = rows[count - 1] - first == count - 1;
        // Almost always every value read lies within the smallest of the columns' limits; if not,
        // each column is held against its own limit, over the whole group.
        if ((bits & -(commonLimit << 1)) != 0
                && !(inRange(fact, factLimit, rows, count, first, consecutive)
                        && inRange(baseValues, baseCheckLimit, rows, count, first, consecutive)
                        && inRange(planValues, planCheckLimit, rows, count, first, consecutive)
                        && inRange(targetValues, targetCheckLimit, rows, count, first, consecutive))) {
            return false;
        }
        if (marks >= 0 && consecutive) {
            // every row decided and none marked: each index goes in, one row after the next
            int at = slot + first;
            for (int i = 0; i < count; i++) {
                long index = scratch[i];
                indices[at + i] = (int) index;
                sums[i] += index * weight;
            }
            return true;
        }
        for (int i = 0; i < count; i++) {
            if (!undecided[i]) {
                long index = scratch[i];
                if (index < 0) {
                    undecided[i] = true;
                } else {
                    indices[slot + (consecutive ? first + i : rows[i])] = (int) index;
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

    /** The plain path of {@link #attainments}: HALF_UP, every fact and plan of the group within the limits. */
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
     * when lower is better, rounded like an index, neither floored nor capped; {@link #UNBOUNDED_BEST}
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
        return attainment(higher, f, p, hundred, rounding);
    }

    /** Attainment.percent at scaled values: the plan is positive; UNBOUNDED_BEST for a lower-is-better fact of 0 or less. */
    private static long attainment(boolean higher, long f, long p, long hundred, RoundingMode rounding) {
        if (higher) {
            return ScaledMath.divide(Math.multiplyExact(f, hundred), p, rounding);
        }
        if (f <= 0) {
            return UNBOUNDED_BEST;
        }
        return ScaledMath.divide(Math.multiplyExact(p, hundred), f, rounding);
    }

    /**
     * A curve's formula compiled at the line's scale: what it needs of a row's thresholds, and the
     * index of a row whose thresholds are in order and meet those needs.
     */
    private abstract static class Formula {
        private final boolean positivePlan;
        private final boolean baseOrPositivePlan;
        final boolean needsTarget;
        private final boolean positiveTargetWhenLower;

        Formula(List<Requirement> requirements) {
            this.positivePlan = requirements.contains(Requirement.POSITIVE_PLAN);
            this.baseOrPositivePlan = requirements.contains(Requirement.BASE_OR_POSITIVE_PLAN);
            this.needsTarget = requirements.contains(Requirement.TARGET);
            this.positiveTargetWhenLower = requirements.contains(Requirement.POSITIVE_TARGET_WHEN_LOWER);
        }

        /** Whether a row's thresholds ({@link #ABSENT} for an absent base or target) meet the formula's requirements. */
        final boolean accepts(boolean higher, long b, long p, long t) {
            return !(positivePlan && p <= 0
                    || baseOrPositivePlan && b == ABSENT && (!higher || p <= 0)
                    || needsTarget && t == ABSENT
                    || positiveTargetWhenLower && !higher && t != ABSENT && t <= 0);
        }

        /**
         * The index of a row, rounded once, floored at 0 and capped, unscaled at the index scale;
         * {@link #OBJECT_PATH} for a fact the curve cannot score.
         *
         * @throws ArithmeticException on overflow
         * @throws ObjectPathSignal if a value the formula needs is absent
         */
        abstract long index(long f, long b, long p, long t);
    }

    /**
     * {@link CurveFormula.Pieces} for the kernel: the formula's compiled form at the line's scale
     * ({@link ScaledPieces}, whose {@link ScaledPieces#index} is the checked loop's evaluation and
     * whose constants the plain loops read), and what only the plain loops need beyond it: which
     * layout the pieces have, and the band loop's arrays.
     */
    private static final class Pieces extends Formula {
        final ScaledPieces form;
        /**
         * For the band layout, by piece: the start's offset from the plan; the start's
         * inclusiveness as 1 or 0; the anchor's offset; the slope's dividend (0 for a constant
         * piece); the addend; and a line's constant span times its slope divisor, 0 if it is not a
         * positive value below 2^52 or the span is not constant, 1 for a constant piece.
         */
        final long[] bandStart;
        final long[] bandInclusive;
        final long[] bandAnchor;
        final long[] bandSlope;
        final long[] bandAdd;
        final long[] bandDivisor;

        private Pieces(CurveFormula.Pieces formula, ScaledPieces form) {
            super(formula.requirements());
            this.form = form;
            int n = form.count();
            this.bandStart = new long[n];
            this.bandInclusive = new long[n];
            this.bandAnchor = new long[n];
            this.bandSlope = new long[n];
            this.bandAdd = new long[n];
            this.bandDivisor = new long[n];
            for (int k = 0; k < n; k++) {
                bandStart[k] = form.startOffset(k);
                bandInclusive[k] = form.startInclusive(k) ? 1 : 0;
                bandAnchor[k] = form.anchorOffset(k);
                bandSlope[k] = form.slopeDividend(k);
                bandAdd[k] = form.add(k);
                if (form.kind(k) == Kind.CONSTANT) {
                    bandDivisor[k] = 1;
                } else if (form.kind(k) == Kind.LINEAR && form.toThreshold(k) == Threshold.NONE
                        && form.fromThreshold(k) == Threshold.NONE) {
                    try {
                        long divisor = Math.multiplyExact(Math.subtractExact(form.toOffset(k), form.fromOffset(k)),
                                form.slopeDivisor(k));
                        bandDivisor[k] = divisor > 0 && divisor < ScaledMath.EXACT_DOUBLE ? divisor : 0;
                    } catch (ArithmeticException e) {
                        bandDivisor[k] = 0; // beyond a long: the line takes the checked loop
                    }
                }
            }
        }

        /** The formula compiled at the line's scale, or null if a constant does not fit a long there. */
        static @Nullable Pieces compile(CurveFormula.Pieces formula, int scale, Precision precision) {
            ScaledPieces form = formula.scaled(scale, precision);
            return form.usable() ? new Pieces(formula, form) : null;
        }

        /** The largest factor the plain loop multiplies a difference of values by. */
        long largestMultiplier(long hundred) {
            long multiplier = hundred;
            for (int k = 0; k < form.count(); k++) {
                multiplier = Math.max(multiplier, Math.max(Math.abs(form.slopeDividend(k)), form.slopeDivisor(k)));
            }
            return multiplier;
        }

        /**
         * Whether these pieces have the layout the plain loop is written for: a line from the base
         * over plan − base, with no addend and a positive slope, then optionally, from the plan on
         * (in the indicator's direction), a line from the plan over target − plan with a slope not
         * negative; capped at most at a constant and at the first line's index at the target.
         */
        int plainLayout(boolean higher) {
            if (isRatio(higher)) {
                return RATIO;
            }
            if (isBand()) {
                return BAND;
            }
            if (isLowerRatio(higher)) {
                return LOWER_RATIO;
            }
            ScaledPieces f = form;
            boolean first = f.kind(0) == Kind.LINEAR && f.anchorThreshold(0) == Threshold.BASE
                    && f.toThreshold(0) == Threshold.PLAN && f.fromThreshold(0) == Threshold.BASE && f.anchorOffset(0) == 0
                    && f.toOffset(0) == 0 && f.fromOffset(0) == 0 && f.add(0) == 0 && f.slopeDividend(0) > 0
                    && f.capAtTarget() <= 0;
            if (f.count() == 1 || !first) {
                return first && f.count() == 1 ? LINES : 0;
            }
            return f.count() == 2 && f.ascending() == higher && f.kind(1) == Kind.LINEAR
                    && f.startThreshold(1) == Threshold.PLAN && f.startOffset(1) == 0
                    && f.anchorThreshold(1) == Threshold.PLAN && f.toThreshold(1) == Threshold.TARGET
                    && f.fromThreshold(1) == Threshold.PLAN && f.anchorOffset(1) == 0 && f.toOffset(1) == 0
                    && f.fromOffset(1) == 0 && f.slopeDividend(1) >= 0
                    ? LINES : 0;
        }

        /** Whether piece k is a line from 0 over the plan (or, for a reciprocal, the plan over the fact). */
        private boolean fromZeroOverPlan(int k) {
            ScaledPieces f = form;
            return f.anchorThreshold(k) == Threshold.NONE && f.anchorOffset(k) == 0 && f.toThreshold(k) == Threshold.PLAN
                    && f.toOffset(k) == 0 && f.fromThreshold(k) == Threshold.NONE && f.fromOffset(k) == 0;
        }

        /**
         * Whether these pieces have the ratio layout: higher is better, 0 up to the base, then
         * from the base on a line from 0 over the plan with a positive slope and no addend,
         * capped at most at a constant and at that line's index at the target.
         */
        private boolean isRatio(boolean higher) {
            ScaledPieces f = form;
            return higher && f.ascending() && f.count() == 2 && f.kind(0) == Kind.CONSTANT && f.add(0) == 0
                    && f.kind(1) == Kind.LINEAR && f.startThreshold(1) == Threshold.BASE && f.startOffset(1) == 0
                    && fromZeroOverPlan(1) && f.add(1) == 0 && f.slopeDividend(1) > 0
                    && f.capAtTarget() != 0;
        }

        /**
         * Whether these pieces have the inverted ratio layout: lower is better, descending, 0 up
         * to the base, then from the base on a reciprocal of the plan over the fact (no anchor, no
         * addend, a positive slope), then from a fact of 0 (inclusive) the cap; capped at most at
         * a constant and at the reciprocal's index at the target.
         */
        private boolean isLowerRatio(boolean higher) {
            ScaledPieces f = form;
            return !higher && !f.ascending() && f.count() == 3 && f.kind(0) == Kind.CONSTANT && f.add(0) == 0
                    && f.kind(1) == Kind.RECIPROCAL && f.startThreshold(1) == Threshold.BASE && f.startOffset(1) == 0
                    && fromZeroOverPlan(1) && f.add(1) == 0 && f.slopeDividend(1) > 0
                    && f.kind(2) == Kind.CAP && f.startThreshold(2) == Threshold.NONE && f.startOffset(2) == 0
                    && f.startInclusive(2)
                    && (f.capAtTarget() == 1 || f.capAtTarget() < 0);
        }

        /**
         * Whether these pieces have the band layout: ascending, no cap at the target, every piece
         * after the first starting at the plan plus an offset, each a constant or a line anchored
         * at the plan plus an offset over a constant positive span (its divisor below 2^52).
         */
        private boolean isBand() {
            ScaledPieces f = form;
            if (!f.ascending() || f.capAtTarget() >= 0) {
                return false;
            }
            for (int k = 0; k < f.count(); k++) {
                if (k > 0 && f.startThreshold(k) != Threshold.PLAN
                        || f.kind(k) == Kind.LINEAR && (f.anchorThreshold(k) != Threshold.PLAN || bandDivisor[k] <= 0)
                        || f.kind(k) != Kind.LINEAR && f.kind(k) != Kind.CONSTANT) {
                    return false;
                }
            }
            return true;
        }

        /** Whether every start and anchor offset of the band layout is within {@code magnitude}. */
        boolean offsetsWithin(long magnitude) {
            for (int k = 0; k < form.count(); k++) {
                if (Math.abs(form.startOffset(k)) > magnitude || Math.abs(form.anchorOffset(k)) > magnitude) {
                    return false;
                }
            }
            return true;
        }

        @Override
        long index(long f, long b, long p, long t) {
            return form.index(f, b, p, t); // UNDECIDED is OBJECT_PATH
        }
    }

    /**
     * {@link CurveFormula.Steps} compiled: the lower bounds rounded up to the scale of the value
     * looked up (the index scale for an attainment, the line's scale for a fact), exact because
     * every such value is at that scale; the band values rounded like an index.
     */
    private static final class Table extends Formula {
        private final boolean onAttainment;
        private final boolean higher;
        private final long[] bounds;
        private final long[] values;
        /** The index below the table: 0, or the first band's value for a lower-is-better fact table. */
        private final long below;
        private final long hundred;
        private final RoundingMode rounding;

        private Table(CurveFormula.Steps steps, int scale, Precision precision) {
            super(steps.requirements());
            this.onAttainment = steps.onAttainment();
            this.higher = steps.higherIsBetter();
            this.bounds = steps.lowerBounds(onAttainment ? precision.indexScale() : scale);
            List<Band> bands = steps.bands().bands();
            this.values = new long[bands.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = precision.roundIndex(bands.get(i).value()).unscaledValue().longValueExact();
            }
            this.below = steps.firstBandBelowTable() ? values[0] : 0;
            this.hundred = ScaledMath.pow10(precision.indexScale() + 2);
            this.rounding = precision.indexRounding();
        }

        static Table compile(CurveFormula.Steps steps, int scale, Precision precision) {
            return new Table(steps, scale, precision);
        }

        @Override
        long index(long f, long b, long p, long t) {
            long x = f;
            if (onAttainment) {
                x = attainment(higher, f, p, hundred, rounding);
                if (x == UNBOUNDED_BEST) {
                    return values[values.length - 1];
                }
            }
            int k = 0;
            while (k < bounds.length && bounds[k] <= x) {
                k++;
            }
            return k == 0 ? below : values[k - 1];
        }
    }
}
