package org.kpiengine.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed-width plain-text table: text columns aligned left, number columns aligned right on
 * their decimal point (a value with fewer decimals is padded with spaces after it).
 */
final class TextTable {

    private final List<String> headers;
    private final boolean[] numeric;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(List<String> headers, boolean... numeric) {
        this.headers = List.copyOf(headers);
        this.numeric = numeric.clone();
    }

    void add(String... cells) {
        rows.add(cells.clone());
    }

    void render(StringBuilder out) {
        alignDecimalPoints();
        int columns = headers.size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = headers.get(c).length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        line(out, headers.toArray(new String[0]), widths);
        String[] rule = new String[columns];
        for (int c = 0; c < columns; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        line(out, rule, widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
    }

    private void alignDecimalPoints() {
        for (int c = 0; c < numeric.length; c++) {
            if (!numeric[c]) {
                continue;
            }
            int decimals = 0;
            for (String[] row : rows) {
                decimals = Math.max(decimals, decimalsOf(row[c]));
            }
            for (String[] row : rows) {
                int own = decimalsOf(row[c]);
                int pad = decimals - own + (own == 0 && decimals > 0 && row[c].indexOf('.') < 0 ? 1 : 0);
                row[c] = row[c] + " ".repeat(pad);
            }
        }
    }

    private static int decimalsOf(String cell) {
        int dot = cell.indexOf('.');
        return dot < 0 ? 0 : cell.length() - dot - 1;
    }

    private void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append("  ");
            }
            String cell = cells[c];
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(numeric[c] ? pad + cell : cell + pad);
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(line, 0, end).append('\n');
    }
}
