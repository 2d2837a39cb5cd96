package org.kpiengine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The shipped sample (docs/samples/team) and a reader of the results CSV the tool writes. */
final class Samples {

    /** The sample directory; Maven passes it, a run from the module directory finds it too. */
    static final Path DIR = Path.of(System.getProperty("kpi.samples", "../docs/samples/team"));
    static final Path PLAN = DIR.resolve("plan.json");
    static final Path FACTS = DIR.resolve("facts.csv");

    private Samples() {
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One row of a results CSV.
     *
     * @param employeeId the employee id
     * @param status OK, WARNING or ERROR
     * @param rating the rating, null for an error
     * @param components the pay components by name, empty for an error
     * @param total the total, null for an error or a plan without pay
     * @param currency the currency code
     * @param error the error or the warnings, empty if none
     */
    record Row(String employeeId, String status, BigDecimal rating, Map<String, BigDecimal> components,
            BigDecimal total, String currency, String error) {
    }

    /** Reads a results CSV; fails on anything that is not one, naming the line. */
    static List<Row> readResults(byte[] bytes) {
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
                throw new IllegalArgumentException("line " + record.line() + ": " + c.size() + " cells where the header"
                        + " has " + n);
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

    private static BigDecimal number(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }
}
