package org.kpiengine.derived;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.internal.Decimals;

/**
 * Plan completion (docs/reference/derived.md, Plan completion): {@code fact / plan × 100}, a percentage rounded once
 * like a KPI index, {@code ROUND(fact × 100 / plan; 4)} {@code HALF_UP} by default. The fact may
 * be any number (a loss gives a negative completion); the plan must be positive.
 *
 * <pre>{@code
 * PlanCompletion.of(new BigDecimal("570"), new BigDecimal("500")); // 114.0000
 * }</pre>
 *
 * <p>This class has no instances.
 *
 * @since 0.1.0
 */
public final class PlanCompletion {

    private PlanCompletion() {
    }

    /**
     * Returns the plan completion with the default precision.
     *
     * @param fact the fact, not null
     * @param plan the plan, positive
     * @return the percentage, rounded to 4 places, not null
     * @throws KpiInputException if the plan is not positive
     */
    public static BigDecimal of(BigDecimal fact, BigDecimal plan) {
        return of(fact, plan, Precision.DEFAULT);
    }

    /**
     * Returns the plan completion, {@code ROUND(fact × 100 / plan; indexScale)}.
     *
     * @param fact the fact, not null
     * @param plan the plan, positive
     * @param precision the rounding rule, not null
     * @return the percentage, rounded to the precision's index scale, not null
     * @throws KpiInputException with reason {@code PLAN_NOT_POSITIVE} if the plan is 0 or negative
     */
    public static BigDecimal of(BigDecimal fact, BigDecimal plan, Precision precision) {
        Decimals.checkRange(null, "fact", Objects.requireNonNull(fact, "fact"));
        Decimals.checkRange(null, "plan", Objects.requireNonNull(plan, "plan"));
        Objects.requireNonNull(precision, "precision");
        if (plan.signum() <= 0) {
            throw new KpiInputException(Reason.PLAN_NOT_POSITIVE, null, "plan", Decimals.quoteText(plan),
                    "plan completion divides by the plan, which must be positive, but is " + Decimals.quoteText(plan));
        }
        return precision.divideIndex(fact.multiply(Decimals.HUNDRED), plan);
    }
}
