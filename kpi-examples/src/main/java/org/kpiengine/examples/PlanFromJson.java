package org.kpiengine.examples;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.json.PlanDocument;
import org.kpiengine.json.PlanJson;
import org.kpiengine.json.ResultJson;

/**
 * A plan as data: the sales-manager plan read from its JSON document, a team of three computed in
 * one batch, and the results written as JSON lines. The {@code kpi pay} command of {@code kpi-cli}
 * does the same from files (see docs/guides/cli.md); these are the API calls it makes.
 */
public final class PlanFromJson {

    static final String TITLE = "== PlanFromJson: a plan read from JSON, a team paid in one batch, results as JSON lines ==";

    /** The sales-manager plan (docs/samples/sales-manager.json), as a CRM would store it. */
    static final String PLAN = """
            {
              "formatVersion": 1,
              "role": "sales-manager",
              "indicators": [
                {"id": "contacts", "name": "Contacts", "unit": "count", "direction": "higher-is-better",
                 "weight": "0.4", "thresholds": {"plan": "500"}, "curve": {"type": "ratio"}},
                {"id": "deals", "name": "Closed deals", "unit": "count", "direction": "higher-is-better",
                 "weight": "0.3", "thresholds": {"plan": "50"}, "curve": {"type": "ratio"}},
                {"id": "conversion", "name": "Conversion, %", "unit": "percent", "direction": "higher-is-better",
                 "weight": "0.2", "thresholds": {"plan": "10"}, "curve": {"type": "ratio"}},
                {"id": "average-check", "name": "Average check", "unit": "money", "direction": "higher-is-better",
                 "weight": "0.1", "thresholds": {"plan": "10000"}, "curve": {"type": "ratio"}}
              ],
              "pay": {
                "schemes": [
                  {"type": "tiered", "name": "bonus", "kind": "retroactive", "measure": {"type": "rating"},
                   "payment": "percent-of-salary",
                   "tiers": [{"from": "0", "value": "0"}, {"from": "80", "value": "10"},
                             {"from": "100", "value": "20"}, {"from": "120", "value": "30"}]}
                ],
                "modifiers": []
              }
            }
            """;

    private PlanFromJson() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(TITLE);
        // 1. The plan: one document, read strictly (an error names its place with a JSON Pointer).
        PlanDocument plan = PlanJson.standard().read(PLAN);

        // 2. The team, as columns: E2's average check is missing, so E2 gets an error row.
        TeamInput team = TeamInput.builder(3)
                .employeeIds("E1", "E2", "E3")
                .facts("contacts", DecimalColumn.of(d("570"), d("610"), d("400")))
                .facts("deals", DecimalColumn.of(d("49"), d("52"), d("40")))
                .facts("conversion", DecimalColumn.of(d("8.5"), d("9.1"), d("8")))
                .facts("average-check", DecimalColumn.of(d("12000"), null, d("8000")))
                .salaries(Currency.getInstance("EUR"), DecimalColumn.of(d("4500.00"), d("5000.00"), d("4000.00")))
                .build();
        TeamResult result = plan.batch().evaluate(team);
        for (int row = 0; row < result.size(); row++) {
            System.out.println(result.employeeId(row) + ": " + (result.isOk(row)
                    ? "rating " + result.rating(row) + ", total " + result.total(row)
                    : "error: " + result.error(row).message()));
        }

        // 3. The results as JSON lines, one object per employee, streamed.
        System.out.println("As JSON lines:");
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        ResultJson.teamLines(result, out);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
