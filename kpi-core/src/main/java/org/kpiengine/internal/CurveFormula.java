package org.kpiengine.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.CustomCurve;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.StepCurve;
import org.kpiengine.curve.TargetBandCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;

/**
 * The one definition of each built-in scoring curve's formula, as data: the curve records evaluate
 * it for one fact ({@link #index}), and a formula of pieces compiles once per scale of the values
 * into its one scaled-{@code long} form ({@link ScaledPieces}), which both the object API (when the
 * values fit) and the team batch's kernel evaluate. A formula is either {@link Pieces} (ratio, linear, two-slope, target band:
 * straight or reciprocal pieces along the fact, each rounded once, then floored at 0 and capped) or
 * {@link Steps} (a band table on the attainment or on the fact).
 *
 * <p>The formula does not validate: the curve's {@code validate} refuses the thresholds it cannot
 * score first, and the kernel sends such a row to the object path, which refuses it. What a formula
 * needs of the thresholds, the kernel reads from {@link #requirements}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface CurveFormula {

    /**
     * Returns the formula of a built-in curve for an indicator's direction.
     *
     * @param curve the curve, not null
     * @param higherIsBetter the indicator's direction
     * @return the formula, or null for an integrator's {@link CustomCurve}, which has none the library can read
     */
    static @Nullable CurveFormula of(ScoringCurve curve, boolean higherIsBetter) {
        if (curve instanceof RatioCurve ratio) {
            return Pieces.ratio(ratio.cap(), higherIsBetter);
        }
        if (curve instanceof LinearCurve linear) {
            return Pieces.linear(linear.cap());
        }
        if (curve instanceof TwoSlopeCurve twoSlope) {
            return Pieces.twoSlope(twoSlope.maxIndex(), higherIsBetter);
        }
        if (curve instanceof TargetBandCurve band) {
            return Pieces.targetBand(band.toleranceBelow(), band.criticalBelow(), band.toleranceAbove(), band.criticalAbove());
        }
        if (curve instanceof StepCurve steps) {
            return new Steps(steps.bands(), steps.basis() == StepCurve.Basis.ATTAINMENT, higherIsBetter);
        }
        return null;
    }

    /**
     * Computes the index of a fact with thresholds the curve has validated, rounded once to the
     * precision's index scale, floored at 0 and capped.
     *
     * @param indicatorId the indicator's id, for an error, not null
     * @param thresholds the thresholds, validated by the curve, not null
     * @param fact the fact, not null
     * @param precision the rounding rule, not null
     * @return the index, with scale {@code precision.indexScale()}, never negative
     * @throws KpiInputException ({@link Reason#UNSCORABLE_FACT}) if the fact falls where the curve
     *     has no value (an inverted ratio without a cap at a fact of 0 or less)
     */
    BigDecimal index(String indicatorId, Thresholds thresholds, BigDecimal fact, Precision precision);

    /**
     * Returns the highest index the formula gives with these thresholds, rounded like an index.
     *
     * @param thresholds the thresholds, not null
     * @param precision the rounding rule, not null
     * @return the cap, or null if the curve is unbounded
     */
    @Nullable BigDecimal maxIndex(Thresholds thresholds, Precision precision);

    /**
     * Returns what the formula needs of a row's thresholds beyond their order (which
     * {@link Thresholds#validateFor} checks): the kernel sends a row that lacks one to the object
     * path, whose curve refuses it with its own message.
     *
     * @return the requirements, not null
     */
    List<Requirement> requirements();

    /** What a formula needs of the thresholds beyond their order. */
    enum Requirement {
        /** The plan is positive. */
        POSITIVE_PLAN,
        /** A base, or else higher is better and a positive plan (the absent base counts as 0). */
        BASE_OR_POSITIVE_PLAN,
        /** A target. */
        TARGET,
        /** When lower is better, a target, if there is one, is positive. */
        POSITIVE_TARGET_WHEN_LOWER
    }

    /** A threshold a point of a formula is measured from. */
    enum Threshold {
        /** No threshold: the point is its offset. */
        NONE,
        /**
         * The base; as an anchor or span an absent base counts as 0, as the start of a piece it
         * starts the piece at once (the piece below it never applies).
         */
        BASE,
        /** The plan. */
        PLAN,
        /** The target; as the start of a piece an absent target starts it at once. */
        TARGET
    }

    /**
     * A value measured from a row's thresholds: the threshold plus an offset.
     *
     * @param threshold the threshold, not null
     * @param offset the offset, not null
     */
    record Point(Threshold threshold, BigDecimal offset) {

        /** The point 0. */
        static final Point ZERO = new Point(Threshold.NONE, BigDecimal.ZERO);

        /**
         * Obtains a point.
         *
         * @param threshold the threshold, not null
         * @param offset the offset, not null
         */
        public Point {
            Objects.requireNonNull(threshold, "threshold");
            offset = Decimals.normalise(Objects.requireNonNull(offset, "offset"));
        }

        static Point at(Threshold threshold) {
            return new Point(threshold, BigDecimal.ZERO);
        }

        static Point constant(BigDecimal value) {
            return new Point(Threshold.NONE, value);
        }

        /** The point's value, or null if its threshold is absent (an absent base reads 0 when {@code baseOrZero}). */
        @Nullable BigDecimal value(Thresholds thresholds, boolean baseOrZero) {
            BigDecimal t = switch (threshold) {
                case NONE -> BigDecimal.ZERO;
                case BASE -> thresholds.base() == null && baseOrZero ? BigDecimal.ZERO : thresholds.base();
                case PLAN -> thresholds.plan();
                case TARGET -> thresholds.target();
            };
            return t == null ? null : offset.signum() == 0 ? t : t.add(offset);
        }
    }

    /** What a piece's index is. */
    enum Kind {
        /** A constant: {@link Piece#add()}. */
        CONSTANT,
        /** A straight line: add + slope × (fact − anchor) / (spanTo − spanFrom), the quotient rounded once. */
        LINEAR,
        /** A reciprocal: add + slope × (spanTo − spanFrom) / (fact − anchor), the quotient rounded once. */
        RECIPROCAL,
        /** The curve's cap (a fact of 0 or less on an inverted ratio); a fact the curve cannot score without one. */
        CAP
    }

    /**
     * One piece of a curve: where it starts along the fact, and its index.
     *
     * @param start the fact where the piece starts, null for a piece that starts below every fact
     * @param startInclusive whether a fact equal to the start is in this piece
     * @param kind what the index is, not null
     * @param add added to the rounded quotient (the whole index of a constant piece), at most at the
     *     index scale 0, not null
     * @param slope the slope's factor, not null
     * @param anchor the fact at which a straight piece's quotient is 0, not null
     * @param spanTo the end of the span, not null
     * @param spanFrom the start of the span, not null
     */
    record Piece(@Nullable Point start, boolean startInclusive, Kind kind, BigDecimal add, BigDecimal slope, Point anchor,
            Point spanTo, Point spanFrom) {

        /**
         * Obtains a piece.
         *
         * @param start the fact where the piece starts, null for a piece that starts below every fact
         * @param startInclusive whether a fact equal to the start is in this piece
         * @param kind what the index is, not null
         * @param add added to the rounded quotient, not null
         * @param slope the slope's factor, not null
         * @param anchor the fact at which a straight piece's quotient is 0, not null
         * @param spanTo the end of the span, not null
         * @param spanFrom the start of the span, not null
         */
        public Piece {
            Objects.requireNonNull(kind, "kind");
            add = Decimals.normalise(Objects.requireNonNull(add, "add"));
            slope = Decimals.normalise(Objects.requireNonNull(slope, "slope"));
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(spanTo, "spanTo");
            Objects.requireNonNull(spanFrom, "spanFrom");
        }

        static Piece constant(@Nullable Point start, boolean startInclusive, BigDecimal value) {
            return new Piece(start, startInclusive, Kind.CONSTANT, value, BigDecimal.ZERO, Point.ZERO, Point.ZERO, Point.ZERO);
        }

        static Piece line(@Nullable Point start, boolean startInclusive, BigDecimal add, BigDecimal slope, Point anchor,
                Point spanTo, Point spanFrom) {
            return new Piece(start, startInclusive, Kind.LINEAR, add, slope, anchor, spanTo, spanFrom);
        }

        /** The rounded index of this piece at a value {@code x} of the fact, before floor and cap; null for {@link Kind#CAP}. */
        @Nullable BigDecimal at(Thresholds thresholds, BigDecimal x, Precision precision) {
            return switch (kind) {
                case CONSTANT -> precision.roundIndex(add);
                case CAP -> null;
                case LINEAR -> {
                    BigDecimal dividend = x.subtract(value(anchor, thresholds)).multiply(slope);
                    BigDecimal quotient = precision.divideIndex(dividend, span(thresholds));
                    yield add.signum() == 0 ? quotient : quotient.add(add);
                }
                case RECIPROCAL -> {
                    BigDecimal dividend = span(thresholds).multiply(slope);
                    BigDecimal quotient = precision.divideIndex(dividend, x.subtract(value(anchor, thresholds)));
                    yield add.signum() == 0 ? quotient : quotient.add(add);
                }
            };
        }

        private BigDecimal span(Thresholds thresholds) {
            return value(spanTo, thresholds).subtract(value(spanFrom, thresholds));
        }

        private static BigDecimal value(Point point, Thresholds thresholds) {
            // Anchors and spans read an absent base as 0; the requirements rule out any other absence.
            return Objects.requireNonNull(point.value(thresholds, true), "a threshold the formula requires");
        }
    }

    /**
     * A curve made of pieces along the fact: the piece a fact falls in is the last one whose start
     * it has reached (in the direction of the pieces), its index is rounded once, then floored at 0
     * and capped at the lower of {@link #cap()} and, when the thresholds have a target, the index
     * {@link #capAtTarget()} gives at the target.
     *
     * <p>{@link #bigDecimalIndex} is the definition. The same pieces compiled for a scale of the
     * values and a precision ({@link ScaledPieces}, through {@link #scaled}) are the one evaluation on
     * scaled {@code long}s, which {@link #index} tries first and the team batch's kernel reads.
     *
     * <p>A value: equal formulas have equal pieces, direction, cap and requirements. Immutable and
     * thread-safe (the cache of compiled forms is written without a lock; see {@link #scaled}).
     */
    final class Pieces implements CurveFormula {

        private final List<Piece> pieces;
        private final boolean ascending;
        private final @Nullable BigDecimal cap;
        private final int capAtTarget;
        private final List<Requirement> requirements;
        /** The largest scale of an offset of a point, at least 0. */
        private final int offsetScale;
        /**
         * The compiled forms by scale of the values, 0 to 18, each for the last precision it was asked
         * for. See {@link #scaled}.
         */
        private final @Nullable ScaledPieces[] scaled = new ScaledPieces[Scaled.MAX_POWER + 1];

        /**
         * Obtains a formula of pieces.
         *
         * @param pieces the pieces in order, the first without a start, not null
         * @param ascending whether the pieces follow a rising fact (else a falling one)
         * @param cap the highest index, unrounded, null for none
         * @param capAtTarget the piece whose index at the target also caps the curve, -1 for none
         * @param requirements what the formula needs of the thresholds, not null
         */
        public Pieces(List<Piece> pieces, boolean ascending, @Nullable BigDecimal cap, int capAtTarget,
                List<Requirement> requirements) {
            this.pieces = List.copyOf(pieces);
            this.requirements = List.copyOf(requirements);
            if (this.pieces.isEmpty() || this.pieces.get(0).start() != null) {
                throw new IllegalStateException("the first piece of a curve starts below every fact: " + pieces);
            }
            if (capAtTarget >= this.pieces.size()) {
                throw new IllegalStateException("no piece " + capAtTarget + " to cap at the target");
            }
            this.ascending = ascending;
            this.cap = cap;
            this.capAtTarget = capAtTarget;
            int scale = 0;
            for (Piece piece : this.pieces) {
                for (Point point : new Point[] {piece.start(), piece.anchor(), piece.spanTo(), piece.spanFrom()}) {
                    if (point != null) {
                        scale = Math.max(scale, point.offset().scale());
                    }
                }
            }
            this.offsetScale = scale;
        }

        /**
         * Returns the pieces in order, the first without a start.
         *
         * @return the pieces, not null
         */
        public List<Piece> pieces() {
            return pieces;
        }

        /**
         * Returns whether the pieces follow a rising fact (else a falling one).
         *
         * @return true if ascending
         */
        public boolean ascending() {
            return ascending;
        }

        /**
         * Returns the highest index, unrounded.
         *
         * @return the cap, null for none
         */
        public @Nullable BigDecimal cap() {
            return cap;
        }

        /**
         * Returns the piece whose index at the target also caps the curve.
         *
         * @return the piece, -1 for none
         */
        public int capAtTarget() {
            return capAtTarget;
        }

        @Override
        public List<Requirement> requirements() {
            return requirements;
        }

        /**
         * Returns the largest scale of the offsets of the formula's points (offsets are normalised):
         * values at a scale of at least this one hold every point exactly.
         *
         * @return the scale, at least 0
         */
        public int offsetScale() {
            return offsetScale;
        }

        /**
         * Returns the formula compiled for a scale of the values and a precision's index scale and
         * rounding mode.
         *
         * <p>The compiled forms are cached in a small array indexed by the scale (0 to 18), each
         * entry holding the form for the last precision asked at that scale: a scorecard evaluates
         * every line with one precision and its facts at a few scales, so a formula compiles a
         * handful of times and then reads its entry; a caller alternating precisions on the same
         * formula recompiles, which costs time, never correctness, since an entry is used only for
         * the precision it was compiled for ({@link ScaledPieces#isFor}). The entries are written
         * without a lock: two threads may compile the same form, and either's is correct; a form's
         * fields are final, so a thread that reads an entry sees it whole.
         *
         * @param scale the scale of the values, 0 to 18, at least {@link #offsetScale()}
         * @param precision the precision, not null
         * @return the compiled form, not {@link ScaledPieces#usable() usable} if a constant does not fit a {@code long}
         */
        public ScaledPieces scaled(int scale, Precision precision) {
            ScaledPieces form = scaled[scale];
            if (form == null || !form.isFor(precision)) {
                form = ScaledPieces.compile(this, scale, precision);
                scaled[scale] = form;
            }
            return form;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Pieces that && pieces.equals(that.pieces) && ascending == that.ascending
                    && Objects.equals(cap, that.cap) && capAtTarget == that.capAtTarget
                    && requirements.equals(that.requirements);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pieces, ascending, cap, capAtTarget, requirements);
        }

        @Override
        public String toString() {
            return "Pieces[pieces=" + pieces + ", ascending=" + ascending + ", cap=" + cap + ", capAtTarget=" + capAtTarget
                    + ", requirements=" + requirements + "]";
        }

        /**
         * RatioCurve: higher is better, 0 at or below a base, else fact × 100 / plan; lower is
         * better, 0 at or above a base, plan × 100 / fact below it, and the cap at a fact of 0 or less.
         */
        static Pieces ratio(@Nullable BigDecimal cap, boolean higherIsBetter) {
            Point plan = Point.at(Threshold.PLAN);
            Piece zero = Piece.constant(null, false, BigDecimal.ZERO);
            Point base = Point.at(Threshold.BASE);
            if (higherIsBetter) {
                return new Pieces(List.of(zero, Piece.line(base, false, BigDecimal.ZERO, Decimals.HUNDRED, Point.ZERO, plan,
                        Point.ZERO)), true, cap, 1, List.of(Requirement.POSITIVE_PLAN));
            }
            Piece inverted = new Piece(base, false, Kind.RECIPROCAL, BigDecimal.ZERO, Decimals.HUNDRED, Point.ZERO, plan,
                    Point.ZERO);
            Piece best = new Piece(Point.ZERO, true, Kind.CAP, BigDecimal.ZERO, BigDecimal.ZERO, Point.ZERO, Point.ZERO,
                    Point.ZERO);
            return new Pieces(List.of(zero, inverted, best), false, cap, 1,
                    List.of(Requirement.POSITIVE_PLAN, Requirement.POSITIVE_TARGET_WHEN_LOWER));
        }

        /** LinearCurve: (fact − base) × 100 / (plan − base), the same in both directions. */
        static Pieces linear(@Nullable BigDecimal cap) {
            Point base = Point.at(Threshold.BASE);
            return new Pieces(List.of(Piece.line(null, false, BigDecimal.ZERO, Decimals.HUNDRED, base,
                    Point.at(Threshold.PLAN), base)), true, cap, 0, List.of(Requirement.BASE_OR_POSITIVE_PLAN));
        }

        /**
         * TwoSlopeCurve: up to plan (fact − base) × 100 / (plan − base); beyond it 100 +
         * (fact − plan) × (max − 100) / (target − plan), capped at the maximum.
         */
        static Pieces twoSlope(BigDecimal maxIndex, boolean higherIsBetter) {
            Point base = Point.at(Threshold.BASE);
            Point plan = Point.at(Threshold.PLAN);
            return new Pieces(List.of(
                    Piece.line(null, false, BigDecimal.ZERO, Decimals.HUNDRED, base, plan, base),
                    Piece.line(plan, false, Decimals.HUNDRED, maxIndex.subtract(Decimals.HUNDRED), plan,
                            Point.at(Threshold.TARGET), plan)),
                    higherIsBetter, maxIndex, -1, List.of(Requirement.BASE_OR_POSITIVE_PLAN, Requirement.TARGET));
        }

        /**
         * TargetBandCurve: 0 up to plan − criticalBelow, rising to 100 at plan − toleranceBelow, 100
         * up to plan + toleranceAbove, falling to 0 at plan + criticalAbove, 0 beyond.
         */
        static Pieces targetBand(BigDecimal toleranceBelow, BigDecimal criticalBelow, BigDecimal toleranceAbove,
                BigDecimal criticalAbove) {
            Point lowest = new Point(Threshold.PLAN, criticalBelow.negate());
            Point highest = new Point(Threshold.PLAN, criticalAbove);
            return new Pieces(List.of(
                    Piece.constant(null, false, BigDecimal.ZERO),
                    Piece.line(lowest, false, BigDecimal.ZERO, Decimals.HUNDRED, lowest,
                            Point.constant(criticalBelow), Point.constant(toleranceBelow)),
                    Piece.constant(new Point(Threshold.PLAN, toleranceBelow.negate()), true, Decimals.HUNDRED),
                    Piece.line(new Point(Threshold.PLAN, toleranceAbove), false, BigDecimal.ZERO, Decimals.HUNDRED.negate(),
                            highest, Point.constant(criticalAbove), Point.constant(toleranceAbove)),
                    Piece.constant(highest, true, BigDecimal.ZERO)),
                    true, Decimals.HUNDRED, -1, List.of());
        }

        @Override
        public BigDecimal index(String indicatorId, Thresholds thresholds, BigDecimal fact, Precision precision) {
            // The compiled form on scaled longs when every value fits (only the index is then made as a
            // BigDecimal); otherwise, or for a fact it leaves undecided, on BigDecimal.
            BigDecimal scaled = ScaledIndex.index(this, thresholds, fact, precision);
            return scaled != null ? scaled : bigDecimalIndex(indicatorId, thresholds, fact, precision);
        }

        /**
         * Computes the index on {@code BigDecimal}: the definition, which {@link ScaledPieces#index}
         * follows on longs.
         *
         * @param indicatorId the indicator's id, for an error, not null
         * @param thresholds the thresholds, validated by the curve, not null
         * @param fact the fact, not null
         * @param precision the rounding rule, not null
         * @return the index, as {@link #index}
         */
        BigDecimal bigDecimalIndex(String indicatorId, Thresholds thresholds, BigDecimal fact, Precision precision) {
            Piece piece = pieces.get(pieceOf(thresholds, fact));
            BigDecimal rounded = piece.at(thresholds, fact, precision);
            if (rounded != null) {
                if (rounded.signum() < 0) {
                    return precision.zeroIndex();
                }
                if (capAtTarget < 0 || thresholds.target() == null) {
                    // The cap alone bounds the index (maxIndex is ROUND(cap)). A cap with no more
                    // decimals than the index is its own rounding, so the index is compared with it
                    // as it is and the rounded cap made only when it applies.
                    if (cap == null) {
                        return rounded;
                    }
                    if (cap.scale() <= precision.indexScale()) {
                        return rounded.compareTo(cap) > 0 ? precision.roundIndex(cap) : rounded;
                    }
                }
            }
            BigDecimal roundedCap = maxIndex(thresholds, precision);
            if (rounded == null) {
                if (roundedCap == null) {
                    throw new KpiInputException(Reason.UNSCORABLE_FACT, indicatorId, Decimals.quoteText(fact),
                            "fact " + Decimals.quoteText(fact) + " of lower-is-better indicator '" + indicatorId
                                    + "' cannot be scored by an inverted ratio without a cap (plan / fact has no value)");
                }
                return roundedCap;
            }
            return roundedCap != null && rounded.compareTo(roundedCap) > 0 ? roundedCap : rounded;
        }

        /** The position of the piece a fact falls in: the last whose start it has reached. */
        private int pieceOf(Thresholds thresholds, BigDecimal fact) {
            for (int k = pieces.size() - 1; k > 0; k--) {
                Piece piece = pieces.get(k);
                BigDecimal start = Objects.requireNonNull(piece.start()).value(thresholds, false);
                if (start == null) {
                    return k; // an absent threshold starts the piece below every fact
                }
                int c = fact.compareTo(start) * (ascending ? 1 : -1);
                if (c > 0 || c == 0 && piece.startInclusive()) {
                    return k;
                }
            }
            return 0;
        }

        @Override
        public @Nullable BigDecimal maxIndex(Thresholds thresholds, Precision precision) {
            BigDecimal roundedCap = cap == null ? null : precision.roundIndex(cap);
            BigDecimal target = thresholds.target();
            if (capAtTarget < 0 || target == null) {
                return roundedCap;
            }
            Piece piece = pieces.get(capAtTarget);
            if (piece.kind() == Kind.RECIPROCAL && target.subtract(Piece.value(piece.anchor(), thresholds)).signum() <= 0
                    || piece.kind() == Kind.LINEAR && piece.span(thresholds).signum() == 0) {
                // Thresholds the curve refuses: maxIndex promises no exception, so the cap alone answers.
                return roundedCap;
            }
            BigDecimal targetIndex = piece.at(thresholds, target, precision);
            return roundedCap == null || targetIndex == null ? targetIndex : targetIndex.min(roundedCap);
        }
    }

    /**
     * A band table looked up by the plan attainment in percent (rounded like an index, as
     * {@link Attainment} defines it) or by the fact itself. Below the table the index is 0, except
     * for a lower-is-better fact table, where the first band holds (below it is better than its
     * first row); an unbounded-best attainment (lower is better, fact 0 or less) falls in the last band.
     *
     * @param bands the table, not null
     * @param onAttainment whether the table is looked up by attainment (else by the fact)
     * @param higherIsBetter the indicator's direction
     */
    record Steps(Bands bands, boolean onAttainment, boolean higherIsBetter) implements CurveFormula {

        /**
         * Obtains a step formula.
         *
         * @param bands the table, not null
         * @param onAttainment whether the table is looked up by attainment
         * @param higherIsBetter the indicator's direction
         */
        public Steps {
            Objects.requireNonNull(bands, "bands");
        }

        /**
         * Returns whether a value below the table takes the first band's value (a lower-is-better
         * fact table) rather than 0.
         *
         * @return true if the first band holds below the table
         */
        public boolean firstBandBelowTable() {
            return !onAttainment && !higherIsBetter;
        }

        @Override
        public BigDecimal index(String indicatorId, Thresholds thresholds, BigDecimal fact, Precision precision) {
            Band band;
            if (onAttainment) {
                BigDecimal attainment = Attainment.percent(higherIsBetter, thresholds.plan(), fact, precision);
                band = attainment == null ? bands.bands().get(bands.bands().size() - 1) : bands.find(attainment);
            } else {
                band = bands.find(fact);
                if (band == null && firstBandBelowTable()) {
                    band = bands.bands().get(0);
                }
            }
            return band == null ? precision.zeroIndex() : precision.roundIndex(band.value());
        }

        @Override
        public BigDecimal maxIndex(Thresholds thresholds, Precision precision) {
            return precision.roundIndex(bands.maxValue());
        }

        @Override
        public List<Requirement> requirements() {
            return onAttainment ? List.of(Requirement.POSITIVE_PLAN) : List.of();
        }

        /**
         * Returns the lowest value a lookup value at a scale must reach to fall in each band: the
         * lower bounds rounded up to that scale, exact because every looked-up value is at it.
         *
         * @param scale the scale of the looked-up values
         * @return the unscaled bounds in order, not null
         * @throws ArithmeticException if a bound does not fit a {@code long}
         */
        public long[] lowerBounds(int scale) {
            List<Band> list = bands.bands();
            long[] bounds = new long[list.size()];
            for (int i = 0; i < bounds.length; i++) {
                bounds[i] = list.get(i).lowerInclusive().setScale(scale, RoundingMode.CEILING).unscaledValue().longValueExact();
            }
            return bounds;
        }
    }
}
