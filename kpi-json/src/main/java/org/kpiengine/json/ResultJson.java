package org.kpiengine.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.Warning;
import org.kpiengine.batch.EmployeeError;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.explain.Explanation;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.ConditionCheck;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.period.PeriodPart;
import org.kpiengine.period.PeriodReckoning;
import org.kpiengine.period.PeriodStatement;
import org.kpiengine.period.PeriodStatementLine;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.ExcludedIndicator;
import org.kpiengine.scorecard.KpiIndex;
import org.kpiengine.scorecard.ScorecardLine;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.MinimalPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results as JSON: one employee's evaluation and payout, an {@link Explanation}, a statement of a
 * compensation year's period, and a team's results as JSON lines (one object per employee, error rows included), written as a stream so
 * that a million employees never need a million-element tree in memory. The shapes are
 * described in docs/guides/json.md, "Results".
 *
 * <p>Decimals are strings at the scale the calculation gave them ({@code "104.0000"}); money is
 * {@code {"amount": "1234.50", "currency": "EUR"}}; enumerations are lower case with hyphens;
 * every object carries {@code formatVersion}: {@value #FORMAT_VERSION}, or
 * {@value #STATEMENT_FORMAT_VERSION} for a period statement.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResultJson {

    /** The version of the result shapes. */
    public static final int FORMAT_VERSION = 1;

    /**
     * The version of the period statement's shape, written by {@link #statement(PeriodStatement)}:
     * version 2 adds each line's typed {@code reckoning} to version 1's English {@code detail}.
     *
     * @since 0.1.0
     */
    public static final int STATEMENT_FORMAT_VERSION = 2;

    private static final JsonMapper MAPPER = PlanJson.mapper();
    private static final ObjectWriter PRETTY = MAPPER.writer().with(PlanJson.prettyPrinter());
    private static final ObjectWriter LINES = MAPPER.writer().with(new MinimalPrettyPrinter("\n"));
    private static final List<Mapper<Condition>> CONDITIONS = Mappers.conditions();

    private ResultJson() {
    }

    /**
     * Writes one employee's evaluation and, if given, payout: rating, every index with its fact,
     * weight and contribution, the indicators left out, every pay line with its kind, the total,
     * and the warnings.
     *
     * @param evaluation the evaluation, not null
     * @param payout the payout, null for a scorecard without pay
     * @return the indented JSON object, not null
     */
    public static String result(Evaluation evaluation, @Nullable Payout payout) {
        Objects.requireNonNull(evaluation, "evaluation");
        return write(PRETTY, out -> {
            out.writeStartObject();
            out.writeNumberProperty("formatVersion", FORMAT_VERSION);
            out.writeStringProperty("rating", plain(evaluation.rating()));
            out.writeBooleanProperty("met", evaluation.isMet());
            out.writeArrayPropertyStart("indicators");
            for (KpiIndex index : evaluation.indices()) {
                out.writeStartObject();
                out.writeStringProperty("id", index.id());
                out.writeStringProperty("fact", plain(index.fact()));
                out.writeStringProperty("index", plain(index.index()));
                out.writeStringProperty("weight", plain(index.weight().value()));
                out.writeStringProperty("contribution", plain(index.contribution()));
                out.writeEndObject();
            }
            out.writeEndArray();
            if (!evaluation.excluded().isEmpty()) {
                out.writeArrayPropertyStart("excluded");
                for (ExcludedIndicator excluded : evaluation.excluded()) {
                    out.writeStartObject();
                    out.writeStringProperty("id", excluded.id());
                    out.writeStringProperty("reason", excluded.data().describe());
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            if (payout != null) {
                pay(out, payout);
            }
            warnings(out, payout == null ? evaluation.warnings() : payout.warnings());
            out.writeEndObject();
        });
    }

    /**
     * Writes a payout: with its evaluation as {@link #result(Evaluation, Payout)} does; without one
     * (a plan evaluated on pay inputs alone, {@link PayPlan#evaluate(org.kpiengine.pay.PayInputs)}),
     * only {@code formatVersion}, {@code pay} and {@code warnings}.
     *
     * @param payout the payout, not null
     * @return the indented JSON object, not null
     */
    public static String result(Payout payout) {
        Objects.requireNonNull(payout, "payout");
        Evaluation evaluation = payout.evaluation();
        if (evaluation != null) {
            return result(evaluation, payout);
        }
        return write(PRETTY, out -> {
            out.writeStartObject();
            out.writeNumberProperty("formatVersion", FORMAT_VERSION);
            pay(out, payout);
            warnings(out, payout.warnings());
            out.writeEndObject();
        });
    }

    /** The pay member: salary, variable part, total, and every line with its kind and its condition checks. */
    private static void pay(JsonGenerator out, Payout payout) {
        out.writeName("pay");
        out.writeStartObject();
        money(out, "salary", payout.salary());
        money(out, "variable", payout.variable());
        money(out, "total", payout.total());
        out.writeArrayPropertyStart("lines");
        for (PayLine line : payout.lines()) {
            out.writeStartObject();
            out.writeStringProperty("name", line.name());
            out.writeStringProperty("kind", Names.of(line.kind()));
            money(out, "amount", line.amount());
            money(out, "after", line.after());
            out.writeStringProperty("detail", line.detail());
            if (!line.conditions().isEmpty()) {
                checks(out, "conditions", line.conditions());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * The checks of the conditions a line was decided by: each with its condition's {@code type},
     * the text, the value it saw (absent for a compound, for always and for an unbounded best
     * attainment), whether it held, and the checks of its parts.
     */
    private static void checks(JsonGenerator out, String member, List<ConditionCheck> checks) {
        out.writeArrayPropertyStart(member);
        for (ConditionCheck check : checks) {
            out.writeStartObject();
            out.writeStringProperty("type", conditionType(check.condition()));
            out.writeStringProperty("text", check.text());
            if (check.value() != null) {
                out.writeStringProperty("value", plain(check.value()));
            }
            out.writeBooleanProperty("held", check.held());
            if (!check.parts().isEmpty()) {
                checks(out, "parts", check.parts());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static String conditionType(Condition condition) {
        for (Mapper<Condition> mapper : CONDITIONS) {
            if (mapper.javaType() == condition.getClass()) {
                return mapper.type();
            }
        }
        throw new IllegalStateException("the condition class " + condition.getClass().getName() + " has no JSON type name");
    }

    /**
     * Writes an explanation: the data of {@link Explanation#toData()} as it is, member for member
     * (its own {@code formatVersion} {@value Explanation#DATA_FORMAT_VERSION} as a string, the
     * precision, the indicators with fact, thresholds, curve, index, weight and contribution; the
     * rating; the payout and its lines with their condition checks; the warnings), every number a
     * plain decimal string; see docs/reference/explanations.md.
     *
     * @param explanation the explanation, not null
     * @return the indented JSON object, not null
     */
    public static String explanation(Explanation explanation) {
        Map<String, Object> data = Objects.requireNonNull(explanation, "explanation").toData();
        return write(PRETTY, out -> value(out, data));
    }

    private static void value(JsonGenerator out, @Nullable Object value) {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof BigDecimal decimal) {
            out.writeString(plain(decimal));
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeName(String.valueOf(entry.getKey()));
                value(out, entry.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object element : list) {
                value(out, element);
            }
            out.writeEndArray();
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else {
            out.writeString(value.toString());
        }
    }

    /**
     * Writes a team's results as JSON lines, one compact object per employee in row order, error
     * rows included, each line ended by a newline; the writer is flushed, not closed. Nothing but
     * the current row is held in memory.
     *
     * <p>A computed row: {@code {"formatVersion":1,"row":0,"employee":"E17","role":"sales-manager",
     * "status":"ok","rating":"104.0000","indices":{"contacts":"114.0000",…},"pay":{"total":…,
     * "variable":…,"lines":[{"name":"salary","kind":"salary","amount":…},…]},"warnings":[…]}}.
     * An error row: {@code {"formatVersion":1,"row":3,"employee":"E20","status":"error",
     * "error":{"reason":"missing-fact","indicator":"deals","message":"…"}}}.
     *
     * @param result the team result, not null
     * @param out where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void teamLines(TeamResult result, Writer out) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator gen = LINES.createGenerator(new NonClosing(out))) {
            for (int row = 0; row < result.size(); row++) {
                teamRow(gen, result, row, row);
            }
            gen.flush();
            if (result.size() > 0) {
                out.write('\n');
            }
            out.flush();
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one employee's result as one JSON line of the shape of
     * {@link #teamLines(TeamResult, Writer)}, ended by a newline, with {@code "row"} set to the
     * given number: for a caller that writes the employees in an order of its own (the rows of its
     * input file, say, with lines of its own between them). The writer is not flushed or closed.
     *
     * @param result the team result, not null
     * @param row the employee's row in the result
     * @param number the value written as the line's {@code "row"}
     * @param out where to write, not null
     * @throws IndexOutOfBoundsException if the row is not in the result
     * @throws UncheckedIOException if writing fails
     */
    public static void teamLine(TeamResult result, int row, long number, Writer out) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(out, "out");
        Objects.checkIndex(row, result.size());
        try (JsonGenerator gen = LINES.createGenerator(new NonClosing(out))) {
            teamRow(gen, result, row, number);
            gen.flush();
            out.write('\n');
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a team's results as JSON lines into a string; for small teams and tests.
     *
     * @param result the team result, not null
     * @return the lines, each ended by a newline, not null
     */
    public static String teamLines(TeamResult result) {
        StringWriter out = new StringWriter();
        teamLines(result, out);
        return out.toString();
    }

    private static void teamRow(JsonGenerator out, TeamResult result, int row, long number) {
        out.writeStartObject();
        out.writeNumberProperty("formatVersion", FORMAT_VERSION);
        out.writeNumberProperty("row", number);
        out.writeStringProperty("employee", result.employeeId(row));
        if (!result.isOk(row)) {
            out.writeStringProperty("status", "error");
            EmployeeError error = Objects.requireNonNull(result.error(row));
            KpiInputException cause = error.cause();
            out.writeName("error");
            out.writeStartObject();
            out.writeStringProperty("reason", Names.of(cause.reason()));
            optional(out, "indicator", cause.indicatorId());
            optional(out, "field", cause.field());
            optional(out, "value", cause.value());
            out.writeStringProperty("message", cause.getMessage());
            out.writeEndObject();
            out.writeEndObject();
            return;
        }
        RoleTemplate template = result.template(row);
        out.writeStringProperty("role", template.role());
        out.writeStringProperty("status", "ok");
        out.writeStringProperty("rating", plain(result.rating(row)));
        out.writeName("indices");
        out.writeStartObject();
        List<BigDecimal> indices = result.indices(row);
        List<ScorecardLine> lines = template.scorecard().lines();
        if (indices.size() == lines.size()) {
            for (int k = 0; k < lines.size(); k++) {
                out.writeStringProperty(lines.get(k).id(), plain(indices.get(k)));
            }
        } else {
            for (KpiIndex index : result.evaluation(row).indices()) {
                out.writeStringProperty(index.id(), plain(index.index()));
            }
        }
        out.writeEndObject();
        PayPlan plan = template.payPlan();
        if (plan != null) {
            out.writeName("pay");
            out.writeStartObject();
            money(out, "total", result.total(row));
            money(out, "variable", result.variable(row));
            out.writeArrayPropertyStart("lines");
            Map<String, Money> components = result.components(row);
            int k = 0;
            for (Map.Entry<String, Money> component : components.entrySet()) {
                out.writeStartObject();
                out.writeStringProperty("name", component.getKey());
                out.writeStringProperty("kind", kind(plan, k++));
                money(out, "amount", component.getValue());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        warnings(out, result.warnings(row));
        out.writeEndObject();
    }

    /**
     * Writes one employee's statement of one period of a compensation year: the period, whether it
     * is closed, the parts with their role, plan version and days, every line in order with its
     * kind, amount, running total, English detail and typed {@code reckoning}, the period's draw and
     * cap, what was earned, recomputed and paid, the balances at the end and what was settled
     * (docs/reference/periods.md, Statement). The {@code reckoning} holds every value the detail
     * shows, so that a front end writes the line in any language without reading the detail: its
     * {@code kind} ({@code PAY}, {@code TRUE_UP}, {@code DRAW}…, see
     * {@link org.kpiengine.period.PeriodReckoning}) and its values, money as plain decimal strings at
     * the currency's minor-unit scale, other numbers exact with trailing zeros removed, flags
     * {@code "yes"} or {@code "no"}; a pay line's reckoning and a true-up's reckoning to date are
     * written as {@link #explanation(Explanation)} writes them (docs/guides/json.md, "Results").
     *
     * @param statement the statement, not null
     * @return the indented JSON object, not null
     * @since 0.1.0
     */
    public static String statement(PeriodStatement statement) {
        Objects.requireNonNull(statement, "statement");
        return write(PRETTY, out -> {
            out.writeStartObject();
            out.writeNumberProperty("formatVersion", STATEMENT_FORMAT_VERSION);
            out.writeStringProperty("employee", statement.employeeId());
            out.writeName("period");
            out.writeStartObject();
            out.writeStringProperty("id", statement.period().id());
            out.writeStringProperty("start", statement.period().start().toString());
            out.writeStringProperty("end", statement.period().end().toString());
            out.writeEndObject();
            out.writeBooleanProperty("closed", statement.closed());
            out.writeArrayPropertyStart("parts");
            for (PeriodPart part : statement.parts()) {
                out.writeStartObject();
                out.writeStringProperty("from", part.from().toString());
                out.writeStringProperty("to", part.to().toString());
                out.writeStringProperty("role", part.role());
                out.writeStringProperty("versionFrom", part.versionFrom().toString());
                out.writeNumberProperty("days", part.days());
                out.writeNumberProperty("periodDays", part.periodDays());
                out.writeStringProperty("rating", plain(part.evaluation().rating()));
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeArrayPropertyStart("lines");
            for (PeriodStatementLine line : statement.lines()) {
                out.writeStartObject();
                out.writeStringProperty("kind", Names.of(line.kind()));
                out.writeStringProperty("name", line.name());
                money(out, "amount", line.amount());
                money(out, "after", line.after());
                out.writeStringProperty("detail", line.detail());
                out.writeName("reckoning");
                value(out, reckoning(statement, line.reckoning()));
                out.writeEndObject();
            }
            out.writeEndArray();
            if (statement.draw() != null) {
                money(out, "draw", statement.draw());
            }
            if (statement.cap() != null) {
                money(out, "cap", statement.cap());
            }
            money(out, "earned", statement.earned());
            money(out, "recomputed", statement.recomputed());
            money(out, "paid", statement.paid());
            out.writeName("balances");
            out.writeStartObject();
            money(out, "draw", statement.balances().draw());
            money(out, "carryForward", statement.balances().carryForward());
            money(out, "chargebacks", statement.balances().chargebacks());
            money(out, "overpaid", statement.balances().overpaid());
            out.writeEndObject();
            out.writeName("settled");
            out.writeStartObject();
            money(out, "drawForgiven", statement.drawForgiven());
            money(out, "carryForwardForfeited", statement.carryForwardForfeited());
            money(out, "overpaidReported", statement.overpaidReported());
            out.writeEndObject();
            out.writeEndObject();
        });
    }

    /**
     * The data form of a statement line's reckoning: its kind and its values, in the data format of
     * {@link Explanation#toData()} (money at its minor-unit scale, other numbers exact, flags "yes"
     * or "no"); a pay line's and a true-up's own reckoning through {@link Explanation#reckoningData}.
     */
    private static Map<String, Object> reckoning(PeriodStatement statement, PeriodReckoning reckoning) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", reckoning.kind());
        if (reckoning instanceof PeriodReckoning.Pay r) {
            PeriodPart part = r.part();
            row.put("part", Integer.toString(statement.parts().indexOf(part)));
            row.put("from", part.from().toString());
            row.put("to", part.to().toString());
            row.put("days", Integer.toString(part.days()));
            row.put("periodDays", Integer.toString(part.periodDays()));
            row.put("prorated", yesNo(r.prorated()));
            PayLine line = r.line();
            Map<String, Object> pay = new LinkedHashMap<>();
            pay.put("name", line.name());
            pay.put("kind", line.kind().name());
            pay.put("amount", line.amount().toAmountText());
            pay.put("before", line.before().toAmountText());
            pay.put("after", line.after().toAmountText());
            pay.put("reckoning", Explanation.reckoningData(line.reckoning()));
            row.put("line", pay);
        } else if (reckoning instanceof PeriodReckoning.TrueUp r) {
            row.put("window", r.window());
            row.put("earnedToDate", r.earnedToDate().toAmountText());
            row.put("paidToDate", r.paidToDate().toAmountText());
            row.put("heldAtZero", yesNo(r.heldAtZero()));
            row.put("ratingToDate", r.evaluationToDate().rating().toPlainString());
            row.put("toDate", Explanation.reckoningData(r.toDate()));
        } else if (reckoning instanceof PeriodReckoning.CarriedOut r) {
            row.put("variable", r.variable().toAmountText());
            row.put("cap", r.cap().toAmountText());
        } else if (reckoning instanceof PeriodReckoning.CarriedIn r) {
            row.put("balance", r.balance().toAmountText());
            if (r.cap() != null) {
                row.put("cap", r.cap().toAmountText());
            }
        } else if (reckoning instanceof PeriodReckoning.CarryForwardPaid r) {
            row.put("atYearEnd", yesNo(r.atYearEnd()));
        } else if (reckoning instanceof PeriodReckoning.DrawTopUp r) {
            row.put("variable", r.variable().toAmountText());
            row.put("draw", r.draw().toAmountText());
            row.put("recoverable", yesNo(r.recoverable()));
        } else if (reckoning instanceof PeriodReckoning.DrawRecovery r) {
            row.put("balance", r.balance().toAmountText());
            row.put("variable", r.variable().toAmountText());
            row.put("draw", r.draw().toAmountText());
            if (r.maximum() != null) {
                row.put("maximum", r.maximum().toAmountText());
            }
        } else if (reckoning instanceof PeriodReckoning.Refund r) {
            row.put("refund", Explanation.exactText(r.refund()));
            row.put("indicator", r.indicatorId());
            row.put("originalPeriod", r.originalPeriodId());
            row.put("originalPayout", r.originalPayout().toAmountText());
            row.put("originalFact", Explanation.exactText(r.originalFact()));
        } else if (reckoning instanceof PeriodReckoning.ChargebacksCarried r) {
            row.put("floor", r.floor().toAmountText());
        } else if (reckoning instanceof PeriodReckoning.Adjustment r) {
            List<Object> closed = new ArrayList<>();
            for (PeriodReckoning.Closed period : r.closed()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("period", period.periodId());
                entry.put("recomputed", period.recomputed().toAmountText());
                entry.put("paid", period.paid().toAmountText());
                entry.put("difference", period.difference().toAmountText());
                closed.add(entry);
            }
            row.put("closed", closed);
        } else if (!(reckoning instanceof PeriodReckoning.ChargebacksRecovered)) {
            throw new IllegalStateException("no JSON form for statement reckoning " + reckoning.kind());
        }
        return row;
    }

    private static String yesNo(boolean flag) {
        return flag ? "yes" : "no";
    }

    /** The kind of the k-th pay component: the salary, each scheme, then each modifier by its stage. */
    private static String kind(PayPlan plan, int k) {
        if (k == 0) {
            return Names.of(PayLine.Kind.SALARY);
        }
        if (k <= plan.schemes().size()) {
            return Names.of(PayLine.Kind.SCHEME);
        }
        Modifier modifier = plan.modifiers().get(k - 1 - plan.schemes().size());
        return Names.of(modifier.stage());
    }

    private static void warnings(JsonGenerator out, List<Warning> warnings) {
        out.writeArrayPropertyStart("warnings");
        for (Warning warning : warnings) {
            out.writeStartObject();
            out.writeStringProperty("code", Names.of(warning.code()));
            optional(out, "indicator", warning.indicatorId());
            out.writeStringProperty("message", warning.message());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void optional(JsonGenerator out, String name, @Nullable String value) {
        if (value != null) {
            out.writeStringProperty(name, value);
        }
    }

    private static void money(JsonGenerator out, String name, Money money) {
        out.writeName(name);
        out.writeStartObject();
        out.writeStringProperty("amount", money.amount().toPlainString());
        out.writeStringProperty("currency", money.currency().getCurrencyCode());
        out.writeEndObject();
    }

    /** A decimal as the calculation gave it, in plain digits: 104.0000 stays "104.0000", 0E-7 is "0.0000000". */
    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    private interface Body {
        void write(JsonGenerator out);
    }

    private static String write(ObjectWriter writer, Body body) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = writer.createGenerator(text)) {
            body.write(out);
        }
        return text.append('\n').toString();
    }

    /** Lets the generator close without closing the caller's writer. */
    private static final class NonClosing extends Writer {
        private final Writer out;

        NonClosing(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            out.write(buffer, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.write(text, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
