package org.kpiengine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV files the way RFC 4180 writes them (comma-separated, a cell in double quotes may hold
 * commas, doubled quotes and line breaks) so that one broken record costs only itself.
 *
 * <p>A parser that stops at the first bad quote loses every row after it. Here the file is first
 * cut into records by a small RFC 4180 state machine, and each record is then parsed on its own by
 * Apache Commons CSV. A record is normally one line; it spans several lines only where a quoted
 * cell holds a line break and closes validly on a later line. If a quote opened on a line does not
 * close validly (the file ends, text follows the closing quote, or the cell would run past
 * {@value #MAX_RECORD_LINES} lines or {@value #MAX_CONTINUATION_CHARS} characters), only that line
 * is reported and reading starts again on the next line.
 *
 * <p>The file must be UTF-8 (a byte order mark is dropped); a line with bytes that are not UTF-8 is
 * reported at its line, its text keeping each such byte as {@code \xHH}.
 */
final class Csv {

    /** The most physical lines one record may span through quoted line breaks. */
    public static final int MAX_RECORD_LINES = 100;
    /** The most characters a record may take from the lines after its first. */
    public static final int MAX_CONTINUATION_CHARS = 100_000;

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    private static final CSVFormat READ = CSVFormat.RFC4180;
    private static final CSVFormat READ_TRIMMED = CSVFormat.RFC4180.builder().setTrim(true).get();

    private Csv() {
    }

    /**
     * One record of a file.
     *
     * <p>A record that could not be read has a {@code problem}; its {@code cells} are then the
     * cells of its first line before the cell with the problem (possibly none), so that the
     * problem can still be attributed, for example to an employee id.
     *
     * @param line the 1-based line number of its first line, counting the header as line 1
     * @param lastLine the line number of its last line, greater than {@code line} when a quoted
     *     cell spans lines
     * @param cells the cells, unquoted
     * @param problem why the record could not be read, or null if it was read
     */
    public record Record(int line, int lastLine, List<String> cells, String problem) {

        /**
         * Obtains a record, copying the cells.
         */
        public Record {
            cells = List.copyOf(cells);
        }

        /**
         * Returns whether the record was read without a problem.
         *
         * @return true if {@code problem} is null
         */
        public boolean isValid() {
            return problem == null;
        }
    }

    /**
     * The records of a file.
     *
     * @param records the records in file order, blank lines skipped, not null
     * @param fileProblem why the file as a whole cannot be read (such as a UTF-16 file), or null
     */
    public record Contents(List<Record> records, String fileProblem) {

        /**
         * Obtains the contents, copying the records.
         */
        public Contents {
            records = List.copyOf(records);
        }
    }

    /**
     * Reads every record of a file.
     *
     * @param bytes the file, which must be UTF-8, not null
     * @param trim whether to strip spaces around each cell
     * @return the records and any problem of the whole file, not null
     */
    public static Contents read(byte[] bytes, boolean trim) {
        TextLines.Decoded decoded = TextLines.decode(bytes);
        if (decoded.fileProblem() != null) {
            return new Contents(List.of(), decoded.fileProblem());
        }
        List<TextLines.Line> lines = decoded.lines();
        CSVFormat format = trim ? READ_TRIMMED : READ;
        // Cut the file into records; those the state machine accepts are parsed below.
        List<Record> records = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            Span span = span(lines, start);
            TextLines.Line first = lines.get(start);
            if (span.problem != null) {
                records.add(new Record(first.number(), first.number(),
                        cellsBefore(first.text(), span.readable, format), span.problem));
                spans.add(null);
                start++;
                continue;
            }
            int end = span.lastIndex;
            if (end == start && first.text().isBlank()) {
                start++;
                continue;
            }
            records.add(null);
            spans.add(new int[] {start, end});
            start = end + 1;
        }
        List<List<String>> parsed = parseTogether(lines, spans, format);
        for (int i = 0; i < records.size(); i++) {
            int[] span = spans.get(i);
            if (span != null) {
                records.set(i, parsed == null ? record(lines, span[0], span[1], format)
                        : new Record(lines.get(span[0]).number(), lines.get(span[1]).number(), parsed.get(i),
                                encodingProblem(lines, span[0], span[1])));
            }
        }
        return new Contents(records, null);
    }

    /**
     * Parses every accepted record in one pass, which is much faster than one parser per record;
     * null if that pass fails or does not give one record per span, so that each record is then
     * parsed on its own and only the culprit is reported.
     */
    private static List<List<String>> parseTogether(List<TextLines.Line> lines, List<int[]> spans, CSVFormat format) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (int[] span : spans) {
            if (span != null) {
                appendText(text, lines, span[0], span[1]);
                text.append('\n');
                count++;
            }
        }
        List<CSVRecord> all;
        try (CSVParser parser = CSVParser.parse(text.toString(), format)) {
            all = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
        if (all.size() != count) {
            return null;
        }
        List<List<String>> out = new ArrayList<>(spans.size());
        int next = 0;
        for (int[] span : spans) {
            out.add(span == null ? null : all.get(next++).toList());
        }
        return out;
    }

    private static void appendText(StringBuilder text, List<TextLines.Line> lines, int start, int end) {
        for (int i = start; i <= end; i++) {
            text.append(lines.get(i).text());
            if (i < end) {
                text.append(lines.get(i).lineBreak());
            }
        }
    }

    private static String encodingProblem(List<TextLines.Line> lines, int start, int end) {
        for (int i = start; i <= end; i++) {
            TextLines.Line line = lines.get(i);
            if (line.encodingProblem() != null) {
                return (i == start ? "" : "line " + line.number() + ": ") + line.encodingProblem();
            }
        }
        return null;
    }

    /**
     * Returns the format the files of this package are written in: RFC 4180, a cell quoted only
     * where it holds a comma, a quote, a line break or surrounding spaces, records ended by
     * {@code \n}.
     *
     * @return the format, not null
     */
    public static CSVFormat writeFormat() {
        return WRITE;
    }

    private static Record record(List<TextLines.Line> lines, int start, int end, CSVFormat format) {
        StringBuilder text = new StringBuilder();
        appendText(text, lines, start, end);
        String encoding = encodingProblem(lines, start, end);
        int first = lines.get(start).number();
        int last = lines.get(end).number();
        List<CSVRecord> parsed;
        try (CSVParser parser = CSVParser.parse(text.toString(), format)) {
            parsed = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String firstText = lines.get(start).text();
            int quote = firstText.indexOf('"');
            int comma = quote < 0 ? -1 : firstText.lastIndexOf(',', quote);
            return new Record(first, last, cellsBefore(firstText, comma + 1, format),
                    "the record cannot be read as CSV: " + e.getMessage());
        }
        if (parsed.size() != 1) {
            throw new IllegalStateException("lines " + first + " to " + last + " make " + parsed.size()
                    + " CSV records where the record boundaries found 1");
        }
        return new Record(first, last, parsed.get(0).toList(), encoding);
    }

    /**
     * The complete cells of a line before {@code end}, which is 0 or just after a comma: the cells
     * the state machine read before the problem, so that the problem can still be attributed.
     */
    private static List<String> cellsBefore(String text, int end, CSVFormat format) {
        if (end <= 0) {
            return List.of();
        }
        try (CSVParser parser = CSVParser.parse(text.substring(0, end - 1), format)) {
            List<CSVRecord> parsed = parser.getRecords();
            return parsed.size() == 1 ? parsed.get(0).toList() : List.of();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }

    /** Where a record that starts on a line ends, or why it cannot be read. */
    private static final class Span {
        int lastIndex;
        String problem;
        /** For a problem: where the cell with the problem starts on the first line (0 or after a comma). */
        int readable;
    }

    /**
     * Finds the end of the record that starts at {@code lines.get(start)}, by the rules of RFC 4180
     * as Commons CSV reads them: a quote opens a quoted cell only as the first character of a cell;
     * inside it, two quotes stand for one and a single quote closes it; after the closing quote
     * only spaces may come before the comma or the end of the line.
     */
    private static Span span(List<TextLines.Line> lines, int start) {
        Span span = new Span();
        boolean cellStart = true;
        boolean quoted = false;
        boolean afterQuote = false;
        int openColumn = 0;
        int cellBegin = 0;
        int continuationChars = 0;
        for (int index = start; index < lines.size(); index++) {
            String text = lines.get(index).text();
            if (index > start) {
                continuationChars += text.length();
                if (index - start + 1 > MAX_RECORD_LINES || continuationChars > MAX_CONTINUATION_CHARS) {
                    span.problem = unclosed(openColumn, "read on, the quoted cell would run past "
                            + MAX_RECORD_LINES + " lines or " + MAX_CONTINUATION_CHARS + " characters");
                    span.readable = openColumn - 1;
                    return span;
                }
            }
            for (int c = 0; c < text.length(); c++) {
                char ch = text.charAt(c);
                if (quoted) {
                    if (ch == '"') {
                        if (c + 1 < text.length() && text.charAt(c + 1) == '"') {
                            c++;
                        } else {
                            quoted = false;
                            afterQuote = true;
                        }
                    }
                } else if (afterQuote) {
                    if (ch == ',') {
                        afterQuote = false;
                        cellStart = true;
                        cellBegin = c + 1;
                    } else if (!Character.isWhitespace(ch)) {
                        String reason = "text after the closing quote at column " + (c + 1) + " (" + Problem.show(String.valueOf(ch))
                                + "): a quoted cell must be followed by a comma or the end of the line";
                        span.problem = index == start ? reason
                                : unclosed(openColumn, "read on, line " + lines.get(index).number() + " has " + reason);
                        span.readable = index == start ? cellBegin : openColumn - 1;
                        return span;
                    }
                } else if (cellStart) {
                    if (ch == '"') {
                        quoted = true;
                        cellStart = false;
                        if (index == start) {
                            openColumn = c + 1;
                        }
                    } else if (ch == ',') {
                        cellBegin = c + 1;
                    } else {
                        cellStart = false;
                    }
                } else if (ch == ',') {
                    cellStart = true;
                    cellBegin = c + 1;
                }
            }
            if (!quoted) {
                span.lastIndex = index;
                return span;
            }
            afterQuote = false;
        }
        span.problem = unclosed(openColumn, "the file ends inside the quoted cell");
        span.readable = openColumn - 1;
        return span;
    }

    private static String unclosed(int column, String why) {
        return "the quote at column " + column + " opens a cell that is not closed on this line (a quote inside a"
                + " cell is written twice, \"\"; " + why + ")";
    }
}
