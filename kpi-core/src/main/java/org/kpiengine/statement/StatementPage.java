package org.kpiengine.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kpiengine.pay.Payout;
import org.kpiengine.period.PeriodStatement;
import org.kpiengine.scorecard.KpiIndex;

/**
 * The statement as one self-contained HTML page: inline styles, inline SVG, no script and no
 * external resource. Laid out for an A4 sheet (CSS {@code @page}); on screen it shows as a sheet on
 * a grey background.
 */
final class StatementPage {

    /** Chart geometry, in SVG user units (the chart scales to the page width). */
    private static final int WIDTH = 720;
    private static final int LABEL = 210;
    private static final int RIGHT = 84;
    private static final int ROW = 21;
    private static final int TOP = 26;
    private static final int LABEL_CHARACTERS = 30;

    private static final String STYLE = """
            @page { size: A4; margin: 12mm; }
            * { box-sizing: border-box; }
            html { background: #e8e8e8; }
            body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif;
              font-size: 9pt; line-height: 1.3; color: #1a1a1a; }
            .sheet { width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 12mm; background: #fff;
              box-shadow: 0 0 4px rgba(0,0,0,.25); }
            header { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm;
              border-bottom: 2px solid #1f4e79; padding-bottom: 2mm; margin-bottom: 2mm; }
            h1 { font-size: 16pt; margin: 0 0 1mm 0; color: #1f4e79; }
            h2 { font-size: 10.5pt; margin: 3mm 0 1mm 0; color: #1f4e79; }
            dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; column-gap: 3mm; }
            dt { color: #555; } dd { margin: 0; font-weight: bold; overflow-wrap: anywhere; }
            .head { min-width: 0; flex: 1 1 auto; }
            .total { text-align: right; border: 1px solid #1f4e79; border-radius: 2mm; padding: 2mm 4mm;
              flex: 0 0 auto; max-width: 70mm; }
            .total span { display: block; color: #555; }
            .total strong { font-size: 15pt; white-space: nowrap; }
            table { width: 100%; border-collapse: collapse; table-layout: auto; }
            th, td { padding: 0.7mm 1.4mm; border-bottom: 1px solid #d0d7de; vertical-align: top; }
            th { text-align: left; font-weight: bold; background: #eef3f8; }
            td.name { overflow-wrap: anywhere; }
            .num { text-align: right; white-space: nowrap; }
            td.how { overflow-wrap: anywhere; color: #333; }
            tr.negative td.amount { color: #a0262a; }
            tfoot td { font-weight: bold; border-bottom: none; }
            tfoot tr.grand td { font-size: 10.5pt; border-top: 2px solid #1f4e79; }
            tfoot td:first-child { white-space: nowrap; }
            tfoot td.label { white-space: normal; }
            table.balances { width: auto; min-width: 50%; }
            p.rating { margin: 1.5mm 0 0 0; font-weight: bold; }
            p.excluded { margin: 1mm 0 0 0; color: #555; }
            svg { display: block; width: 100%; height: auto; }
            svg text { font-family: inherit; font-size: 11px; fill: #1a1a1a; }
            .warnings ul { margin: 0; padding-left: 5mm; }
            .warnings li { color: #7a4b00; }
            @media print {
              html { background: none; }
              .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
              body { font-size: 8.5pt; }
              tr, li { break-inside: avoid; }
            }
            """;

    private final Statement statement;
    private final Wording words;

    StatementPage(Statement statement, Wording words) {
        this.statement = statement;
        this.words = words;
    }

    String render() {
        StringBuilder out = new StringBuilder(16_384);
        String language = words.locale().getLanguage().isEmpty() ? "en" : words.locale().toLanguageTag();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(language)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(words.text("title") + " – " + statement.employee() + " – " + statement.period()))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main class=\"sheet\">\n");
        header(out);
        kpis(out);
        chart(out);
        Payout payout = statement.explanation().payout();
        PeriodStatement period = statement.periodStatement();
        if (period != null) {
            period(out, new PeriodLines(period, words));
        } else if (payout != null) {
            pay(out, payout);
        }
        List<String> warnings = statement.warningLines(words);
        if (!warnings.isEmpty()) {
            out.append("<section class=\"warnings\">\n<h2>").append(escape(words.text("warnings"))).append("</h2>\n<ul>\n");
            for (String warning : warnings) {
                out.append("<li>").append(escape(warning)).append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header(StringBuilder out) {
        out.append("<header>\n<div class=\"head\">\n<h1>").append(escape(words.text("title"))).append("</h1>\n<dl>\n")
                .append("<dt>").append(escape(words.text("employee"))).append("</dt><dd>").append(escape(statement.employee()))
                .append("</dd>\n<dt>").append(escape(words.text("period"))).append("</dt><dd>").append(escape(statement.period()))
                .append("</dd>\n</dl>\n</div>\n");
        Payout payout = statement.explanation().payout();
        PeriodStatement period = statement.periodStatement();
        if (period != null) {
            out.append("<div class=\"total\"><span>").append(escape(words.text("period.paid"))).append("</span><strong>")
                    .append(escape(words.money(period.paid()))).append("</strong></div>\n");
        } else if (payout != null) {
            out.append("<div class=\"total\"><span>").append(escape(words.text("total"))).append("</span><strong>")
                    .append(escape(words.money(payout.total()))).append("</strong></div>\n");
        }
        out.append("</header>\n");
    }

    private void kpis(StringBuilder out) {
        out.append("<section class=\"kpis\">\n<h2>").append(escape(words.text("scorecard"))).append("</h2>\n");
        table(out, statement.kpiRows(words), "kpi", false);
        for (String excluded : statement.excludedLines(words)) {
            out.append("<p class=\"excluded\">").append(escape(excluded)).append("</p>\n");
        }
        out.append("<p class=\"rating\">")
                .append(escape(words.text("rating", "value", words.percent(statement.evaluation().rating()))))
                .append("</p>\n</section>\n");
    }

    private void pay(StringBuilder out, Payout payout) {
        out.append("<section class=\"pay\">\n<h2>").append(escape(words.text("pay"))).append("</h2>\n");
        Rows rows = new Rows(List.of(words.text("column.step"), words.text("column.amount"), words.text("column.total"),
                words.text("column.how")), false, true, true, false);
        for (String[] row : statement.payRows(words, payout)) {
            rows.add(row);
        }
        out.append("<table class=\"pay\">\n<thead><tr>");
        for (int c = 0; c < rows.headers().size(); c++) {
            out.append("<th").append(rows.isNumeric(c) ? " class=\"num\"" : "").append('>')
                    .append(escape(rows.headers().get(c))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows.rows().size(); r++) {
            String[] row = rows.rows().get(r);
            boolean negative = payout.lines().get(r).amount().isNegative();
            out.append("<tr").append(negative ? " class=\"negative\"" : "").append("><td class=\"name\">")
                    .append(escape(row[0])).append("</td><td class=\"num amount\">").append(escape(row[1]))
                    .append("</td><td class=\"num\">").append(escape(row[2])).append("</td><td class=\"how\">")
                    .append(escape(row[3])).append("</td></tr>\n");
        }
        out.append("</tbody>\n<tfoot>\n<tr><td>").append(escape(words.text("variable"))).append("</td><td class=\"num\">")
                .append(escape(words.money(payout.variable()))).append("</td><td></td><td></td></tr>\n")
                .append("<tr class=\"grand\"><td>").append(escape(words.text("total"))).append("</td><td></td><td class=\"num\">")
                .append(escape(words.money(payout.total()))).append("</td><td></td></tr>\n</tfoot>\n</table>\n</section>\n");
    }

    /** A period's lines in the pay table, what was paid and earned below it, then the balances at the end. */
    private void period(StringBuilder out, PeriodLines lines) {
        out.append("<section class=\"pay period\">\n<h2>").append(escape(words.text("pay"))).append("</h2>\n");
        out.append("<table class=\"pay\">\n<thead><tr><th>").append(escape(words.text("column.step")))
                .append("</th><th class=\"num\">").append(escape(words.text("column.amount")))
                .append("</th><th class=\"num\">").append(escape(words.text("column.total")))
                .append("</th><th>").append(escape(words.text("column.how"))).append("</th></tr></thead>\n<tbody>\n");
        List<String[]> rows = lines.rows();
        List<Boolean> negative = lines.negative();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            out.append("<tr").append(negative.get(r) ? " class=\"negative\"" : "").append("><td class=\"name\">")
                    .append(escape(row[0])).append("</td><td class=\"num amount\">").append(escape(row[1]))
                    .append("</td><td class=\"num\">").append(escape(row[2])).append("</td><td class=\"how\">")
                    .append(escape(row[3])).append("</td></tr>\n");
        }
        out.append("</tbody>\n<tfoot>\n");
        List<String[]> summary = lines.summary();
        for (int r = 0; r < summary.size(); r++) {
            String[] row = summary.get(r);
            out.append(r == 0 ? "<tr class=\"grand\">" : "<tr>").append("<td class=\"label\" colspan=\"2\">")
                    .append(escape(row[0])).append("</td><td class=\"num\">").append(escape(row[1]))
                    .append("</td><td></td></tr>\n");
        }
        out.append("</tfoot>\n</table>\n</section>\n");
        List<String[]> balances = lines.balances();
        if (!balances.isEmpty()) {
            out.append("<section class=\"balances\">\n<h2>").append(escape(words.text("period.balances")))
                    .append("</h2>\n<table class=\"balances\">\n<tbody>\n");
            for (String[] row : balances) {
                out.append("<tr><td class=\"name\">").append(escape(row[0])).append("</td><td class=\"num\">")
                        .append(escape(row[1])).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</section>\n");
        }
    }

    private static void table(StringBuilder out, Rows rows, String type, boolean unused) {
        out.append("<table class=\"").append(type).append("\">\n<thead><tr>");
        for (int c = 0; c < rows.headers().size(); c++) {
            out.append("<th").append(rows.isNumeric(c) ? " class=\"num\"" : "").append('>')
                    .append(escape(rows.headers().get(c))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (String[] row : rows.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.length; c++) {
                out.append("<td class=\"").append(rows.isNumeric(c) ? "num" : "name").append("\">")
                        .append(escape(row[c])).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /**
     * The chart: one bar per indicator from 0 to its index, a line at 100 % (the plan) and, where
     * the curve has one, a mark at its cap. The scale runs to the largest of 100, the caps and the
     * indices, rounded up to a multiple of 50, so nothing is drawn outside the chart.
     */
    private void chart(StringBuilder out) {
        List<KpiIndex> indices = statement.evaluation().indices();
        BigDecimal top = BigDecimal.valueOf(100);
        for (KpiIndex index : indices) {
            top = top.max(index.index());
            BigDecimal cap = cap(index);
            if (cap != null) {
                top = top.max(cap);
            }
        }
        // the scale's end: the next multiple of 50 at or above the largest value (a chart scale, not a figure)
        BigDecimal fifty = BigDecimal.valueOf(50);
        BigDecimal end = top.divide(fifty, 0, RoundingMode.CEILING).multiply(fifty);
        int height = TOP + indices.size() * ROW + 6;
        out.append("<section class=\"chart\">\n<h2>").append(escape(words.text("chart"))).append("</h2>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(words.text("chart"))).append("\">\n");
        double planX = x(BigDecimal.valueOf(100), end);
        out.append("<rect x=\"").append(LABEL).append("\" y=\"").append(TOP - 4).append("\" width=\"")
                .append(fmt(WIDTH - RIGHT - LABEL)).append("\" height=\"").append(indices.size() * ROW + 4)
                .append("\" fill=\"#f6f8fa\"/>\n");
        int row = 0;
        for (KpiIndex index : indices) {
            double y = TOP + row * ROW;
            double bar = x(index.index(), end) - LABEL;
            boolean met = index.index().compareTo(BigDecimal.valueOf(100)) >= 0;
            out.append("<g class=\"bar\">")
                    .append("<text class=\"label\" x=\"0\" y=\"").append(fmt(y + 14)).append("\">")
                    .append(escape(shortName(index.indicator().name()))).append("<title>")
                    .append(escape(index.indicator().name())).append("</title></text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(fmt(y + 3)).append("\" width=\"")
                    .append(fmt(bar)).append("\" height=\"").append(ROW - 8).append("\" fill=\"")
                    .append(met ? "#2e7d32" : "#d08c18").append("\"/>");
            BigDecimal cap = cap(index);
            if (cap != null) {
                double capX = x(cap, end);
                out.append("<line class=\"cap\" x1=\"").append(fmt(capX)).append("\" x2=\"").append(fmt(capX))
                        .append("\" y1=\"").append(fmt(y + 1)).append("\" y2=\"").append(fmt(y + ROW - 3))
                        .append("\" stroke=\"#7b1fa2\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>");
            }
            out.append("<text class=\"value\" x=\"").append(fmt(WIDTH - 2)).append("\" y=\"").append(fmt(y + 14))
                    .append("\" text-anchor=\"end\">").append(escape(words.percent(index.index()))).append("</text></g>\n");
            row++;
        }
        out.append("<line x1=\"").append(fmt(planX)).append("\" x2=\"").append(fmt(planX)).append("\" y1=\"").append(TOP - 6)
                .append("\" y2=\"").append(TOP + indices.size() * ROW).append("\" stroke=\"#1f4e79\" stroke-width=\"2\"/>\n")
                .append("<text class=\"axis\" x=\"").append(fmt(planX)).append("\" y=\"").append(TOP - 10)
                .append("\" text-anchor=\"middle\">").append(escape(words.text("chart.plan"))).append("</text>\n");
        BigDecimal common = commonCap(indices);
        if (common != null && common.compareTo(BigDecimal.valueOf(100)) != 0) {
            double capX = x(common, end);
            boolean near = Math.abs(capX - planX) < 90;
            out.append("<text class=\"axis\" x=\"").append(fmt(near ? WIDTH - RIGHT : capX)).append("\" y=\"").append(TOP - 10)
                    .append("\" text-anchor=\"").append(near ? "end" : "middle").append("\" fill=\"#7b1fa2\">")
                    .append(escape(words.text("chart.cap", "value", words.percent(common)))).append("</text>\n");
        }
        out.append("</svg>\n</section>\n");
    }

    private double x(BigDecimal value, BigDecimal end) {
        return LABEL + value.doubleValue() / end.doubleValue() * (WIDTH - RIGHT - LABEL);
    }

    private @Nullable BigDecimal cap(KpiIndex index) {
        return index.curve().maxIndex(index.indicator(), index.thresholds(), statement.evaluation().precision());
    }

    /** The cap all indicators share, or null when they differ or one has none. */
    private @Nullable BigDecimal commonCap(List<KpiIndex> indices) {
        BigDecimal common = null;
        for (KpiIndex index : indices) {
            BigDecimal cap = cap(index);
            if (cap == null || (common != null && common.compareTo(cap) != 0)) {
                return null;
            }
            common = cap;
        }
        return common;
    }

    /** A name short enough for the chart's label column (the table shows it whole). */
    private static String shortName(String name) {
        if (name.codePointCount(0, name.length()) <= LABEL_CHARACTERS) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, LABEL_CHARACTERS - 1)).strip() + "…";
    }

    private static String fmt(double value) {
        return Long.toString(Math.round(value * 10) / 10) + "." + Math.abs(Math.round(value * 10) % 10);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
