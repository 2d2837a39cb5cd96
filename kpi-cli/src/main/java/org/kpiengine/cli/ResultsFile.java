package org.kpiengine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.kpiengine.Warning;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.json.ResultJson;
import org.kpiengine.money.Money;

/**
 * Writes the results of a run, one record per employee of the facts file in the order of their
 * first row, as CSV or as JSON lines. See docs/guides/cli.md, "Results".
 */
final class ResultsFile {

    /** The formats of a results file. */
    enum Format {
        /** CSV as RFC 4180 writes it. */
        CSV,
        /** JSON lines, the team shape of {@link ResultJson#teamLines(TeamResult, Writer)}. */
        JSONL;

        /** The format a file name's extension implies, or null if it implies none. */
        static Format of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".csv")) {
                return CSV;
            }
            return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? JSONL : null;
        }
    }

    private ResultsFile() {
    }

    static void write(TeamRun.Team team, Format format, Writer out, Progress progress) throws IOException {
        progress.step("writing " + team.entries().size() + " results", team.entries().size());
        if (format == Format.CSV) {
            csv(team, out, progress);
        } else {
            jsonLines(team, out, progress);
        }
        out.flush();
    }

    /**
     * Columns: {@code employee_id, status, rating}, one column per pay component (salary, each
     * scheme, each modifier, by name), {@code total, currency, error}. Status is {@code OK},
     * {@code WARNING} (the warnings are in {@code error}) or {@code ERROR} (number cells empty).
     */
    static void csv(TeamRun.Team team, Appendable out, Progress progress) throws IOException {
        List<String> header = new ArrayList<>(List.of("employee_id", "status", "rating"));
        header.addAll(team.lineNames());
        header.addAll(List.of("total", "currency", "error"));
        CSVPrinter printer = new CSVPrinter(out, Csv.writeFormat());
        printer.printRecord(header);
        TeamResult result = team.result();
        List<String> cells = new ArrayList<>(header.size());
        int count = 0;
        for (TeamRun.Entry entry : team.entries()) {
            cells.clear();
            cells.add(entry.employeeId());
            int row = entry.batchRow();
            if (row < 0 || !result.isOk(row)) {
                String error = row < 0 ? entry.error() : result.error(row).cause().getMessage();
                cells.addAll(List.of("ERROR", ""));
                team.lineNames().forEach(name -> cells.add(""));
                cells.addAll(List.of("", team.currency(), error));
            } else {
                List<Warning> warnings = result.warnings(row);
                cells.add(warnings.isEmpty() ? "OK" : "WARNING");
                cells.add(result.rating(row).toPlainString());
                if (result.hasPay(row)) {
                    Map<String, Money> components = result.components(row);
                    for (String name : team.lineNames()) {
                        Money amount = components.get(name);
                        cells.add(amount == null ? "" : amount.amount().toPlainString());
                    }
                    cells.add(result.total(row).amount().toPlainString());
                } else {
                    team.lineNames().forEach(name -> cells.add(""));
                    cells.add("");
                }
                cells.add(team.currency());
                cells.add(warnings.stream().map(Warning::message).collect(Collectors.joining("; ")));
            }
            printer.printRecord(cells);
            if (++count % 4096 == 0) {
                progress.done(count);
            }
        }
        printer.flush();
    }

    /**
     * Every employee of the facts file in its order, {@code row} counting them: a computed one
     * through {@link ResultJson#teamLine(TeamResult, int, long, Writer)}, one that was not computed
     * (malformed rows, no usable plan) as an error line of the same shape.
     */
    static void jsonLines(TeamRun.Team team, Writer out, Progress progress) throws IOException {
        List<TeamRun.Entry> entries = team.entries();
        int computed = 0;
        for (int i = 0; i < entries.size(); i++) {
            TeamRun.Entry entry = entries.get(i);
            if (entry.batchRow() < 0) {
                out.write(errorLine(i, entry.employeeId(), entry.error()));
            } else {
                TeamResult result = Objects.requireNonNull(team.result(), "a computed employee without a team result");
                try {
                    ResultJson.teamLine(result, entry.batchRow(), i, out);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                computed++;
            }
            if ((i + 1) % 4096 == 0) {
                progress.done(i + 1);
            }
        }
        int batched = team.result() == null ? 0 : team.result().size();
        if (computed != batched) {
            throw new IllegalStateException(computed + " of the batch's " + batched + " results written");
        }
    }

    /** One JSON line for an employee that was not computed. */
    static String errorLine(int row, String employeeId, String message) {
        StringBuilder line = new StringBuilder(128 + message.length());
        line.append("{\"formatVersion\":").append(ResultJson.FORMAT_VERSION).append(",\"row\":").append(row)
                .append(",\"employee\":");
        quote(line, employeeId);
        line.append(",\"status\":\"error\",\"error\":{\"reason\":\"other\",\"message\":");
        quote(line, message);
        return line.append("}}\n").toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) && !validSurrogate(text, i)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
