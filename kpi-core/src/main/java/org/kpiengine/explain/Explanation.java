package org.kpiengine.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.Warning;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.KpiIndex;

/**
 * How a rating and a payout came about, so that an employee can check their own pay (see
 * docs/reference/explanations.md): per indicator the fact, thresholds, curve, index, weight and contribution; then the
 * salary, each scheme and each modifier with the total pay before and after it.
 *
 * <p>An explanation does not recompute anything: every number it shows is a value the calculation
 * produced (the {@link KpiIndex} fields, the {@link PayLine} amounts), written out; the one
 * rounding it adds is that of each indicator's contribution in {@link #toData()}.
 *
 * <p>Two renderings:
 * <ul>
 *   <li>{@link #toText()}: plain-text tables with fixed-width columns, numbers aligned right and the
 *       currency in the headings;</li>
 *   <li>{@link #toData()}: structured data made only of {@code Map<String, Object>},
 *       {@code List<Object>} and {@code String}, every number in plain decimal notation at a stated
 *       scale, with a format version, which any JSON writer can serialise by walking it (see the
 *       method for the keys).</li>
 * </ul>
 *
 * <pre>{@code
 * Evaluation evaluation = scorecard.evaluate(facts);
 * Payout payout = payPlan.evaluate(evaluation, inputs);
 * System.out.print(Explanation.of(evaluation, payout).toText());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Explanation {

    /**
     * The version of the format of {@link #toData()}, its {@code "formatVersion"} entry. It changes
     * when a key is removed or renamed or the type or scale of a value changes; adding a key does
     * not change it.
     */
    public static final String DATA_FORMAT_VERSION = "2";

    private final Evaluation evaluation;
    private final @Nullable Payout payout;

    private Explanation(Evaluation evaluation, @Nullable Payout payout) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.payout = payout;
    }

    /**
     * Obtains the explanation of a scorecard evaluation alone.
     *
     * @param evaluation the evaluation, not null
     * @return the explanation, not null
     */
    public static Explanation of(Evaluation evaluation) {
        return new Explanation(evaluation, null);
    }

    /**
     * Obtains the explanation of an evaluation and the payout computed from it.
     *
     * <p>The payout records the evaluation it was computed from ({@link Payout#evaluation()}); it
     * must equal this one (the same scorecard, indices, rating, precision and warnings), so that
     * one employee's indices are never explained beside another's pay. An equal evaluation
     * computed again, as a team result does for each of its rows, is the same result and is
     * accepted.
     *
     * @param evaluation the evaluation, not null
     * @param payout the payout computed from it, not null
     * @return the explanation, not null
     * @throws KpiInputException ({@code UNRELATED_RESULTS}, field {@code payout}) if the payout was
     *     computed from another evaluation, or without one
     */
    public static Explanation of(Evaluation evaluation, Payout payout) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(payout, "payout");
        Evaluation used = payout.evaluation();
        if (used == null) {
            throw new KpiInputException(Reason.UNRELATED_RESULTS, null, "payout", null,
                    "the payout was computed without a scorecard evaluation and cannot be explained with one");
        }
        if (!used.equals(evaluation)) {
            throw new KpiInputException(Reason.UNRELATED_RESULTS, null, "payout", null,
                    "the payout was computed from another evaluation than the one to explain with it ("
                            + difference(evaluation, used) + "); explain each payout with its own evaluation");
        }
        return new Explanation(evaluation, payout);
    }

    /** The first difference between two evaluations, for a message. */
    private static String difference(Evaluation given, Evaluation used) {
        List<KpiIndex> a = given.indices();
        List<KpiIndex> b = used.indices();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (a.get(i).id().equals(b.get(i).id()) && a.get(i).fact().compareTo(b.get(i).fact()) != 0) {
                return "fact of '" + a.get(i).id() + "' " + Decimals.text(a.get(i).fact()) + " here, "
                        + Decimals.text(b.get(i).fact()) + " in the payout's";
            }
        }
        return "rating " + Decimals.text(given.rating()) + " here, " + Decimals.text(used.rating()) + " in the payout's";
    }

    /**
     * Returns the evaluation explained.
     *
     * @return the evaluation, not null
     */
    public Evaluation evaluation() {
        return evaluation;
    }

    /**
     * Returns the payout explained.
     *
     * @return the payout, or null when only the evaluation is explained
     */
    public @Nullable Payout payout() {
        return payout;
    }

    /**
     * Renders the explanation as plain-text tables: the indicators with the rating, then (with a
     * payout) the pay steps with the total. Numbers are written with a dot whatever the locale.
     *
     * @return the text, lines ending in {@code \n}, not null
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        TextTable indicators = new TextTable(
                List.of("indicator", "fact", "base", "plan", "target", "curve", "index %", "weight", "contribution"),
                false, true, true, true, true, false, true, true, true);
        for (KpiIndex index : evaluation.indices()) {
            Thresholds thresholds = index.thresholds();
            indicators.add(index.id(), text(index.fact()), optional(thresholds.base()), text(thresholds.plan()),
                    optional(thresholds.target()), index.curve().describe(), text(index.index()),
                    text(index.weight().value()), text(index.contribution()));
        }
        indicators.render(out);
        out.append("rating ").append(text(evaluation.rating())).append(" %\n");
        if (payout != null) {
            String currency = payout.total().currency().getCurrencyCode();
            out.append('\n');
            TextTable steps = new TextTable(
                    List.of("step", "kind", "amount " + currency, "before", "after", "how"),
                    false, false, true, true, true, false);
            for (PayLine line : payout.lines()) {
                steps.add(line.name(), line.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                        line.amount().toAmountText(), line.before().toAmountText(), line.after().toAmountText(),
                        line.detail());
            }
            steps.render(out);
            out.append("salary ").append(payout.salary()).append(", variable ").append(payout.variable())
                    .append(", total ").append(payout.total()).append('\n');
            for (Warning warning : payout.warnings()) {
                out.append("warning: ").append(warning).append('\n');
            }
        } else {
            for (Warning warning : evaluation.warnings()) {
                out.append("warning: ").append(warning).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Returns the explanation as structured data, in data format {@value #DATA_FORMAT_VERSION}:
     * made only of {@code Map<String, Object>} (keys in a fixed order), {@code List<Object>} and
     * {@code String}, so that any JSON writer can serialise it by walking it. Absent values are left
     * out rather than null. The format, key by key with the scale of every number, is described in
     * docs/reference/explanations.md, "As data". Keys:
     * <ul>
     *   <li>{@code "formatVersion"}: {@code "2"}, the version of this format (version 1 carried an English
     *       {@code detail} sentence per pay line where version 2 carries the typed {@code reckoning});</li>
     *   <li>{@code "precision"}: a map with {@code indexScale}, {@code indexRounding} and
     *       {@code moneyRounding}, the calculation's {@link org.kpiengine.Precision};</li>
     *   <li>{@code "indicators"}: a list of maps with {@code id, name, unit, direction, fact, base}
     *       (if any), {@code plan, target} (if any), {@code curve, index, indexCap} (the highest index
     *       the curve gives, if it has one), {@code weight, contribution};</li>
     *   <li>{@code "rating"}: the rating;</li>
     *   <li>{@code "payout"} (with a payout): a map with {@code currency, salary, variable, total}
     *       and {@code lines}, a list of maps with {@code name, kind, amount, before, after} and
     *       {@code reckoning}: how the amount was computed, as a map whose {@code kind} names one of the
     *       {@link org.kpiengine.pay.Reckoning} records and whose other keys are that record's values
     *       (the measure read and its value, the tier reached with its bounds and rate, a condition with
     *       the value it saw and whether it held ({@code "yes"} or {@code "no"}), the amounts before and
     *       after a modifier), listed kind by kind in docs/reference/explanations.md;</li>
     *   <li>{@code "warnings"}: a list of maps with {@code code, indicator} (if any) and {@code message}.</li>
     * </ul>
     *
     * <p>Every number is a string in plain decimal notation: an optional minus sign, digits, and
     * digits after a dot only if the scale is above 0; never an exponent ({@code 1E-8}) and never a
     * negative zero. Its scale is fixed by its kind:
     * <ul>
     *   <li>{@code index} and {@code rating}: exactly {@code indexScale} decimal places (4 by
     *       default: {@code "104.0000"}), the values the calculation compared and paid on;</li>
     *   <li>{@code contribution}: weight × index, rounded once to {@code indexScale} places with
     *       {@code indexRounding} ({@code HALF_UP} by default); the rating is rounded from the exact
     *       sum, so the rounded contributions may differ from it in the last place;</li>
     *   <li>{@code fact, base, plan, target} and {@code weight}, and every number of a reckoning that
     *       is not money (a value read, a tier bound, a rate, a factor): the exact value with trailing
     *       zeros after the point removed ({@code "8.5"}, {@code "500"}, {@code "0.4"});</li>
     *   <li>money ({@code salary, variable, total, amount, before, after} and the amounts of a
     *       reckoning): exactly the currency's minor-unit scale ({@code "3000.00"} in EUR, {@code "3000"}
     *       in JPY).</li>
     * </ul>
     * Read a number back with {@code new BigDecimal(text)}: it is the exact value described above.
     *
     * @return the unmodifiable data, not null
     */
    public Map<String, Object> toData() {
        Precision precision = evaluation.precision();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("formatVersion", DATA_FORMAT_VERSION);
        Map<String, Object> rounding = new LinkedHashMap<>();
        rounding.put("indexScale", Integer.toString(precision.indexScale()));
        rounding.put("indexRounding", precision.indexRounding().name());
        rounding.put("moneyRounding", precision.moneyRounding().name());
        data.put("precision", Collections.unmodifiableMap(rounding));
        List<Object> indicators = new ArrayList<>();
        for (KpiIndex index : evaluation.indices()) {
            Map<String, Object> row = new LinkedHashMap<>();
            Thresholds thresholds = index.thresholds();
            row.put("id", index.id());
            row.put("name", index.indicator().name());
            row.put("unit", index.indicator().unit().name());
            row.put("direction", index.indicator().direction().name());
            row.put("fact", exact(index.fact()));
            putIfPresent(row, "base", thresholds.base());
            row.put("plan", exact(thresholds.plan()));
            putIfPresent(row, "target", thresholds.target());
            row.put("curve", index.curve().describe());
            row.put("index", atIndexScale(index.index(), precision));
            putIfPresent(row, "indexCap", index.curve().maxIndex(index.indicator(), thresholds, precision));
            row.put("weight", exact(index.weight().value()));
            row.put("contribution", atIndexScale(index.contribution(), precision));
            indicators.add(Collections.unmodifiableMap(row));
        }
        data.put("indicators", Collections.unmodifiableList(indicators));
        data.put("rating", atIndexScale(evaluation.rating(), precision));
        List<Warning> warnings = evaluation.warnings();
        if (payout != null) {
            Map<String, Object> pay = new LinkedHashMap<>();
            pay.put("currency", payout.total().currency().getCurrencyCode());
            pay.put("salary", money(payout.salary()));
            pay.put("variable", money(payout.variable()));
            pay.put("total", money(payout.total()));
            List<Object> lines = new ArrayList<>();
            for (PayLine line : payout.lines()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", line.name());
                row.put("kind", line.kind().name());
                row.put("amount", money(line.amount()));
                row.put("before", money(line.before()));
                row.put("after", money(line.after()));
                row.put("reckoning", ReckoningData.of(line.reckoning()));
                lines.add(Collections.unmodifiableMap(row));
            }
            pay.put("lines", Collections.unmodifiableList(lines));
            data.put("payout", Collections.unmodifiableMap(pay));
            warnings = payout.warnings();
        }
        List<Object> warningData = new ArrayList<>();
        for (Warning warning : warnings) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", warning.code().name());
            if (warning.indicatorId() != null) {
                row.put("indicator", warning.indicatorId());
            }
            row.put("message", warning.message());
            warningData.add(Collections.unmodifiableMap(row));
        }
        data.put("warnings", Collections.unmodifiableList(warningData));
        return Collections.unmodifiableMap(data);
    }

    /**
     * Returns the data form of one reckoning, exactly as {@link #toData()} writes it under a pay
     * line's {@code "reckoning"} key: for a writer of another document that carries pay lines, such
     * as a compensation year's period statement, so that both documents write a reckoning alike.
     *
     * @param reckoning the reckoning, not null
     * @return the unmodifiable data, not null
     * @since 0.1.0
     */
    public static Map<String, Object> reckoningData(org.kpiengine.pay.Reckoning reckoning) {
        return ReckoningData.of(Objects.requireNonNull(reckoning, "reckoning"));
    }

    /**
     * Returns a number that is not money as {@link #toData()} writes it: the exact value in plain
     * notation, trailing zeros after the point removed, never an exponent or a negative zero
     * ({@code "8.5"}, {@code "500"}).
     *
     * @param value the value, not null
     * @return the text, not null
     * @since 0.1.0
     */
    public static String exactText(BigDecimal value) {
        return ReckoningData.exact(Objects.requireNonNull(value, "value"));
    }

    private static void putIfPresent(Map<String, Object> row, String key, @Nullable BigDecimal value) {
        if (value != null) {
            row.put(key, exact(value));
        }
    }

    /** An exact input value (a fact, a threshold, a weight): plain, trailing zeros after the point removed. */
    private static String exact(BigDecimal value) {
        return ReckoningData.exact(value);
    }

    /**
     * A percentage at the index scale: an index or the rating (already at that scale, so unchanged),
     * or a contribution, rounded once with the index rounding mode.
     */
    private static String atIndexScale(BigDecimal percent, Precision precision) {
        return precision.roundIndex(percent).toPlainString();
    }

    /** An amount at its currency's minor-unit scale, where {@link Money} holds it. */
    private static String money(Money money) {
        return money.toAmountText();
    }

    private static String text(BigDecimal value) {
        return Decimals.text(value);
    }

    private static String optional(@Nullable BigDecimal value) {
        return value == null ? "-" : Decimals.text(value);
    }

    @Override
    public String toString() {
        return toText();
    }
}
