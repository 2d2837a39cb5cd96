package org.kpiengine.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.money.Money;
import org.kpiengine.planning.Goal;
import org.kpiengine.planning.Inverse;
import org.kpiengine.planning.Obstacle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kpi inverse}: the fact of one indicator one employee needs to reach a goal, the other facts held. */
@Command(name = "inverse", mixinStandardHelpOptions = true,
        description = "Finds the fact of one indicator that reaches a goal for one employee, the other facts held:"
                + " the answer, the fact one step worse (which does not reach it), or why the goal is unreachable.")
final class InverseCommand implements Callable<Integer> {

    /** The fields of the planner's errors that come from the goal or the step given on the command line. */
    private static final Set<String> ARGUMENT_FIELDS = Set.of("goal", "gate", "scheme", "amount", "step");

    @Spec
    CommandSpec spec;

    @Mixin
    TeamFiles files;

    @Option(names = "--employee", required = true, paramLabel = "ID", description = "The employee id, as in the facts file.")
    String employee;

    @Option(names = "--indicator", required = true, paramLabel = "ID", description = "The indicator whose fact moves.")
    String indicator;

    @Option(names = "--goal", required = true, paramLabel = "GOAL",
            description = "next-band:SCHEME (the next band of a tier table), rating:LEVEL (a rating of at least LEVEL %%),"
                    + " payout:AMOUNT (a total payout of at least AMOUNT), gate:NAME (the gate passes).")
    String goal;

    @Option(names = "--step", paramLabel = "STEP",
            description = "The unit of the facts searched (such as 1 or 0.1); by default one unit of the last decimal"
                    + " place of the employee's fact.")
    @Nullable String step;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BigDecimal unit = step == null ? null : OneEmployee.number(step, "--step", spec);
        int colon = goal.indexOf(':');
        String kind = colon < 0 ? goal : goal.substring(0, colon);
        String value = colon < 0 ? "" : goal.substring(colon + 1);
        if (colon < 0 || value.isBlank()
                || !Set.of("next-band", "rating", "payout", "gate").contains(kind)) {
            throw new ParameterException(spec.commandLine(), "--goal " + Problem.show(goal) + " is not a goal: give"
                    + " next-band:SCHEME, rating:LEVEL, payout:AMOUNT or gate:NAME");
        }
        BigDecimal number = kind.equals("rating") || kind.equals("payout")
                ? OneEmployee.number(value, "--goal " + kind, spec) : null;
        OneEmployee one = OneEmployee.load(files, employee, indicator, "inverse", spec, err);
        if (one == null) {
            return Kpi.UNUSABLE;
        }
        if (!kind.equals("rating") && !one.plan().pays()) {
            throw new ParameterException(spec.commandLine(), "--goal " + kind + " needs a pay plan; the plan "
                    + one.plan().name() + " has none (a rating:LEVEL goal works without)");
        }
        Inverse answer;
        try {
            Goal resolved = switch (kind) {
                case "next-band" -> Goal.nextBand(value);
                case "rating" -> Goal.rating(number.toPlainString());
                case "payout" -> Goal.payoutAtLeast(Money.of(one.currency(), number));
                default -> Goal.gate(value);
            };
            answer = unit == null ? one.planner().inverse(one.facts(), indicator, resolved)
                    : one.planner().inverse(one.facts(), indicator, resolved, unit);
        } catch (KpiInputException e) {
            if (e.field() != null && ARGUMENT_FIELDS.contains(e.field())) {
                throw new ParameterException(spec.commandLine(), "--goal " + Problem.show(goal)
                        + (unit == null ? "" : " --step " + step) + ": " + e.getMessage());
            }
            err.println(files.facts + ": employee " + Problem.show(employee) + ": " + e.getMessage());
            return Kpi.UNUSABLE;
        }
        print(answer, out);
        return Kpi.OK;
    }

    /** The answer, one figure a line. */
    static void print(Inverse answer, PrintWriter out) {
        out.println("indicator " + answer.indicatorId() + ", goal " + answer.goal() + ", current fact "
                + answer.currentFact().toPlainString() + ", step " + answer.step().toPlainString());
        out.println("outcome " + answer.outcome());
        switch (answer.outcome()) {
            case REACHED, ALREADY_MET -> {
                out.println("answer " + answer.fact().toPlainString() + " (" + answer.valueAtAnswer() + ")");
                out.println("one step worse " + answer.worseFact().toPlainString() + " does not reach the goal");
                out.println("distance " + answer.distance().toPlainString());
            }
            case MET_AT_ANY_FACT -> out.println("the goal is met at every fact of " + answer.indicatorId()
                    + " (" + answer.valueAtAnswer() + ")");
            case UNREACHABLE -> {
                out.println("unreachable: best fact " + (answer.bestFact() == null ? "none"
                        : answer.bestFact().toPlainString()) + ", " + answer.valueAtAnswer());
                for (Obstacle obstacle : answer.obstacles()) {
                    out.println("obstacle " + obstacle.kind() + " at " + obstacle.place() + ": " + obstacle.detail());
                }
            }
            case NOT_MONOTONE -> out.println("not monotone: the plan is not monotone in " + answer.indicatorId()
                    + (answer.bestFact() == null ? "" : ", counterexample at " + answer.bestFact().toPlainString())
                    + "; no answer is given");
        }
        out.println(answer.isCertified() ? "certified: the plan is monotone in " + answer.indicatorId()
                : "not certified: " + answer.uncertifiedBecause());
        out.println("evaluations " + answer.evaluations());
    }
}
