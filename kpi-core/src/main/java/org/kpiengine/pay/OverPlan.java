package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.scorecard.KpiIndex;

/**
 * The over-plan condition: an indicator's fact reaches a multiple of its plan, compared exactly
 * (no rounding): {@code fact ≥ multiple × plan} when higher is better, {@code fact × multiple ≤ plan}
 * when lower is better. {@code multiple} 1.3 means "30 % over plan". The plan must be positive: a
 * multiple of a plan of 0 or of a negative (loss) plan means nothing, and is an error.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param indicatorId the indicator id, not null
 * @param multiple the multiple of plan, positive, not null
 * @since 0.1.0
 */
public record OverPlan(String indicatorId, BigDecimal multiple) implements Condition {

    /**
     * Obtains the condition.
     *
     * @param indicatorId the indicator id, not null
     * @param multiple the multiple of plan, positive, not null
     * @throws KpiInputException if the multiple is not positive
     */
    public OverPlan {
        Objects.requireNonNull(indicatorId, "indicatorId");
        multiple = Decimals.normalise(indicatorId, "multiple", multiple);
        if (multiple.signum() <= 0) {
            throw new KpiInputException(Reason.INVALID_SCHEME, indicatorId, "multiple", Decimals.quoteText(multiple),
                    "multiple " + Decimals.quoteText(multiple) + " of the plan of indicator '" + indicatorId + "' must be positive");
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws KpiInputException if the scorecard has no such indicator, or (reason
     *     {@code PLAN_NOT_POSITIVE}) its plan is 0 or less, where a multiple of the plan means nothing
     */
    @Override
    public ConditionCheck check(PayContext context) {
        KpiIndex index = context.evaluationForFactOf(indicatorId).index(indicatorId);
        BigDecimal plan = positivePlan(index);
        boolean higher = index.indicator().isHigherBetter();
        boolean held = higher
                ? index.fact().compareTo(multiple.multiply(plan)) >= 0
                : index.fact().multiply(multiple).compareTo(plan) <= 0;
        return new ConditionCheck(this, index.fact(), held, List.of());
    }

    private BigDecimal positivePlan(KpiIndex index) {
        BigDecimal plan = index.thresholds().plan();
        if (plan.signum() <= 0) {
            String rule = index.indicator().isHigherBetter() ? "fact ≥ " + Decimals.text(multiple) + " × plan"
                    : "fact × " + Decimals.text(multiple) + " ≤ plan";
            throw new KpiInputException(Reason.PLAN_NOT_POSITIVE, indicatorId, "plan", Decimals.quoteText(plan),
                    "plan " + Decimals.quoteText(plan) + " of indicator '" + indicatorId
                            + "' must be positive for the over-plan condition " + rule);
        }
        return plan;
    }

    /**
     * Returns the measures this condition reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return List.of(Measure.fact(indicatorId));
    }
}
