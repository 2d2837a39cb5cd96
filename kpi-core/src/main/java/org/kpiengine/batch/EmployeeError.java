package org.kpiengine.batch;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;

/**
 * The error result of one employee in a team batch: the rule the employee's data breaks.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param row the employee's row in the input, from 0
 * @param employeeId the employee's id, not null
 * @param cause the exception the object API throws for this employee's data, not null
 * @since 0.1.0
 */
public record EmployeeError(int row, String employeeId, KpiInputException cause) {

    /**
     * Obtains an error result.
     *
     * @param row the employee's row in the input, from 0
     * @param employeeId the employee's id, not null
     * @param cause the exception the object API throws for this employee's data, not null
     * @throws NullPointerException if an argument is null
     */
    public EmployeeError {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(cause, "cause");
    }

    /**
     * Returns the rule that was broken.
     *
     * @return the reason, not null
     */
    public KpiInputException.Reason reason() {
        return cause.reason();
    }

    /**
     * Returns the indicator concerned.
     *
     * @return the indicator id, or null when the rule is not about one indicator
     */
    public @Nullable String indicatorId() {
        return cause.indicatorId();
    }

    /**
     * Returns the field concerned, such as {@code fact}, {@code plan} or {@code salary}.
     *
     * @return the field name, or null when the rule is not about one field
     */
    public @Nullable String field() {
        return cause.field();
    }

    /**
     * Returns the message, naming the employee, then stating the rule, the indicator and the value:
     * {@code "employee 'E17': no fact was given for indicator 'revenue'"}.
     *
     * @return the message, not null
     */
    public String message() {
        return "employee '" + employeeId + "': " + cause.getMessage();
    }

    @Override
    public String toString() {
        return reason() + " " + message();
    }
}
