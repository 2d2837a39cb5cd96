package org.kpiengine.batch;

/**
 * Whether an employee's result in a team batch was computed.
 *
 * @since 0.1.0
 */
public enum EmployeeStatus {
    /** Computed: indices, rating (and pay) are available; warnings may still apply. */
    OK,
    /** Not computed: the employee's data breaks a rule; {@link TeamResult#error(int)} says which. */
    ERROR
}
