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
        if (higherIsBetter) {
            return precision.divideIndex(fact.multiply(Decimals.HUNDRED), plan);
        }
        if (fact.signum() <= 0) {
            return null;
        }
        return precision.divideIndex(plan.multiply(Decimals.HUNDRED), fact);
    }
}
