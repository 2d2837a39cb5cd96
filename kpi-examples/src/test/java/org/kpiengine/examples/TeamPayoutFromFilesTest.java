package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.examples.files.Problem;
import org.kpiengine.examples.files.ResultsCsv;

class TeamPayoutFromFilesTest {

    @TempDir
    Path dir;

    static byte[] sample(String name) {
        try (InputStream in = Objects.requireNonNull(TeamPayoutFromFilesTest.class.getClassLoader().getResourceAsStream(name))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String sampleText(String name) {
        return new String(sample(name), StandardCharsets.UTF_8);
    }

    private static TeamPayoutFromFiles.Team compute(String facts) {
        return TeamPayoutFromFiles.compute("facts.csv", facts.getBytes(StandardCharsets.UTF_8), "plan.properties",
                sample("sample/plan.properties"));
    }

    private static String printed(TeamPayoutFromFiles.Team team) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            TeamPayoutFromFiles.print(team, out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> errors(TeamPayoutFromFiles.Team team) {
        return team.rows().stream().filter(r -> r.status().equals("ERROR"))
                .collect(Collectors.toMap(ResultsCsv.Row::employeeId, ResultsCsv.Row::error));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = TeamPayoutFromFiles.run(args, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSampleComputesEveryWellFormedEmployeeAndReportsTheRest() {
        TeamPayoutFromFiles.Team team = TeamPayoutFromFiles.compute("sample/facts.csv", sample("sample/facts.csv"),
                "sample/plan.properties", sample("sample/plan.properties"));
        List<ResultsCsv.Row> rows = team.rows();
        String out = printed(team);

        assertTrue(team.complete());
        assertEquals(34, rows.size(), "one row per employee, none lost");
        assertEquals(34, rows.stream().map(ResultsCsv.Row::employeeId).distinct().count(), "none duplicated");
        Map<String, String> errors = errors(team);
        assertEquals(4, errors.size(), errors.toString());
        assertTrue(errors.get("e031").contains("sample/facts.csv:182: bad number '51O000'"), errors.get("e031"));
        assertTrue(errors.get("e032").contains("sample/facts.csv:189: unknown indicator 'calls'"), errors.get("e032"));
        assertTrue(errors.get("e033").contains("sample/facts.csv:196: the row has 3 cells and lacks column 'fact'"),
                errors.get("e033"));
        assertTrue(errors.get("e034").contains("no fact was given for indicator 'quality'"), errors.get("e034"));

        assertTrue(out.contains("Team payout: 34 employees, 30 computed, 4 with errors"), out);
        assertTrue(out.contains("Top 10 by rating:"), out);
        assertTrue(out.contains("sample/facts.csv:182: bad number '51O000' in column 'fact'"), out);
        BigDecimal paid = rows.stream().filter(r -> r.total() != null).map(ResultsCsv.Row::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(out.contains("Total paid: " + paid.toPlainString() + " EUR"), out);
    }

    @Test
    void everyComputedRowAddsUpAndMatchesAHandCheckedEmployee() {
        List<ResultsCsv.Row> rows = compute(sampleText("sample/facts.csv")).rows();
        for (ResultsCsv.Row row : rows) {
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
        ResultsCsv.Row e007 = rows.stream().filter(r -> r.employeeId().equals("e007")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("104.0000").compareTo(e007.rating()), e007.toString());
        assertEquals(0, new BigDecimal("3000.00").compareTo(e007.components().get("salary")), e007.toString());
        assertEquals(0, new BigDecimal("600.00").compareTo(e007.components().get("bonus")), e007.toString());
        assertEquals(0, BigDecimal.ZERO.compareTo(e007.components().get("quality gate")), e007.toString());
        assertEquals(0, new BigDecimal("-150.00").compareTo(e007.components().get("idle hours")), e007.toString());
        assertEquals(0, new BigDecimal("3450.00").compareTo(e007.total()), e007.toString());
    }

    @Test
    void filesGivenOnTheCommandLineAreReadAndWrittenAndReadBackToTheSameNumbers() throws Exception {
        Path facts = dir.resolve("facts.csv");
        Path plan = dir.resolve("plan.properties");
        Path results = dir.resolve("out.csv");
        Files.write(facts, sample("sample/facts.csv"));
        Files.write(plan, sample("sample/plan.properties"));
        Run run = run(facts.toString(), plan.toString(), results.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith(TeamPayoutFromFiles.TITLE + "\nTeam payout: 34 employees"), run.out());
        assertTrue(run.out().contains("Results written to " + results), run.out());
        List<ResultsCsv.Row> written = TeamPayoutFromFiles.compute(facts.toString(), sample("sample/facts.csv"),
                plan.toString(), sample("sample/plan.properties")).rows();
        List<ResultsCsv.Row> read = ResultsCsv.read(Files.readAllBytes(results));
        assertEquals(written.size(), read.size());
        for (int i = 0; i < written.size(); i++) {
            ResultsCsv.Row a = written.get(i);
            ResultsCsv.Row b = read.get(i);
            assertEquals(a.employeeId(), b.employeeId());
            assertEquals(a.status(), b.status());
            assertEquals(a.error(), b.error());
            assertEquals(a.rating(), b.rating(), "same value and same scale");
            assertEquals(a.total(), b.total(), "same value and same scale");
            assertEquals(a.components(), b.components(), "same values and scales");
        }
    }

    @Test
    void noArgumentsRunsTheSampleWithATitleAndNoUsage() {
        Run run = run();
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith(TeamPayoutFromFiles.TITLE + "\n"
                + "No files given: running on the sample shipped with the examples (--help for usage).\n\n"
                + "Team payout: 34 employees, 30 computed, 4 with errors\n"), run.out());
        assertFalse(run.out().contains("usage:"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void helpPrintsTheUsageOnlyAndBadArgumentsExitWithTwo() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertEquals(TeamPayoutFromFiles.USAGE + "\n", help.out());
        Run two = run("a.csv", "b.properties");
        assertEquals(2, two.code());
        assertEquals("", two.out());
        assertEquals("TeamPayoutFromFiles: expected no arguments, --help, or three file names; got 2 arguments\n"
                + TeamPayoutFromFiles.USAGE + "\n", two.err());
        Run option = run("--verbose", "b.properties", "c.csv");
        assertEquals(2, option.code());
        assertTrue(option.err().startsWith("TeamPayoutFromFiles: unknown option '--verbose'\nusage:"), option.err());
    }

    @Test
    void aFileThatCannotBeReadExitsWithOne() {
        Run run = run(dir.resolve("missing.csv").toString(), dir.resolve("p").toString(), dir.resolve("r").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("TeamPayoutFromFiles: cannot read an input file: " + dir.resolve("missing.csv")
                + " (NoSuchFileException)"), run.err());
    }

    @Test
    void aFileWithOnlyBadRowsStillReturnsAnErrorForEveryEmployee() {
        TeamPayoutFromFiles.Team team = compute("employee_id,salary,indicator_id,fact\n"
                + "a,3000,revenue,abc\n"
                + "b,3000,nope,1\n");
        List<ResultsCsv.Row> rows = team.rows();
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.status().equals("ERROR")));
        assertTrue(rows.get(0).error().contains("facts.csv:2: bad number 'abc' in column 'fact'"), rows.get(0).error());
        assertTrue(rows.get(1).error().contains("facts.csv:3: unknown indicator 'nope'"), rows.get(1).error());
    }

    @Test
    void aStrayQuoteInTheSampleCostsOnlyThatEmployee() {
        String facts = sampleText("sample/facts.csv").replace("e005,4500.00,deals,21,", "e005,4500.00,\"deals,21,");
        TeamPayoutFromFiles.Team team = compute(facts);
        assertEquals(34, team.rows().size());
        Map<String, String> errors = errors(team);
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.get("e005").startsWith("malformed rows: facts.csv:27: the quote at column 14 opens a cell that"
                + " is not closed on this line"), errors.get("e005"));
        assertEquals(30, team.rows().stream().filter(r -> r.total() != null).count() + 1);
    }

    @Test
    void aQuotedLineBreakInAnEmployeeIdIsReadAndWrittenBack() throws Exception {
        String facts = sampleText("sample/facts.csv").replace("e001,", "\"e\n001\",");
        TeamPayoutFromFiles.Team team = compute(facts);
        assertEquals(34, team.rows().size());
        ResultsCsv.Row first = team.rows().get(0);
        assertEquals("e\n001", first.employeeId());
        assertEquals("OK", first.status(), first.toString());
        assertTrue(errors(team).get("e031").contains("facts.csv:188: bad number '51O000'"), "lines counted across breaks");
        StringBuilder results = new StringBuilder();
        ResultsCsv.write(results, team.lineNames(), team.rows());
        assertEquals(team.rows(), ResultsCsv.read(results.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWindows1251FileSaysWhichLinesAreNotUtf8AndCostsOnlyTheirEmployees() {
        String facts = sampleText("sample/facts.csv").replace("e002,", "Петров,");
        TeamPayoutFromFiles.Team team = TeamPayoutFromFiles.compute("facts.csv",
                facts.getBytes(Charset.forName("windows-1251")), "plan.properties", sample("sample/plan.properties"));
        assertEquals(34, team.rows().size());
        List<String> problems = team.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.contains("facts.csv:8: the line is not valid UTF-8 (6 bytes that are not UTF-8, the first:"
                + " byte 0xCF at byte 1); expected UTF-8: save the file as UTF-8"), problems.toString());
        assertEquals(5, errors(team).size(), errors(team).toString());
    }

    @Test
    void aPlanThatCannotBeReadStillGivesEveryEmployeeARowAndExitsWithOne() throws Exception {
        String plan = sampleText("sample/plan.properties").replace("indicator.deals.plan = 20", "indicator.deals.plan = abc");
        TeamPayoutFromFiles.Team team = TeamPayoutFromFiles.compute("facts.csv", sample("sample/facts.csv"),
                "plan.properties", plan.getBytes(StandardCharsets.UTF_8));
        assertFalse(team.complete());
        assertEquals(34, team.rows().size());
        String reason = "not computed: the plan definition cannot be read: plan.properties:21: indicator.deals.plan:"
                + " bad number 'abc' (expected a decimal with a dot, such as 1234.5)";
        assertTrue(team.rows().stream().allMatch(r -> r.status().equals("ERROR") && r.error().equals(reason)),
                team.rows().get(0).toString());
        Path planFile = dir.resolve("plan.properties");
        Path factsFile = dir.resolve("facts.csv");
        Files.writeString(planFile, plan, StandardCharsets.UTF_8);
        Files.write(factsFile, sample("sample/facts.csv"));
        Run run = run(factsFile.toString(), planFile.toString(), dir.resolve("r.csv").toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains(planFile + ":21: indicator.deals.plan: bad number 'abc'"), run.out());
    }
}
