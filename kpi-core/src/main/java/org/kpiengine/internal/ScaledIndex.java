package org.kpiengine.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kpiengine.Precision;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.internal.CurveFormula.Kind;
import org.kpiengine.internal.CurveFormula.Piece;
import org.kpiengine.internal.CurveFormula.Pieces;
import org.kpiengine.internal.CurveFormula.Point;

/**
 * A formula of pieces evaluated for one fact on scaled {@code long}s: the same steps as
 * {@link Pieces#index}'s {@code BigDecimal} evaluation (the piece the fact falls in, its quotient
 * rounded once to the index scale with the precision's rounding mode, the add, the floor at 0 and the
 * cap), done exactly on the unscaled values of the fact and the thresholds brought to their common
 * scale, so that only the index itself is made as a {@code BigDecimal}.
 *
 * <p>It answers only where every operand and intermediate fits a {@code long} and the step is one
 * it knows: a straight, reciprocal or constant piece, capped (if at all) by a cap with no more
 * decimals than the index. Anything else (a value of more than 18 digits, a product that would
 * overflow, a division by 0, a cap at the target, the cap piece of an inverted ratio, an add or
 * offset with more decimals than the values) answers null, and the caller evaluates the formula with
 * {@code BigDecimal}, which gives the same index or the same exception. The result is the
 * {@code BigDecimal} evaluation's, value and scale.
 *
 * <p>Stateless and thread-safe.
 */
final class ScaledIndex {

    /** Marks an overflow, or an operand that does not fit. */
    private static final long OVER = Scaled.OVER;

    /** Marks an absent threshold. */
    private static final long ABSENT = Long.MIN_VALUE + 1;

    /** The largest magnitude of a value brought to the common scale: sums and differences of two fit. */
    private static final long LIMIT = 1L << 60;

    private static final int MAX_POWER = Scaled.MAX_POWER;

    private ScaledIndex() {
    }

    /**
     * Computes the index as {@link Pieces#index} does, on scaled longs.
     *
     * @param formula the formula, not null
     * @param thresholds the thresholds, validated by the curve, not null
     * @param fact the fact, not null
     * @param precision the rounding rule, not null
     * @return the index (equal in value and scale to the {@code BigDecimal} evaluation's), or null
     *     if the operands or a step are beyond this evaluation
     */
    static @Nullable BigDecimal index(Pieces formula, Thresholds thresholds, BigDecimal fact, Precision precision) {
        BigDecimal baseValue = thresholds.base();
        BigDecimal planValue = thresholds.plan();
        BigDecimal targetValue = thresholds.target();
        int scale = Math.max(0, fact.scale());
        if (baseValue != null) {
            scale = Math.max(scale, baseValue.scale());
        }
        if (planValue != null) {
            scale = Math.max(scale, planValue.scale());
        }
        if (targetValue != null) {
            scale = Math.max(scale, targetValue.scale());
        }
        long x = at(fact, scale);
        long base = baseValue == null ? ABSENT : at(baseValue, scale);
        long plan = planValue == null ? ABSENT : at(planValue, scale);
        long target = targetValue == null ? ABSENT : at(targetValue, scale);
        if (x == OVER || base == OVER || plan == OVER || target == OVER) {
            return null;
        }
        List<Piece> pieces = formula.pieces();
        int k = pieces.size() - 1;
        for (; k > 0; k--) {
            Piece piece = pieces.get(k);
            Point startPoint = piece.start();
            if (startPoint == null) {
                return null; // only the first piece starts below every fact
            }
            long start = value(startPoint, base, plan, target, false, scale);
            if (start == ABSENT) {
                break; // an absent threshold starts the piece below every fact
            }
            if (start == OVER) {
                return null;
            }
            int c = Long.compare(x, start) * (formula.ascending() ? 1 : -1);
            if (c > 0 || c == 0 && piece.startInclusive()) {
                break;
            }
        }
        Piece piece = pieces.get(k);
        int indexScale = precision.indexScale();
        long rounded = switch (piece.kind()) {
            case CONSTANT -> add(0, piece.add(), indexScale);
            case LINEAR, RECIPROCAL -> quotient(piece, x, base, plan, target, scale, indexScale, precision.indexRounding());
            case CAP -> OVER; // the cap of an inverted ratio, or no value: left to the BigDecimal evaluation
        };
        if (rounded == OVER) {
            return null;
        }
        if (rounded < 0) {
            return BigDecimal.valueOf(0, indexScale);
        }
        BigDecimal cap = formula.cap();
        if (formula.capAtTarget() >= 0 && targetValue != null || cap != null && cap.scale() > indexScale) {
            return null; // a cap that needs rounding, or the index at the target: the BigDecimal evaluation decides
        }
        if (cap != null) {
            long capped = at(cap, indexScale);
            if (capped == OVER) {
                return null;
            }
            if (rounded > capped) {
                rounded = capped;
            }
        }
        return BigDecimal.valueOf(rounded, indexScale);
    }

    /** A straight or reciprocal piece's rounded quotient plus its add, unscaled at the index scale; OVER if beyond. */
    private static long quotient(Piece piece, long x, long base, long plan, long target, int scale, int indexScale,
            RoundingMode mode) {
        long anchor = value(piece.anchor(), base, plan, target, true, scale);
        long to = value(piece.spanTo(), base, plan, target, true, scale);
        long from = value(piece.spanFrom(), base, plan, target, true, scale);
        if (anchor == OVER || to == OVER || from == OVER || anchor == ABSENT || to == ABSENT || from == ABSENT) {
            return OVER;
        }
        // every value is within LIMIT, so each difference of two fits
        long distance = x - anchor;
        long span = to - from;
        BigDecimal slope = piece.slope();
        long slopeUnscaled = Scaled.unscaled(slope);
        int shift = indexScale - slope.scale(); // the quotient times 10^indexScale, the slope's scale undone
        if (slopeUnscaled == OVER || shift > MAX_POWER || -shift > MAX_POWER) {
            return OVER;
        }
        long dividend;
        long divisor;
        if (piece.kind() == Kind.LINEAR) {
            dividend = Scaled.times(distance, slopeUnscaled);
            divisor = span;
        } else {
            dividend = Scaled.times(span, slopeUnscaled);
            divisor = distance;
        }
        if (shift >= 0) {
            dividend = Scaled.times(dividend, Scaled.pow10(shift));
        } else {
            divisor = Scaled.times(divisor, Scaled.pow10(-shift));
        }
        if (dividend == OVER || divisor == OVER || divisor == 0) {
            return OVER;
        }
        return add(Scaled.divide(dividend, divisor, mode), piece.add(), indexScale);
    }

    /** {@code unscaled + add}, the add brought to the index scale; OVER if it has more decimals or the sum does not fit. */
    private static long add(long unscaled, BigDecimal add, int indexScale) {
        if (add.signum() == 0) {
            return unscaled;
        }
        long a = add.scale() > indexScale ? OVER : at(add, indexScale);
        if (a == OVER) {
            return OVER;
        }
        return Scaled.plus(unscaled, a);
    }

    /** A point's value at the scale: ABSENT for an absent threshold (a base reads 0 when {@code baseOrZero}), OVER if beyond. */
    private static long value(Point point, long base, long plan, long target, boolean baseOrZero, int scale) {
        long t = switch (point.threshold()) {
            case NONE -> 0;
            case BASE -> base == ABSENT && baseOrZero ? 0 : base;
            case PLAN -> plan;
            case TARGET -> target;
        };
        BigDecimal offset = point.offset();
        if (t == ABSENT || offset.signum() == 0) {
            return t;
        }
        long o = offset.scale() > scale ? OVER : at(offset, scale);
        if (o == OVER) {
            return OVER;
        }
        long sum = t + o; // both within LIMIT
        return Math.abs(sum) > LIMIT ? OVER : sum;
    }

    /** A value's unscaled value at a scale of at least its own, within LIMIT; OVER if it does not fit. */
    private static long at(BigDecimal value, int scale) {
        long scaled = Scaled.at(value, scale);
        return Math.abs(scaled) > LIMIT ? OVER : scaled; // OVER itself passes through
    }
}
