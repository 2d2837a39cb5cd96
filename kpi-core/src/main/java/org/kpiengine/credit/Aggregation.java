package org.kpiengine.credit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.scorecard.Facts;

/**
 * Sums a period's credits into each employee's facts, in minor units, without keeping the credits:
 * one {@code long} per employee and indicator (a {@code BigInteger} only for a sum that leaves the
 * {@code long} range), and, for a roll-up, the same amount added to the managers of the credit's
 * date. The employees come in order of first appearance (the hierarchy's first), the indicators in
 * order of first credit.
 */
final class Aggregation {

    private final LocalDate first;
    private final LocalDate last;
    private final @Nullable Hierarchy hierarchy;
    private final RollUp rollUp;
    private final int scale;
    private final List<String> employees;
    private final Map<String, Integer> index;
    private final List<String> indicators = new ArrayList<>(2);
    private final List<Sums> sums = new ArrayList<>(2);
    private @Nullable String lastIndicator;
    private int lastIndicatorIndex = -1;

    Aggregation(LocalDate first, LocalDate last, @Nullable Hierarchy hierarchy, RollUp rollUp, int scale, int expected) {
        this.first = first;
        this.last = last;
        this.hierarchy = hierarchy;
        this.rollUp = hierarchy == null ? RollUp.NONE : rollUp;
        this.scale = scale;
        int capacity = Math.max(16, Math.min(expected, 1 << 24));
        this.employees = new ArrayList<>(capacity);
        this.index = new HashMap<>(capacity * 4 / 3 + 1);
        if (hierarchy != null) {
            for (String e : hierarchy.employeesBetween(first, last)) {
                employee(e);
            }
        }
    }

    /** Adds one transaction's credits, one per receiver of its deal, if its date is in the period. */
    void add(String transactionId, String indicatorId, LocalDate date, List<Receiver> receivers, long[] parts) {
        if (date.isBefore(first) || date.isAfter(last)) {
            return;
        }
        Sums cells = indicator(indicatorId);
        for (int i = 0; i < receivers.size(); i++) {
            String employeeId = receivers.get(i).employeeId();
            long units = parts[i];
            cells.add(employee(employeeId), units);
            if (hierarchy != null) {
                rollUp(transactionId, indicatorId, date, employeeId, cells, units, null);
            }
        }
    }

    /** Adds one credit, if its date is in the period. */
    void add(String transactionId, String indicatorId, LocalDate date, String employeeId, BigInteger units) {
        if (date.isBefore(first) || date.isAfter(last)) {
            return;
        }
        Sums cells = indicator(indicatorId);
        cells.add(employee(employeeId), units);
        if (hierarchy != null) {
            rollUp(transactionId, indicatorId, date, employeeId, cells, 0, units);
        }
    }

    private void rollUp(String transactionId, String indicatorId, LocalDate date, String employeeId, Sums cells, long units,
            @Nullable BigInteger big) {
        Hierarchy h = hierarchy;
        if (h == null) {
            return;
        }
        Reporting assignment = h.assignmentOn(employeeId, date);
        if (assignment == null) {
            throw new TransactionException(transactionId, Reason.NO_ASSIGNMENT, indicatorId, "employeeId", employeeId,
                    "employee '" + employeeId + "' is credited by transaction '" + transactionId + "' on " + date
                            + " towards '" + indicatorId + "' but has no assignment in the hierarchy on that day");
        }
        if (rollUp == RollUp.NONE) {
            return;
        }
        String manager = assignment.managerId();
        while (manager != null) {
            int m = employee(manager);
            if (big == null) {
                cells.add(m, units);
            } else {
                cells.add(m, big);
            }
            if (rollUp == RollUp.DIRECT) {
                break;
            }
            manager = h.managerOn(manager, date);
        }
    }

    private Sums indicator(String indicatorId) {
        if (indicatorId.equals(lastIndicator)) {
            return sums.get(lastIndicatorIndex);
        }
        int i = indicators.indexOf(indicatorId);
        if (i < 0) {
            i = indicators.size();
            indicators.add(indicatorId);
            sums.add(new Sums(Math.max(16, employees.size())));
        }
        lastIndicator = indicatorId;
        lastIndicatorIndex = i;
        return sums.get(i);
    }

    private int employee(String employeeId) {
        Integer i = index.get(employeeId);
        if (i != null) {
            return i;
        }
        int next = employees.size();
        index.put(employeeId, next);
        employees.add(employeeId);
        return next;
    }

    /** The indicators credited in the period, in order of first credit. */
    List<String> indicators() {
        return Collections.unmodifiableList(indicators);
    }

    /** Every employee's facts, in order of first appearance. */
    Map<String, Facts> facts() {
        Map<String, Facts> result = new LinkedHashMap<>(employees.size() * 4 / 3 + 1);
        for (int e = 0; e < employees.size(); e++) {
            Facts.Builder builder = Facts.builder();
            for (int i = 0; i < indicators.size(); i++) {
                builder.put(indicators.get(i), sums.get(i).value(e, scale));
            }
            result.put(employees.get(e), builder.build());
        }
        return Collections.unmodifiableMap(result);
    }

    /** One indicator's sums by employee index, in minor units. */
    private static final class Sums {
        private long[] small;
        private BigInteger @Nullable [] big;

        Sums(int capacity) {
            small = new long[capacity];
        }

        void add(int employee, long units) {
            grow(employee);
            long before = small[employee];
            long after = before + units;
            if (((before ^ after) & (units ^ after)) < 0) {
                // the long range is left: carry the sum so far into the BigInteger
                spill(employee, BigInteger.valueOf(before).add(BigInteger.valueOf(units)));
            } else {
                small[employee] = after;
            }
        }

        void add(int employee, BigInteger units) {
            if (units.bitLength() < 63) {
                add(employee, units.longValue());
            } else {
                grow(employee);
                spill(employee, BigInteger.valueOf(small[employee]).add(units));
            }
        }

        private void spill(int employee, BigInteger amount) {
            if (big == null) {
                big = new BigInteger[small.length];
            }
            BigInteger[] b = big;
            b[employee] = b[employee] == null ? amount : b[employee].add(amount);
            small[employee] = 0;
        }

        private void grow(int employee) {
            if (employee >= small.length) {
                int size = Math.max(employee + 1, small.length * 2);
                small = Arrays.copyOf(small, size);
                if (big != null) {
                    big = Arrays.copyOf(big, size);
                }
            }
        }

        BigDecimal value(int employee, int scale) {
            long units = employee < small.length ? small[employee] : 0;
            BigInteger[] b = big;
            if (b != null && employee < b.length && b[employee] != null) {
                return new BigDecimal(b[employee].add(BigInteger.valueOf(units)), scale);
            }
            return BigDecimal.valueOf(units, scale);
        }
    }
}
