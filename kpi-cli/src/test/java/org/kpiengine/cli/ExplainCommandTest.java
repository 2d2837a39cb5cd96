package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code kpi explain} in-process. */
class ExplainCommandTest {

    @TempDir
    Path dir;

    private static Cli.Run explain(String employee, String... more) {
        String[] args = {"explain", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString(), "--employee",
            employee};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Cli.run(all);
    }

    @Test
    void printsTheTablesAnEmployeeReadsWithTheHandCheckedFigures() {
        Cli.Run run = explain("e007");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.startsWith("Employee e007, role account-manager, plan " + Samples.PLAN + "\n\nindicator "), out);
        // e007's individual revenue plan of 450 000 replaces the plan's 500 000
        assertTrue(out.lines().anyMatch(l -> l.startsWith("revenue ") && l.contains("450000") && l.contains("107.5000")),
                out);
        assertTrue(out.contains("rating 104.0000 %\n"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("bonus ") && l.contains("600.00")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("idle hours ") && l.contains("-150.00")
                && l.contains("10 × 15.00 = 150.00")), out);
        assertTrue(out.endsWith("salary EUR 3000.00, variable EUR 450.00, total EUR 3450.00\n"), out);
    }

    @Test
    void jsonGivesTheExplanationsData() throws Exception {
        Cli.Run run = explain("e007", "--format", "json");
        assertEquals(0, run.code(), run.err());
        String json = run.out().substring(run.out().indexOf('{'));
        JsonNode data = new ObjectMapper().readTree(json);
        assertEquals("2", data.get("formatVersion").stringValue(), "the explanation data's own format version");
        assertTrue(json.contains("\"104.0000\""), json);
        assertTrue(json.contains("\"3450.00\""), json);
    }

    @Test
    void anEmployeeThatIsMissingMalformedOrRefusedExitsWithOneAndSaysWhy() {
        Cli.Run missing = explain("E17");
        assertEquals(1, missing.code());
        assertEquals("", missing.out());
        assertEquals(Samples.FACTS + ": employee 'E17' has no row (the file has 34 employees)\n", missing.err());

        Cli.Run malformed = explain("e031");
        assertEquals(1, malformed.code());
        assertEquals(Samples.FACTS + ":182: bad number '51O000' in column 'fact' (expected a decimal with a dot, such as"
                + " 1234.5)\nkpi explain: employee 'e031' is not computed from malformed rows\n", malformed.err());

        Cli.Run refused = explain("e034");
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith(Samples.FACTS + ": employee 'e034': "), refused.err());
        assertTrue(refused.err().contains("quality"), refused.err());
    }

    @Test
    void aPlanWithoutMoneyNeedsTheCurrencyOption() throws IOException {
        Path plan = dir.resolve("plan.json");
        Files.copy(Samples.DIR.resolve("../sales-manager.json").normalize(), plan);
        Path facts = dir.resolve("facts.csv");
        Files.writeString(facts, "employee_id,salary,indicator_id,fact\nE1,4500.00,contacts,570\nE1,,deals,49\n"
                + "E1,,conversion,8.5\nE1,,average-check,12000\n", StandardCharsets.UTF_8);
        Cli.Run without = Cli.run("explain", "--plan", plan.toString(), "--facts", facts.toString(), "--employee", "E1");
        assertEquals(2, without.code());
        assertTrue(without.err().startsWith("the plan " + plan + " names no currency: give the salaries' currency with"
                + " --currency\nUsage: kpi explain"), without.err());
        Cli.Run with = Cli.run("explain", "--plan", plan.toString(), "--facts", facts.toString(), "--employee", "E1",
                "--currency", "eur");
        assertEquals(0, with.code(), with.err());
        // 0.4 × 114 + 0.3 × 98 + 0.2 × 85 + 0.1 × 120 = 104 → 20 % of 4 500.00
        assertTrue(with.out().contains("rating 104.0000 %"), with.out());
        assertTrue(with.out().endsWith("total EUR 5400.00\n"), with.out());
        Cli.Run bad = Cli.run("explain", "--plan", plan.toString(), "--facts", facts.toString(), "--employee", "E1",
                "--currency", "EURO");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("--currency 'EURO' is not an ISO 4217 currency code (such as EUR)"), bad.err());
    }
}
