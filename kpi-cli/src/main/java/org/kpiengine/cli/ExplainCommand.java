package org.kpiengine.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kpiengine.KpiInputException;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.explain.Explanation;
import org.kpiengine.json.PlanDocument;
import org.kpiengine.json.ResultJson;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kpi explain}: one employee's calculation, the table the employee reads. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows how one employee's rating and pay were computed: each indicator with its fact,"
                + " thresholds, curve, index and weight, then each pay step.")
final class ExplainCommand implements Callable<Integer> {

    /** The forms of an explanation. */
    enum Form {
        /** Plain-text tables. */
        TEXT,
        /** The explanation's data as JSON. */
        JSON
    }

    @Spec
    CommandSpec spec;

    @Mixin
    TeamFiles files;

    @Option(names = "--employee", required = true, paramLabel = "ID", description = "The employee id, as in the facts file.")
    String employee;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (the default) or json.")
    Form form;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanFile plan;
        byte[] bytes;
        try {
            plan = PlanFile.read(files.plan);
            bytes = files.readFacts();
        } catch (Unusable e) {
            err.println(e.getMessage());
            return Kpi.UNUSABLE;
        }
        Currency currency = files.currency(plan, spec);
        FactsCsv.Contents contents = FactsCsv.read(files.facts, bytes, plan.knownIds());
        if (!contents.readable()) {
            PayCommand.problems(contents.problems(), err);
            return Kpi.UNUSABLE;
        }
        FactsCsv.EmployeeRows rows = contents.employees().stream().filter(e -> e.id().equals(employee)).findFirst()
                .orElse(null);
        if (rows == null) {
            err.println(files.facts + ": employee " + Problem.show(employee) + " has no row (the file has "
                    + contents.employees().size() + " employees)");
            return Kpi.UNUSABLE;
        }
        if (!rows.problems().isEmpty()) {
            PayCommand.problems(rows.problems(), err);
            err.println("kpi explain: employee " + Problem.show(employee) + " is not computed from malformed rows");
            return Kpi.UNUSABLE;
        }
        Explanation explanation;
        try {
            explanation = explain(plan, rows, currency);
        } catch (KpiInputException e) {
            err.println(files.facts + ": employee " + Problem.show(employee) + ": " + e.getMessage());
            return Kpi.UNUSABLE;
        }
        out.println("Employee " + PayCommand.shown(employee) + ", role " + plan.document().template().role()
                + ", plan " + plan.name());
        out.println();
        out.print(form == Form.TEXT ? explanation.toText() : ResultJson.explanation(explanation) + "\n");
        return Kpi.OK;
    }

    /**
     * One employee through the object API: the template's scorecard with the employee's own
     * thresholds, the facts, and for a plan that pays, the salary and the pay inputs. The team
     * batch of {@code kpi pay} gives the same figures.
     */
    static Explanation explain(PlanFile plan, FactsCsv.EmployeeRows rows, Currency currency) {
        PlanDocument document = plan.document();
        Scorecard scorecard = individual(document.template().scorecard(), rows);
        Evaluation evaluation = scorecard.evaluate(facts(plan, rows), document.precision());
        PayPlan pay = document.template().payPlan();
        if (pay == null) {
            return Explanation.of(evaluation);
        }
        Payout payout = pay.evaluate(evaluation, inputs(plan, rows, currency), document.precision());
        return Explanation.of(evaluation, payout);
    }

    /** The employee's facts of the plan's indicators. */
    static Facts facts(PlanFile plan, FactsCsv.EmployeeRows rows) {
        Facts.Builder facts = Facts.builder();
        for (String id : plan.indicatorIds()) {
            BigDecimal fact = rows.facts().get(id);
            if (fact != null) {
                facts.put(id, fact);
            }
        }
        return facts.build();
    }

    /**
     * The employee's salary and the pay inputs the plan reads.
     *
     * @throws KpiInputException if the file gave no salary
     */
    static PayInputs inputs(PlanFile plan, FactsCsv.EmployeeRows rows, Currency currency) {
        if (rows.salary() == null) {
            throw new KpiInputException(KpiInputException.Reason.MISSING_INPUT, null, "salary", null,
                    "no salary was given (the plan pays a salary: give it in the salary column)");
        }
        PayInputs inputs = PayInputs.of(Money.of(currency, rows.salary()));
        for (String name : plan.inputs()) {
            BigDecimal value = rows.facts().get(name);
            if (value != null) {
                inputs = inputs.with(name, value);
            }
        }
        return inputs;
    }

    /** The template with this employee's individual thresholds, where the file gave any. */
    static Scorecard individual(Scorecard template, FactsCsv.EmployeeRows employee) {
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
}
