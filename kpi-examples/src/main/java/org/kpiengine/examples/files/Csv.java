package org.kpiengine.examples.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal CSV reader and writer: comma-separated, double quotes around a cell that holds a
 * comma, a quote or a line break (a quote inside is doubled), one record per line, UTF-8.
 */
public final class Csv {

    private Csv() {
    }

    /**
     * One record of a file, with its 1-based line number for error messages.
     *
     * @param line the line number, counting the header as line 1
     * @param cells the cells, unquoted
     */
    public record Row(int line, List<String> cells) {

        /**
         * Obtains a row, copying the cells.
         */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * Reads every record of a file.
     *
     * @param reader the file, not null
     * @return the rows, the header first, blank lines skipped
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if a quoted cell is not closed, naming the line
     */
    public static List<Row> read(BufferedReader reader) {
        List<Row> rows = new ArrayList<>();
        try {
            String text;
            int lineNumber = 0;
            while ((text = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                rows.add(new Row(lineNumber, split(text, lineNumber)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static List<String> split(String text, int lineNumber) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + lineNumber + ": a quoted cell is not closed");
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /**
     * Formats one record, quoting the cells that need it.
     *
     * @param cells the cells, not null
     * @return the line, without a line break
     */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        return out.toString();
    }
}
