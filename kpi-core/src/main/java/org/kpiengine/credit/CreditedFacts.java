package org.kpiengine.credit;

import java.math.BigDecimal;
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
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.scorecard.Facts;

/**
 * Each employee's credited facts for one period, with the explanation of every fact. Obtained from
 * {@link CreditLedger#facts}.
 *
 * <p>Every employee in the result has a fact for every indicator credited in the period (0 where
 * nothing was credited to them), so the facts feed a scorecard or a team batch directly.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CreditedFacts {

    private final LocalDate first;
    private final LocalDate last;
    private final RollUp rollUp;
    private final Set<String> indicators;
    private final Map<String, Map<String, List<Credit>>> own;
    private final Map<String, Map<String, List<Credit>>> rolledUp;
    private final Map<String, Facts> facts;

    private CreditedFacts(LocalDate first, LocalDate last, RollUp rollUp, Set<String> employees, Set<String> indicators,
            Map<String, Map<String, List<Credit>>> own, Map<String, Map<String, List<Credit>>> rolledUp) {
        this.first = first;
        this.last = last;
        this.rollUp = rollUp;
        this.indicators = Collections.unmodifiableSet(indicators);
        this.own = own;
        this.rolledUp = rolledUp;
        Map<String, Facts> built = new LinkedHashMap<>();
        for (String employee : employees) {
            Facts.Builder builder = Facts.builder();
            for (String indicator : indicators) {
                builder.put(indicator, sum(list(own, employee, indicator)).add(sum(list(rolledUp, employee, indicator))));
            }
            built.put(employee, builder.build());
        }
        this.facts = Collections.unmodifiableMap(built);
    }

    static CreditedFacts of(List<Credit> credits, LocalDate first, LocalDate last, @Nullable Hierarchy hierarchy,
            RollUp rollUp) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "last", last.toString(),
                    "a period's last day " + last + " is before its first day " + first);
        }
        Set<String> employees = new LinkedHashSet<>();
        if (hierarchy != null) {
            employees.addAll(hierarchy.employeesBetween(first, last));
        }
        Set<String> indicators = new LinkedHashSet<>();
        Map<String, Map<String, List<Credit>>> own = new LinkedHashMap<>();
        Map<String, Map<String, List<Credit>>> rolled = new LinkedHashMap<>();
        for (Credit c : credits) {
            if (c.date().isBefore(first) || c.date().isAfter(last)) {
                continue;
            }
            indicators.add(c.indicatorId());
            employees.add(c.employeeId());
            add(own, c.employeeId(), c);
            if (hierarchy == null || rollUp == RollUp.NONE) {
                if (hierarchy != null) {
                    requireAssigned(hierarchy, c);
                }
                continue;
            }
            requireAssigned(hierarchy, c);
            String manager = hierarchy.managerOn(c.employeeId(), c.date());
            while (manager != null) {
                employees.add(manager);
                add(rolled, manager, c);
                if (rollUp == RollUp.DIRECT) {
                    break;
                }
                manager = hierarchy.managerOn(manager, c.date());
            }
        }
        return new CreditedFacts(first, last, rollUp, employees, indicators, own, rolled);
    }

    private static void requireAssigned(Hierarchy hierarchy, Credit c) {
        if (!hierarchy.isAssigned(c.employeeId(), c.date())) {
            throw new KpiInputException(Reason.NO_ASSIGNMENT, c.indicatorId(), "employeeId", c.employeeId(),
                    "employee '" + c.employeeId() + "' is credited by transaction '" + c.transactionId() + "' on " + c.date()
                            + " towards '" + c.indicatorId() + "' but has no assignment in the hierarchy on that day");
        }
    }

    private static void add(Map<String, Map<String, List<Credit>>> into, String employee, Credit c) {
        into.computeIfAbsent(employee, k -> new LinkedHashMap<>()).computeIfAbsent(c.indicatorId(), k -> new ArrayList<>()).add(c);
    }

    private static List<Credit> list(Map<String, Map<String, List<Credit>>> from, String employee, String indicator) {
        Map<String, List<Credit>> byIndicator = from.get(employee);
        if (byIndicator == null) {
            return List.of();
        }
        return byIndicator.getOrDefault(indicator, List.of());
    }

    private static List<Credit> byDate(List<Credit> credits) {
        List<Credit> sorted = new ArrayList<>(credits);
        sorted.sort(Comparator.comparing(Credit::date));
        return sorted;
    }

    private static BigDecimal sum(List<Credit> credits) {
        BigDecimal total = BigDecimal.ZERO;
        for (Credit c : credits) {
            total = total.add(c.amount().amount());
        }
        return total;
    }

    /**
     * Returns the employees that have facts, in order of first appearance (hierarchy first).
     *
     * @return the unmodifiable set, not null
     */
    public Set<String> employees() {
        return facts.keySet();
    }

    /**
     * Returns the indicators credited in the period, in order of first credit.
     *
     * @return the unmodifiable set, not null
     */
    public Set<String> indicators() {
        return indicators;
    }

    /**
     * Returns an employee's facts.
     *
     * @param employeeId the employee, not null
     * @return the facts; empty if the employee has none in the period, not null
     */
    public Facts facts(String employeeId) {
        Facts result = facts.get(Objects.requireNonNull(employeeId, "employeeId"));
        return result == null ? Facts.builder().build() : result;
    }

    /**
     * Returns every employee's facts.
     *
     * @return the unmodifiable map of employee to facts, not null
     */
    public Map<String, Facts> asMap() {
        return facts;
    }

    /**
     * Returns one indicator's facts for a list of employees as a team batch column, in that order:
     * the way to hand a CRM's deals to a {@link org.kpiengine.batch.TeamBatch}.
     *
     * <pre>{@code
     * TeamInput input = TeamInput.builder(ids.size())
     *         .employeeIds(ids.toArray(String[]::new))
     *         .facts("revenue", q1.column("revenue", ids))
     *         .build();
     * }</pre>
     *
     * @param indicatorId the indicator, not null
     * @param employeeIds the employees, one per batch row, not null; an employee with no fact gets 0
     * @return the column, not null
     */
    public DecimalColumn column(String indicatorId, List<String> employeeIds) {
        Objects.requireNonNull(indicatorId, "indicatorId");
        BigDecimal[] values = new BigDecimal[employeeIds.size()];
        for (int i = 0; i < values.length; i++) {
            BigDecimal value = facts(Objects.requireNonNull(employeeIds.get(i), "employee id")).get(indicatorId);
            values[i] = value == null ? BigDecimal.ZERO : value;
        }
        return DecimalColumn.of(values);
    }

    /**
     * Explains an employee's fact of one indicator: the credits behind it.
     *
     * @param employeeId the employee, not null
     * @param indicatorId the indicator, not null
     * @return the explanation, not null; with no credits and a fact of 0 when nothing was credited
     */
    public CreditExplanation explain(String employeeId, String indicatorId) {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(indicatorId, "indicatorId");
        List<Credit> mine = byDate(list(own, employeeId, indicatorId));
        List<Credit> theirs = byDate(list(rolledUp, employeeId, indicatorId));
        return new CreditExplanation(employeeId, indicatorId, first, last, rollUp, sum(mine).add(sum(theirs)), mine, theirs);
    }

    /**
     * Returns the period's first day.
     *
     * @return the day, not null
     */
    public LocalDate first() {
        return first;
    }

    /**
     * Returns the period's last day, inclusive.
     *
     * @return the day, not null
     */
    public LocalDate last() {
        return last;
    }

    @Override
    public String toString() {
        return "CreditedFacts[" + first + ".." + last + ", " + rollUp + ", " + facts + "]";
    }
}
