package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a separate process, as a user runs it: {@code java -jar kpi.jar ...} on the
 * shipped sample and on broken files, checking the files written, the output and the exit code.
 * Runs after the package phase (maven-failsafe-plugin), on the jar the build just made.
 */
class KpiIT {

    private static final String JAR_PROPERTY = System.getProperty("kpi.jar");
    private static final Path JAR = Path.of(JAR_PROPERTY == null ? "target/kpi.jar" : JAR_PROPERTY).toAbsolutePath();

    /**
     * The jar exists only after the package phase: maven-failsafe-plugin sets {@code kpi.jar}. A
     * surefire run selected with {@code -Dtest=...} (which overrides the *IT exclusion) skips it.
     */
    @BeforeAll
    static void theJarIsBuilt() {
        assumeTrue(JAR_PROPERTY != null, "KpiIT runs in the integration-test phase, on the packaged jar");
        assertTrue(Files.isRegularFile(JAR), "the packaged jar " + JAR + " exists");
    }

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result kpi(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "kpi " + String.join(" ", args) + " ended in time");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void paysTheSampleAsCsvAndExitsWithZero() throws Exception {
        Path results = dir.resolve("results.csv");
        Result run = kpi("pay", "--plan", Samples.PLAN.toAbsolutePath().toString(), "--facts",
                Samples.FACTS.toAbsolutePath().toString(), "--out", results.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Team payout: 34 employees, 30 computed, 4 with errors\n"), run.out());
        List<Samples.Row> rows = Samples.readResults(Files.readAllBytes(results));
        assertEquals(34, rows.size());
        Samples.Row e007 = rows.get(6);
        assertEquals("e007", e007.employeeId());
        assertEquals(new BigDecimal("104.0000"), e007.rating());
        assertEquals(new BigDecimal("3450.00"), e007.total());
        assertEquals(3, run.err().lines().filter(l -> l.matches(".*facts\\.csv:\\d+: .*")).count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void writesJsonLinesAndExplainsAnEmployeeWithTheSameTotal() throws Exception {
        Path results = dir.resolve("results.jsonl");
        Result pay = kpi("pay", "--plan", Samples.PLAN.toAbsolutePath().toString(), "--facts",
                Samples.FACTS.toAbsolutePath().toString(), "--out", results.toString());
        assertEquals(0, pay.code(), pay.err());
        List<String> lines = Files.readAllLines(results, StandardCharsets.UTF_8);
        assertEquals(34, lines.size());
        assertTrue(lines.get(6).startsWith("{\"formatVersion\":1,\"row\":6,\"employee\":\"e007\",\"role\":\"account-manager\","
                + "\"status\":\"ok\",\"rating\":\"104.0000\""), lines.get(6));
        assertTrue(lines.get(6).contains("\"total\":{\"amount\":\"3450.00\",\"currency\":\"EUR\"}"), lines.get(6));

        Result explain = kpi("explain", "--plan", Samples.PLAN.toAbsolutePath().toString(), "--facts",
                Samples.FACTS.toAbsolutePath().toString(), "--employee", "e007");
        assertEquals(0, explain.code(), explain.err());
        assertTrue(explain.out().contains("rating 104.0000 %"), explain.out());
        assertTrue(explain.out().contains("total EUR 3450.00"), explain.out());
    }

    @Test
    void aBrokenPlanExitsWithOneAndNamesThePlaceWithoutAStackTrace() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, Files.readString(Samples.PLAN).replace("\"weight\": \"0.4\"", "\"weight\": 0.4"));
        Result validate = kpi("validate", plan.toString());
        assertEquals(1, validate.code());
        assertTrue(validate.out().startsWith(plan + ": not a valid plan: /indicators/0/weight: "), validate.out());
        Path results = dir.resolve("r.csv");
        Result pay = kpi("pay", "--plan", plan.toString(), "--facts", Samples.FACTS.toAbsolutePath().toString(),
                "--out", results.toString());
        assertEquals(1, pay.code());
        assertTrue(pay.err().startsWith(plan + ": not a valid plan: /indicators/0/weight: "), pay.err());
        assertFalse(pay.err().contains("\tat "), pay.err());
        assertEquals(34, Samples.readResults(Files.readAllBytes(results)).size(), "every employee still has a row");
    }

    @Test
    void aBrokenFactsFileCostsOnlyItsBadRowsAndAnUnusableOneExitsWithOne() throws Exception {
        Path facts = dir.resolve("facts.csv");
        Files.writeString(facts, "employee_id,salary,indicator_id,fact\nE1,3000.00,revenue,\"500000\nE2,3000.00,deals,x\n",
                StandardCharsets.UTF_8);
        Path results = dir.resolve("r.csv");
        Result bad = kpi("pay", "--plan", Samples.PLAN.toAbsolutePath().toString(), "--facts", facts.toString(), "--out",
                results.toString());
        assertEquals(0, bad.code(), "bad rows are not a bad file: " + bad.err());
        assertTrue(bad.err().startsWith(facts + ":2: the quote at column 20 opens a cell that is not closed"), bad.err());
        assertTrue(bad.err().contains(facts + ":3: bad number 'x' in column 'fact'"), bad.err());
        List<Samples.Row> rows = Samples.readResults(Files.readAllBytes(results));
        assertEquals(List.of("E1", "E2"), rows.stream().map(Samples.Row::employeeId).toList());
        assertTrue(rows.stream().allMatch(r -> r.status().equals("ERROR")));

        Files.write(facts, "\uFEFFemployee_id,indicator_id,fact\n".getBytes(StandardCharsets.UTF_16LE));
        Result unusable = kpi("pay", "--plan", Samples.PLAN.toAbsolutePath().toString(), "--facts", facts.toString(),
                "--out", results.toString());
        assertEquals(1, unusable.code());
        assertTrue(unusable.err().startsWith(facts + ": the file is UTF-16"), unusable.err());
        Result usage = kpi("pay", "--plan", "plan.json");
        assertEquals(2, usage.code());
        assertTrue(usage.err().startsWith("Missing required options"), usage.err());
    }

    @Test
    void versionAndHelpExitWithZero() throws Exception {
        Result version = kpi("--version");
        assertEquals(0, version.code(), version.err());
        assertEquals("kpi " + System.getProperty("kpi.version", "") + "\n", version.out());
        Result help = kpi("help", "pay");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith("Usage: kpi pay "), help.out());
    }

    @Test
    void thePlanningCommandsRunFromTheJar() throws Exception {
        String plan = Samples.PLAN.toAbsolutePath().toString();
        String facts = Samples.FACTS.toAbsolutePath().toString();
        Result whatIf = kpi("whatif", "--plan", plan, "--facts", facts, "--employee", "e007", "--indicator", "deals",
                "--from", "100", "--to", "100");
        assertEquals(0, whatIf.code(), whatIf.err());
        assertEquals("percent_of_plan,fact,attainment,index,rating,total,salary,bonus,quality gate,variable limits,"
                + "idle hours\n100,20,100.0000,100.0000,105.0000,3450.00,3000.00,600.00,0.00,0.00,-150.00\n", whatIf.out());
        Result inverse = kpi("inverse", "--plan", plan, "--facts", facts, "--employee", "e007", "--indicator", "deals",
                "--goal", "rating:110");
        assertEquals(0, inverse.code(), inverse.err());
        assertTrue(inverse.out().contains("\nanswer 25 (rating 110.0000)\none step worse 24 "), inverse.out());
        Result review = kpi("review", "--plan", plan, "--facts", facts);
        assertEquals(0, review.code(), "findings do not change the exit code: " + review.err());
        assertTrue(review.out().contains("WARNING CLIFF at 'quality' employee e020: "), review.out());
        Result bad = kpi("inverse", "--plan", plan, "--facts", facts, "--employee", "e007", "--indicator", "deals",
                "--goal", "next-band:nonesuch");
        assertEquals(2, bad.code(), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
    }

    @Test
    void paysFromADealsFileAndRefusesABrokenOneWithItsPointer() throws Exception {
        Path deals = dir.resolve("deals.json");
        Files.writeString(deals, PayCommandTest.deals(), StandardCharsets.UTF_8);
        Path facts = dir.resolve("facts.csv");
        Files.writeString(facts, PayCommandTest.factsWithoutRevenue(), StandardCharsets.UTF_8);
        Path results = dir.resolve("results.csv");
        Result run = kpi("pay", "--plan", Samples.PLAN.toAbsolutePath().toString(), "--facts", facts.toString(), "--out",
                results.toString(), "--transactions", deals.toString(), "--credit", "revenue", "--to", "2026-03-31");
        assertEquals(0, run.code(), run.err());
        List<Samples.Row> rows = Samples.readResults(Files.readAllBytes(results));
        assertEquals("e001", rows.get(0).employeeId());
        assertEquals("OK", rows.get(0).status());
        assertEquals("e099", rows.get(rows.size() - 1).employeeId());
        assertFalse(run.err().contains("Exception"), run.err());

        Files.writeString(deals, PayCommandTest.deals().replace("\"reverses\": \"D-2\"", "\"reverses\": \"D-9\""),
                StandardCharsets.UTF_8);
        Result refused = kpi("pay", "--plan", Samples.PLAN.toAbsolutePath().toString(), "--facts", facts.toString(), "--out",
                dir.resolve("refused.csv").toString(), "--transactions", deals.toString(), "--credit", "revenue");
        assertEquals(1, refused.code(), refused.err());
        assertTrue(refused.err().contains("/transactions/2/reverses: "), refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());
    }

    @Test
    void paysFromACsvDealsTableAsFromItsJsonFormAndRefusesABrokenRowByLine() throws Exception {
        Path facts = dir.resolve("facts.csv");
        Files.writeString(facts, PayCommandTest.factsWithoutRevenue(), StandardCharsets.UTF_8);
        Path json = dir.resolve("deals.json");
        Files.writeString(json, DealsCsvTest.dealsJson(), StandardCharsets.UTF_8);
        Path csv = dir.resolve("deals.csv");
        Files.writeString(csv, DealsCsvTest.dealsCsv(), StandardCharsets.UTF_8);
        Path fromJson = dir.resolve("from-json.csv");
        Path fromCsv = dir.resolve("from-csv.csv");
        Result a = kpi("pay", "--plan", Samples.PLAN.toAbsolutePath().toString(), "--facts", facts.toString(), "--out",
                fromJson.toString(), "--transactions", json.toString(), "--credit", "revenue", "--to", "2026-03-31", "--cash");
        Result b = kpi("pay", "--plan", Samples.PLAN.toAbsolutePath().toString(), "--facts", facts.toString(), "--out",
                fromCsv.toString(), "--transactions", csv.toString(), "--credit", "revenue", "--to", "2026-03-31", "--cash");
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        assertEquals(Files.readString(fromJson), Files.readString(fromCsv));

        Files.writeString(csv, DealsCsvTest.dealsCsv().replace("-100000.00,EUR,D-2", "-100000.00,EUR,D-9"), StandardCharsets.UTF_8);
        Result refused = kpi("pay", "--plan", Samples.PLAN.toAbsolutePath().toString(), "--facts", facts.toString(), "--out",
                dir.resolve("refused.csv").toString(), "--transactions", csv.toString(), "--credit", "revenue");
        assertEquals(1, refused.code(), refused.err());
        assertTrue(refused.err().contains(csv + ":4: "), refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());
    }
}
