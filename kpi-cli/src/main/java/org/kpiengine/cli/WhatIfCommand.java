package org.kpiengine.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.money.Money;
import org.kpiengine.planning.WhatIfCurve;
import org.kpiengine.planning.WhatIfGrid;
import org.kpiengine.planning.WhatIfPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kpi whatif}: one employee's rating and pay as one indicator's fact moves over a grid of its plan. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "Prints one employee's what-if curve: the fact of one indicator over a grid of percentages of"
                + " its plan (0 to 200 %% in steps of 1 %% by default), the other facts held, with the attainment,"
                + " index, rating, total and each pay line at every point.")
final class WhatIfCommand implements Callable<Integer> {

    /** The forms of the points. */
    enum Form {
        /** CSV with a header. */
        CSV,
        /** One JSON object per point. */
        JSON
    }

    @Spec
    CommandSpec spec;

    @Mixin
    TeamFiles files;

    @Option(names = "--employee", required = true, paramLabel = "ID", description = "The employee id, as in the facts file.")
    String employee;

    @Option(names = "--indicator", required = true, paramLabel = "ID", description = "The indicator whose fact moves.")
    String indicator;

    @Option(names = "--from", paramLabel = "PERCENT", defaultValue = "0",
            description = "The first point, in percent of the indicator's plan (default 0).")
    String from;

    @Option(names = "--to", paramLabel = "PERCENT", defaultValue = "200",
            description = "The last point, in percent of the indicator's plan (default 200).")
    String to;

    @Option(names = "--step", paramLabel = "PERCENT", defaultValue = "1",
            description = "The distance between points, in percent of the plan (default 1).")
    String step;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (the default, with a header) or json (one JSON object per point and line).")
    Form form;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WhatIfGrid grid;
        try {
            grid = new WhatIfGrid(OneEmployee.number(from, "--from", spec), OneEmployee.number(to, "--to", spec),
                    OneEmployee.number(step, "--step", spec));
        } catch (KpiInputException e) {
            throw new ParameterException(spec.commandLine(), "bad grid --from " + from + " --to " + to + " --step "
                    + step + ": " + e.getMessage());
        }
        OneEmployee one = OneEmployee.load(files, employee, indicator, "whatif", spec, err);
        if (one == null) {
            return Kpi.UNUSABLE;
        }
        WhatIfCurve curve;
        try {
            curve = one.planner().whatIf(one.facts(), indicator, grid);
        } catch (KpiInputException e) {
            err.println(files.facts + ": employee " + Problem.show(employee) + ": " + e.getMessage());
            return Kpi.UNUSABLE;
        }
        List<String> lines = one.plan().lineNames();
        if (form == Form.CSV) {
            List<String> header = new ArrayList<>(List.of("percent_of_plan", "fact", "attainment", "index", "rating",
                    "total"));
            header.addAll(lines);
            out.println(Csv.writeFormat().format(header.toArray()));
            for (WhatIfPoint point : curve.points()) {
                List<String> cells = new ArrayList<>(List.of(text(point.percentOfPlan()), text(point.fact()),
                        text(point.attainment()), text(point.index()), text(point.rating()), money(point.total())));
                for (String name : lines) {
                    cells.add(money(point.lines().get(name)));
                }
                out.println(Csv.writeFormat().format(cells.toArray()));
            }
        } else {
            for (WhatIfPoint point : curve.points()) {
                out.println(json(curve.indicatorId(), point));
            }
        }
        return Kpi.OK;
    }

    /** One point as a compact JSON object; numbers as strings, as in the results (exact decimals). */
    static String json(String indicatorId, WhatIfPoint point) {
        StringBuilder json = new StringBuilder("{\"indicator\":").append(quote(indicatorId));
        json.append(",\"percentOfPlan\":").append(quote(point.percentOfPlan()));
        json.append(",\"fact\":").append(quote(point.fact()));
        json.append(",\"attainment\":").append(quote(point.attainment()));
        json.append(",\"index\":").append(quote(point.index()));
        json.append(",\"rating\":").append(quote(point.rating()));
        if (point.total() != null) {
            json.append(",\"currency\":").append(quote(point.total().currency().getCurrencyCode()));
            json.append(",\"total\":").append(quote(point.total().amount()));
            json.append(",\"lines\":{");
            String comma = "";
            for (Map.Entry<String, Money> line : point.lines().entrySet()) {
                json.append(comma).append(quote(line.getKey())).append(':').append(quote(line.getValue().amount()));
                comma = ",";
            }
            json.append('}');
        }
        return json.append('}').toString();
    }

    private static String text(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String money(@Nullable Money value) {
        return value == null ? "" : value.amount().toPlainString();
    }

    private static String quote(@Nullable BigDecimal value) {
        return value == null ? "null" : quote(value.toPlainString());
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
