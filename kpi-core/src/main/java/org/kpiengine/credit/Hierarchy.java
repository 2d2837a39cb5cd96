package org.kpiengine.credit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/**
 * A reporting hierarchy with effective dates: who reports to whom on each day, built from
 * {@link Reporting} assignments.
 *
 * <p>Validated when built: an employee may have at most one assignment on any day (two managers
 * on one day is an error naming the employee, both managers and the day), and on no day may the
 * manager chain come back to an employee (a cycle is an error naming the employees in it and the
 * day). Days outside every assignment of an employee are days they are not assigned.
 *
 * <pre>{@code
 * Hierarchy team = Hierarchy.of(List.of(
 *         Reporting.of("maria", null, LocalDate.of(2026, 1, 1)),
 *         Reporting.of("anna", "maria", LocalDate.of(2026, 1, 1)),
 *         new Reporting("ben", "maria", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 14)),
 *         Reporting.of("ben", "oleg", LocalDate.of(2026, 2, 15))));
 * team.managerOn("ben", LocalDate.of(2026, 3, 1)); // "oleg"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Hierarchy {

    /** Each employee's assignments, sorted by first day, not overlapping. */
    private final Map<String, List<Reporting>> byEmployee;

    private Hierarchy(Map<String, List<Reporting>> byEmployee) {
        this.byEmployee = byEmployee;
    }

    /**
     * Obtains a hierarchy from dated assignments, in any order.
     *
     * @param assignments the assignments, not null
     * @return the hierarchy, not null
     * @throws KpiInputException with {@link Reason#INVALID_HIERARCHY} for two assignments of one
     *     employee on one day, or a cycle on some day
     */
    public static Hierarchy of(List<Reporting> assignments) {
        Objects.requireNonNull(assignments, "assignments");
        Map<String, List<Reporting>> grouped = new LinkedHashMap<>();
        for (Reporting r : assignments) {
            grouped.computeIfAbsent(Objects.requireNonNull(r, "assignment").employeeId(), k -> new ArrayList<>()).add(r);
        }
        Map<String, List<Reporting>> sorted = new LinkedHashMap<>();
        grouped.forEach((employee, list) -> {
            list.sort(Comparator.comparing(Reporting::from));
            for (int i = 1; i < list.size(); i++) {
                Reporting before = list.get(i - 1);
                Reporting after = list.get(i);
                if (before.to() == null || !before.to().isBefore(after.from())) {
                    throw new KpiInputException(Reason.INVALID_HIERARCHY, null, "managerId", employee,
                            "employee '" + employee + "' has two assignments on " + after.from() + ": reporting to "
                                    + who(before.managerId()) + " and to " + who(after.managerId())
                                    + "; an employee has one manager on any day");
                }
            }
            sorted.put(employee, List.copyOf(list));
        });
        Hierarchy hierarchy = new Hierarchy(sorted);
        hierarchy.refuseCycles();
        return hierarchy;
    }

    private static String who(@Nullable String managerId) {
        return managerId == null ? "nobody" : "'" + managerId + "'";
    }

    /**
     * A cycle present on some day is present on the latest first day of its links, and passes
     * through the employee whose link starts then; so walking up from each assignment's first day
     * finds every cycle.
     */
    private void refuseCycles() {
        for (List<Reporting> list : byEmployee.values()) {
            for (Reporting r : list) {
                if (r.managerId() == null) {
                    continue;
                }
                LocalDate day = r.from();
                List<String> path = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                String current = r.employeeId();
                while (current != null) {
                    if (!seen.add(current)) {
                        int start = path.indexOf(current);
                        List<String> cycle = new ArrayList<>(path.subList(start, path.size()));
                        cycle.add(current);
                        String text = String.join(" -> ", cycle);
                        throw new KpiInputException(Reason.INVALID_HIERARCHY, null, "managerId", text,
                                "the reporting hierarchy has a cycle on " + day + ": " + text);
                    }
                    path.add(current);
                    current = managerOn(current, day);
                }
            }
        }
    }

    /**
     * Returns the assignment of an employee on a day.
     *
     * @param employeeId the employee, not null
     * @param day the day, not null
     * @return the assignment, or null if the employee is not assigned that day
     */
    public @Nullable Reporting assignmentOn(String employeeId, LocalDate day) {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(day, "day");
        List<Reporting> list = byEmployee.get(employeeId);
        if (list == null) {
            return null;
        }
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Reporting r = list.get(mid);
            if (r.from().isAfter(day)) {
                high = mid - 1;
            } else if (r.covers(day)) {
                return r;
            } else {
                low = mid + 1;
            }
        }
        return null;
    }

    /**
     * Returns the manager of an employee on a day.
     *
     * @param employeeId the employee, not null
     * @param day the day, not null
     * @return the manager, or null at the top or when the employee is not assigned that day
     */
    public @Nullable String managerOn(String employeeId, LocalDate day) {
        Reporting r = assignmentOn(employeeId, day);
        return r == null ? null : r.managerId();
    }

    /**
     * Returns whether an employee has an assignment on a day.
     *
     * @param employeeId the employee, not null
     * @param day the day, not null
     * @return true if assigned
     */
    public boolean isAssigned(String employeeId, LocalDate day) {
        return assignmentOn(employeeId, day) != null;
    }

    /**
     * Returns the employees assigned on at least one day of a range, in the order first listed.
     *
     * @param first the first day, not null
     * @param last the last day, inclusive, not null
     * @return the unmodifiable set, not null
     */
    public Set<String> employeesBetween(LocalDate first, LocalDate last) {
        Set<String> result = new LinkedHashSet<>();
        byEmployee.forEach((employee, list) -> {
            for (Reporting r : list) {
                if (r.overlaps(first, last)) {
                    result.add(employee);
                    return;
                }
            }
        });
        return Collections.unmodifiableSet(result);
    }

    /**
     * Returns the direct reports of a manager on a day, in the order first listed.
     *
     * @param managerId the manager, not null
     * @param day the day, not null
     * @return the reports, not null
     */
    public List<String> reportsOn(String managerId, LocalDate day) {
        List<String> result = new ArrayList<>();
        byEmployee.forEach((employee, list) -> {
            if (managerId.equals(managerOn(employee, day))) {
                result.add(employee);
            }
        });
        return List.copyOf(result);
    }

    @Override
    public String toString() {
        return "Hierarchy" + byEmployee.values();
    }
}
