package org.kpiengine.batch;

/** Whether an employee's result in a team batch was computed. */
public enum EmployeeStatus {
    /** Computed: indices, rating (and pay) are available; warnings may still apply. */
    OK,
    /** Not computed: the employee's data breaks a rule; {@link TeamResult#error(int)} says which. */
    ERROR
}
