package org.kpiengine.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.planning.Planner;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * One employee of a facts file with the plan, ready for the planning commands ({@code whatif},
 * {@code inverse}): the scorecard with the employee's own thresholds, the facts, and for a plan
 * that pays, the salary and pay inputs, held fixed while one indicator moves.
 *
 * @param plan the plan file, not null
 * @param employee the employee id, not null
 * @param currency the salaries' currency, null for a plan without pay
 * @param facts the employee's facts, not null
 * @param planner the planner of the employee's scorecard and pay, with the plan's precision, not null
 */
record OneEmployee(PlanFile plan, String employee, @Nullable Currency currency, Facts facts, Planner planner) {

    /**
     * Reads the files and finds the employee; a problem is printed on {@code err}.
     *
     * @param command the command's name, for messages
     * @return the employee, or null when a file or the employee cannot be used (exit code 1)
     * @throws ParameterException if the currency cannot be told or {@code indicator} is not in the plan
     */
    static @Nullable OneEmployee load(TeamFiles files, String employee, String indicator, String command,
            CommandSpec spec, PrintWriter err) {
        PlanFile plan;
        byte[] bytes;
        try {
            plan = PlanFile.read(files.plan);
            bytes = files.readFacts();
        } catch (Unusable e) {
            err.println(e.getMessage());
            return null;
        }
        Currency currency = files.currency(plan, spec);
        if (!plan.indicatorIds().contains(indicator)) {
            throw new ParameterException(spec.commandLine(), "--indicator " + Problem.show(indicator)
                    + " is not an indicator of the plan (it has " + String.join(", ", plan.indicatorIds()) + ")");
        }
        FactsCsv.Contents contents = FactsCsv.read(files.facts, bytes, plan.knownIds());
        if (!contents.readable()) {
            PayCommand.problems(contents.problems(), err);
            return null;
        }
        FactsCsv.EmployeeRows rows = contents.employees().stream().filter(e -> e.id().equals(employee)).findFirst()
                .orElse(null);
        if (rows == null) {
            err.println(files.facts + ": employee " + Problem.show(employee) + " has no row (the file has "
                    + contents.employees().size() + " employees)");
            return null;
        }
        if (!rows.problems().isEmpty()) {
            PayCommand.problems(rows.problems(), err);
            err.println("kpi " + command + ": employee " + Problem.show(employee) + " is not computed from malformed rows");
            return null;
        }
        try {
            // the employee's own figures must compute, as for kpi explain, before a planning question is asked
            ExplainCommand.explain(plan, rows, currency);
            Scorecard scorecard = ExplainCommand.individual(plan.document().template().scorecard(), rows);
            PayPlan pay = plan.document().template().payPlan();
            Planner planner = pay == null ? Planner.of(scorecard)
                    : Planner.of(scorecard, pay, ExplainCommand.inputs(plan, rows, currency));
            return new OneEmployee(plan, employee, currency, ExplainCommand.facts(plan, rows),
                    planner.withPrecision(plan.document().precision()));
        } catch (KpiInputException e) {
            err.println(files.facts + ": employee " + Problem.show(employee) + ": " + e.getMessage());
            return null;
        }
    }

    /** A number given as an option, such as {@code --from 80}. */
    static BigDecimal number(String text, String option, CommandSpec spec) {
        try {
            return DecimalText.parse(text.strip(), "");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
