package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpi validate} in-process. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private Path plan(String text) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aValidPlanPrintsASummaryAndExitsWithZero() {
        Cli.Run run = Cli.run("validate", Samples.PLAN.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(Samples.PLAN + ": valid plan of role 'account-manager': 5 indicators, 1 scheme, 3 modifiers,"
                + " pay inputs idle_hours\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void everyErrorNamesItsPlaceWithAJsonPointer() throws IOException {
        String sample = Files.readString(Samples.PLAN);
        Object[][] cases = {
            {sample.replace("\"plan\": \"20\"", "\"plan\": 20.5"), "/indicators/1/thresholds/plan: "},
            {sample.replace("\"type\": \"linear\"", "\"type\": \"cubic\""), "/indicators/3/curve/type: "},
            {sample.replace("\"factor\": \"0.5\"", "\"factor\": \"0.5\", \"colour\": \"red\""), "/pay/modifiers/0/colour: "},
            {sample.replace("\"base\": \"200000\",", "\"base\": \"100000\","), "/indicators/3/thresholds/plan: "},
        };
        for (Object[] c : cases) {
            Path file = plan((String) c[0]);
            Cli.Run run = Cli.run("validate", file.toString());
            assertEquals(1, run.code(), run.out());
            assertTrue(run.out().startsWith(file + ": not a valid plan: " + c[1]), run.out());
            assertEquals(1, run.out().lines().count(), run.out());
        }
    }

    @Test
    void aFileThatIsNotJsonOrMissingExitsWithOne() throws IOException {
        Cli.Run notJson = Cli.run("validate", plan("currency = EUR\n").toString());
        assertEquals(1, notJson.code());
        assertTrue(notJson.out().startsWith(dir.resolve("plan.json") + ": not a valid plan: "), notJson.out());
        Path missing = dir.resolve("missing.json");
        Cli.Run run = Cli.run("validate", missing.toString());
        assertEquals(1, run.code());
        assertEquals(missing + ": cannot read the plan: " + missing + " (NoSuchFileException)\n", run.out());
        Cli.Run none = Cli.run("validate");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("Missing required parameter: 'PLAN.json'"), none.err());
    }

    @Test
    void thePlansWarningsArePrintedAfterTheSummaryAndTheExitCodeStaysZero() throws IOException {
        String sample = Files.readString(Samples.PLAN);
        assertTrue(sample.contains("\"value\": \"30\""));
        Path file = plan(sample.replace("\"value\": \"30\"", "\"value\": \"130\""));
        Cli.Run run = Cli.run("validate", file.toString());
        assertEquals(0, run.code(), run.out());
        java.util.List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(file + ": valid plan of role 'account-manager'"), run.out());
        assertTrue(lines.get(1).startsWith(file + ": warning: ") && lines.get(1).contains("130"), run.out());
    }
}
