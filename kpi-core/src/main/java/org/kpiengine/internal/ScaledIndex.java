package org.kpiengine.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.kpiengine.Precision;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.internal.CurveFormula.Pieces;

/**
 * The object API's path on scaled {@code long}s for a formula of pieces: brings the fact and the
 * thresholds to their common scale (at least that of the formula's offsets) and evaluates the
 * formula's compiled form ({@link ScaledPieces}, the one evaluation on longs, which the team batch's
 * kernel reads too), so that only the index itself is made as a {@code BigDecimal}.
 *
 * <p>It answers only where every value fits a {@code long} at that scale, within 18 places, and the
 * compiled form decides the fact; otherwise it answers null and the caller evaluates the formula
 * with {@code BigDecimal}, which gives the same index or the exception. The result is the
 * {@code BigDecimal} evaluation's, value and scale.
 *
 * <p>Stateless and thread-safe.
 */
final class ScaledIndex {

    private ScaledIndex() {
    }

    /**
     * Computes the index as {@link Pieces#bigDecimalIndex} does, on scaled longs.
     *
     * @param formula the formula, not null
     * @param thresholds the thresholds, validated by the curve, not null
     * @param fact the fact, not null
     * @param precision the rounding rule, not null
     * @return the index (equal in value and scale to the {@code BigDecimal} evaluation's), or null
     *     if the values or a step are beyond the evaluation on longs
     */
    static @Nullable BigDecimal index(Pieces formula, Thresholds thresholds, BigDecimal fact, Precision precision) {
        BigDecimal baseValue = thresholds.base();
        BigDecimal planValue = thresholds.plan();
        BigDecimal targetValue = thresholds.target();
        int scale = Math.max(formula.offsetScale(), fact.scale());
        if (baseValue != null) {
            scale = Math.max(scale, baseValue.scale());
        }
        scale = Math.max(scale, planValue.scale());
        if (targetValue != null) {
            scale = Math.max(scale, targetValue.scale());
        }
        if (scale > Scaled.MAX_POWER) {
            return null;
        }
        // Scaled.at answers OVER (Long.MIN_VALUE, which is also ScaledPieces.ABSENT) for a value that
        // does not fit: a present value must not read as absent.
        long x = Scaled.at(fact, scale);
        long base = baseValue == null ? ScaledPieces.ABSENT : Scaled.at(baseValue, scale);
        long plan = Scaled.at(planValue, scale);
        long target = targetValue == null ? ScaledPieces.ABSENT : Scaled.at(targetValue, scale);
        if (x == Scaled.OVER || baseValue != null && base == Scaled.OVER || plan == Scaled.OVER
                || targetValue != null && target == Scaled.OVER) {
            return null;
        }
        long index = formula.scaled(scale, precision).index(x, base, plan, target);
        return index == ScaledPieces.UNDECIDED ? null : BigDecimal.valueOf(index, precision.indexScale());
    }
}
