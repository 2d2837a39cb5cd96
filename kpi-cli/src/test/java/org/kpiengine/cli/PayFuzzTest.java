package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Mutates the sample input files (byte flips, stray quotes, deleted and duplicated lines,
 * truncation, bytes that are not UTF-8, CRLF, huge numbers, empty files, byte order marks...) and
 * runs the pipeline of {@code kpi pay} on each (reading the plan and the facts, the team batch,
 * writing the results as CSV and as JSON lines, reading both back): no uncaught exception, no
 * hang, and no lost employee.
 *
 * <p>An employee is present in a mutated facts file when the header line is intact (it reads, on
 * its own, as a header with {@code employee_id} first) and a line starts with a sample id and a
 * comma ({@code e007,}). Each such id must have a row in the results (computed or an error), unless
 * every line it starts is inside a valid RFC 4180 record that began on an earlier line, a quoted
 * cell holding line breaks: then it is cell text, not an employee, which Commons CSV reading that
 * record on its own confirms.
 *
 * <p>The seed is random on each run and printed; rerun one with {@code -Dfuzz.seed=N}.
 */
class PayFuzzTest {

    private static final int FILES = 2_100;
    private static final long PER_FILE_SECONDS = 10;
    private static final Pattern RECOGNISABLE = Pattern.compile("^(e[0-9]{3}),");
    private static final int MAX_REASON = 1_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** A mutated pair of input files and the mutations that made it. */
    private record Case(byte[] facts, byte[] plan, List<String> mutations) {
    }

    private record Outcome(TeamRun.Team team, List<Samples.Row> readBack, List<JsonNode> jsonLines, long cpuNanos) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void mutatedInputFilesNeverThrowNeverHangAndLoseNoEmployee() throws Exception {
        long seed = Long.getLong("fuzz.seed", new SecureRandom().nextLong());
        String rerun = "fuzz seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")";
        System.out.println("PayFuzzTest: " + rerun);
        byte[] facts = Samples.bytes(Samples.FACTS);
        byte[] plan = Samples.bytes(Samples.PLAN);
        Random random = new Random(seed);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        long ownCpuStart = CPU.getCurrentThreadCpuTime();
        long cpu = 0;
        long problems = 0;
        long checked = 0;
        long swallowed = 0;
        long unreadable = 0;
        List<String> faults = new ArrayList<>();
        try {
            for (int i = 0; i < FILES; i++) {
                Case mutated = mutate(new Random(random.nextLong()), facts, plan);
                String where = rerun + ", file " + i + ", mutations " + mutated.mutations();
                Future<Outcome> future = executor.submit(() -> pipeline(mutated));
                Outcome outcome;
                try {
                    outcome = future.get(PER_FILE_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    future.cancel(true);
                    throw new AssertionError("no result within " + PER_FILE_SECONDS + " s: " + keep(mutated, where));
                } catch (ExecutionException e) {
                    throw new AssertionError("uncaught " + e.getCause() + ": " + keep(mutated, where), e.getCause());
                }
                TeamRun.Team team = outcome.team();
                cpu += outcome.cpuNanos();
                outcome.readBack().stream().filter(r -> r.error().contains("CUSTOM_CODE_FAILED")
                        || r.error().contains("internal error")).forEach(r -> faults.add(r.error() + " [" + where + "]"));
                problems += team.problems().size();
                unreadable += team.complete() ? 0 : 1;
                int[] counts;
                try {
                    counts = check(mutated, outcome, where);
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + keep(mutated, ""), e);
                }
                checked += counts[0];
                swallowed += counts[1];
            }
        } finally {
            executor.shutdownNow();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long ownCpu = CPU.getCurrentThreadCpuTime() - ownCpuStart;
        System.out.printf(Locale.ROOT, "PayFuzzTest: %d files, %d problems reported, %d files not"
                + " usable as a whole, %d employees checked, 0 lost, %d ids inside a valid quoted cell; %d ms wall"
                + " clock, CPU time %d ms in the pipeline and %d ms generating and checking; %d engine faults confined to"
                + " one row (%s)%n",
                FILES, problems, unreadable, checked, swallowed, millis, cpu / 1_000_000, ownCpu / 1_000_000,
                faults.size(), rerun);
        faults.stream().limit(5).forEach(f -> System.out.println("PayFuzzTest: engine fault confined"
                + " to one row: " + f));
        assertTrue(checked > FILES * 20L, "the oracle recognised too few employees to mean anything: " + checked);
    }

    /** Writes a failing pair of files to target/ so that it can be run on its own. */
    private static String keep(Case mutated, String where) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failure"));
            Files.write(dir.resolve("facts.csv"), mutated.facts());
            Files.write(dir.resolve("plan.json"), mutated.plan());
            return where + " (the files are in " + dir.toAbsolutePath() + ")";
        } catch (IOException e) {
            return where + " (the files could not be kept: " + e + ")";
        }
    }

    /** The pipeline of kpi pay: read, compute, write the results both ways, read them back. */
    private static Outcome pipeline(Case mutated) throws Exception {
        long cpu = CPU.getCurrentThreadCpuTime();
        PlanFile plan = null;
        Problem planProblem = null;
        try {
            plan = PlanFile.parse("plan.json", mutated.plan());
        } catch (Unusable e) {
            planProblem = e.problem();
        }
        java.util.Currency currency = plan == null || !plan.pays() ? null
                : plan.currencies().isEmpty() ? java.util.Currency.getInstance("EUR") : plan.currencies().iterator().next();
        StringBuilder results = new StringBuilder();
        java.io.StringWriter lines = new java.io.StringWriter();
        TeamRun.Team team;
        try (Progress progress = new Progress(new java.io.PrintWriter(java.io.Writer.nullWriter()), "pay", 3_600_000,
                3_600_000)) {
            team = TeamRun.run(plan, planProblem, "facts.csv", mutated.facts(), currency, progress);
            ResultsFile.csv(team, results, progress);
            ResultsFile.jsonLines(team, lines, progress);
        }
        try (PrintStream out = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
            java.io.PrintWriter err = new java.io.PrintWriter(out);
            PayCommand.problems(team.problems(), err);
            err.flush();
        }
        List<Samples.Row> readBack = Samples.readResults(results.toString().getBytes(StandardCharsets.UTF_8));
        List<JsonNode> json = new ArrayList<>();
        String text = lines.toString();
        if (!text.isEmpty()) {
            assertTrue(text.endsWith("\n"), "JSON lines end with a line break");
            for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
                json.add(JSON.readTree(line));
            }
        }
        return new Outcome(team, readBack, json, CPU.getCurrentThreadCpuTime() - cpu);
    }

    /** Checks one outcome; returns the employees checked and those found inside a valid quoted cell. */
    private static int[] check(Case mutated, Outcome outcome, String where) throws Exception {
        TeamRun.Team team = outcome.team();
        assertEquals(team.entries().size(), outcome.readBack().size(), "one CSV row per employee: " + where);
        assertEquals(team.entries().size(), outcome.jsonLines().size(), "one JSON line per employee: " + where);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < team.entries().size(); i++) {
            Samples.Row row = outcome.readBack().get(i);
            JsonNode json = outcome.jsonLines().get(i);
            assertEquals(team.entries().get(i).employeeId(), row.employeeId(), where);
            assertEquals(row.employeeId(), json.get("employee").asString(), "the same employee on JSON line " + i + ": "
                    + where);
            assertEquals(i, json.get("row").asInt(), "JSON lines count the employees of the file: " + where);
            assertEquals(row.status().equals("ERROR"), json.get("status").asString().equals("error"),
                    "CSV and JSON agree on the status of " + row.employeeId() + ": " + where);
            if (!row.status().equals("ERROR")) {
                assertEquals(row.total() == null ? null : row.total().toPlainString(), json.path("pay").path("total")
                        .path("amount").asString(null), "CSV and JSON agree on the total: " + where);
            }
            assertTrue(ids.add(row.employeeId()), "one row per employee: " + Problem.show(row.employeeId()) + ", " + where);
            assertTrue(Set.of("OK", "WARNING", "ERROR").contains(row.status()), row + ", " + where);
            assertTrue(!row.status().equals("ERROR") || !row.error().isEmpty(), "an error row says why: " + where);
        }
        for (Problem problem : team.problems()) {
            assertTrue(problem.toString().startsWith("facts.csv") || problem.toString().startsWith("plan.json"),
                    problem + ", " + where);
            assertTrue(problem.reason().length() <= MAX_REASON, "a short message, not "
                    + problem.reason().length() + " characters: " + Problem.show(problem.reason()) + ", " + where);
        }
        assertTrue(team.complete() || !team.problems().isEmpty(), "an unusable file says why: " + where);

        Map<String, List<Integer>> present = present(mutated.facts());
        int inside = 0;
        for (Map.Entry<String, List<Integer>> employee : present.entrySet()) {
            if (ids.contains(employee.getKey())) {
                continue;
            }
            for (int line : employee.getValue()) {
                if (!insideValidQuotedCell(mutated.facts(), line)) {
                    fail("employee " + employee.getKey() + " starts line " + line + " but has no row in the results: "
                            + where);
                }
            }
            inside++;
        }
        return new int[] {present.size(), inside};
    }

    /** The sample ids that start a line, with those lines, if the header is intact; else none. */
    private static Map<String, List<Integer>> present(byte[] facts) {
        String[] lines = physicalLines(facts);
        Map<String, List<Integer>> present = new LinkedHashMap<>();
        if (lines.length == 0 || !intactHeader(lines[0])) {
            return present;
        }
        for (int i = 1; i < lines.length; i++) {
            Matcher m = RECOGNISABLE.matcher(lines[i]);
            if (m.find()) {
                present.computeIfAbsent(m.group(1), id -> new ArrayList<>()).add(i + 1);
            }
        }
        return present;
    }

    /** Lines split at \n, \r\n or a lone \r, each byte one char (ISO-8859-1), the UTF-8 BOM dropped. */
    private static String[] physicalLines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3);
        }
        return text.isEmpty() ? new String[0] : text.split("\r\n|\r|\n", -1);
    }

    private static boolean intactHeader(String isoLine) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String line;
        try {
            line = strict.decode(ByteBuffer.wrap(isoLine.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        List<String> cells;
        try (CSVParser parser = CSVParser.parse(line, CSVFormat.RFC4180.builder().setTrim(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                return false;
            }
            cells = records.get(0).toList().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        } catch (Exception e) {
            return false;
        }
        Set<String> distinct = new HashSet<>();
        for (String cell : cells) {
            if (!cell.isEmpty() && !distinct.add(cell)) {
                return false;
            }
        }
        return !cells.isEmpty() && cells.get(0).equals("employee_id") && cells.contains("indicator_id")
                && cells.contains("fact");
    }

    /**
     * Whether a line is inside a record that began on an earlier line (the reader accepted its
     * quotes; it may still have other problems) and that Commons CSV, reading that record's lines
     * on their own, takes as one valid record.
     */
    private static boolean insideValidQuotedCell(byte[] facts, int line) throws Exception {
        for (Csv.Record record : Csv.read(facts, true).records()) {
            if (record.line() < line && line <= record.lastLine()) {
                String[] lines = physicalLines(facts);
                StringBuilder iso = new StringBuilder();
                // the text of the record's lines, with their line breaks (recovered from the bytes)
                String text = new String(facts, StandardCharsets.ISO_8859_1);
                int from = offsetOfLine(text, record.line());
                int to = offsetOfLine(text, record.lastLine()) + lines[record.lastLine() - 1].length();
                iso.append(text, from, to);
                String utf8 = new String(iso.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                try (CSVParser parser = CSVParser.parse(utf8, CSVFormat.RFC4180)) {
                    return parser.getRecords().size() == 1;
                } catch (Exception e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** The offset where a 1-based line starts, counting \n, \r\n and a lone \r, after a leading BOM. */
    private static int offsetOfLine(String text, int line) {
        int offset = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        for (int n = 1; n < line; n++) {
            while (text.charAt(offset) != '\n' && text.charAt(offset) != '\r') {
                offset++;
            }
            offset += text.startsWith("\r\n", offset) ? 2 : 1;
        }
        return offset;
    }

    // ---- mutations, on the file as ISO-8859-1 text (one char per byte, so any byte can be written)

    private static Case mutate(Random random, byte[] facts, byte[] plan) {
        String f = new String(facts, StandardCharsets.ISO_8859_1);
        String p = new String(plan, StandardCharsets.ISO_8859_1);
        List<String> done = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int k = 0; k < count; k++) {
            if (random.nextInt(20) == 0) {
                p = mutatePlan(random, p, done);
            } else {
                f = mutateFacts(random, f, done);
            }
        }
        return new Case(f.getBytes(StandardCharsets.ISO_8859_1), p.getBytes(StandardCharsets.ISO_8859_1), done);
    }

    private static final String[] INVALID_UTF8 = {
        "\u00C3", "\u00FF", "\u00C0\u00AF", "\u00ED\u00A0\u0080", "\u00F4\u0090\u0080\u0080", "\u00E2\u0082", "\u0080",
    };

    private static final String CP1251_NAME = new String("Иванов".getBytes(Charset.forName("windows-1251")),
            StandardCharsets.ISO_8859_1);

    private static String mutateFacts(Random random, String s, List<String> done) {
        int kind = random.nextInt(26);
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        switch (kind) {
            case 0 -> {
                if (s.isEmpty()) {
                    return s;
                }
                int pos = Math.min(at, s.length() - 1);
                done.add("flip bit at " + pos);
                return s.substring(0, pos) + (char) ((s.charAt(pos) ^ (1 << random.nextInt(8))) & 0xFF) + s.substring(pos + 1);
            }
            case 1 -> {
                if (s.isEmpty()) {
                    return s;
                }
                int pos = Math.min(at, s.length() - 1);
                done.add("random byte at " + pos);
                return s.substring(0, pos) + (char) random.nextInt(256) + s.substring(pos + 1);
            }
            case 2, 3 -> {
                done.add("stray quote at " + at);
                return s.substring(0, at) + '"' + s.substring(at);
            }
            case 4, 5 -> {
                int comma = s.indexOf(',', at);
                if (comma < 0) {
                    return s;
                }
                done.add("quote opening the cell after " + comma);
                return s.substring(0, comma + 1) + '"' + s.substring(comma + 1);
            }
            case 6 -> {
                List<String> lines = lines(s);
                int line = random.nextInt(lines.size());
                String text = lines.get(line);
                int comma = text.indexOf(',');
                if (comma < 2) {
                    return s;
                }
                String lineBreak = random.nextBoolean() ? "\n" : "\r\n";
                done.add("valid quoted line break in the first cell of line " + (line + 1));
                lines.set(line, '"' + text.substring(0, comma / 2) + lineBreak + text.substring(comma / 2, comma) + '"'
                        + text.substring(comma));
                return String.join("", lines);
            }
            case 7 -> {
                List<String> lines = lines(s);
                int line = random.nextInt(lines.size());
                done.add("delete line " + (line + 1));
                lines.remove(line);
                return String.join("", lines);
            }
            case 8 -> {
                List<String> lines = lines(s);
                int line = random.nextInt(lines.size());
                done.add("duplicate line " + (line + 1));
                lines.add(line, lines.get(line).endsWith("\n") ? lines.get(line) : lines.get(line) + "\n");
                return String.join("", lines);
            }
            case 9 -> {
                done.add("truncate at " + at);
                return s.substring(0, at);
            }
            case 10, 11 -> {
                String bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
                done.add("invalid UTF-8 at " + at);
                return s.substring(0, at) + bad + s.substring(at);
            }
            case 12 -> {
                done.add("Windows-1251 name at " + at);
                return s.substring(0, at) + CP1251_NAME + s.substring(at);
            }
            case 13 -> {
                done.add("CRLF line breaks");
                return s.replace("\r\n", "\n").replace("\n", "\r\n");
            }
            case 14 -> {
                done.add("lone CR at " + at);
                return s.substring(0, at) + '\r' + s.substring(at);
            }
            case 15 -> {
                String[] huge = {"1" + "0".repeat(100_000), "9".repeat(100), "1" + "0".repeat(1_000), "0." + "0".repeat(99) + "1",
                    "-" + "9".repeat(99), "1" + "0".repeat(60)};
                String number = huge[random.nextInt(huge.length)];
                Matcher m = Pattern.compile("(?m),([0-9.]+),([0-9]*)$").matcher(s);
                List<int[]> cells = new ArrayList<>();
                while (m.find()) {
                    cells.add(new int[] {m.start(1), m.end(1)});
                }
                if (cells.isEmpty()) {
                    return s;
                }
                int[] cell = cells.get(random.nextInt(cells.size()));
                done.add("number of " + number.length() + " characters at " + cell[0]);
                return s.substring(0, cell[0]) + number + s.substring(cell[1]);
            }
            case 16 -> {
                if (random.nextInt(4) != 0) {
                    return s;
                }
                done.add("empty file");
                return "";
            }
            case 17 -> {
                String[] marks = {"\u00EF\u00BB\u00BF", "\u00FF\u00FE", "\u00FE\u00FF"};
                String mark = marks[random.nextInt(marks.length)];
                boolean first = random.nextBoolean();
                done.add("byte order mark " + (first ? "at the start" : "at " + at));
                return first ? mark + s : s.substring(0, at) + mark + s.substring(at);
            }
            case 18 -> {
                if (s.isEmpty()) {
                    return s;
                }
                int pos = Math.min(at, s.length() - 1);
                done.add("delete byte at " + pos);
                return s.substring(0, pos) + s.substring(pos + 1);
            }
            case 19 -> {
                done.add("comma at " + at);
                return s.substring(0, at) + ',' + s.substring(at);
            }
            case 20 -> {
                StringBuilder junk = new StringBuilder();
                int length = 1 + random.nextInt(100_000);
                for (int j = 0; j < length; j++) {
                    junk.append(random.nextInt(8) == 0 ? ',' : (char) ('a' + random.nextInt(26)));
                }
                done.add("long junk of " + length + " at " + at);
                return s.substring(0, at) + junk + s.substring(at);
            }
            case 21 -> {
                done.add("NUL at " + at);
                return s.substring(0, at) + '\0' + s.substring(at);
            }
            case 22 -> {
                int n = 1 + random.nextInt(50);
                done.add(n + " quotes at " + at);
                return s.substring(0, at) + "\"".repeat(n) + s.substring(at);
            }
            case 23 -> {
                done.add("blank lines at " + at);
                return s.substring(0, at) + "\n \n\n" + s.substring(at);
            }
            case 24 -> {
                done.add("line break at " + at);
                return s.substring(0, at) + '\n' + s.substring(at);
            }
            default -> {
                List<String> lines = lines(s);
                int line = random.nextInt(lines.size());
                StringBuilder noise = new StringBuilder();
                int length = random.nextInt(60);
                for (int j = 0; j < length; j++) {
                    noise.append((char) random.nextInt(256));
                }
                done.add("random bytes for line " + (line + 1));
                lines.set(line, noise + "\n");
                return String.join("", lines);
            }
        }
    }

    private static String mutatePlan(Random random, String s, List<String> done) {
        List<String> lines = lines(s);
        int line = random.nextInt(lines.size());
        String text = lines.get(line);
        int eq = text.indexOf(':');
        switch (random.nextInt(8)) {
            case 0 -> {
                if (eq < 0) {
                    return s;
                }
                done.add("plan: 'abc' for the value of line " + (line + 1));
                lines.set(line, text.substring(0, eq + 1) + " abc\n");
            }
            case 1 -> {
                done.add("plan: delete line " + (line + 1));
                lines.remove(line);
            }
            case 2 -> {
                if (eq < 0) {
                    return s;
                }
                done.add("plan: huge number on line " + (line + 1));
                lines.set(line, text.substring(0, eq + 1) + " 1" + "0".repeat(100_000) + "\n");
            }
            case 3 -> {
                done.add("plan: Windows-1251 text on line " + (line + 1));
                lines.set(line, text.replace("\n", "") + " " + CP1251_NAME + "\n");
            }
            case 4 -> {
                done.add("plan: malformed \\u escape on line " + (line + 1));
                lines.set(line, text.replace("\n", "") + "\\u12\n");
            }
            case 5 -> {
                int at = random.nextInt(s.length() + 1);
                done.add("plan: truncate at " + at);
                return s.substring(0, at);
            }
            case 6 -> {
                if (text.isEmpty()) {
                    return s;
                }
                int pos = random.nextInt(text.length());
                done.add("plan: flip bit on line " + (line + 1));
                lines.set(line, text.substring(0, pos) + (char) ((text.charAt(pos) ^ (1 << random.nextInt(8))) & 0xFF)
                        + text.substring(pos + 1));
            }
            default -> {
                done.add("plan: duplicate line " + (line + 1));
                lines.add(line, text.endsWith("\n") ? text : text + "\n");
            }
        }
        return String.join("", lines);
    }

    /** The lines of a text, each with its line break; at least one (possibly empty) line. */
    private static List<String> lines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lines.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length() || lines.isEmpty()) {
            lines.add(s.substring(start));
        }
        return lines;
    }
}
