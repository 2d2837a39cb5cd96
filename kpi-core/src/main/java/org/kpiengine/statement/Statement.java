package org.kpiengine.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Warning;
import org.kpiengine.explain.Explanation;
import org.kpiengine.indicator.Unit;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.Payout;
import org.kpiengine.period.PeriodPart;
import org.kpiengine.period.PeriodStatement;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.ExcludedIndicator;
import org.kpiengine.scorecard.KpiIndex;

/**
 * One employee's pay statement for one period, in the employee's language: the KPI table (plan,
 * actual, achievement, weight, contribution), the overall score, then each pay step from the salary
 * to the total with how it was calculated, and the plan's warnings. It is rendered from the typed
 * values of an {@link Explanation} (the indices, and each pay line's
 * {@link org.kpiengine.pay.Reckoning}), never from English text, and adds no number of its own:
 * every figure it shows is one the calculation produced, written exactly (no rounding) in the
 * language's number and money format (see docs/guides/statements.md).
 *
 * <p>Two renderings: {@link #toText(Wording)}, plain text with aligned columns, and
 * {@link #toHtml(Wording)}, one self-contained printable page (A4) with a chart of each
 * achievement against the plan.
 *
 * <pre>{@code
 * Statement statement = Statement.of(Explanation.of(evaluation, payout), "Anna Petrova", "March 2026");
 * String russian = statement.toText(Locale.forLanguageTag("ru-RU"));
 * Files.writeString(Path.of("anna.html"), statement.toHtml(Wording.of(Locale.GERMANY)));
 * }</pre>
 *
 * <p>A period of a compensation year ({@link PeriodStatement}) is shown the same way, its lines in
 * place of the pay steps and its balances at the end: {@link #of(PeriodStatement, String, String)},
 * {@link #withPeriod(PeriodStatement)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Statement {

    private final Explanation explanation;
    private final String employee;
    private final String period;
    private final @Nullable PeriodStatement periodStatement;

    private Statement(Explanation explanation, String employee, String period, @Nullable PeriodStatement periodStatement) {
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        this.employee = Objects.requireNonNull(employee, "employee");
        this.period = Objects.requireNonNull(period, "period");
        this.periodStatement = periodStatement;
        if (periodStatement != null) {
            Payout payout = explanation.payout();
            if (payout == null || periodStatement.parts().stream().noneMatch(part -> part.payout().equals(payout))) {
                throw new KpiInputException(Reason.UNRELATED_RESULTS, null, "period", periodStatement.period().id(),
                        "the explanation's payout must be the payout of one part of period '" + periodStatement.period().id()
                                + "' of employee '" + periodStatement.employeeId() + "' to show that period's statement");
            }
        }
    }

    /**
     * Obtains the statement of an explanation, headed with the employee's name and the period as
     * the integrator writes them (they are shown as given).
     *
     * @param explanation the explanation, with or without a payout, not null
     * @param employee the employee's name, not null
     * @param period the period, such as {@code "March 2026"}, not null
     * @return the statement, not null
     */
    public static Statement of(Explanation explanation, String employee, String period) {
        return new Statement(explanation, employee, period, null);
    }

    /**
     * Obtains the statement of one period of a compensation year: the KPIs of the period's last part
     * (the plan version in force at the period's end) and, in place of that part's pay steps, every
     * line of the period in the order it applies (each part's salary, schemes and modifiers, true-ups,
     * carry-forward, draw and recovery, chargebacks, the adjustment of closed periods) with what was
     * paid and earned and the balances at the end (see docs/guides/statements.md, "A period of a
     * compensation year").
     *
     * <pre>{@code
     * PeriodStatement march = year.compute(anna).statement("2026-03");
     * String german = Statement.of(march, "Anna Petrova", "März 2026").toText(Locale.GERMANY);
     * }</pre>
     *
     * @param periodStatement the period's statement, not null
     * @param employee the employee's name, not null
     * @param period the period as the integrator writes it, such as {@code "March 2026"}, not null
     * @return the statement, not null
     * @throws KpiInputException ({@code MISSING_INPUT}, field {@code period}) if the employee did not
     *     work in the period, so that it has no part and no KPIs to show
     */
    public static Statement of(PeriodStatement periodStatement, String employee, String period) {
        Objects.requireNonNull(periodStatement, "periodStatement");
        List<PeriodPart> parts = periodStatement.parts();
        if (parts.isEmpty()) {
            throw new KpiInputException(Reason.MISSING_INPUT, null, "period", periodStatement.period().id(),
                    "employee '" + periodStatement.employeeId() + "' did not work in period '" + periodStatement.period().id()
                            + "', so it has no KPIs to show");
        }
        PeriodPart last = parts.get(parts.size() - 1);
        return new Statement(Explanation.of(last.evaluation(), last.payout()), employee, period, periodStatement);
    }

    /**
     * Returns a copy of this statement that shows a period of a compensation year: its lines in
     * place of the payout's pay steps, what was paid and earned, and the balances at the end; this
     * instance is immutable and unaffected.
     *
     * @param periodStatement the period's statement, one of whose parts has this explanation's payout, not null
     * @return the new statement, not null
     * @throws KpiInputException ({@code UNRELATED_RESULTS}, field {@code period}) if the explanation
     *     has no payout or its payout is not one of the period's parts'
     */
    public Statement withPeriod(PeriodStatement periodStatement) {
        Objects.requireNonNull(periodStatement, "periodStatement");
        return new Statement(explanation, employee, period, periodStatement);
    }

    /**
     * Returns the period of a compensation year this statement shows, if any.
     *
     * @return the period's statement, null if this statement shows one payout
     */
    public @Nullable PeriodStatement periodStatement() {
        return periodStatement;
    }

    /**
     * Returns the explanation this statement renders.
     *
     * @return the explanation, not null
     */
    public Explanation explanation() {
        return explanation;
    }

    /**
     * Returns the employee's name.
     *
     * @return the name, not null
     */
    public String employee() {
        return employee;
    }

    /**
     * Returns the period.
     *
     * @return the period, not null
     */
    public String period() {
        return period;
    }

    /**
     * Renders the statement as plain text in the wording the library ships for a locale (see
     * {@link Wording#of(Locale)}).
     *
     * @param locale the employee's locale, not null
     * @return the text, lines ending in {@code \n}, not null
     */
    public String toText(Locale locale) {
        return toText(Wording.of(locale));
    }

    /**
     * Renders the statement as plain text: a heading, the KPI table, the overall score, the pay
     * table (item, amount, running total, how it was calculated), the variable pay and the total,
     * and the warnings. For a period of a compensation year, the pay table holds the period's lines
     * and is followed by what was paid and earned and the balances at the end. Columns are aligned
     * by characters, numbers to the right.
     *
     * @param words the wording, not null
     * @return the text, lines ending in {@code \n}, not null
     */
    public String toText(Wording words) {
        Objects.requireNonNull(words, "words");
        StringBuilder out = new StringBuilder();
        out.append(words.text("title")).append('\n');
        out.append(words.text("employee")).append(": ").append(employee).append('\n');
        out.append(words.text("period")).append(": ").append(period).append('\n');
        out.append('\n');
        Rows kpis = kpiRows(words);
        kpis.render(out);
        for (String excluded : excludedLines(words)) {
            out.append(excluded).append('\n');
        }
        out.append(words.text("rating", "value", words.percent(evaluation().rating()))).append('\n');
        Payout payout = explanation.payout();
        if (periodStatement != null) {
            periodText(out, new PeriodLines(periodStatement, words), words);
        } else if (payout != null) {
            out.append('\n');
            Rows pay = new Rows(List.of(words.text("column.step"), words.text("column.amount"), words.text("column.total"),
                    words.text("column.how")), false, true, true, false);
            for (String[] row : payRows(words, payout)) {
                pay.add(row);
            }
            pay.render(out);
            out.append(words.text("variable")).append(": ").append(words.money(payout.variable())).append('\n');
            out.append(words.text("total")).append(": ").append(words.money(payout.total())).append('\n');
        }
        List<String> warnings = warningLines(words);
        if (!warnings.isEmpty()) {
            out.append('\n').append(words.text("warnings")).append('\n');
            for (String warning : warnings) {
                out.append("- ").append(warning).append('\n');
            }
        }
        return out.toString();
    }

    /** The period's lines, what was paid and earned, and the balances, as text. */
    private static void periodText(StringBuilder out, PeriodLines lines, Wording words) {
        out.append('\n');
        Rows pay = new Rows(List.of(words.text("column.step"), words.text("column.amount"), words.text("column.total"),
                words.text("column.how")), false, true, true, false);
        for (String[] row : lines.rows()) {
            pay.add(row);
        }
        pay.render(out);
        for (String[] row : lines.summary()) {
            out.append(row[0]).append(": ").append(row[1]).append('\n');
        }
        List<String[]> balances = lines.balances();
        if (!balances.isEmpty()) {
            out.append('\n').append(words.text("period.balances")).append('\n');
            for (String[] row : balances) {
                out.append("- ").append(row[0]).append(": ").append(row[1]).append('\n');
            }
        }
    }

    /**
     * Renders the statement as one self-contained HTML page in the wording the library ships for a
     * locale (see {@link Wording#of(Locale)}).
     *
     * @param locale the employee's locale, not null
     * @return the page, not null
     */
    public String toHtml(Locale locale) {
        return toHtml(Wording.of(locale));
    }

    /**
     * Renders the statement as one self-contained HTML page: no external resource and no script,
     * styles inline, the chart of each achievement against 100 % and the curve's cap as inline
     * SVG; printable on one A4 page for a plan of up to seven KPIs with a few pay steps.
     *
     * @param words the wording, not null
     * @return the page, not null
     */
    public String toHtml(Wording words) {
        Objects.requireNonNull(words, "words");
        return new StatementPage(this, words).render();
    }

    Evaluation evaluation() {
        return explanation.evaluation();
    }

    /** Whether any indicator has a base, or a target: the table shows those columns only then. */
    private boolean anyBase() {
        return evaluation().indices().stream().anyMatch(i -> i.thresholds().base() != null);
    }

    private boolean anyTarget() {
        return evaluation().indices().stream().anyMatch(i -> i.thresholds().target() != null);
    }

    /** The KPI table: name, (minimum), plan, (target), actual, achievement, weight, contribution. */
    Rows kpiRows(Wording words) {
        boolean base = anyBase();
        boolean target = anyTarget();
        List<String> headers = new ArrayList<>();
        List<Boolean> numeric = new ArrayList<>();
        headers.add(words.text("column.indicator"));
        numeric.add(false);
        if (base) {
            headers.add(words.text("column.base"));
            numeric.add(true);
        }
        headers.add(words.text("column.plan"));
        numeric.add(true);
        if (target) {
            headers.add(words.text("column.target"));
            numeric.add(true);
        }
        for (String key : List.of("column.fact", "column.index", "column.weight", "column.contribution")) {
            headers.add(words.text(key));
            numeric.add(true);
        }
        boolean[] flags = new boolean[numeric.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = numeric.get(i);
        }
        Rows rows = new Rows(headers, flags);
        for (KpiIndex index : evaluation().indices()) {
            List<String> row = new ArrayList<>();
            row.add(index.indicator().name());
            Unit unit = index.indicator().unit();
            if (base) {
                row.add(optional(words, unit, index.thresholds().base()));
            }
            row.add(fact(words, unit, index.thresholds().plan()));
            if (target) {
                row.add(optional(words, unit, index.thresholds().target()));
            }
            row.add(fact(words, unit, index.fact()));
            row.add(words.percent(index.index()));
            row.add(words.number(index.weight().value()));
            row.add(words.percent(contribution(index)));
            rows.add(row.toArray(new String[0]));
        }
        return rows;
    }

    /** The contribution as the data form holds it: rounded once to the index scale. */
    BigDecimal contribution(KpiIndex index) {
        return evaluation().precision().roundIndex(index.contribution());
    }

    List<String> excludedLines(Wording words) {
        List<String> out = new ArrayList<>();
        for (ExcludedIndicator excluded : evaluation().excluded()) {
            out.add(words.text("indicator.excluded", "name", excluded.line().indicator().name()));
        }
        return out;
    }

    /** The pay table's rows: item, signed amount, running total, how. */
    List<String[]> payRows(Wording words, Payout payout) {
        Currency currency = payout.total().currency();
        Sentences sentences = new Sentences(words, evaluation(), currency);
        List<String[]> rows = new ArrayList<>();
        for (PayLine line : payout.lines()) {
            String name = line.kind() == PayLine.Kind.SALARY ? words.text("salary") : line.name();
            rows.add(new String[] {name, words.money(line.amount()), words.money(line.after()), sentences.of(line)});
        }
        return rows;
    }

    /** The warnings in words: one sentence per code, with the indicator's name where there is one. */
    List<String> warningLines(Wording words) {
        Payout payout = explanation.payout();
        List<Warning> warnings = payout != null ? payout.warnings() : evaluation().warnings();
        Sentences sentences = new Sentences(words, evaluation(), payout != null ? payout.total().currency() : Currency.getInstance("EUR"));
        List<String> out = new ArrayList<>();
        for (Warning warning : warnings) {
            String id = warning.indicatorId();
            String line = words.text("warning." + warning.code().name(), "name", id == null ? "" : sentences.name(id));
            if (!out.contains(line)) {
                out.add(line);
            }
        }
        return out;
    }

    private static String fact(Wording words, Unit unit, BigDecimal value) {
        return unit == Unit.PERCENT ? words.percent(value) : words.number(value);
    }

    private static String optional(Wording words, Unit unit, @Nullable BigDecimal value) {
        return value == null ? "–" : fact(words, unit, value);
    }

    @Override
    public String toString() {
        return "Statement[" + employee + ", " + period + (periodStatement == null ? "" : ", " + periodStatement.period().id()) + "]";
    }
}
