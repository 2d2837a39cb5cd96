package org.kpiengine.examples.files;

import java.io.BufferedReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a CRM's CSV export with one row per employee and indicator.
 *
 * <p>Columns (header row required, any order, names case-insensitive):
 * <ul>
 *   <li>{@code employee_id} (required): the employee's id in the CRM;</li>
 *   <li>{@code indicator_id} (required): an indicator id of the pay-plan definition;</li>
 *   <li>{@code fact} (required): the measured value, a decimal with a dot ({@code 8.5});</li>
 *   <li>{@code salary} (optional): the employee's fixed salary for the period; if given on several
 *       rows of one employee it must agree;</li>
 *   <li>{@code base}, {@code plan}, {@code target} (optional): the employee's individual
 *       thresholds; an empty cell keeps the definition's default.</li>
 * </ul>
 *
 * <p>A malformed row (a bad number, an unknown indicator, a missing cell, a duplicate) is
 * reported as a {@link Problem} with the file, line and reason; it never stops the others. The
 * employee it belongs to is not computed from partial data: the problems travel with that
 * employee and become its error result.
 */
public final class FactsCsv {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    /** The required columns. */
    public static final List<String> REQUIRED = List.of("employee_id", "indicator_id", "fact");
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
     * @param problems every malformed row, including those not attributable to an employee
     */
    public record Contents(List<EmployeeRows> employees, List<Problem> problems) {
    }

    private FactsCsv() {
    }

    /**
     * Reads a facts file.
     *
     * @param fileName the file name, for messages
     * @param reader the file, not null
     * @param indicatorIds the indicator ids the definition knows, not null
     * @return the employees and problems, not null
     * @throws IllegalArgumentException if the file has no header or the header lacks a required column
     */
    public static Contents read(String fileName, BufferedReader reader, Set<String> indicatorIds) {
        List<Csv.Row> rows = Csv.read(reader);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": the file is empty; expected a header with "
                    + String.join(", ", REQUIRED));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException(fileName + ":1: the header lacks the required column '"
                        + required + "' (found: " + String.join(", ", header) + ")");
            }
        }
        Map<String, Builder> employees = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            readRow(fileName, row, columns, indicatorIds, employees, problems);
        }
        List<EmployeeRows> out = new ArrayList<>();
        employees.values().forEach(b -> out.add(b.build()));
        return new Contents(out, problems);
    }

    private static void readRow(String file, Csv.Row row, Map<String, Integer> columns, Set<String> indicatorIds,
            Map<String, Builder> employees, List<Problem> problems) {
        String employeeId = cell(row, columns, "employee_id");
        if (employeeId == null || employeeId.isEmpty()) {
            problems.add(new Problem(file, row.line(), "", "the row has no employee_id"));
            return;
        }
        Builder employee = employees.computeIfAbsent(employeeId, Builder::new);
        try {
            String indicator = required(row, columns, "indicator_id");
            if (!indicatorIds.contains(indicator)) {
                throw new IllegalArgumentException("unknown indicator '" + indicator + "' (the definition has "
                        + String.join(", ", indicatorIds) + ")");
            }
            BigDecimal fact = number(required(row, columns, "fact"), "fact");
            BigDecimal salary = optionalNumber(row, columns, "salary");
            BigDecimal[] thresholds = {
                optionalNumber(row, columns, "base"), optionalNumber(row, columns, "plan"),
                optionalNumber(row, columns, "target")
            };
            if (employee.facts.containsKey(indicator)) {
                throw new IllegalArgumentException("a second fact for indicator '" + indicator + "' of employee '"
                        + employeeId + "' (first at line " + employee.lines.get(indicator) + ")");
            }
            if (salary != null && employee.salary != null && salary.compareTo(employee.salary) != 0) {
                throw new IllegalArgumentException("salary " + salary.toPlainString() + " differs from "
                        + employee.salary.toPlainString() + " given earlier for employee '" + employeeId + "'");
            }
            if (salary != null) {
                employee.salary = salary;
            }
            employee.facts.put(indicator, fact);
            employee.lines.put(indicator, row.line());
            employee.thresholds.put(indicator, thresholds);
        } catch (IllegalArgumentException e) {
            Problem problem = new Problem(file, row.line(), employeeId, e.getMessage());
            problems.add(problem);
            employee.problems.add(problem);
        }
    }

    private static String cell(Csv.Row row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= row.cells().size() ? null : row.cells().get(i);
    }

    private static String required(Csv.Row row, Map<String, Integer> columns, String name) {
        String value = cell(row, columns, name);
        if (value == null) {
            throw new IllegalArgumentException("the row has " + row.cells().size() + " cells and lacks column '"
                    + name + "'");
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("column '" + name + "' is empty");
        }
        return value;
    }

    private static BigDecimal optionalNumber(Csv.Row row, Map<String, Integer> columns, String name) {
        String value = cell(row, columns, name);
        return value == null || value.isEmpty() ? null : number(value, name);
    }

    private static BigDecimal number(String text, String column) {
        if (!NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("bad number '" + text + "' in column '" + column
                    + "' (expected a decimal with a dot, such as 1234.5)");
        }
        return new BigDecimal(text);
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
