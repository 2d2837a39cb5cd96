package org.kpiengine.period;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/**
 * An employee's assignment to a role from one date to another, both inclusive. Hire, role change,
 * leave and termination are written as assignments: a hire starts the first, a role change ends
 * one and starts the next, a leave is a gap between two, a termination ends the last. Days
 * outside every assignment are not paid (docs/reference/periods.md, Assignments).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param role the role, whose plan versions apply, not null
 * @param start the first day, inclusive, not null
 * @param end the last day, inclusive, null while open-ended
 * @since 0.1.0
 */
public record Assignment(String role, LocalDate start, @Nullable LocalDate end) {

    /**
     * Obtains an assignment, validating it.
     *
     * @param role the role, not null
     * @param start the first day, not null
     * @param end the last day, null while open-ended
     * @throws KpiInputException if the assignment ends before it starts
     */
    public Assignment {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "end", end.toString(),
                    "the assignment to role '" + role + "' ends on " + end + ", before it starts on " + start);
        }
    }

    /**
     * Obtains an open-ended assignment.
     *
     * @param role the role, not null
     * @param start the first day, not null
     * @return the assignment, not null
     */
    public static Assignment from(String role, LocalDate start) {
        return new Assignment(role, start, null);
    }

    /**
     * Obtains an assignment with an end date.
     *
     * @param role the role, not null
     * @param start the first day, not null
     * @param end the last day, not null
     * @return the assignment, not null
     * @throws KpiInputException if it ends before it starts
     */
    public static Assignment of(String role, LocalDate start, LocalDate end) {
        return new Assignment(role, start, Objects.requireNonNull(end, "end"));
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }
}
