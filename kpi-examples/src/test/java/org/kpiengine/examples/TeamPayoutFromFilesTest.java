package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.examples.files.ResultsCsv;

class TeamPayoutFromFilesTest {

    @TempDir
    Path dir;

    private static BufferedReader sample(String name) {
        return new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(TeamPayoutFromFilesTest.class.getClassLoader().getResourceAsStream(name)),
                StandardCharsets.UTF_8));
    }

    private List<ResultsCsv.Row> runSample(Path results, ByteArrayOutputStream printed) throws Exception {
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            return TeamPayoutFromFiles.run("sample/facts.csv", sample("sample/facts.csv"), "sample/plan.properties",
                    sample("sample/plan.properties"), results, out);
        }
    }

    @Test
    void theSampleComputesEveryWellFormedEmployeeAndReportsTheRest() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<ResultsCsv.Row> rows = runSample(dir.resolve("results.csv"), printed);
        String out = printed.toString(StandardCharsets.UTF_8);

        assertEquals(34, rows.size(), "one row per employee, none lost");
        assertEquals(34, rows.stream().map(ResultsCsv.Row::employeeId).distinct().count(), "none duplicated");
        Map<String, String> errors = rows.stream().filter(r -> r.status().equals("ERROR"))
                .collect(Collectors.toMap(ResultsCsv.Row::employeeId, ResultsCsv.Row::error));
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
    void everyComputedRowAddsUpAndMatchesAHandCheckedEmployee() throws Exception {
        List<ResultsCsv.Row> rows = runSample(dir.resolve("results.csv"), new ByteArrayOutputStream());
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
    void theResultsFileReadsBackToTheSameNumbers() throws Exception {
        Path results = dir.resolve("results.csv");
        List<ResultsCsv.Row> written = runSample(results, new ByteArrayOutputStream());
        List<ResultsCsv.Row> read;
        try (BufferedReader reader = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
            read = ResultsCsv.read(reader);
        }
        assertEquals(written.size(), read.size());
        for (int i = 0; i < written.size(); i++) {
            ResultsCsv.Row a = written.get(i);
            ResultsCsv.Row b = read.get(i);
            assertEquals(a.employeeId(), b.employeeId());
            assertEquals(a.status(), b.status());
            assertEquals(a.error(), b.error());
            assertSame(a.rating(), b.rating());
            assertSame(a.total(), b.total());
            assertEquals(a.components().keySet(), b.components().keySet());
            a.components().forEach((name, value) -> assertSame(value, b.components().get(name)));
        }
    }

    private static void assertSame(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            assertEquals(a, b);
        } else {
            assertEquals(a, b, "same value and same scale");
        }
    }

    @Test
    void filesGivenOnTheCommandLineAreReadAndWritten() throws Exception {
        Path facts = dir.resolve("facts.csv");
        Path plan = dir.resolve("plan.properties");
        Path results = dir.resolve("out.csv");
        try (BufferedReader f = sample("sample/facts.csv"); BufferedReader p = sample("sample/plan.properties")) {
            Files.writeString(facts, f.lines().collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
            Files.writeString(plan, p.lines().collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
        }
        String out = Console.capture(() -> TeamPayoutFromFiles.main(
                new String[] {facts.toString(), plan.toString(), results.toString()}));
        assertTrue(out.contains("Results written to " + results), out);
        try (BufferedReader reader = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
            assertEquals(34, ResultsCsv.read(reader).size());
        }
    }

    @Test
    void noArgumentsRunsTheSample() throws Exception {
        String out = Console.capture(() -> TeamPayoutFromFiles.main(new String[0]));
        assertTrue(out.startsWith("No files given: running on the sample shipped with the examples.\n"
                + "usage: TeamPayoutFromFiles [facts.csv plan.properties results.csv]\n"), out);
        assertTrue(out.contains("employee_id, indicator_id, fact (required); salary, base, plan, target (optional)"), out);
        assertTrue(out.contains("Team payout: 34 employees, 30 computed, 4 with errors"), out);
    }

    @Test
    void aFileWithOnlyBadRowsStillReturnsAnErrorForEveryEmployee() throws Exception {
        String facts = "employee_id,salary,indicator_id,fact\n"
                + "a,3000,revenue,abc\n"
                + "b,3000,nope,1\n";
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<ResultsCsv.Row> rows;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            rows = TeamPayoutFromFiles.run("bad.csv", new BufferedReader(new StringReader(facts)), "sample/plan.properties",
                    sample("sample/plan.properties"), dir.resolve("r.csv"), out);
        }
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.status().equals("ERROR")));
        assertTrue(rows.get(0).error().contains("bad.csv:2: bad number 'abc' in column 'fact'"), rows.get(0).error());
        assertTrue(rows.get(1).error().contains("bad.csv:3: unknown indicator 'nope'"), rows.get(1).error());
    }
}
