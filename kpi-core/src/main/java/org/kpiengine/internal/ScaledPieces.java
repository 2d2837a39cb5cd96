package org.kpiengine.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.kpiengine.Precision;
import org.kpiengine.internal.CurveFormula.Kind;
import org.kpiengine.internal.CurveFormula.Piece;
import org.kpiengine.internal.CurveFormula.Pieces;
import org.kpiengine.internal.CurveFormula.Point;
import org.kpiengine.internal.CurveFormula.Threshold;

/**
 * A {@link Pieces} formula compiled for one scale of the values (the fact and the thresholds) and
 * one precision's index scale and rounding mode: each point a threshold and an offset unscaled at the
 * value scale, each slope a dividend and a divisor such that slope × 10^indexScale = dividend /
 * divisor, each addend and the cap unscaled at the index scale (a constant piece's value and the cap
 * rounded like an index). It is the one evaluation of a formula of pieces on scaled {@code long}s:
 * the object API's path on longs ({@code ScaledIndex}, which brings a fact and its thresholds to a
 * common scale) and the team batch's kernel (whose checked loop calls {@link #index} and whose plain
 * loops read the constants through the accessors) both read this form, and neither interprets the
 * pieces again.
 *
 * <p>{@link #index} follows {@link Pieces}' {@code BigDecimal} evaluation step by step: the piece the
 * fact falls in, its quotient rounded once with the index rounding mode, the addend, the floor at 0,
 * and the cap, the lower of {@link Pieces#cap()} and the index at the target. Every operation is
 * exact; where one would overflow, divide by 0 or need a threshold that is absent, or where the
 * formula has no value (the cap piece of an inverted ratio without a cap), it answers
 * {@link #UNDECIDED} and the caller evaluates the row with {@code BigDecimal}, which gives the index
 * or the exception. A formula whose constants do not fit a {@code long} at a scale compiles to a form
 * that is not {@link #usable()} and answers {@code UNDECIDED} for every fact.
 *
 * <p>Immutable and thread-safe; {@link Pieces#scaled} caches the forms a formula is asked for.
 */
public final class ScaledPieces {

    /** Marks an absent base or target in the arguments of {@link #index}; no scaled value equals it. */
    public static final long ABSENT = Long.MIN_VALUE;

    /** The answer of {@link #index} for a fact this evaluation cannot decide; indices are never negative. */
    public static final long UNDECIDED = -1;

    /** The value of {@link #cap()} when the formula has no cap. */
    public static final long NO_CAP = Long.MAX_VALUE;

    // The threshold a compiled point reads (CurveFormula.Threshold, by ordinal).
    private static final int NONE = 0;
    private static final int BASE = 1;
    private static final int PLAN = 2;
    private static final int TARGET = 3;
    // What a compiled piece is (CurveFormula.Kind, by ordinal).
    private static final int CONSTANT = 0;
    private static final int LINEAR = 1;
    private static final int RECIPROCAL = 2;
    private static final int CAP = 3;

    private static final Threshold[] THRESHOLDS = Threshold.values();
    private static final Kind[] KINDS = Kind.values();

    static {
        if (Threshold.NONE.ordinal() != NONE || Threshold.BASE.ordinal() != BASE || Threshold.PLAN.ordinal() != PLAN
                || Threshold.TARGET.ordinal() != TARGET || Kind.CONSTANT.ordinal() != CONSTANT
                || Kind.LINEAR.ordinal() != LINEAR || Kind.RECIPROCAL.ordinal() != RECIPROCAL || Kind.CAP.ordinal() != CAP) {
            throw new IllegalStateException("the codes of thresholds and pieces differ from CurveFormula's");
        }
    }

    private final int scale;
    private final int indexScale;
    private final RoundingMode rounding;
    private final boolean usable;
    private final int count;
    private final boolean ascending;
    private final int[] kind;
    private final int[] startThreshold;
    private final long[] startOffset;
    private final boolean[] startInclusive;
    private final int[] anchorThreshold;
    private final long[] anchorOffset;
    private final int[] toThreshold;
    private final long[] toOffset;
    private final int[] fromThreshold;
    private final long[] fromOffset;
    private final long[] slopeDividend;
    private final long[] slopeDivisor;
    private final long[] add;
    private final long cap;
    private final int capAtTarget;

    /** Compiles a formula; throws ArithmeticException where a constant does not fit a long. */
    private ScaledPieces(Pieces formula, int scale, Precision precision) {
        this.scale = scale;
        this.indexScale = precision.indexScale();
        this.rounding = precision.indexRounding();
        if (scale < 0 || scale > Scaled.MAX_POWER || indexScale > Scaled.MAX_POWER) {
            throw new ArithmeticException("a scale beyond a long: " + scale + ", " + indexScale);
        }
        List<Piece> list = formula.pieces();
        int n = list.size();
        this.usable = true;
        this.count = n;
        this.ascending = formula.ascending();
        this.kind = new int[n];
        this.startThreshold = new int[n];
        this.startOffset = new long[n];
        this.startInclusive = new boolean[n];
        this.anchorThreshold = new int[n];
        this.anchorOffset = new long[n];
        this.toThreshold = new int[n];
        this.toOffset = new long[n];
        this.fromThreshold = new int[n];
        this.fromOffset = new long[n];
        this.slopeDividend = new long[n];
        this.slopeDivisor = new long[n];
        this.add = new long[n];
        for (int k = 0; k < n; k++) {
            Piece piece = list.get(k);
            kind[k] = piece.kind().ordinal();
            Point start = piece.start();
            if (start != null) {
                startThreshold[k] = start.threshold().ordinal();
                startOffset[k] = unscaled(start.offset(), scale);
            }
            startInclusive[k] = piece.startInclusive();
            anchorThreshold[k] = piece.anchor().threshold().ordinal();
            anchorOffset[k] = unscaled(piece.anchor().offset(), scale);
            toThreshold[k] = piece.spanTo().threshold().ordinal();
            toOffset[k] = unscaled(piece.spanTo().offset(), scale);
            fromThreshold[k] = piece.spanFrom().threshold().ordinal();
            fromOffset[k] = unscaled(piece.spanFrom().offset(), scale);
            BigDecimal slope = Decimals.normalise(piece.slope());
            if (slope.scale() < 0) {
                slope = slope.setScale(0);
            }
            if (slope.scale() > Scaled.MAX_POWER) {
                throw new ArithmeticException("a slope of more than " + Scaled.MAX_POWER + " decimals: " + slope);
            }
            slopeDividend[k] = Math.multiplyExact(slope.unscaledValue().longValueExact(), Scaled.pow10(indexScale));
            slopeDivisor[k] = Scaled.pow10(slope.scale());
            add[k] = piece.kind() == Kind.CONSTANT
                    ? precision.roundIndex(piece.add()).unscaledValue().longValueExact()
                    : piece.add().setScale(indexScale).unscaledValue().longValueExact();
        }
        BigDecimal c = formula.cap();
        this.cap = c == null ? NO_CAP : precision.roundIndex(c).unscaledValue().longValueExact();
        this.capAtTarget = formula.capAtTarget();
        if (capAtTarget >= 0 && kind[capAtTarget] == CAP) {
            throw new ArithmeticException("the cap piece has no index at the target");
        }
    }

    /** The form of a formula that does not compile at a scale: it answers {@link #UNDECIDED} for every fact. */
    private ScaledPieces(int scale, Precision precision) {
        this.scale = scale;
        this.indexScale = precision.indexScale();
        this.rounding = precision.indexRounding();
        this.usable = false;
        this.count = 0;
        this.ascending = true;
        this.kind = new int[0];
        this.startThreshold = kind;
        this.startOffset = new long[0];
        this.startInclusive = new boolean[0];
        this.anchorThreshold = kind;
        this.anchorOffset = startOffset;
        this.toThreshold = kind;
        this.toOffset = startOffset;
        this.fromThreshold = kind;
        this.fromOffset = startOffset;
        this.slopeDividend = startOffset;
        this.slopeDivisor = startOffset;
        this.add = startOffset;
        this.cap = NO_CAP;
        this.capAtTarget = -1;
    }

    /**
     * Compiles a formula for a scale of the values and a precision.
     *
     * @param formula the formula, not null
     * @param scale the scale of the values, 0 to 18, at least that of every offset to be {@link #usable()}
     * @param precision the precision whose index scale and rounding mode the form uses, not null
     * @return the compiled form, not {@link #usable()} if a constant does not fit a {@code long}
     */
    static ScaledPieces compile(Pieces formula, int scale, Precision precision) {
        try {
            return new ScaledPieces(formula, scale, precision);
        } catch (ArithmeticException e) {
            return new ScaledPieces(scale, precision);
        }
    }

    /** A value unscaled at a scale of at least its own; ArithmeticException if it has more decimals or does not fit. */
    private static long unscaled(BigDecimal value, int scale) {
        long v = value.setScale(scale).unscaledValue().longValueExact();
        if (v == ABSENT) {
            throw new ArithmeticException("out of range: " + value);
        }
        return v;
    }

    /**
     * Returns whether this form was compiled for a precision's index scale and rounding mode.
     *
     * @param precision the precision, not null
     * @return true if the form evaluates indices for that precision
     */
    boolean isFor(Precision precision) {
        return indexScale == precision.indexScale() && rounding == precision.indexRounding();
    }

    /**
     * Computes the index of a fact with thresholds whose order the curve or the caller has checked,
     * all unscaled at this form's {@link #scale()}: the index the formula's {@code BigDecimal}
     * evaluation gives, unscaled at the index scale, or {@link #UNDECIDED}.
     *
     * @param f the fact
     * @param b the base, {@link #ABSENT} if absent
     * @param p the plan
     * @param t the target, {@link #ABSENT} if absent
     * @return the index, rounded once, floored at 0 and capped; {@link #UNDECIDED} for a fact this
     *     evaluation cannot decide (an overflow, a division by 0, a threshold the formula needs that
     *     is absent, the cap piece without a cap, or a form that is not {@link #usable()}); an index
     *     below 0 comes only from a cap at the target below 0, with thresholds the curve refuses, and
     *     one of exactly {@code UNDECIDED} then merely sends the fact to the {@code BigDecimal} evaluation
     */
    public long index(long f, long b, long p, long t) {
        if (!usable) {
            return UNDECIDED;
        }
        try {
            int k = 0;
            for (int j = count - 1; j > 0; j--) {
                long start = point(startThreshold[j], startOffset[j], b, p, t, false);
                if (start == ABSENT) {
                    k = j; // an absent threshold starts the piece below every fact
                    break;
                }
                int c = ascending ? Long.compare(f, start) : Long.compare(start, f);
                if (c > 0 || c == 0 && startInclusive[j]) {
                    k = j;
                    break;
                }
            }
            long max = max(b, p, t);
            if (kind[k] == CAP) {
                return max == NO_CAP ? UNDECIDED : max; // an inverted ratio without a cap cannot score it
            }
            long r = at(k, f, b, p, t);
            return r < 0 ? 0 : Math.min(r, max);
        } catch (ArithmeticException e) {
            return UNDECIDED;
        }
    }

    /** Pieces.maxIndex: the lower of the cap and the index at the target, {@link #NO_CAP} for none. */
    private long max(long b, long p, long t) {
        int k = capAtTarget;
        if (k < 0 || t == ABSENT) {
            return cap;
        }
        if (kind[k] == RECIPROCAL && Math.subtractExact(t, point(anchorThreshold[k], anchorOffset[k], b, p, t, true)) <= 0
                || kind[k] == LINEAR && span(k, b, p, t) == 0) {
            return cap;
        }
        return Math.min(cap, at(k, t, b, p, t));
    }

    /** Piece.at: the piece's rounded index at {@code x}, before floor and cap. */
    private long at(int k, long x, long b, long p, long t) {
        return switch (kind[k]) {
            case CONSTANT -> add[k];
            case LINEAR -> Math.addExact(add[k], divide(
                    Math.multiplyExact(Math.subtractExact(x, point(anchorThreshold[k], anchorOffset[k], b, p, t, true)),
                            slopeDividend[k]),
                    Math.multiplyExact(span(k, b, p, t), slopeDivisor[k])));
            case RECIPROCAL -> Math.addExact(add[k], divide(
                    Math.multiplyExact(span(k, b, p, t), slopeDividend[k]),
                    Math.multiplyExact(Math.subtractExact(x, point(anchorThreshold[k], anchorOffset[k], b, p, t, true)),
                            slopeDivisor[k])));
            default -> throw new ArithmeticException("piece " + k + " has no index of its own");
        };
    }

    private long span(int k, long b, long p, long t) {
        return Math.subtractExact(point(toThreshold[k], toOffset[k], b, p, t, true),
                point(fromThreshold[k], fromOffset[k], b, p, t, true));
    }

    /** The quotient rounded once with the index rounding mode; ArithmeticException for a divisor of 0 or an operand of OVER. */
    private long divide(long dividend, long divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("/ by zero");
        }
        long q = rounding == RoundingMode.HALF_UP ? Scaled.divideHalfUp(dividend, divisor)
                : Scaled.divide(dividend, divisor, rounding);
        if (q == Scaled.OVER) {
            throw new ArithmeticException("long overflow");
        }
        return q;
    }

    /**
     * Point.value: a threshold plus an offset; an absent base reads 0 when {@code baseOrZero},
     * else an absent threshold gives {@link #ABSENT} for a start, and an ArithmeticException for
     * anything else (the formula's requirements rule it out).
     */
    private static long point(int threshold, long offset, long b, long p, long t, boolean baseOrZero) {
        long value = switch (threshold) {
            case NONE -> 0;
            case BASE -> b == ABSENT && baseOrZero ? 0 : b;
            case PLAN -> p;
            default -> t;
        };
        if (value == ABSENT) {
            if (baseOrZero) {
                throw new ArithmeticException("a threshold the formula needs is absent");
            }
            return ABSENT;
        }
        long v = Math.addExact(value, offset);
        if (v == ABSENT) {
            throw new ArithmeticException("long overflow");
        }
        return v;
    }

    /**
     * Returns whether the formula compiled at this scale: false if a constant does not fit a
     * {@code long} (then {@link #index} answers {@link #UNDECIDED} and the accessors describe no piece).
     *
     * @return whether the form can evaluate
     */
    public boolean usable() {
        return usable;
    }

    /**
     * Returns the scale of the values the form reads.
     *
     * @return the scale, 0 to 18
     */
    public int scale() {
        return scale;
    }

    /**
     * Returns the number of pieces.
     *
     * @return the number of pieces, 0 for a form that is not {@link #usable()}
     */
    public int count() {
        return count;
    }

    /**
     * Returns whether the pieces follow a rising fact ({@link Pieces#ascending()}).
     *
     * @return true if ascending
     */
    public boolean ascending() {
        return ascending;
    }

    /**
     * Returns what a piece's index is.
     *
     * @param k the piece, 0 to {@code count() - 1}
     * @return the kind, not null
     */
    public Kind kind(int k) {
        return KINDS[kind[k]];
    }

    /**
     * Returns the threshold a piece's start is measured from ({@code NONE} for the first piece).
     *
     * @param k the piece
     * @return the threshold, not null
     */
    public Threshold startThreshold(int k) {
        return THRESHOLDS[startThreshold[k]];
    }

    /**
     * Returns the offset of a piece's start from its threshold, unscaled at {@link #scale()}.
     *
     * @param k the piece
     * @return the offset, 0 for the first piece
     */
    public long startOffset(int k) {
        return startOffset[k];
    }

    /**
     * Returns whether a fact equal to a piece's start is in that piece.
     *
     * @param k the piece
     * @return true if the start is inclusive
     */
    public boolean startInclusive(int k) {
        return startInclusive[k];
    }

    /**
     * Returns the threshold a piece's anchor is measured from.
     *
     * @param k the piece
     * @return the threshold, not null
     */
    public Threshold anchorThreshold(int k) {
        return THRESHOLDS[anchorThreshold[k]];
    }

    /**
     * Returns the offset of a piece's anchor, unscaled at {@link #scale()}.
     *
     * @param k the piece
     * @return the offset
     */
    public long anchorOffset(int k) {
        return anchorOffset[k];
    }

    /**
     * Returns the threshold the end of a piece's span is measured from.
     *
     * @param k the piece
     * @return the threshold, not null
     */
    public Threshold toThreshold(int k) {
        return THRESHOLDS[toThreshold[k]];
    }

    /**
     * Returns the offset of the end of a piece's span, unscaled at {@link #scale()}.
     *
     * @param k the piece
     * @return the offset
     */
    public long toOffset(int k) {
        return toOffset[k];
    }

    /**
     * Returns the threshold the start of a piece's span is measured from.
     *
     * @param k the piece
     * @return the threshold, not null
     */
    public Threshold fromThreshold(int k) {
        return THRESHOLDS[fromThreshold[k]];
    }

    /**
     * Returns the offset of the start of a piece's span, unscaled at {@link #scale()}.
     *
     * @param k the piece
     * @return the offset
     */
    public long fromOffset(int k) {
        return fromOffset[k];
    }

    /**
     * Returns the dividend of a piece's slope at the index scale: slope × 10^indexScale =
     * {@code slopeDividend(k) / slopeDivisor(k)}.
     *
     * @param k the piece
     * @return the dividend, 0 for a constant piece
     */
    public long slopeDividend(int k) {
        return slopeDividend[k];
    }

    /**
     * Returns the divisor of a piece's slope, a power of ten.
     *
     * @param k the piece
     * @return the divisor, 1 to 10^18
     */
    public long slopeDivisor(int k) {
        return slopeDivisor[k];
    }

    /**
     * Returns a piece's addend unscaled at the index scale: a constant piece's whole index, rounded
     * like an index.
     *
     * @param k the piece
     * @return the addend
     */
    public long add(int k) {
        return add[k];
    }

    /**
     * Returns the cap rounded like an index, unscaled at the index scale.
     *
     * @return the cap, {@link #NO_CAP} for none
     */
    public long cap() {
        return cap;
    }

    /**
     * Returns the piece whose index at the target also caps the curve ({@link Pieces#capAtTarget()}).
     *
     * @return the piece, -1 for none
     */
    public int capAtTarget() {
        return capAtTarget;
    }

    /**
     * Returns the rounding mode of the quotients.
     *
     * @return the precision's index rounding mode, not null
     */
    public RoundingMode rounding() {
        return rounding;
    }
}
