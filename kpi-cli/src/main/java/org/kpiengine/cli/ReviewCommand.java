package org.kpiengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.planning.Finding;
import org.kpiengine.planning.PlanReview;
import org.kpiengine.planning.ReviewSettings;
import org.kpiengine.planning.TeamMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kpi review}: the findings of a plan review, on a plan alone or with a team's facts. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Reviews a plan for the traps an author should see before it goes live (indicator count, low"
                + " weights, a small variable part, unreachable or falling bands, cliffs); with --facts, also the"
                + " cliffs the team's employees sit next to. Findings do not change the exit code (0).")
final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", required = true, paramLabel = "PLAN.json",
            description = "The plan: a JSON plan document (see docs/guides/json.md).")
    String plan;

    @Option(names = "--facts", paramLabel = "FACTS.csv",
            description = "The team's facts (as for kpi pay); each computable employee's own facts and salary are"
                    + " reviewed too.")
    @Nullable String facts;

    @Option(names = "--currency", paramLabel = "CODE",
            description = "The currency of the salaries (ISO 4217); by default the currency of the plan's money amounts.")
    @Nullable String currency;

    @Option(names = "--salary", paramLabel = "AMOUNT",
            description = "The typical employee's salary; by default the median salary of the team (--facts)."
                    + " Needed for a plan alone.")
    @Nullable String salary;

    @Option(names = "--cliff-share", paramLabel = "SHARE", defaultValue = "0.10",
            description = "A rise of the total payout by more than this share of the salary in one step is a cliff"
                    + " (default 0.10).")
    String cliffShare;

    @Option(names = "--near-share", paramLabel = "SHARE", defaultValue = "0.05",
            description = "An employee within this share of the plan of a cliff's edge sits next to it (default 0.05).")
    String nearShare;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReviewSettings settings;
        try {
            settings = ReviewSettings.DEFAULT
                    .withCliffShare(OneEmployee.number(cliffShare, "--cliff-share", spec).toPlainString())
                    .withNearShare(OneEmployee.number(nearShare, "--near-share", spec).toPlainString());
        } catch (KpiInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        BigDecimal typicalSalary = salary == null ? null : OneEmployee.number(salary, "--salary", spec);
        if (typicalSalary == null && facts == null) {
            throw new ParameterException(spec.commandLine(), "a review of a plan alone needs --salary (a typical"
                    + " employee's salary); with --facts the team's median salary is taken");
        }
        PlanFile file;
        try {
            file = PlanFile.read(plan);
        } catch (Unusable e) {
            err.println(e.getMessage());
            return Kpi.UNUSABLE;
        }
        PayPlan pay = file.document().template().payPlan();
        if (pay == null) {
            err.println(plan + ": the plan has no pay plan; a review needs one (kpi validate checks a scorecard alone)");
            return Kpi.UNUSABLE;
        }
        TeamFiles currencyOption = new TeamFiles();
        currencyOption.currency = currency;
        Currency money = currencyOption.currency(file, spec);
        List<TeamMember> team = new ArrayList<>();
        if (facts != null) {
            Integer failed = team(file, money, team, err);
            if (failed != null) {
                return failed;
            }
            if (typicalSalary == null) {
                if (team.isEmpty()) {
                    err.println(facts + ": no employee can be computed, so there is no median salary: give --salary");
                    return Kpi.UNUSABLE;
                }
                List<BigDecimal> salaries = new ArrayList<>();
                team.forEach(m -> salaries.add(m.inputs().salary().amount()));
                salaries.sort(null);
                typicalSalary = salaries.get((salaries.size() - 1) / 2); // the lower median: a salary someone has
            }
        }
        PayInputs typical;
        List<Finding> findings;
        try {
            typical = PayInputs.of(Money.of(money, typicalSalary));
            for (String input : file.inputs()) {
                typical = typical.with(input, BigDecimal.ZERO);
            }
            PlanReview review = PlanReview.of(file.document().template().scorecard(), pay, typical)
                    .withSettings(settings).withPrecision(file.document().precision());
            findings = facts == null ? review.findings() : review.findings(team);
        } catch (KpiInputException e) {
            err.println(plan + ": the plan cannot be reviewed: " + e.getMessage());
            return Kpi.UNUSABLE;
        }
        out.println(plan + ": review of role '" + file.document().template().role() + "', typical salary "
                + typical.salary() + (facts == null ? "" : ", " + team.size() + " employees of " + facts));
        Map<Finding.Severity, Integer> counts = new EnumMap<>(Finding.Severity.class);
        for (Finding finding : findings) {
            counts.merge(finding.severity(), 1, Integer::sum);
            StringJoiner figures = new StringJoiner(", ");
            finding.figures().forEach((name, value) -> figures.add(name + " " + value.toPlainString()));
            out.println(finding.severity() + " " + finding.kind() + " at " + Problem.show(finding.place())
                    + (finding.employeeId() == null ? "" : " employee " + finding.employeeId()) + ": " + figures);
            out.println("    " + finding.message());
        }
        StringJoiner summary = new StringJoiner(", ");
        counts.forEach((severity, n) -> summary.add(n + " " + severity));
        out.println(findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
                + (findings.isEmpty() ? "" : " (" + summary + ")") + "; findings do not change the exit code");
        return Kpi.OK;
    }

    /** Reads the team; each employee who cannot be computed is skipped with a line on {@code err}. */
    private @Nullable Integer team(PlanFile file, Currency money, List<TeamMember> team, PrintWriter err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(facts));
        } catch (IOException | InvalidPathException | UncheckedIOException e) {
            err.println(new Problem(facts, 0, "", "cannot read the facts: " + PlanFile.describe(e)));
            return Kpi.UNUSABLE;
        }
        FactsCsv.Contents contents = FactsCsv.read(facts, bytes, file.knownIds());
        if (!contents.readable()) {
            PayCommand.problems(contents.problems(), err);
            return Kpi.UNUSABLE;
        }
        for (FactsCsv.EmployeeRows rows : contents.employees()) {
            String skipped = "kpi review: employee " + Problem.show(rows.id()) + " is left out: ";
            if (!rows.problems().isEmpty()) {
                err.println(skipped + rows.problems().size() + " malformed row" + (rows.problems().size() == 1 ? "" : "s")
                        + ", first " + rows.problems().get(0));
                continue;
            }
            try {
                ExplainCommand.explain(file, rows, money);
                team.add(new TeamMember(rows.id(), ExplainCommand.facts(file, rows),
                        ExplainCommand.inputs(file, rows, money)));
            } catch (KpiInputException e) {
                err.println(skipped + e.getMessage());
            }
        }
        return null;
    }
}
