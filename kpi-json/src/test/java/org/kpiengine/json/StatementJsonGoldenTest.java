package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kpiengine.json.PeriodFixtures.JAN_1;
import static org.kpiengine.json.PeriodFixtures.commission;
import static org.kpiengine.json.PeriodFixtures.eur;
import static org.kpiengine.json.PeriodFixtures.month;
import static org.kpiengine.json.PeriodFixtures.revenueCard;
import static org.kpiengine.json.PeriodFixtures.revenueFact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kpiengine.period.Assignment;
import org.kpiengine.period.CompensationYear;
import org.kpiengine.period.Draw;
import org.kpiengine.period.EmployeeYear;
import org.kpiengine.period.PeriodStatement;
import org.kpiengine.period.PlanVersion;
import org.kpiengine.period.PlanYear;
import org.kpiengine.period.YearResult;

import tools.jackson.databind.JsonNode;

/**
 * The recoverable draw example of a compensation year as JSON, month by month: a draw of 1 000.00,
 * a planned bonus of 1 000.00 at a plan of 100 000, revenue 40 000, 70 000, 200 000 and 150 000;
 * the variable pay is 1 000, 1 000, 1 100 and 1 500 (the draw tops up 600 and 300, then 900 is
 * recovered). Each statement is compared whole with a golden file, and its typed values are read.
 */
class StatementJsonGoldenTest {

    static YearResult drawExample() {
        return CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("1000"), eur("3000"))
                        .withDraw(Draw.recoverable(eur("1000"))))
                .build()
                .compute(EmployeeYear.builder("cleo").assignment(Assignment.from("seller", JAN_1))
                        .facts(month(1), revenueFact("40000")).facts(month(2), revenueFact("70000"))
                        .facts(month(3), revenueFact("200000")).facts(month(4), revenueFact("150000")).build());
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = StatementJsonGoldenTest.class.getResourceAsStream("statements/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDrawExampleIsItsGoldenJson() throws IOException {
        List<PeriodStatement> statements = drawExample().statements();
        for (int m = 1; m <= 4; m++) {
            assertEquals(golden("draw-2026-0" + m + ".json"), ResultJson.statement(statements.get(m - 1)), month(m));
        }
    }

    @Test
    void theDrawLinesCarryTheirTypedValues() {
        List<PeriodStatement> statements = drawExample().statements();
        // January: earned 400.00, topped up by 600.00 to the draw, recoverable
        JsonNode january = PlanJsonProperties.tree(ResultJson.statement(statements.get(0))).get("lines");
        JsonNode topUp = january.get(2).get("reckoning");
        assertEquals("DRAW", topUp.get("kind").stringValue());
        assertEquals("400.00", topUp.get("variable").stringValue());
        assertEquals("1000.00", topUp.get("draw").stringValue());
        assertEquals("yes", topUp.get("recoverable").stringValue());
        assertEquals("600.00", january.get(2).get("amount").get("amount").stringValue());
        // the commission line: the part's pay line with its linear reckoning, as an explanation writes it
        JsonNode commission = january.get(1).get("reckoning");
        assertEquals("PAY", commission.get("kind").stringValue());
        assertEquals("no", commission.get("prorated").stringValue());
        assertEquals("31", commission.get("days").stringValue());
        assertEquals("LINEAR", commission.get("line").get("reckoning").get("kind").stringValue());
        assertEquals("40", commission.get("line").get("reckoning").get("value").stringValue());
        assertEquals("1000.00", commission.get("line").get("reckoning").get("plannedBonus").stringValue());
        // March: 2 000.00 earned, the balance of 900.00 recovered down to 1 100.00
        JsonNode march = PlanJsonProperties.tree(ResultJson.statement(statements.get(2))).get("lines");
        JsonNode recovery = march.get(2).get("reckoning");
        assertEquals("DRAW_RECOVERY", recovery.get("kind").stringValue());
        assertEquals("900.00", recovery.get("balance").stringValue());
        assertEquals("2000.00", recovery.get("variable").stringValue());
        assertEquals("1000.00", recovery.get("draw").stringValue());
        assertEquals(false, recovery.has("maximum"));
        assertEquals("-900.00", march.get(2).get("amount").get("amount").stringValue());
        // April: 1 500.00, nothing to recover, no draw line
        assertEquals(2, PlanJsonProperties.tree(ResultJson.statement(statements.get(3))).get("lines").size());
    }

    @Test
    void thePayLineReckoningIsTheExplanationsOwn() {
        PeriodStatement january = drawExample().statements().get(0);
        JsonNode line = PlanJsonProperties.tree(ResultJson.statement(january)).get("lines").get(1).get("reckoning").get("line");
        JsonNode explained = PlanJsonProperties.tree(ResultJson.explanation(org.kpiengine.explain.Explanation.of(
                january.parts().get(0).evaluation(), january.parts().get(0).payout()))).get("payout").get("lines").get(1);
        assertEquals(explained, line);
    }
}
