package org.kpiengine.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Reads a CRM's CSV export with one row per employee and indicator.
 *
 * <p>The file is UTF-8 CSV as RFC 4180 writes it (see {@link Csv}). Columns (header row required,
 * any order, names case-insensitive, spaces around cells ignored):
 * <ul>
 *   <li>{@code employee_id} (required): the employee's id in the CRM;</li>
 *   <li>{@code indicator_id} (required): an indicator id of the plan (or a pay input its pay plan reads);</li>
 *   <li>{@code fact} (required): the measured value, a decimal with a dot ({@code 8.5});</li>
 *   <li>{@code salary} (optional): the employee's fixed salary for the period; if given on several
 *       rows of one employee it must agree;</li>
 *   <li>{@code base}, {@code plan}, {@code target} (optional): the employee's individual
 *       thresholds; an empty cell keeps the plan's.</li>
 * </ul>
 *
 * <p>A malformed row (a bad number, an unknown indicator, a missing cell, a duplicate, a quote that
 * does not close, bytes that are not UTF-8) is reported as a {@link Problem} with the file, line
 * and reason; it never stops the others. The employee it belongs to is not computed from partial
 * data: the problems travel with that employee and become its error result. Only a file that
 * cannot be read at all (empty, UTF-16, a header without the required columns) yields no
 * employees.
 */
final class FactsCsv {

    /** The required columns. */
    public static final List<String> REQUIRED = List.of("employee_id", "indicator_id", "fact");
    /** How often {@link #read(String, byte[], Set, IntConsumer)} tells its progress, in rows. */
    static final int PROGRESS_ROWS = 8192;
    /** The optional columns. */
    public static final List<String> OPTIONAL = List.of("salary", "base", "plan", "target");

    /**
     * The rows of one employee, gathered from the file.
     *
     * @param id the employee id
     * @param salary the salary, null if no row gave one
     * @param facts the facts by indicator id
     * @param thresholds the individual threshold cells by indicator id: base, plan, target, each null if empty
     * @param problems the malformed rows of this employee
     */
    public record EmployeeRows(String id, BigDecimal salary, Map<String, BigDecimal> facts,
            Map<String, BigDecimal[]> thresholds, List<Problem> problems) {
    }

    /**
     * The contents of a facts file.
     *
     * @param employees the employees, in the order of their first row
     * @param problems every problem, including those not attributable to an employee
     * @param readable false if the file could not be read at all (then {@code employees} is empty
     *     and {@code problems} says why)
     */
    public record Contents(List<EmployeeRows> employees, List<Problem> problems, boolean readable) {
    }

    private FactsCsv() {
    }

    /**
     * Reads a facts file.
     *
     * @param fileName the file name, for messages
     * @param bytes the file, UTF-8, not null
     * @param indicatorIds the ids the plan knows (indicators and pay inputs), not null
     * @return the employees and problems, not null
     */
    public static Contents read(String fileName, byte[] bytes, Set<String> indicatorIds) {
        return read(fileName, bytes, indicatorIds, rows -> { });
    }

    /**
     * Reads a facts file, telling how many rows have been read every {@value #PROGRESS_ROWS} rows.
     *
     * @param fileName the file name, for messages
     * @param bytes the file, UTF-8, not null
     * @param indicatorIds the ids the plan knows (indicators and pay inputs), not null
     * @param rowsRead told the number of rows read so far, not null
     * @return the employees and problems, not null
     */
    static Contents read(String fileName, byte[] bytes, Set<String> indicatorIds, IntConsumer rowsRead) {
        Csv.Contents csv = Csv.read(bytes, true);
        if (csv.fileProblem() != null) {
            return unreadable(new Problem(fileName, 0, "", csv.fileProblem()));
        }
        List<Csv.Record> records = csv.records();
        if (records.isEmpty()) {
            return unreadable(new Problem(fileName, 0, "", "the file is empty; expected a header with "
                    + String.join(", ", REQUIRED)));
        }
        Csv.Record headerRecord = records.get(0);
        if (!headerRecord.isValid()) {
            return unreadable(new Problem(fileName, headerRecord.line(), "", "the header cannot be read: "
                    + headerRecord.problem()));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = headerRecord.cells();
        for (int i = 0; i < header.size(); i++) {
            Integer earlier = columns.put(header.get(i).toLowerCase(Locale.ROOT), i);
            if (earlier != null && !header.get(i).isEmpty()) {
                return unreadable(new Problem(fileName, headerRecord.line(), "", "the header names column "
                        + Problem.show(header.get(i)) + " twice (columns " + (earlier + 1) + " and " + (i + 1) + ")"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                List<String> found = header.stream().map(Problem::show).toList();
                return unreadable(new Problem(fileName, headerRecord.line(), "", "the header lacks the required column '"
                        + required + "' (found: " + String.join(", ", found) + ")"));
            }
        }
        Map<String, Builder> employees = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            readRow(fileName, records.get(i), columns, indicatorIds, employees, problems);
            if (i % PROGRESS_ROWS == 0) {
                rowsRead.accept(i);
            }
        }
        List<EmployeeRows> out = new ArrayList<>();
        employees.values().forEach(b -> out.add(b.build()));
        return new Contents(List.copyOf(out), List.copyOf(problems), true);
    }

    private static Contents unreadable(Problem problem) {
        return new Contents(List.of(), List.of(problem), false);
    }

    private static void readRow(String file, Csv.Record row, Map<String, Integer> columns, Set<String> indicatorIds,
            Map<String, Builder> employees, List<Problem> problems) {
        String employeeId = cell(row, columns, "employee_id");
        if (employeeId == null || employeeId.isEmpty()) {
            String reason = row.isValid() ? "the row has no employee_id"
                    : row.problem() + "; the row's employee_id cannot be read";
            problems.add(new Problem(file, row.line(), "", reason));
            return;
        }
        Builder employee = employees.computeIfAbsent(employeeId, Builder::new);
        try {
            if (!row.isValid()) {
                throw new Reject(row.problem());
            }
            String indicator = required(row, columns, "indicator_id");
            if (!indicatorIds.contains(indicator)) {
                throw new Reject("unknown indicator " + Problem.show(indicator)
                        + " (the plan knows " + String.join(", ", indicatorIds) + ")");
            }
            BigDecimal fact = number(required(row, columns, "fact"), "fact");
            BigDecimal salary = optionalNumber(row, columns, "salary");
            BigDecimal[] thresholds = {
                optionalNumber(row, columns, "base"), optionalNumber(row, columns, "plan"),
                optionalNumber(row, columns, "target")
            };
            if (employee.facts.containsKey(indicator)) {
                throw new Reject("a second fact for indicator '" + indicator + "' of employee "
                        + Problem.show(employeeId) + " (first at line " + employee.lines.get(indicator) + ")");
            }
            if (salary != null && employee.salary != null && salary.compareTo(employee.salary) != 0) {
                throw new Reject("salary " + salary.toPlainString() + " differs from "
                        + employee.salary.toPlainString() + " given earlier for employee " + Problem.show(employeeId));
            }
            if (salary != null) {
                employee.salary = salary;
            }
            employee.facts.put(indicator, fact);
            employee.lines.put(indicator, row.line());
            employee.thresholds.put(indicator, thresholds);
        } catch (Reject | IllegalArgumentException e) {
            String reason = row.lastLine() == row.line() ? e.getMessage() : e.getMessage() + " (the row runs from line "
                    + row.line() + " to " + row.lastLine() + " through a quoted cell: if that is not meant, a quote is"
                    + " missing or stray)";
            Problem problem = new Problem(file, row.line(), employeeId, reason);
            problems.add(problem);
            employee.problems.add(problem);
        }
    }

    private static String cell(Csv.Record row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= row.cells().size() ? null : row.cells().get(i);
    }

    private static String required(Csv.Record row, Map<String, Integer> columns, String name) {
        String value = cell(row, columns, name);
        if (value == null) {
            throw new Reject("the row has " + row.cells().size() + " cells and lacks column '"
                    + name + "'");
        }
        if (value.isEmpty()) {
            throw new Reject("column '" + name + "' is empty");
        }
        return value;
    }

    private static BigDecimal optionalNumber(Csv.Record row, Map<String, Integer> columns, String name) {
        String value = cell(row, columns, name);
        return value == null || value.isEmpty() ? null : number(value, name);
    }

    private static BigDecimal number(String text, String column) {
        return DecimalText.parse(text, "in column '" + column + "'");
    }

    /** A row rejected with a reason: an expected outcome, so it carries no stack trace. */
    private static final class Reject extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Reject(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final class Builder {
        private final String id;
        private BigDecimal salary;
        private final Map<String, BigDecimal> facts = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new HashMap<>();
        private final Map<String, BigDecimal[]> thresholds = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        Builder(String id) {
            this.id = id;
        }

        EmployeeRows build() {
            return new EmployeeRows(id, salary, Map.copyOf(facts), Map.copyOf(thresholds), List.copyOf(problems));
        }
    }
}
