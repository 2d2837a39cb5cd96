package org.kpiengine.examples.files;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes and reads the results CSV of a team payout: one row per employee.
 *
 * <p>Columns: {@code employee_id, status, rating}, then one column per pay component (named by
 * the pay plan, in its order, e.g. {@code salary, bonus, gate, cap, idle_hours}), then
 * {@code total, currency, error}. Numbers are plain decimals with a dot, money at the currency's
 * minor unit ({@code 1234.50}), ratings at 4 decimal places; an employee with status
 * {@code ERROR} has empty number cells and the reason in {@code error}. The file is UTF-8 CSV as
 * RFC 4180 writes it; a cell may hold a quoted line break (an employee id can).
 */
public final class ResultsCsv {

    /**
     * One employee's row.
     *
     * @param employeeId the employee id
     * @param status {@code OK}, {@code WARNING} or {@code ERROR}
     * @param rating the rating, null for an error
     * @param components the pay components by name, in order; empty for an error
     * @param total the total pay, null for an error
     * @param currency the currency code
     * @param error the reason of an error, or the warnings, empty if none
     */
    public record Row(String employeeId, String status, BigDecimal rating, Map<String, BigDecimal> components,
            BigDecimal total, String currency, String error) {
    }

    private ResultsCsv() {
    }

    /**
     * Writes a results file, quoting a cell only where RFC 4180 needs it (a comma, a quote, a line
     * break, surrounding spaces).
     *
     * @param out where to write, not null
     * @param componentNames the component column names, in order, not null
     * @param rows the rows, not null
     * @throws IOException if {@code out} cannot be written
     */
    public static void write(Appendable out, List<String> componentNames, List<Row> rows) throws IOException {
        List<String> header = new ArrayList<>(List.of("employee_id", "status", "rating"));
        header.addAll(componentNames);
        header.addAll(List.of("total", "currency", "error"));
        CSVPrinter printer = new CSVPrinter(out, Csv.writeFormat());
        printer.printRecord(header);
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.employeeId(), row.status(), text(row.rating())));
            for (String name : componentNames) {
                cells.add(text(row.components().get(name)));
            }
            cells.addAll(List.of(text(row.total()), row.currency(), row.error()));
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /**
     * Reads a results file written by {@link #write}.
     *
     * @param bytes the file, UTF-8, not null
     * @return the rows, not null
     * @throws IllegalArgumentException if the file is not a results file or a row cannot be read,
     *     naming the line
     */
    public static List<Row> read(byte[] bytes) {
        Csv.Contents csv = Csv.read(bytes, false);
        if (csv.fileProblem() != null) {
            throw new IllegalArgumentException(csv.fileProblem());
        }
        if (csv.records().isEmpty()) {
            throw new IllegalArgumentException("not a results file: the file is empty");
        }
        for (Csv.Record record : csv.records()) {
            if (!record.isValid()) {
                throw new IllegalArgumentException("line " + record.line() + ": " + record.problem());
            }
        }
        List<String> header = csv.records().get(0).cells();
        int n = header.size();
        if (n < 6 || !header.get(0).equals("employee_id") || !header.get(n - 3).equals("total")) {
            throw new IllegalArgumentException("not a results file: header " + header);
        }
        List<String> componentNames = header.subList(3, n - 3);
        List<Row> out = new ArrayList<>();
        for (Csv.Record record : csv.records().subList(1, csv.records().size())) {
            List<String> c = record.cells();
            if (c.size() != n) {
                throw new IllegalArgumentException("line " + record.line() + ": " + c.size() + " cells where the header has "
                        + n);
            }
            Map<String, BigDecimal> components = new LinkedHashMap<>();
            for (int i = 0; i < componentNames.size(); i++) {
                BigDecimal value = number(c.get(3 + i));
                if (value != null) {
                    components.put(componentNames.get(i), value);
                }
            }
            out.add(new Row(c.get(0), c.get(1), number(c.get(2)), components, number(c.get(n - 3)), c.get(n - 2),
                    c.get(n - 1)));
        }
        return out;
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static BigDecimal number(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }
}
