package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code kpi pay} in-process: the sample, bad rows, unusable files, both output formats. */
class PayCommandTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @TempDir
    Path dir;

    private static String sampleFacts() {
        return new String(Samples.bytes(Samples.FACTS), StandardCharsets.UTF_8);
    }

    private static TeamRun.Team compute(byte[] facts) {
        try (Progress quiet = new Progress(new PrintWriter(Writer.nullWriter()), "pay", 3_600_000, 3_600_000)) {
            PlanFile plan = PlanFile.parse("plan.json", Samples.bytes(Samples.PLAN));
            return TeamRun.run(plan, null, "facts.csv", facts, EUR, quiet);
        } catch (Unusable e) {
            throw new AssertionError(e.getMessage());
        }
    }

    private static TeamRun.Team compute(String facts) {
        return compute(facts.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Samples.Row> rows(TeamRun.Team team) {
        StringBuilder csv = new StringBuilder();
        try (Progress quiet = new Progress(new PrintWriter(Writer.nullWriter()), "pay", 3_600_000, 3_600_000)) {
            ResultsFile.csv(team, csv, quiet);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return Samples.readResults(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> errors(List<Samples.Row> rows) {
        Map<String, String> errors = new LinkedHashMap<>();
        rows.stream().filter(r -> r.status().equals("ERROR")).forEach(r -> errors.put(r.employeeId(), r.error()));
        return errors;
    }

    private Path copy(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void theSampleComputesEveryWellFormedEmployeeAndReportsTheRest() throws IOException {
        Path facts = copy("facts.csv", Samples.bytes(Samples.FACTS));
        Path out = dir.resolve("results.csv");
        Cli.Run run = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", facts.toString(), "--out",
                out.toString());
        assertEquals(0, run.code(), run.err());
        List<Samples.Row> rows = Samples.readResults(Files.readAllBytes(out));
        assertEquals(34, rows.size(), "one row per employee, none lost");
        assertEquals(34, rows.stream().map(Samples.Row::employeeId).distinct().count(), "none duplicated");
        Map<String, String> errors = errors(rows);
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.get("e031").contains(facts + ":182: bad number '51O000'"), errors.get("e031"));
        assertTrue(errors.get("e032").contains(facts + ":189: unknown indicator 'calls'"), errors.get("e032"));
        assertTrue(errors.get("e033").contains(facts + ":196: the row has 3 cells and lacks column 'fact'"),
                errors.get("e033"));
        assertTrue(errors.get("e034").contains("quality"), errors.get("e034"));

        assertTrue(run.out().startsWith("Team payout: 34 employees, 30 computed, 4 with errors\n"), run.out());
        BigDecimal paid = rows.stream().filter(r -> r.total() != null).map(Samples.Row::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(run.out().contains("Total paid: " + paid.toPlainString() + " EUR\n"), run.out());
        assertTrue(run.out().contains("Results written to " + out), run.out());
        assertEquals(facts + ":182: bad number '51O000' in column 'fact' (expected a decimal with a dot, such as 1234.5)\n"
                + facts + ":189: unknown indicator 'calls' (the plan knows revenue, deals, conversion, receivables,"
                + " quality, idle_hours)\n"
                + facts + ":196: the row has 3 cells and lacks column 'fact'\n", run.err(), "bad rows as file:line: reason");
    }

    @Test
    void everyComputedRowAddsUpAndMatchesAHandCheckedEmployee() {
        List<Samples.Row> rows = rows(compute(Samples.bytes(Samples.FACTS)));
        for (Samples.Row row : rows) {
            if (row.total() == null) {
                assertNull(row.rating());
                continue;
            }
            BigDecimal sum = row.components().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(row.total()), "components add up to the total for " + row.employeeId());
        }
        // e007 has an individual revenue plan of 450 000 (column plan); checked by hand:
        // revenue 480 000, two-slope above plan: 100 + (480000-450000)×50/(650000-450000) = 107.5;
        // deals 19/20 = 95; conversion 9.6/10 = 96; receivables (lower is better, linear)
        // (86000-200000)/(100000-200000) = 114; quality 4.8/5 = 96.
        // rating = 0.4×107.5 + 0.2×95 + 0.1×96 + 0.2×114 + 0.1×96 = 104.0 → tier [100, 120): 20 % of 3 000.00;
        // quality 96 ≥ 90 so the gate keeps it; 10 idle hours × 15.00 = 150.00 deducted.
        Samples.Row e007 = rows.stream().filter(r -> r.employeeId().equals("e007")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("104.0000"), e007.rating(), e007.toString());
        assertEquals(new BigDecimal("3000.00"), e007.components().get("salary"), e007.toString());
        assertEquals(new BigDecimal("600.00"), e007.components().get("bonus"), e007.toString());
        assertEquals(new BigDecimal("0.00"), e007.components().get("quality gate"), e007.toString());
        assertEquals(new BigDecimal("-150.00"), e007.components().get("idle hours"), e007.toString());
        assertEquals(new BigDecimal("3450.00"), e007.total(), e007.toString());
        assertEquals("OK", e007.status());
        assertEquals("EUR", e007.currency());
    }

    @Test
    void jsonLinesHoldTheSameEmployeesInTheSameOrderWithTheErrorRowsInTheirPlace() throws IOException {
        Path csv = dir.resolve("r.csv");
        Path jsonl = dir.resolve("r.jsonl");
        assertEquals(0, Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString(), "--out",
                csv.toString()).code());
        Cli.Run run = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString(), "--out",
                jsonl.toString());
        assertEquals(0, run.code(), run.err());
        List<Samples.Row> rows = Samples.readResults(Files.readAllBytes(csv));
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertEquals(rows.size(), lines.size());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < rows.size(); i++) {
            Samples.Row row = rows.get(i);
            JsonNode line = json.readTree(lines.get(i));
            assertEquals(1, line.get("formatVersion").asInt());
            assertEquals(i, line.get("row").asInt(), lines.get(i));
            assertEquals(row.employeeId(), line.get("employee").asString());
            if (row.status().equals("ERROR")) {
                assertEquals("error", line.get("status").asString(), lines.get(i));
                assertEquals(row.error(), line.get("error").get("message").asString());
            } else {
                assertEquals("ok", line.get("status").asString());
                assertEquals(row.rating().toPlainString(), line.get("rating").asString());
                assertEquals(row.total().toPlainString(), line.get("pay").get("total").get("amount").asString());
                assertEquals("EUR", line.get("pay").get("total").get("currency").asString());
            }
        }
        JsonNode e031 = json.readTree(lines.get(30));
        assertEquals("e031", e031.get("employee").asString());
        assertEquals("other", e031.get("error").get("reason").asString());
        JsonNode e034 = json.readTree(lines.get(33));
        assertEquals("missing-fact", e034.get("error").get("reason").asString(), "a batch error keeps its reason");
    }

    @Test
    void theFormatOptionOverridesTheExtensionAndAnUnknownExtensionIsAUsageError() throws IOException {
        Path out = dir.resolve("results.txt");
        Cli.Run unknown = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString(),
                "--out", out.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("cannot tell the format of " + out + " from its extension"), unknown.err());
        assertFalse(Files.exists(out));
        Cli.Run jsonl = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString(),
                "--out", out.toString(), "--format", "JSONL");
        assertEquals(0, jsonl.code(), jsonl.err());
        assertTrue(Files.readString(out).startsWith("{\"formatVersion\":1,\"row\":0,\"employee\":\"e001\""));
    }

    @Test
    void badArgumentsExitWithTwoAndPrintTheUsage() {
        Cli.Run missing = Cli.run("pay", "--plan", "p.json");
        assertEquals(2, missing.code());
        assertEquals("", missing.out());
        assertTrue(missing.err().startsWith("Missing required options: '--facts=FACTS.csv', '--out=RESULTS'\nUsage: kpi pay"),
                missing.err());
        Cli.Run unknown = Cli.run("pay", "--plan", "p.json", "--facts", "f.csv", "--out", "o.csv", "--verbose");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown option: '--verbose'"), unknown.err());
        Cli.Run none = Cli.run();
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("a command is needed: pay, explain, validate, whatif, inverse or review\n"
                + "Usage: kpi"), none.err());
        Cli.Run currency = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString(), "--out",
                dir.resolve("r.csv").toString(), "--currency", "USD");
        assertEquals(2, currency.code());
        assertTrue(currency.err().startsWith("--currency USD differs from the plan's money amounts (EUR)"), currency.err());
    }

    @Test
    void aFileThatCannotBeReadExitsWithOneWithoutAStackTrace() {
        Path missing = dir.resolve("missing.csv");
        Cli.Run run = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", missing.toString(), "--out",
                dir.resolve("r.csv").toString());
        assertEquals(1, run.code());
        assertEquals(missing + ": cannot read the facts: " + missing + " (NoSuchFileException)\n", run.err());
        Cli.Run unwritable = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString(),
                "--out", dir.resolve("no-such-dir").resolve("r.csv").toString());
        assertEquals(1, unwritable.code());
        assertTrue(unwritable.err().contains("r.csv: cannot write the results: "), unwritable.err());
        assertFalse(unwritable.err().contains("\tat "), unwritable.err());
    }

    @Test
    void aFileWithOnlyBadRowsStillReturnsAnErrorForEveryEmployee() {
        List<Samples.Row> rows = rows(compute("employee_id,salary,indicator_id,fact\n"
                + "a,3000,revenue,abc\n"
                + "b,3000,nope,1\n"));
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.status().equals("ERROR")));
        assertTrue(rows.get(0).error().contains("facts.csv:2: bad number 'abc' in column 'fact'"), rows.get(0).error());
        assertTrue(rows.get(1).error().contains("facts.csv:3: unknown indicator 'nope'"), rows.get(1).error());
    }

    @Test
    void aStrayQuoteInTheSampleCostsOnlyThatEmployee() {
        String facts = sampleFacts().replace("e005,4500.00,deals,21,", "e005,4500.00,\"deals,21,");
        List<Samples.Row> rows = rows(compute(facts));
        assertEquals(34, rows.size());
        Map<String, String> errors = errors(rows);
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.get("e005").startsWith("malformed rows: facts.csv:27: the quote at column 14 opens a cell that"
                + " is not closed on this line"), errors.get("e005"));
    }

    @Test
    void aQuotedLineBreakInAnEmployeeIdIsReadAndWrittenBack() {
        String facts = sampleFacts().replace("e001,", "\"e\n001\",");
        List<Samples.Row> rows = rows(compute(facts));
        assertEquals(34, rows.size());
        Samples.Row first = rows.get(0);
        assertEquals("e\n001", first.employeeId());
        assertEquals("OK", first.status(), first.toString());
        assertTrue(errors(rows).get("e031").contains("facts.csv:188: bad number '51O000'"), "lines counted across breaks");
    }

    @Test
    void aWindows1251FileSaysWhichLinesAreNotUtf8AndCostsOnlyTheirEmployees() {
        String facts = sampleFacts().replace("e002,", "Петров,");
        TeamRun.Team team = compute(facts.getBytes(Charset.forName("windows-1251")));
        List<Samples.Row> rows = rows(team);
        assertEquals(34, rows.size());
        List<String> problems = team.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.contains("facts.csv:8: the line is not valid UTF-8 (6 bytes that are not UTF-8, the first:"
                + " byte 0xCF at byte 1); expected UTF-8: save the file as UTF-8"), problems.toString());
        assertEquals(5, errors(rows).size(), errors(rows).toString());
    }

    @Test
    void aPlanThatCannotBeReadStillGivesEveryEmployeeARowAndExitsWithOne() throws IOException {
        String plan = Files.readString(Samples.PLAN).replace("\"plan\": \"20\"", "\"plan\": \"abc\"");
        Path planFile = copy("plan.json", plan.getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("r.csv");
        Cli.Run run = Cli.run("pay", "--plan", planFile.toString(), "--facts", Samples.FACTS.toString(), "--out",
                out.toString());
        assertEquals(1, run.code());
        List<Samples.Row> rows = Samples.readResults(Files.readAllBytes(out));
        assertEquals(34, rows.size());
        String problem = planFile + ": not a valid plan: /indicators/1/thresholds/plan: ";
        assertTrue(rows.stream().allMatch(r -> r.status().equals("ERROR")
                && r.error().startsWith("not computed: the plan cannot be used: " + problem)), rows.get(0).toString());
        assertTrue(run.err().startsWith(problem), run.err());
        assertTrue(run.out().startsWith("Team payout: 34 employees, 0 computed, 34 with errors"), run.out());
    }

    @Test
    void aFactsFileWithoutTheRequiredColumnsIsUnusableAndExitsWithOne() throws IOException {
        Path facts = copy("facts.csv", "employee,indicator,value\ne001,revenue,1\n".getBytes(StandardCharsets.UTF_8));
        Cli.Run run = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", facts.toString(), "--out",
                dir.resolve("r.csv").toString());
        assertEquals(1, run.code());
        assertEquals(facts + ":1: the header lacks the required column 'employee_id' (found: 'employee', 'indicator',"
                + " 'value')\n", run.err());
    }

    @Test
    void progressIsShownOnTheErrorStreamOnceARunTakesLongerThanTheQuietTime() throws Exception {
        StringWriter text = new StringWriter();
        PrintWriter err = new PrintWriter(text);
        try (Progress progress = new Progress(err, "pay", 0, 20)) {
            progress.step("computing 10 employees", 10);
            progress.done(4);
            Thread.sleep(300);
        }
        String shown = text.toString();
        // the ticker may print a "starting" line first on a slow machine; the step's line must be there
        assertTrue(shown.lines().anyMatch(l -> l.startsWith("kpi pay: computing 10 employees: 4 of 10 (")), shown);
        assertTrue(shown.lines().toList().get(shown.lines().toList().size() - 1).startsWith("kpi pay: done in "), shown);
        StringWriter quiet = new StringWriter();
        try (Progress progress = new Progress(new PrintWriter(quiet), "pay", 60_000, 20)) {
            progress.step("computing", 10);
        }
        assertEquals("", quiet.toString(), "a short run prints nothing");
    }

    @Test
    void theBatchGivesTheSameFiguresAsTheObjectApiForEveryEmployee() throws Exception {
        PlanFile plan = PlanFile.parse("plan.json", Samples.bytes(Samples.PLAN));
        FactsCsv.Contents contents = FactsCsv.read("facts.csv", Samples.bytes(Samples.FACTS), plan.knownIds());
        List<Samples.Row> rows = rows(compute(Samples.bytes(Samples.FACTS)));
        List<String> compared = new ArrayList<>();
        for (FactsCsv.EmployeeRows employee : contents.employees()) {
            Samples.Row row = rows.stream().filter(r -> r.employeeId().equals(employee.id())).findFirst().orElseThrow();
            if (!employee.problems().isEmpty() || row.status().equals("ERROR")) {
                continue;
            }
            var explanation = ExplainCommand.explain(plan, employee, EUR);
            assertEquals(row.rating(), explanation.evaluation().rating(), employee.id());
            assertEquals(row.total(), explanation.payout().total().amount(), employee.id());
            compared.add(employee.id());
        }
        assertEquals(30, compared.size());
    }

    /** A quarter of deals for the team sample: e001 75 % and e002 25 % of D-1, e001 all of D-2 less a refund, e099 (not in the facts file) D-3, and D-4 after the quarter. */
    static String deals() {
        return """
                {"formatVersion": 1, "transactions": [
                  {"id": "D-1", "type": "deal", "booked": "2026-01-15", "amount": {"amount": "600000.00", "currency": "EUR"},
                   "indicator": "revenue", "shares": "percent",
                   "receivers": [{"employee": "e001", "share": "75"}, {"employee": "e002", "share": "25"}]},
                  {"id": "D-2", "type": "deal", "booked": "2026-02-01", "amount": {"amount": "500000.00", "currency": "EUR"},
                   "indicator": "revenue", "shares": "percent", "receivers": [{"employee": "e001", "share": "100"}]},
                  {"id": "R-1", "type": "refund", "booked": "2026-03-01", "amount": {"amount": "-100000.00", "currency": "EUR"},
                   "reverses": "D-2"},
                  {"id": "D-3", "type": "deal", "booked": "2026-02-10", "amount": {"amount": "1000.00", "currency": "EUR"},
                   "indicator": "revenue", "shares": "percent", "receivers": [{"employee": "e099", "share": "100"}]},
                  {"id": "D-4", "type": "deal", "booked": "2026-04-02", "amount": {"amount": "1000.00", "currency": "EUR"},
                   "indicator": "revenue", "shares": "percent", "receivers": [{"employee": "e003", "share": "100"}]}
                ]}
                """;
    }

    /** The sample facts without their revenue rows. */
    static String factsWithoutRevenue() {
        StringBuilder out = new StringBuilder();
        sampleFacts().lines().filter(line -> !line.contains(",revenue,")).forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    @Test
    void transactionsFeedTheCreditedIndicatorAsTheSameFactsInAFactsFileWould() throws IOException {
        Path deals = copy("deals.json", deals().getBytes(StandardCharsets.UTF_8));
        Path facts = copy("facts.csv", factsWithoutRevenue().getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("credited.csv");
        Cli.Run run = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", facts.toString(), "--out", out.toString(),
                "--transactions", deals.toString(), "--credit", "revenue", "--from", "2026-01-01", "--to", "2026-03-31");
        assertEquals(0, run.code(), run.err());
        // the same facts written out: 850 000.00 and 150 000.00 credited, 0 for the others, e099 (no salary) added last
        StringBuilder given = new StringBuilder(factsWithoutRevenue());
        List<String> ids = sampleFacts().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).distinct().toList();
        for (String id : ids) {
            String fact = switch (id) {
                case "e001" -> "850000.00";
                case "e002" -> "150000.00";
                default -> "0";
            };
            given.append(id).append(",,revenue,").append(fact).append(",\n");
        }
        given.append("e099,,revenue,1000.00,\n");
        Path expectedOut = dir.resolve("given.csv");
        Cli.Run expectedRun = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts",
                copy("given.csv.in", given.toString().getBytes(StandardCharsets.UTF_8)).toString(), "--out", expectedOut.toString());
        assertEquals(0, expectedRun.code(), expectedRun.err());
        List<Samples.Row> credited = Samples.readResults(Files.readAllBytes(out));
        List<Samples.Row> expected = Samples.readResults(Files.readAllBytes(expectedOut));
        assertEquals(expected.stream().map(Samples.Row::employeeId).toList(), credited.stream().map(Samples.Row::employeeId).toList());
        assertEquals("e099", credited.get(credited.size() - 1).employeeId());
        for (int i = 0; i < expected.size(); i++) {
            Samples.Row want = expected.get(i);
            Samples.Row got = credited.get(i);
            assertEquals(want.status(), got.status(), want.employeeId());
            assertEquals(want.rating(), got.rating(), want.employeeId());
            assertEquals(want.total(), got.total(), want.employeeId());
        }
        assertEquals("OK", credited.get(0).status());
        assertEquals("ERROR", credited.get(credited.size() - 1).status(), "e099 has deals but no salary or other facts");
    }

    @Test
    void aFactsFileRowOfACreditedIndicatorIsAnErrorOfItsEmployee() throws IOException {
        Path deals = copy("deals.json", deals().getBytes(StandardCharsets.UTF_8));
        Path facts = copy("facts.csv", (factsWithoutRevenue() + "e002,,revenue,1,\n").getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("r.csv");
        Cli.Run run = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", facts.toString(), "--out", out.toString(),
                "--transactions", deals.toString(), "--credit", "revenue");
        assertEquals(0, run.code(), run.err());
        Map<String, String> errors = errors(Samples.readResults(Files.readAllBytes(out)));
        assertTrue(errors.get("e002").contains("credited from " + deals), errors.toString());
        assertTrue(run.err().contains("'e002' has a row of indicator 'revenue'"), run.err());
    }

    @Test
    void aRefusedLedgerNamesThePointerOfItsTransactionAndUsesNothing() throws IOException {
        Path deals = copy("deals.json", deals().replace("\"-100000.00\"", "\"-500000.01\"").getBytes(StandardCharsets.UTF_8));
        Path facts = copy("facts.csv", factsWithoutRevenue().getBytes(StandardCharsets.UTF_8));
        Path out = dir.resolve("r.csv");
        Cli.Run run = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", facts.toString(), "--out", out.toString(),
                "--transactions", deals.toString(), "--credit", "revenue");
        assertEquals(Kpi.UNUSABLE, run.code(), run.err());
        assertTrue(run.err().contains(deals + ": not a valid transactions document: /transactions/2/amount: "), run.err());
        assertFalse(Files.exists(out), "no results from a refused ledger");
    }

    @Test
    void aCreditedEmployeeWithNoManagerOnTheDayNamesTheTransaction() throws IOException {
        String withHierarchy = deals().replace("\n]}", "\n], \"hierarchy\": [{\"employee\": \"e001\", \"manager\": null, \"from\": \"2026-01-01\"},"
                + " {\"employee\": \"e002\", \"manager\": \"e001\", \"from\": \"2026-01-01\"}]}");
        Path deals = copy("deals.json", withHierarchy.getBytes(StandardCharsets.UTF_8));
        Path facts = copy("facts.csv", factsWithoutRevenue().getBytes(StandardCharsets.UTF_8));
        Cli.Run run = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", facts.toString(), "--out",
                dir.resolve("r.csv").toString(), "--transactions", deals.toString(), "--credit", "revenue", "--roll-up", "direct");
        assertEquals(Kpi.UNUSABLE, run.code(), run.err());
        assertTrue(run.err().contains(deals + ": transaction 'D-3': employee 'e099'"), run.err());
    }

    @Test
    void creditOptionsWithoutTransactionsOrForAnUnknownIndicatorAreUsageErrors() throws IOException {
        Path deals = copy("deals.json", deals().getBytes(StandardCharsets.UTF_8));
        Cli.Run alone = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString(), "--out",
                dir.resolve("r.csv").toString(), "--credit", "revenue");
        assertEquals(Kpi.USAGE, alone.code(), alone.err());
        assertTrue(alone.err().contains("give --transactions"), alone.err());
        Cli.Run none = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString(), "--out",
                dir.resolve("r.csv").toString(), "--transactions", deals.toString());
        assertEquals(Kpi.USAGE, none.code(), none.err());
        assertTrue(none.err().contains("--transactions needs --credit"), none.err());
        Cli.Run unknown = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", Samples.FACTS.toString(), "--out",
                dir.resolve("r.csv").toString(), "--transactions", deals.toString(), "--credit", "calls");
        assertEquals(Kpi.USAGE, unknown.code(), unknown.err());
        assertTrue(unknown.err().contains("--credit 'calls' is not an indicator of the plan"), unknown.err());
    }
}
