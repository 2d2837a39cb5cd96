package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.scorecard.KpiIndex;

/**
 * An indicator's plan attainment in percent as a measure: {@code fact / plan × 100} when higher
 * is better, {@code plan / fact × 100} when lower is better, rounded like an index (HALF_UP to 4
 * decimal places by default, {@code ROUND(fact / plan * 100; 4)} in a spreadsheet). Unlike the
 * index it ignores the indicator's curve, base and target. Obtain it with
 * {@link Measure#attainment(String)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param indicatorId the indicator id, not null
 */
public record AttainmentMeasure(String indicatorId) implements Measure {

    /**
     * Obtains the measure.
     *
     * @param indicatorId the indicator id, not null
     * @throws NullPointerException if the id is null
     */
    public AttainmentMeasure {
        Objects.requireNonNull(indicatorId, "indicatorId");
    }

    /**
     * {@inheritDoc}
     *
     * @throws KpiInputException if the scorecard has no such indicator, the plan is not positive,
     *     or a lower-is-better fact is not positive
     */
    @Override
    public BigDecimal value(PayContext context) {
        KpiIndex index = context.evaluation().index(indicatorId);
        BigDecimal plan = index.thresholds().plan();
        BigDecimal fact = index.fact();
        if (plan.signum() <= 0) {
            throw new KpiInputException(Reason.PLAN_NOT_POSITIVE, indicatorId, "plan", Decimals.quoteText(plan),
                    "plan " + Decimals.quoteText(plan) + " of indicator '" + indicatorId
                            + "' must be positive to measure attainment");
        }
        if (index.indicator().isHigherBetter()) {
            return context.precision().divideIndex(fact.multiply(Decimals.HUNDRED), plan);
        }
        if (fact.signum() <= 0) {
            throw new KpiInputException(Reason.UNSCORABLE_FACT, indicatorId, "fact", Decimals.quoteText(fact),
                    "fact " + Decimals.quoteText(fact) + " of lower-is-better indicator '" + indicatorId
                            + "' must be positive to measure attainment (plan / fact × 100)");
        }
        return context.precision().divideIndex(plan.multiply(Decimals.HUNDRED), fact);
    }

    @Override
    public String describe() {
        return "attainment of '" + indicatorId + "' %";
    }
}
