package org.kpiengine.planning;

import java.util.Objects;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.scorecard.Facts;

/**
 * One employee's figures for a {@link PlanReview} with a team's data.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param employeeId the employee's id, not null
 * @param facts the employee's facts, one per indicator, not null
 * @param inputs the employee's salary and named quantities, not null
 * @since 0.1.0
 */
public record TeamMember(String employeeId, Facts facts, PayInputs inputs) {

    /**
     * Obtains a team member.
     *
     * @param employeeId the employee's id, not null
     * @param facts the employee's facts, one per indicator, not null
     * @param inputs the employee's salary and named quantities, not null
     * @throws NullPointerException if a component is null
     */
    public TeamMember {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(inputs, "inputs");
    }
}
