package org.kpiengine.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kpiengine.KpiInputException;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.examples.files.FactsCsv;
import org.kpiengine.examples.files.PlanDefinition;
import org.kpiengine.examples.files.Problem;
import org.kpiengine.examples.files.ResultsCsv;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/**
 * A team payout from files: reads a CRM's CSV export (one row per employee and indicator) and a
 * pay-plan definition, writes a results CSV (one row per employee) and prints a team summary.
 *
 * <p>Usage: {@code TeamPayoutFromFiles [facts.csv plan.properties results.csv]}. With no
 * arguments it runs on the sample shipped in this module ({@code sample/facts.csv},
 * {@code sample/plan.properties}) and writes {@code team-results.csv} to the temporary directory.
 *
 * <p>Malformed rows are reported with file, line and reason; the employee they belong to gets an
 * ERROR result naming them; every other employee is still computed.
 */
public final class TeamPayoutFromFiles {

    static final String USAGE = String.join("\n",
            "usage: TeamPayoutFromFiles [facts.csv plan.properties results.csv]",
            "  facts.csv       one row per employee and indicator; columns (header required):",
            "                  employee_id, indicator_id, fact (required); salary, base, plan, target (optional)",
            "  plan.properties the scorecard and pay plan (see sample/plan.properties)",
            "  results.csv     written: employee_id, status, rating, one column per pay line, total, currency, error",
            "  no arguments:   runs on the sample shipped with the examples");

    private TeamPayoutFromFiles() {
    }

    /**
     * Runs the team payout.
     *
     * @param args none, or the facts file, the plan definition and the results file
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.out.println("No files given: running on the sample shipped with the examples.");
            System.out.println(USAGE);
            System.out.println();
            Path results = Path.of(System.getProperty("java.io.tmpdir"), "team-results.csv");
            try (BufferedReader facts = resource("sample/facts.csv"); BufferedReader plan = resource("sample/plan.properties")) {
                run("sample/facts.csv", facts, "sample/plan.properties", plan, results, System.out);
            }
        } else if (args.length == 3) {
            try (BufferedReader facts = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                    BufferedReader plan = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
                run(args[0], facts, args[1], plan, Path.of(args[2]), System.out);
            }
        } else {
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    /**
     * Computes every employee of a facts file with a plan definition, writes the results file and
     * prints the summary.
     *
     * @param factsName the facts file's name, for messages
     * @param facts the facts file
     * @param planName the plan definition's name, for messages
     * @param plan the plan definition
     * @param results where to write the results CSV
     * @param out where to print the summary
     * @return the rows written, in the order of the facts file
     * @throws IOException if the results cannot be written
     */
    public static List<ResultsCsv.Row> run(String factsName, BufferedReader facts, String planName, BufferedReader plan,
            Path results, PrintStream out) throws IOException {
        // 1. The definition: one scorecard template and one pay plan for the whole team.
        PlanDefinition definition = PlanDefinition.read(planName, plan);
        Set<String> known = new TreeSet<>(definition.inputs());
        definition.scorecard().lines().forEach(line -> known.add(line.id()));

        // 2. The CRM export: malformed rows are collected, not fatal.
        FactsCsv.Contents contents = FactsCsv.read(factsName, facts, known);

        // 3. Each employee on their own: one bad employee never stops the others.
        List<ResultsCsv.Row> rows = new ArrayList<>();
        for (FactsCsv.EmployeeRows employee : contents.employees()) {
            rows.add(compute(definition, employee));
        }
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(results, StandardCharsets.UTF_8))) {
            ResultsCsv.write(writer, definition.lineNames(), rows);
        }
        printSummary(out, definition, contents, rows, results);
        return rows;
    }

    private static ResultsCsv.Row compute(PlanDefinition definition, FactsCsv.EmployeeRows employee) {
        String currency = definition.currency().getCurrencyCode();
        if (!employee.problems().isEmpty()) {
            String reason = "malformed rows: " + employee.problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("; "));
            return error(employee.id(), currency, reason);
        }
        if (employee.salary() == null) {
            return error(employee.id(), currency, "no salary was given for employee '" + employee.id() + "'");
        }
        try {
            Scorecard scorecard = individual(definition.scorecard(), employee);
            Facts.Builder facts = Facts.builder();
            PayInputs inputs = PayInputs.of(Money.of(definition.currency(), employee.salary()));
            for (Map.Entry<String, BigDecimal> fact : employee.facts().entrySet()) {
                if (definition.inputs().contains(fact.getKey())) {
                    inputs = inputs.with(fact.getKey(), fact.getValue());
                } else {
                    facts.put(fact.getKey(), fact.getValue());
                }
            }
            Evaluation evaluation = scorecard.evaluate(facts.build());
            Payout payout = definition.payPlan().evaluate(evaluation, inputs);
            Map<String, BigDecimal> components = new LinkedHashMap<>();
            for (PayLine line : payout.lines()) {
                components.put(line.name(), line.amount().amount());
            }
            String warnings = payout.warnings().stream().map(w -> w.message()).collect(Collectors.joining("; "));
            return new ResultsCsv.Row(employee.id(), warnings.isEmpty() ? "OK" : "WARNING", evaluation.rating(),
                    components, payout.total().amount(), currency, warnings);
        } catch (KpiInputException e) {
            return error(employee.id(), currency, "employee '" + employee.id() + "': " + e.getMessage());
        }
    }

    /** The template with this employee's individual thresholds, where the file gave any. */
    private static Scorecard individual(Scorecard template, FactsCsv.EmployeeRows employee) {
        Map<String, Thresholds> individual = new LinkedHashMap<>();
        employee.thresholds().forEach((id, cells) -> {
            if (template.has(id) && (cells[0] != null || cells[1] != null || cells[2] != null)) {
                Thresholds defaults = template.line(id).thresholds();
                individual.put(id, new Thresholds(cells[0] != null ? cells[0] : defaults.base(),
                        cells[1] != null ? cells[1] : defaults.plan(), cells[2] != null ? cells[2] : defaults.target()));
            }
        });
        return individual.isEmpty() ? template : template.withThresholds(individual);
    }

    private static ResultsCsv.Row error(String employeeId, String currency, String reason) {
        return new ResultsCsv.Row(employeeId, "ERROR", null, Map.of(), null, currency, reason);
    }

    private static void printSummary(PrintStream out, PlanDefinition definition, FactsCsv.Contents contents,
            List<ResultsCsv.Row> rows, Path results) {
        List<ResultsCsv.Row> computed = rows.stream().filter(r -> r.total() != null).collect(Collectors.toList());
        BigDecimal totalPaid = computed.stream().map(ResultsCsv.Row::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        long met = computed.stream().filter(r -> r.rating().compareTo(BigDecimal.valueOf(100)) >= 0).count();
        String currency = definition.currency().getCurrencyCode();

        out.println("Team payout: " + rows.size() + " employees, " + computed.size() + " computed, "
                + (rows.size() - computed.size()) + " with errors");
        out.println("Total paid: " + totalPaid.toPlainString() + " " + currency);
        out.println("Met plan (rating >= 100): " + met + " of " + computed.size() + " ("
                + percent(met, computed.size()) + " %)");
        out.println("Top 10 by rating:");
        List<ResultsCsv.Row> ranking = new ArrayList<>(computed);
        ranking.sort(Comparator.comparing(ResultsCsv.Row::rating).reversed().thenComparing(ResultsCsv.Row::employeeId));
        for (int i = 0; i < Math.min(10, ranking.size()); i++) {
            ResultsCsv.Row row = ranking.get(i);
            out.printf(Locale.ROOT, "  %2d. %-6s rating %9s  total %10s %s%n", i + 1, row.employeeId(),
                    row.rating().toPlainString(), row.total().toPlainString(), currency);
        }
        if (!contents.problems().isEmpty()) {
            out.println("Malformed rows:");
            contents.problems().forEach(p -> out.println("  " + p));
        }
        rows.stream().filter(r -> r.status().equals("ERROR"))
                .forEach(r -> out.println("Error: " + r.employeeId() + ": " + r.error()));
        out.println("Results written to " + results);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "0" : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static BufferedReader resource(String name) {
        InputStream in = TeamPayoutFromFiles.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("the sample " + name + " is missing from the classpath"));
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
