package org.kpiengine.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: each column as wide as its widest cell counted in characters (code points),
 * text aligned left and numbers right, two spaces between columns, no trailing spaces.
 */
final class Rows {

    private final List<String> headers;
    private final boolean[] numeric;
    private final List<String[]> rows = new ArrayList<>();

    Rows(List<String> headers, boolean... numeric) {
        if (headers.size() != numeric.length) {
            throw new IllegalStateException(headers.size() + " headers for " + numeric.length + " alignments");
        }
        this.headers = List.copyOf(headers);
        this.numeric = numeric.clone();
    }

    void add(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalStateException(cells.length + " cells for " + headers.size() + " columns");
        }
        rows.add(cells.clone());
    }

    List<String> headers() {
        return headers;
    }

    List<String[]> rows() {
        return rows;
    }

    boolean isNumeric(int column) {
        return numeric[column];
    }

    void render(StringBuilder out) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(headers.get(c));
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        line(out, headers.toArray(new String[0]), widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
    }

    private void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append("  ");
            }
            String pad = " ".repeat(widths[c] - width(cells[c]));
            line.append(numeric[c] ? pad + cells[c] : cells[c] + pad);
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(line, 0, end).append('\n');
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
