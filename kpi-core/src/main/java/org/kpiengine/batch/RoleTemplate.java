package org.kpiengine.batch;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.scorecard.Scorecard;

/**
 * The template of one role in a team batch: the scorecard every employee of the role shares,
 * whose thresholds each employee's individual plan, base or target may replace, and the pay plan
 * that turns the evaluation and the employee's salary into a payout.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param role the role's name, such as {@code "account-manager"}, not null
 * @param scorecard the role's scorecard, not null
 * @param payPlan the role's pay plan, null to compute indices and ratings only
 * @since 0.1.0
 */
public record RoleTemplate(String role, Scorecard scorecard, @Nullable PayPlan payPlan) {

    /**
     * Obtains a role template.
     *
     * @param role the role's name, not null
     * @param scorecard the role's scorecard, not null
     * @param payPlan the role's pay plan, null for none
     * @throws NullPointerException if the role or the scorecard is null
     */
    public RoleTemplate {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scorecard, "scorecard");
    }

    /**
     * Obtains a role template without a pay plan: the batch computes indices and ratings.
     *
     * @param role the role's name, not null
     * @param scorecard the scorecard, not null
     * @return the template, not null
     */
    public static RoleTemplate of(String role, Scorecard scorecard) {
        return new RoleTemplate(role, scorecard, null);
    }

    /**
     * Obtains a role template with a pay plan.
     *
     * @param role the role's name, not null
     * @param scorecard the scorecard, not null
     * @param payPlan the pay plan, not null
     * @return the template, not null
     */
    public static RoleTemplate of(String role, Scorecard scorecard, PayPlan payPlan) {
        return new RoleTemplate(role, scorecard, Objects.requireNonNull(payPlan, "payPlan"));
    }
}
