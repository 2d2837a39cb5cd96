package org.kpiengine.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.kpiengine.Precision;

/**
 * The one definition of plan attainment in percent, shared by a step curve on attainment and the
 * attainment measure of a pay plan: {@code fact × 100 / plan} when higher is better,
 * {@code plan × 100 / fact} when lower is better, rounded once like an index. A lower-is-better
 * fact of 0 or less has no quotient: it is unbounded best (the best month), which each caller
 * turns into its own meaning (the top band of a table, a reading above every bound).
 */
public final class Attainment {

    private Attainment() {
    }

    /**
     * Computes the attainment in percent.
     *
     * @param higherIsBetter the indicator's direction
     * @param plan the plan, positive (the caller checks it)
     * @param fact the fact
     * @param precision the rounding rule
     * @return the attainment rounded like an index, or null for unbounded best (lower is better
     *     and the fact is 0 or less)
     */
    public static @Nullable BigDecimal percent(boolean higherIsBetter, BigDecimal plan, BigDecimal fact, Precision precision) {
        if (!higherIsBetter && fact.signum() <= 0) {
            return null;
        }
        BigDecimal onLongs = onLongs(higherIsBetter ? fact : plan, higherIsBetter ? plan : fact, precision);
        if (onLongs != null) {
            return onLongs;
        }
        if (higherIsBetter) {
            return precision.divideIndex(fact.multiply(Decimals.HUNDRED), plan);
        }
        return precision.divideIndex(plan.multiply(Decimals.HUNDRED), fact);
    }

    /**
     * {@code ROUND(numerator × 100 / denominator)} like an index on the unscaled longs of both brought
     * to their common scale: the same value and scale as {@link Precision#divideIndex}; null if a value
     * or the product does not fit, or the denominator is 0 (left to {@code BigDecimal}).
     */
    private static @Nullable BigDecimal onLongs(BigDecimal numerator, BigDecimal denominator, Precision precision) {
        int scale = Math.max(0, Math.max(numerator.scale(), denominator.scale()));
        int indexScale = precision.indexScale();
        if (indexScale + 2 > Scaled.MAX_POWER) {
            return null;
        }
        long dividend = Scaled.times(Scaled.at(numerator, scale), Scaled.pow10(indexScale + 2));
        long divisor = Scaled.at(denominator, scale);
        if (dividend == Scaled.OVER || divisor == Scaled.OVER || divisor == 0) {
            return null;
        }
        return BigDecimal.valueOf(Scaled.divide(dividend, divisor, precision.indexRounding()), indexScale);
    }
}
