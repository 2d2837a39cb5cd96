package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Attainment;
import org.kpiengine.internal.Decimals;
import org.kpiengine.scorecard.KpiIndex;

/**
 * An indicator's plan attainment in percent as a measure: {@code fact / plan × 100} when higher
 * is better, {@code plan / fact × 100} when lower is better, rounded like an index (HALF_UP to 4
 * decimal places by default, {@code ROUND(fact / plan * 100; 4)} in a spreadsheet). Unlike the
 * index it ignores the indicator's curve, base and target. Obtain it with
 * {@link Measure#attainment(String)}.
 *
 * <p>A lower-is-better indicator at fact 0 or less (nothing overdue: the best month) has no
 * quotient; its attainment reads as {@link Reading#unboundedBest unbounded best}, which passes
 * every "at least" bound, falls in the top band of any table, and is never used as an amount.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param indicatorId the indicator id, not null
 * @since 0.1.0
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
     * @throws KpiInputException if the scorecard has no such indicator or the plan is not
     *     positive, or ({@code UNSCORABLE_FACT}, field {@code attainment}) if a lower-is-better fact
     *     is 0 or less: that attainment is unbounded best, which {@link #read} gives for comparisons
     *     and tables but which is never an amount
     */
    @Override
    public BigDecimal value(PayContext context) {
        return read(context).value();
    }

    /**
     * {@inheritDoc} A lower-is-better fact of 0 or less reads as {@link Reading#unboundedBest}:
     * it passes every "at least" bound and falls in the top band of a table.
     *
     * @throws KpiInputException if the scorecard has no such indicator or the plan is not positive
     */
    @Override
    public Reading read(PayContext context) {
        KpiIndex index = context.evaluationFor(this, indicatorId).index(indicatorId);
        BigDecimal plan = index.thresholds().plan();
        BigDecimal fact = index.fact();
        if (plan.signum() <= 0) {
            throw new KpiInputException(Reason.PLAN_NOT_POSITIVE, indicatorId, "plan", Decimals.quoteText(plan),
                    "plan " + Decimals.quoteText(plan) + " of indicator '" + indicatorId
                            + "' must be positive to measure attainment");
        }
        BigDecimal attainment = Attainment.percent(index.indicator().isHigherBetter(), plan, fact, context.precision());
        return attainment == null ? Reading.unboundedBest(indicatorId, fact) : Reading.of(attainment);
    }

    @Override
    public String describe() {
        return "attainment of '" + indicatorId + "' %";
    }
}
