package org.kpiengine.credit;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/**
 * One dated assignment in a reporting hierarchy: an employee reports to a manager (or to nobody,
 * at the top) from one date to another, both inclusive.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param employeeId the employee, not blank
 * @param managerId the manager, or null for the top of the hierarchy
 * @param from the first day, not null
 * @param to the last day (inclusive), or null when open-ended
 * @since 0.1.0
 */
public record Reporting(String employeeId, @Nullable String managerId, LocalDate from, @Nullable LocalDate to) {

    /**
     * Validates the assignment.
     *
     * @param employeeId the employee, not blank
     * @param managerId the manager, or null for the top of the hierarchy
     * @param from the first day, not null
     * @param to the last day (inclusive), or null when open-ended
     * @throws KpiInputException with {@link Reason#INVALID_ID} for a blank id, with
     *     {@link Reason#INVALID_HIERARCHY} for an employee reporting to themself or a last day before
     *     the first
     */
    public Reporting {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(from, () -> "first day of the assignment of '" + employeeId + "'");
        if (employeeId.isBlank() || (managerId != null && managerId.isBlank())) {
            throw new KpiInputException(Reason.INVALID_ID, null, employeeId.isBlank() ? "employeeId" : "managerId",
                    employeeId.isBlank() ? employeeId : managerId, "employee and manager ids must not be blank");
        }
        if (employeeId.equals(managerId)) {
            throw new KpiInputException(Reason.INVALID_HIERARCHY, null, "managerId", employeeId,
                    "the reporting hierarchy has a cycle: '" + employeeId + "' reports to themself from " + from);
        }
        if (to != null && to.isBefore(from)) {
            throw new KpiInputException(Reason.INVALID_HIERARCHY, null, "to", to.toString(),
                    "the assignment of '" + employeeId + "' ends on " + to + ", before it starts on " + from);
        }
    }

    /**
     * Obtains an open-ended assignment.
     *
     * @param employeeId the employee, not blank
     * @param managerId the manager, or null at the top
     * @param from the first day, not null
     * @return the assignment, not null
     */
    public static Reporting of(String employeeId, @Nullable String managerId, LocalDate from) {
        return new Reporting(employeeId, managerId, from, null);
    }

    /**
     * Returns whether the assignment covers a day.
     *
     * @param day the day, not null
     * @return true if {@code from <= day <= to}
     */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /**
     * Returns whether the assignment covers any day of a range.
     *
     * @param first the first day, not null
     * @param last the last day, inclusive, not null
     * @return true if they overlap
     */
    boolean overlaps(LocalDate first, @Nullable LocalDate last) {
        return (last == null || !from.isAfter(last)) && (to == null || !to.isBefore(first));
    }
}
