package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.money.Money;
import org.kpiengine.planning.WhatIfCurve;
import org.kpiengine.planning.WhatIfGrid;
import org.kpiengine.planning.WhatIfPoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code kpi whatif} in-process. */
class WhatIfCommandTest {

    @TempDir
    Path dir;

    private static Cli.Run whatIf(String... more) {
        List<String> args = new ArrayList<>(List.of("whatif", "--plan", Samples.PLAN.toString(), "--facts",
                Samples.FACTS.toString(), "--employee", "e007"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theDefaultGridGivesEveryPointOfThePlannersCurveAsCsv() {
        Cli.Run run = whatIf("--indicator", "deals");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("percent_of_plan,fact,attainment,index,rating,total,salary,bonus,quality gate,variable limits,"
                + "idle hours", lines.get(0));
        WhatIfCurve curve = Planning.e007().whatIf(Planning.e007Facts(), "deals");
        assertEquals(201, curve.points().size());
        assertEquals(curve.points().size() + 1, lines.size());
        for (int i = 0; i < curve.points().size(); i++) {
            WhatIfPoint p = curve.points().get(i);
            List<String> cells = new ArrayList<>(List.of(p.percentOfPlan().toPlainString(), p.fact().toPlainString(),
                    p.attainment().toPlainString(), p.index().toPlainString(), p.rating().toPlainString(),
                    p.total().amount().toPlainString()));
            p.lines().values().forEach(m -> cells.add(m.amount().toPlainString()));
            assertEquals(String.join(",", cells), lines.get(i + 1), "point " + i);
        }
        // by hand: e007 has rating 104 at 19 deals (plan 20, weight 0.2, ratio curve): one deal is 5 index
        // points, one rating point; at 20 deals (100 %) the rating is 105, still in the band [100, 120)
        // paying 20 % of 3 000.00 = 600.00; less 10 idle hours × 15.00: total 3 450.00
        assertEquals("100,20,100.0000,100.0000,105.0000,3450.00,3000.00,600.00,0.00,0.00,-150.00", lines.get(101));
    }

    @Test
    void aGridAndJsonLinesOnTheSalesManagerMatrix() throws Exception {
        Path facts = Planning.salesManagerFactsFile(dir);
        Cli.Run run = Cli.run("whatif", "--plan", Planning.SALES_MANAGER.toString(), "--facts", facts.toString(),
                "--currency", "EUR", "--employee", "E1", "--indicator", "deals", "--from", "150", "--to", "154",
                "--step", "2", "--format", "json");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        WhatIfCurve curve = Planning.salesManager().whatIf(Planning.salesManagerFacts(), "deals",
                WhatIfGrid.of("150", "154", "2"));
        assertEquals(3, lines.size());
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < 3; i++) {
            JsonNode node = mapper.readTree(lines.get(i));
            WhatIfPoint p = curve.points().get(i);
            assertEquals("deals", node.get("indicator").stringValue());
            assertEquals(p.fact().toPlainString(), node.get("fact").stringValue());
            assertEquals(p.rating().toPlainString(), node.get("rating").stringValue());
            assertEquals(p.total().amount().toPlainString(), node.get("total").stringValue());
            for (Map.Entry<String, Money> line : p.lines().entrySet()) {
                assertEquals(line.getValue().amount().toPlainString(), node.get("lines").get(line.getKey()).stringValue());
            }
        }
        // by hand: rating 0.4 × 114 + 0.3 × 2d + 0.2 × 85 + 0.1 × 120 = 74.6 + 0.6 d; at 75 deals (150 %)
        // 119.6, band [100, 120): 20 % of 3 000.00 → 3 600.00; at 77 deals (154 %) 120.8, band ≥ 120: 30 % → 3 900.00
        JsonNode first = mapper.readTree(lines.get(0));
        assertEquals("75", first.get("fact").stringValue());
        assertEquals("119.6000", first.get("rating").stringValue());
        assertEquals("3600.00", first.get("total").stringValue());
        JsonNode last = mapper.readTree(lines.get(2));
        assertEquals("77", last.get("fact").stringValue());
        assertEquals("120.8000", last.get("rating").stringValue());
        assertEquals("3900.00", last.get("total").stringValue());
        assertEquals(new BigDecimal("154"), new BigDecimal(last.get("percentOfPlan").stringValue()));
    }

    @Test
    void badArgumentsExitWithTwoAndNoStackTrace() {
        for (String[] bad : List.of(new String[] {"--indicator", "calls"}, new String[] {"--indicator", "deals", "--from",
            "ten"}, new String[] {"--indicator", "deals", "--from", "50", "--to", "10"}, new String[] {"--indicator",
            "deals", "--step", "0"}, new String[] {"--indicator", "deals", "--format", "xml"}, new String[] {})) {
            Cli.Run run = whatIf(bad);
            assertEquals(2, run.code(), List.of(bad) + ": " + run.err());
            assertEquals("", run.out());
            assertTrue(run.err().contains("Usage: kpi whatif"), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
        Cli.Run missing = Cli.run("whatif", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString(),
                "--employee", "E17", "--indicator", "deals");
        assertEquals(1, missing.code());
        assertEquals(Samples.FACTS + ": employee 'E17' has no row (the file has 34 employees)\n", missing.err());
    }
}
