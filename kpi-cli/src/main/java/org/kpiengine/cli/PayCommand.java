package org.kpiengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.Callable;
import org.kpiengine.batch.RankedEmployee;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kpi pay}: every employee of a facts file paid by a plan, written to a results file. */
@Command(name = "pay", mixinStandardHelpOptions = true,
        description = "Computes every employee of the facts file with the plan and writes one result per"
                + " employee (CSV or JSON lines). A malformed row costs only its employee, who gets an error row."
                + " With --transactions and --credit, the credits of a CRM's deals give the named indicators' facts.")
final class PayCommand implements Callable<Integer> {

    /** How many problems the command lists before it only counts them. */
    static final int LISTED = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    TeamFiles files;

    @Mixin
    DealsOptions deals;

    @Option(names = "--out", required = true, paramLabel = "RESULTS",
            description = "Where to write the results: .csv or .jsonl (or give --format).")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv or jsonl; by default from the extension of --out.")
    ResultsFile.Format format;

    @Option(names = "--print", description = "Also print the results file to the standard output.")
    boolean print;

    @Override
    public Integer call() {
        ResultsFile.Format chosen = format != null ? format : ResultsFile.Format.of(out);
        if (chosen == null) {
            throw new ParameterException(spec.commandLine(), "cannot tell the format of " + out
                    + " from its extension: name it .csv or .jsonl, or give --format csv or --format jsonl");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        TeamRun.Team team;
        Path path;
        try (Progress progress = Progress.standard(stderr, "pay")) {
            progress.step("reading " + files.plan);
            PlanFile plan = null;
            Problem planProblem = null;
            try {
                plan = PlanFile.read(files.plan);
            } catch (Unusable e) {
                planProblem = e.problem();
            }
            Currency currency = plan == null ? null : files.currency(plan, spec);
            byte[] facts;
            try {
                facts = files.readFacts();
            } catch (Unusable e) {
                stderr.println(e.getMessage());
                if (planProblem != null) {
                    stderr.println(planProblem);
                }
                return Kpi.UNUSABLE;
            }
            TeamRun.Credited credited;
            try {
                credited = deals.read(plan, spec);
            } catch (Unusable e) {
                stderr.println(e.getMessage());
                return Kpi.UNUSABLE;
            }
            team = TeamRun.run(plan, planProblem, files.facts, facts, credited, currency, progress);
            try {
                path = Path.of(out);
                try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    ResultsFile.write(team, chosen, writer, progress);
                }
            } catch (IOException | InvalidPathException e) {
                stderr.println(out + ": cannot write the results: " + PlanFile.describe(e));
                return Kpi.UNUSABLE;
            }
        }
        problems(team.problems(), stderr);
        summary(team, path, stdout);
        if (print) {
            try {
                stdout.print(Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                stderr.println(out + ": cannot read the results back: " + PlanFile.describe(e));
                return Kpi.UNUSABLE;
            }
        }
        return team.complete() ? Kpi.OK : Kpi.UNUSABLE;
    }

    /** Lists the problems as {@code file:line: reason}, the first {@value #LISTED}, then counts the rest. */
    static void problems(List<Problem> problems, PrintWriter err) {
        problems.stream().limit(LISTED).forEach(err::println);
        if (problems.size() > LISTED) {
            err.println("... and " + (problems.size() - LISTED) + " more problems (each employee's are in its error row)");
        }
    }

    private static void summary(TeamRun.Team team, Path path, PrintWriter out) {
        int employees = team.entries().size();
        long errors = team.errorCount();
        out.println("Team payout: " + employees + " employees, " + (employees - errors) + " computed, " + errors
                + " with errors");
        TeamResult result = team.result();
        if (result != null) {
            Money paid = result.totalPaid();
            if (paid != null) {
                out.println("Total paid: " + paid.amount().toPlainString() + " " + paid.currency().getCurrencyCode());
            }
            List<RankedEmployee> top = result.top(5);
            if (!top.isEmpty()) {
                List<String> names = new ArrayList<>();
                top.forEach(r -> names.add(shown(r.employeeId()) + " " + r.rating().toPlainString()));
                out.println("Top by rating: " + String.join(", ", names));
            }
        }
        out.println("Results written to " + path);
    }

    /** An employee id as the summary prints it: short ids as they are, others quoted and shortened. */
    static String shown(String employeeId) {
        return employeeId.length() <= 20 && employeeId.chars().noneMatch(c -> c < 0x20 || c == ',')
                ? employeeId : Problem.show(employeeId);
    }
}
