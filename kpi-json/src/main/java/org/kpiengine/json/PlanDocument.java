package org.kpiengine.json;

import java.util.List;
import java.util.Objects;

import org.kpiengine.Precision;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;

/**
 * What one plan document holds: a role template (scorecard and optional pay plan) and the
 * precision its figures are rounded with.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param template the role template, not null
 * @param precision the rounding rule, not null
 * @since 0.1.0
 */
public record PlanDocument(RoleTemplate template, Precision precision) {

    /**
     * Obtains a plan document.
     *
     * @param template the role template, not null
     * @param precision the rounding rule, not null
     */
    public PlanDocument {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(precision, "precision");
    }

    /**
     * Obtains a plan document with the default precision.
     *
     * @param template the role template, not null
     * @return the document, not null
     */
    public static PlanDocument of(RoleTemplate template) {
        return new PlanDocument(template, Precision.DEFAULT);
    }

    /**
     * Evaluates the scorecard on one employee's facts, with this document's precision.
     *
     * @param facts the facts, not null
     * @return the evaluation, not null
     * @throws org.kpiengine.KpiInputException if a fact is missing or cannot be scored
     */
    public Evaluation evaluate(Facts facts) {
        return template.scorecard().evaluate(facts, precision);
    }

    /**
     * Evaluates the scorecard and the pay plan for one employee, with this document's precision.
     *
     * @param facts the facts, not null
     * @param inputs the salary and other pay inputs, not null
     * @return the payout, not null
     * @throws org.kpiengine.KpiInputException if the document has no pay plan, or the facts or
     *     inputs break a rule
     */
    public Payout pay(Facts facts, PayInputs inputs) {
        PayPlan plan = template.payPlan();
        if (plan == null) {
            throw new org.kpiengine.KpiInputException(org.kpiengine.KpiInputException.Reason.INVALID_SCHEME, null, "pay", null,
                    "role '" + template.role() + "' has no pay plan");
        }
        return plan.evaluate(evaluate(facts), inputs, precision);
    }

    /**
     * Returns a team batch of this one role, with this document's precision.
     *
     * @return the batch, not null
     */
    public TeamBatch batch() {
        return TeamBatch.of(List.of(template)).withPrecision(precision);
    }
}
