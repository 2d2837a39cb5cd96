package org.kpiengine.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kpiengine.Warning;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.pay.PayPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kpi validate}: reads a plan and reports its error (with the JSON Pointer of the place) or its warnings. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Reads a plan document; prints its error with the JSON Pointer of the place, or a summary and"
                + " the plan's warnings.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", description = "The plan document to check.")
    String plan;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PlanFile file;
        try {
            file = PlanFile.read(plan);
        } catch (Unusable e) {
            out.println(e.getMessage());
            return Kpi.UNUSABLE;
        }
        RoleTemplate template = file.document().template();
        PayPlan pay = template.payPlan();
        List<String> parts = new ArrayList<>();
        parts.add(count(template.scorecard().lines().size(), "indicator"));
        if (pay == null) {
            parts.add("no pay plan");
        } else {
            parts.add(count(pay.schemes().size(), "scheme"));
            parts.add(count(pay.modifiers().size(), "modifier"));
            if (!file.inputs().isEmpty()) {
                parts.add("pay inputs " + String.join(", ", file.inputs()));
            }
        }
        out.println(plan + ": valid plan of role '" + template.role() + "': " + String.join(", ", parts));
        List<Warning> warnings = new ArrayList<>(template.scorecard().warnings());
        if (pay != null) {
            warnings.addAll(pay.warnings());
        }
        for (Warning warning : warnings) {
            out.println(plan + ": warning: " + warning.message());
        }
        return Kpi.OK;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
