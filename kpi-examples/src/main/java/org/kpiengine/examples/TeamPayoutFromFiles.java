package org.kpiengine.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * <p>Usage: {@code TeamPayoutFromFiles [facts.csv plan.properties results.csv]}, or
 * {@code --help}. With no arguments it runs on the sample shipped in this module
 * ({@code sample/facts.csv}, {@code sample/plan.properties}) and writes {@code team-results.csv}
 * to the temporary directory.
 *
 * <p>Every problem of a file is reported as {@code file:line: reason}. A malformed row costs only
 * its own employee, who gets an ERROR result naming it; every other employee is still computed,
 * and every employee of the facts file gets a row in the results, even when the plan definition
 * cannot be read. Exit codes: 0 when the files were read (even if some employees have errors),
 * 1 when a file cannot be read or used at all, 2 for bad arguments.
 */
public final class TeamPayoutFromFiles {

    static final String TITLE = "== TeamPayoutFromFiles: a team's payout from a CRM's CSV export and a plan file ==";

    static final String USAGE = String.join("\n",
            "usage: TeamPayoutFromFiles [facts.csv plan.properties results.csv]",
            "       TeamPayoutFromFiles --help",
            "  facts.csv       UTF-8 CSV, one row per employee and indicator; columns (header required):",
            "                  employee_id, indicator_id, fact (required); salary, base, plan, target (optional)",
            "  plan.properties UTF-8, the scorecard and pay plan (see sample/plan.properties)",
            "  results.csv     written: employee_id, status, rating, one column per pay line, total, currency, error",
            "  no arguments:   runs on the sample shipped with the examples",
            "exit code: 0 files read (employees with errors are in the results), 1 a file cannot be used,"
                    + " 2 bad arguments");

    /** How many problems and error rows the summary lists before it only counts them. */
    static final int LISTED = 50;

    /**
     * The outcome of a team payout.
     *
     * @param currency the currency code of the plan, empty if the plan could not be read
     * @param lineNames the pay line names, the component columns of the results
     * @param rows one row per employee of the facts file, in the order of their first row
     * @param problems every problem of the facts file; if the plan definition could not be read,
     *     its problem only (after the facts file's if that could not be read either)
     * @param complete false if the plan definition or the facts file could not be used at all
     */
    public record Team(String currency, List<String> lineNames, List<ResultsCsv.Row> rows, List<Problem> problems,
            boolean complete) {

        /**
         * Obtains a team outcome, copying the lists.
         */
        public Team {
            lineNames = List.copyOf(lineNames);
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    private TeamPayoutFromFiles() {
    }

    /**
     * Runs the team payout and exits with the code of {@link #run(String[], PrintStream, PrintStream)}
     * if it is not 0.
     *
     * @param args none, {@code --help}, or the facts file, the plan definition and the results file
     */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the team payout as {@link #main} does, without exiting.
     *
     * @param args none, {@code --help}, or the facts file, the plan definition and the results file
     * @param out where the title, the summary and the usage for {@code --help} go
     * @param err where errors and the usage for bad arguments go
     * @return the exit code: 0 when the files were read (even if some employees have errors),
     *     1 when a file cannot be read, written or used at all, 2 for bad arguments
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return 0;
        }
        String bad = args.length != 0 && args.length != 3
                ? "expected no arguments, --help, or three file names; got " + args.length + " arguments"
                : Arrays.stream(args).filter(a -> a.startsWith("-")).findFirst()
                        .map(a -> "unknown option " + Problem.show(a)).orElse(null);
        if (bad != null) {
            err.println("TeamPayoutFromFiles: " + bad);
            err.println(USAGE);
            return 2;
        }
        out.println(TITLE);
        String factsName;
        String planName;
        byte[] facts;
        byte[] plan;
        Path results;
        try {
            if (args.length == 0) {
                out.println("No files given: running on the sample shipped with the examples (--help for usage).");
                out.println();
                factsName = "sample/facts.csv";
                planName = "sample/plan.properties";
                facts = resource(factsName);
                plan = resource(planName);
                results = Path.of(System.getProperty("java.io.tmpdir"), "team-results.csv");
            } else {
                factsName = args[0];
                planName = args[1];
                facts = Files.readAllBytes(Path.of(factsName));
                plan = Files.readAllBytes(Path.of(planName));
                results = Path.of(args[2]);
            }
        } catch (IOException | InvalidPathException e) {
            err.println("TeamPayoutFromFiles: cannot read an input file: " + describe(e));
            return 1;
        }
        Team team = compute(factsName, facts, planName, plan);
        try (Writer writer = Files.newBufferedWriter(results, StandardCharsets.UTF_8)) {
            ResultsCsv.write(writer, team.lineNames(), team.rows());
        } catch (IOException | InvalidPathException e) {
            err.println("TeamPayoutFromFiles: cannot write the results: " + describe(e));
            return 1;
        }
        print(team, out);
        out.println("Results written to " + results);
        return team.complete() ? 0 : 1;
    }

    /**
     * Computes every employee of a facts file with a plan definition: the file-reading pipeline,
     * without writing or printing. It does not throw for any content of the files: every problem
     * becomes a {@link Problem} and, where it belongs to an employee, that employee's error row.
     *
     * @param factsName the facts file's name, for messages
     * @param facts the facts file, UTF-8
     * @param planName the plan definition's name, for messages
     * @param plan the plan definition, UTF-8
     * @return one row per employee of the facts file and every problem, not null
     */
    public static Team compute(String factsName, byte[] facts, String planName, byte[] plan) {
        // 1. The definition: one scorecard template and one pay plan for the whole team.
        PlanDefinition definition;
        try {
            definition = PlanDefinition.read(planName, plan);
        } catch (IllegalArgumentException e) {
            // Without a plan nobody can be computed; every employee of the facts file still gets a row.
            FactsCsv.Contents contents = FactsCsv.read(factsName, facts, Set.of());
            String reason = "not computed: the plan definition cannot be read: " + e.getMessage();
            List<ResultsCsv.Row> rows = contents.employees().stream().map(employee -> error(employee.id(), "", reason))
                    .toList();
            List<Problem> problems = contents.readable() ? List.of() : contents.problems();
            List<Problem> all = new ArrayList<>(problems);
            all.add(new Problem(planName, 0, "", "the plan definition cannot be read: " + e.getMessage()));
            return new Team("", List.of(), rows, all, false);
        }
        Set<String> known = new TreeSet<>(definition.inputs());
        definition.scorecard().lines().forEach(line -> known.add(line.id()));

        // 2. The CRM export: malformed rows are collected, not fatal.
        FactsCsv.Contents contents = FactsCsv.read(factsName, facts, known);

        // 3. Each employee on their own: one bad employee never stops the others.
        List<ResultsCsv.Row> rows = new ArrayList<>();
        for (FactsCsv.EmployeeRows employee : contents.employees()) {
            rows.add(compute(definition, employee));
        }
        return new Team(definition.currency().getCurrencyCode(), definition.lineNames(), rows, contents.problems(),
                contents.readable());
    }

    private static ResultsCsv.Row compute(PlanDefinition definition, FactsCsv.EmployeeRows employee) {
        String currency = definition.currency().getCurrencyCode();
        if (!employee.problems().isEmpty()) {
            String reason = "malformed rows: " + employee.problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("; "));
            return error(employee.id(), currency, reason);
        }
        if (employee.salary() == null) {
            return error(employee.id(), currency, "no salary was given for employee " + Problem.show(employee.id()));
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
            return error(employee.id(), currency, "employee " + Problem.show(employee.id()) + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // Not an input error: a fault of the engine, still confined to this employee's row.
            return error(employee.id(), currency, "employee " + Problem.show(employee.id()) + ": internal error "
                    + e.getClass().getName() + ": " + e.getMessage());
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

    /** Prints the team summary: counts, total paid, the top 10, the problems and the error rows. */
    static void print(Team team, PrintStream out) {
        List<ResultsCsv.Row> rows = team.rows();
        List<ResultsCsv.Row> computed = rows.stream().filter(r -> r.total() != null).collect(Collectors.toList());
        BigDecimal totalPaid = computed.stream().map(ResultsCsv.Row::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        long met = computed.stream().filter(r -> r.rating().compareTo(BigDecimal.valueOf(100)) >= 0).count();
        String currency = team.currency();

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
            out.printf(Locale.ROOT, "  %2d. %-6s rating %9s  total %10s %s%n", i + 1, shown(row.employeeId()),
                    row.rating().toPlainString(), row.total().toPlainString(), currency);
        }
        if (!team.problems().isEmpty()) {
            out.println("Problems in the files:");
            team.problems().stream().limit(LISTED).forEach(p -> out.println("  " + p));
            more(out, team.problems().size());
        }
        List<ResultsCsv.Row> errors = rows.stream().filter(r -> r.status().equals("ERROR")).toList();
        errors.stream().limit(LISTED).forEach(r -> out.println("Error: " + shown(r.employeeId()) + ": " + r.error()));
        more(out, errors.size());
    }

    private static void more(PrintStream out, int count) {
        if (count > LISTED) {
            out.println("  ... and " + (count - LISTED) + " more (every one is in the results file)");
        }
    }

    /** An employee id as the summary prints it: short ids as they are, others quoted and shortened. */
    private static String shown(String employeeId) {
        return employeeId.length() <= 20 && employeeId.chars().noneMatch(c -> c < 0x20)
                ? employeeId : Problem.show(employeeId);
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "0" : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage() + " (" + e.getClass().getSimpleName() + ")";
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = TeamPayoutFromFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the sample " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }
}
