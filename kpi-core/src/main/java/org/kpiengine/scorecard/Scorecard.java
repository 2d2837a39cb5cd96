package org.kpiengine.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.Warning;
import org.kpiengine.curve.CustomCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.derived.InsufficientData;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.internal.CurveFormula;
import org.kpiengine.internal.Decimals;
import org.kpiengine.internal.ImmutableArrayList;
import org.kpiengine.internal.Scaled;
import org.kpiengine.internal.WeightTotal;
import org.kpiengine.internal.Nulls;

/**
 * A scorecard (the "KPI matrix", the goal agreement): the weighted indicators of one employee or
 * role for one period, with their thresholds and curves.
 *
 * <p>Validated on construction: at least one line, no duplicate indicator ids, no negative
 * weight, and weights that total exactly 1. Weights written as percentages (total 100) or tenths
 * (total 10) are accepted only through {@link #ofWeightsTotalling} or
 * {@link Builder#weightsTotalling}, which say so and normalise them; any other total is an error,
 * never silently rescaled. Good-practice rules (3 to 5 indicators, up to 7 for a manager; no
 * weight below 0.10) give advisory {@link #warnings()}, not errors.
 *
 * <pre>{@code
 * Scorecard matrix = Scorecard.builder()
 *         .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.uncapped())
 *         .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("50"), RatioCurve.uncapped())
 *         .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.uncapped())
 *         .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.1", Thresholds.plan("10000"), RatioCurve.uncapped())
 *         .build();
 * Evaluation result = matrix.evaluate(Facts.builder()
 *         .put("contacts", 570).put("deals", 49).put("conversion", "8.5").put("average-check", 12000).build());
 * result.rating(); // 104.0000
 * }</pre>
 *
 * <p>Rounding (docs/reference/scoring.md, Rounding; defaults of {@link Precision}): every KPI index is floored
 * and capped on its exact value, then rounded once, HALF_UP to 4 decimal places of a percent; the
 * rating is the exact sum of weight × rounded index, rounded once the same way. In a spreadsheet:
 * {@code index = ROUND(...; 4)}, {@code rating = ROUND(SUMPRODUCT(weights; indices); 4)}.
 *
 * <p>Bad input (an empty scorecard, a duplicate id, a negative weight, weights off their total,
 * thresholds out of order, a missing or unknown fact, a negative count or duration) throws {@link KpiInputException} carrying the
 * {@link KpiInputException.Reason}, the indicator id and the offending value; never a wrong number.
 *
 * <p>Results do not depend on the order in which lines were added. This class is immutable and
 * thread-safe; one scorecard may be evaluated from many threads at once.
 *
 * @since 0.1.0
 */
public final class Scorecard {

    private static final BigDecimal MIN_WEIGHT = new BigDecimal("0.10");

    private final List<ScorecardLine> lines;
    private final Map<String, Integer> positions;
    private final boolean forManager;
    private final List<Warning> warnings;
    /**
     * Each line's curve formula for its indicator's direction, made once (null for an integrator's
     * curve): a line's thresholds were validated against its curve when the line was made, so the
     * line is scored by its formula without checking them again.
     */
    private final @Nullable CurveFormula[] formulas;
    /** Each line's weight, read once per line rather than through the line on every evaluation. */
    private final BigDecimal[] weights;
    /** Whether each line's unit takes a negative fact (money, percentages, ratios). */
    private final boolean[] negativeAllowed;

    private Scorecard(List<ScorecardLine> lines, boolean forManager) {
        this.lines = Nulls.copyOf(lines, "lines");
        this.forManager = forManager;
        if (this.lines.isEmpty()) {
            throw emptyScorecard();
        }
        Map<String, Integer> index = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < this.lines.size(); i++) {
            ScorecardLine line = this.lines.get(i);
            if (index.putIfAbsent(line.id(), i) != null) {
                throw duplicate(line.id());
            }
            total = total.add(line.weight().value());
        }
        WeightTotal.require(total, 1, false, "", describeWeights(this.lines));
        this.positions = Map.copyOf(index);
        this.warnings = List.copyOf(goodPractice(this.lines, forManager));
        int size = this.lines.size();
        this.formulas = new CurveFormula[size];
        this.weights = new BigDecimal[size];
        this.negativeAllowed = new boolean[size];
        for (int i = 0; i < size; i++) {
            ScorecardLine line = this.lines.get(i);
            formulas[i] = CurveFormula.of(line.curve(), line.indicator().isHigherBetter());
            weights[i] = line.weight().value();
            negativeAllowed[i] = line.indicator().unit().allowsNegative();
        }
    }

    /**
     * A copy of a scorecard with other thresholds on the same lines: the ids, weights, indicators and
     * curves are the template's, so its checks, warnings and formulas hold for the copy and are
     * shared rather than made again (the new thresholds were validated against each line's curve
     * when the line was made). Every employee's scorecard of a role then shares one set of formulas.
     */
    private Scorecard(Scorecard template, List<ScorecardLine> lines) {
        this.lines = List.copyOf(lines);
        this.forManager = template.forManager;
        this.positions = template.positions;
        this.warnings = template.warnings;
        this.formulas = template.formulas;
        this.weights = template.weights;
        this.negativeAllowed = template.negativeAllowed;
    }

    /**
     * Obtains a scorecard whose weights total 1.
     *
     * @param lines the lines, not null, not empty
     * @return the scorecard, not null
     * @throws KpiInputException if the list is empty, an id repeats, or the weights do not total 1
     */
    public static Scorecard of(List<ScorecardLine> lines) {
        return new Scorecard(lines, false);
    }

    /**
     * Obtains a scorecard whose weights are written to total 1, 10 or 100 (percentages), and
     * normalises them to total 1 (40 becomes 0.4 with a total of 100). The normalisation is exact.
     *
     * @param total the declared total: 1, 10 or 100
     * @param lines the lines, weights totalling {@code total}, not null, not empty
     * @return the scorecard, with weights totalling 1, not null
     * @throws KpiInputException if the declared total is not 1, 10 or 100, or the weights do not total it
     */
    public static Scorecard ofWeightsTotalling(int total, List<ScorecardLine> lines) {
        return new Scorecard(normalise(total, lines), false);
    }

    /**
     * Starts building a scorecard.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    private static List<ScorecardLine> normalise(int total, List<ScorecardLine> given) {
        List<ScorecardLine> lines = Nulls.copyOf(given, "lines");
        // Empty and duplicate checks come first, so that these faults are reported as such and
        // not as a wrong weight total.
        if (lines.isEmpty()) {
            throw emptyScorecard();
        }
        Set<String> seen = new HashSet<>();
        for (ScorecardLine line : lines) {
            if (!seen.add(line.id())) {
                throw duplicate(line.id());
            }
        }
        WeightTotal.shift(total);
        BigDecimal sum = BigDecimal.ZERO;
        for (ScorecardLine line : lines) {
            sum = sum.add(line.weight().value());
        }
        WeightTotal.require(sum, total, true, "", describeWeights(lines));
        List<ScorecardLine> normalised = new ArrayList<>(lines.size());
        for (ScorecardLine line : lines) {
            normalised.add(line.withWeight(Weight.of(WeightTotal.normalise(line.weight().value(), total))));
        }
        return normalised;
    }

    private static String describeWeights(List<ScorecardLine> lines) {
        return lines.stream().map(l -> l.id() + " " + l.weight()).collect(Collectors.joining(", "));
    }

    private static List<Warning> goodPractice(List<ScorecardLine> lines, boolean forManager) {
        List<Warning> out = new ArrayList<>();
        int max = forManager ? 7 : 5;
        if (lines.size() < 3) {
            out.add(new Warning(Warning.Code.TOO_FEW_INDICATORS, null,
                    "the scorecard has " + lines.size() + " indicators; good practice is 3 to " + max));
        } else if (lines.size() > max) {
            out.add(new Warning(Warning.Code.TOO_MANY_INDICATORS, null,
                    "the scorecard has " + lines.size() + " indicators; good practice is 3 to " + max
                            + (forManager ? " for a manager" : " (7 for a manager)")));
        }
        for (ScorecardLine line : lines) {
            if (line.weight().value().compareTo(MIN_WEIGHT) < 0) {
                out.add(new Warning(Warning.Code.LOW_WEIGHT, line.id(),
                        "weight " + line.weight() + " of indicator '" + line.id() + "' is below 0.10"));
            }
        }
        return out;
    }

    /**
     * Returns the lines, in the order they were given.
     *
     * @return the unmodifiable list, not null
     */
    public List<ScorecardLine> lines() {
        return lines;
    }

    /**
     * Returns the line of an indicator.
     *
     * @param indicatorId the indicator id, not null
     * @return the line, not null
     * @throws KpiInputException if the scorecard has no such indicator
     */
    public ScorecardLine line(String indicatorId) {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Integer position = positions.get(indicatorId);
        if (position == null) {
            throw unknown(indicatorId, "the scorecard has no indicator '" + indicatorId + "'");
        }
        return lines.get(position);
    }

    /**
     * Returns whether the scorecard has an indicator.
     *
     * @param indicatorId the indicator id, not null
     * @return true if it has a line for that id
     */
    public boolean has(String indicatorId) {
        return positions.containsKey(Objects.requireNonNull(indicatorId, "indicatorId"));
    }

    /**
     * Returns the number of indicators.
     *
     * @return the number of lines, at least 1
     */
    public int size() {
        return lines.size();
    }

    /**
     * Returns whether the good-practice limit is the manager's (7 indicators) rather than 5.
     *
     * @return true for a manager's scorecard
     */
    public boolean isForManager() {
        return forManager;
    }

    /**
     * Returns the advisory warnings of this scorecard (too few or many indicators, low weights).
     *
     * @return the unmodifiable list, not null
     */
    public List<Warning> warnings() {
        return warnings;
    }

    /**
     * Returns a copy of this scorecard with one indicator's thresholds replaced (an individual
     * plan); this instance is immutable and unaffected.
     *
     * @param indicatorId the indicator id, not null
     * @param thresholds the new thresholds, not null
     * @return the new scorecard, not null
     * @throws KpiInputException if the indicator is unknown or the thresholds are invalid for it
     */
    public Scorecard withThresholds(String indicatorId, Thresholds thresholds) {
        return withThresholds(Map.of(Objects.requireNonNull(indicatorId, "indicatorId"),
                Objects.requireNonNull(thresholds, "thresholds")));
    }

    /**
     * Returns a copy of this scorecard with the thresholds of several indicators replaced; this
     * instance is immutable and unaffected.
     *
     * @param thresholds the new thresholds by indicator id, not null, no null key or value; an
     *     indicator left out of the map keeps its thresholds
     * @return the new scorecard, not null
     * @throws NullPointerException if the map is null, or a key or a value of it is null (naming
     *     the indicator, for a null value)
     * @throws KpiInputException if an indicator is unknown or its thresholds are invalid
     */
    public Scorecard withThresholds(Map<String, Thresholds> thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        for (Map.Entry<String, Thresholds> entry : thresholds.entrySet()) {
            String id = entry.getKey();
            if (id == null) {
                throw new NullPointerException("a key of thresholds is null: thresholds were given for a"
                        + " null indicator id");
            }
            if (!positions.containsKey(id)) {
                throw unknown(id, "thresholds were given for indicator '" + id + "', which the scorecard does not have");
            }
            if (entry.getValue() == null) {
                throw new NullPointerException("thresholds of indicator '" + id + "' is null; leave the indicator"
                        + " out of the map to keep the scorecard's own thresholds");
            }
        }
        List<ScorecardLine> copy = new ArrayList<>(lines.size());
        for (ScorecardLine line : lines) {
            Thresholds replacement = thresholds.get(line.id());
            copy.add(replacement == null ? line : line.withThresholds(replacement));
        }
        return new Scorecard(this, copy);
    }

    /**
     * Evaluates the facts of a period with the default {@link Precision}.
     *
     * @param facts the facts, one per indicator, not null
     * @return the evaluation, not null
     * @throws KpiInputException if a fact is missing, a fact names an unknown indicator, a count or
     *     duration fact is negative ({@code OUT_OF_RANGE}), a curve
     *     cannot score a fact, or (reason {@code INSUFFICIENT_DATA}) a fact is insufficient data
     *     ({@link InsufficientDataRule#FAIL})
     */
    public Evaluation evaluate(Facts facts) {
        return evaluate(facts, Precision.DEFAULT);
    }

    /**
     * Evaluates the facts of a period: the index of every indicator (floored, capped, rounded once
     * to the precision), then the rating Σ weight × index, computed exactly and rounded once.
     *
     * @param facts the facts, one per indicator, not null
     * @param precision the rounding rule, not null
     * @return the evaluation, not null
     * @throws KpiInputException if a fact is missing, a fact names an unknown indicator, a count or
     *     duration fact is negative ({@code OUT_OF_RANGE}), a curve
     *     cannot score a fact, or (reason {@code INSUFFICIENT_DATA}) a fact is insufficient data
     *     ({@link InsufficientDataRule#FAIL})
     */
    public Evaluation evaluate(Facts facts, Precision precision) {
        return evaluate(facts, precision, InsufficientDataRule.FAIL);
    }

    /**
     * Evaluates the facts of a period with the default {@link Precision}, handling
     * insufficient-data facts by a rule; the same as
     * {@code evaluate(facts, Precision.DEFAULT, rule)}.
     *
     * <pre>{@code
     * Evaluation result = scorecard.evaluate(facts, InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
     * }</pre>
     *
     * @param facts the facts, one value or insufficient-data entry per indicator, not null
     * @param rule what to do with insufficient data, not null
     * @return the evaluation, not null
     * @throws KpiInputException if a fact is missing, a fact names an unknown indicator, a curve
     *     cannot score a fact, or (reason {@code INSUFFICIENT_DATA}) if a fact is insufficient data
     *     under {@code FAIL}, or every indicator (or all remaining weight) is excluded
     */
    public Evaluation evaluate(Facts facts, InsufficientDataRule rule) {
        return evaluate(facts, Precision.DEFAULT, rule);
    }

    /**
     * Evaluates the facts of a period, handling insufficient-data facts by a rule.
     *
     * <p>Under {@link InsufficientDataRule#FAIL} this is {@link #evaluate(Facts, Precision)}: an
     * indicator whose fact is insufficient data fails the evaluation. Under
     * {@link InsufficientDataRule#EXCLUDE_AND_RENORMALISE} such indicators are left out, listed in
     * {@link Evaluation#excluded()} with an {@code INDICATOR_EXCLUDED} warning each, and the rating
     * is {@code ROUND(Σ wᵢ × indexᵢ / Σ wᵢ; 4)} over the remaining indicators: both sums exact,
     * one division rounded with the precision. When nothing is excluded the rating is the usual
     * {@code ROUND(Σ wᵢ × indexᵢ; 4)}.
     *
     * <pre>{@code
     * Facts facts = Facts.builder()
     *         .put("deals", 49)
     *         .put("conversion", Conversion.of(49, 320))   // insufficient data: 320 of 500 contacts
     *         .build();
     * Evaluation result = scorecard.evaluate(facts, Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
     * result.excludedIds(); // [conversion]
     * }</pre>
     *
     * @param facts the facts, one value or insufficient-data entry per indicator, not null
     * @param precision the rounding rule, not null
     * @param rule what to do with insufficient data, not null
     * @return the evaluation, not null
     * @throws KpiInputException if a fact is missing, a fact names an unknown indicator, a count or
     *     duration fact is negative ({@code OUT_OF_RANGE}), a curve
     *     cannot score a fact, or (reason {@code INSUFFICIENT_DATA}) if a fact is insufficient data
     *     under {@code FAIL}, or every indicator (or all remaining weight) is excluded
     */
    public Evaluation evaluate(Facts facts, Precision precision, InsufficientDataRule rule) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(rule, "rule");
        // Facts for indicators the scorecard lacks are refused before anything else; when every line
        // found its fact and the facts hold no more than that, none can be unknown, so the look-up of
        // each given id against the scorecard is needed only otherwise.
        if (facts.asMap().size() != lines.size() || !facts.insufficientData().isEmpty()) {
            requireKnown(facts);
        }
        int size = lines.size();
        KpiIndex[] indices = new KpiIndex[size];
        int scored = 0;
        List<ExcludedIndicator> excluded = List.of();
        // Σ contribution, exact: on longs while the sum fits (no BigDecimal per term), else on BigDecimal
        long sumUnscaled = 0;
        int sumScale = 0;
        @Nullable BigDecimal sum = null;
        for (int i = 0; i < size; i++) {
            ScorecardLine line = lines.get(i);
            BigDecimal fact = facts.get(i, line.id());
            if (fact == null) {
                requireKnown(facts);
                @Nullable InsufficientData data = facts.insufficient(line.id());
                if (data == null) {
                    throw new KpiInputException(Reason.MISSING_FACT, line.id(), "fact", null,
                            "no fact was given for indicator '" + line.id() + "'");
                }
                if (rule == InsufficientDataRule.FAIL) {
                    throw data.toException(line.id());
                }
                if (excluded.isEmpty()) {
                    excluded = new ArrayList<>();
                }
                excluded.add(new ExcludedIndicator(line, data));
                continue;
            }
            if (fact.signum() < 0 && !negativeAllowed[i]) {
                throw negativeFact(line.indicator(), fact);
            }
            CurveFormula formula = formulas[i];
            KpiIndex index;
            if (formula == null) {
                index = score(line, fact, precision);
            } else {
                BigDecimal value = formula.index(line.id(), line.thresholds(), fact, precision);
                index = new KpiIndex(line, fact, value, weights[i].multiply(value));
            }
            BigDecimal contribution = index.contribution();
            if (sum == null) {
                int scale = Math.max(sumScale, contribution.scale());
                long next = Scaled.plus(Scaled.rescale(sumUnscaled, sumScale, scale, RoundingMode.UNNECESSARY),
                        Scaled.rescale(Scaled.unscaled(contribution), contribution.scale(), scale, RoundingMode.UNNECESSARY));
                if (next == Scaled.OVER) {
                    sum = BigDecimal.valueOf(sumUnscaled, sumScale).add(contribution);
                } else {
                    sumUnscaled = next;
                    sumScale = scale;
                }
            } else {
                sum = sum.add(contribution);
            }
            indices[scored++] = index;
        }
        if (excluded.isEmpty()) {
            return new Evaluation(this, ImmutableArrayList.of(indices, scored), rating(sum, sumUnscaled, sumScale, precision),
                    precision, warnings);
        }
        if (sum == null) {
            sum = BigDecimal.valueOf(sumUnscaled, sumScale);
        }
        // the weight that remains is summed only when an indicator was left out
        BigDecimal remainingWeight = BigDecimal.ZERO;
        for (int k = 0; k < scored; k++) {
            remainingWeight = remainingWeight.add(indices[k].weight().value());
        }
        return renormalised(ImmutableArrayList.of(indices, scored), excluded, sum, remainingWeight, precision);
    }

    /** The rating: the sum rounded like an index, on longs when the sum is (null {@code sum}) and the rounding fits. */
    private static BigDecimal rating(@Nullable BigDecimal sum, long sumUnscaled, int sumScale, Precision precision) {
        if (sum == null) {
            long rounded = Scaled.rescale(sumUnscaled, sumScale, precision.indexScale(), precision.indexRounding());
            if (rounded != Scaled.OVER) {
                return BigDecimal.valueOf(rounded, precision.indexScale());
            }
            sum = BigDecimal.valueOf(sumUnscaled, sumScale);
        }
        return precision.roundIndex(sum);
    }

    /** Refuses a fact, or insufficient data, given for an indicator the scorecard does not have. */
    private void requireKnown(Facts facts) {
        for (String id : facts.ids()) {
            if (!positions.containsKey(id)) {
                throw unknown(id, "a fact was given for indicator '" + id + "', which the scorecard does not have");
            }
        }
        for (String id : facts.insufficientData().keySet()) {
            if (!positions.containsKey(id)) {
                throw unknown(id, "insufficient data was given for indicator '" + id
                        + "', which the scorecard does not have");
            }
        }
    }

    private Evaluation renormalised(List<KpiIndex> indices, List<ExcludedIndicator> excluded, BigDecimal sum,
            BigDecimal remainingWeight, Precision precision) {
        if (remainingWeight.signum() == 0) {
            String ids = excluded.stream().map(ExcludedIndicator::id).collect(Collectors.joining("', '"));
            throw new KpiInputException(Reason.INSUFFICIENT_DATA, null, ids,
                    "no rating can be computed: indicators '" + ids + "' were excluded for insufficient data and "
                            + (indices.isEmpty() ? "no indicator remains" : "the remaining weights total 0"));
        }
        List<Warning> all = new ArrayList<>(warnings);
        for (ExcludedIndicator exclusion : excluded) {
            all.add(new Warning(Warning.Code.INDICATOR_EXCLUDED, exclusion.id(), "indicator '" + exclusion.id()
                    + "' was left out of the rating for insufficient data (" + exclusion.data().describe()
                    + "); the remaining weights total " + Decimals.text(remainingWeight) + " and were re-normalised"));
        }
        return new Evaluation(this, indices, precision.divideIndex(sum, remainingWeight), precision, all, excluded);
    }

    /**
     * Scores one line: the rounded index and its exact contribution to the rating.
     *
     * @param line the line, not null
     * @param fact the fact, not null
     * @param precision the rounding rule, not null
     * @return the index, not null
     * @throws KpiInputException if the fact cannot be scored; with {@link Reason#CUSTOM_CODE_FAILED}
     *     (the cause attached) if a {@link CustomCurve} throws anything but a {@link KpiInputException}
     */
    static KpiIndex score(ScorecardLine line, BigDecimal fact, Precision precision) {
        BigDecimal index;
        if (line.curve() instanceof CustomCurve custom) {
            try {
                index = custom.index(line.indicator(), line.thresholds(), fact, precision);
            } catch (KpiInputException e) {
                throw e;
            } catch (RuntimeException e) {
                String text = Decimals.quote(Decimals.text(fact));
                throw new KpiInputException(Reason.CUSTOM_CODE_FAILED, line.id(), "curve", text,
                        custom.describe() + " of indicator '" + line.id() + "' failed for fact "
                                + text + ": " + e, e);
            }
        } else {
            index = line.curve().index(line.indicator(), line.thresholds(), fact, precision);
        }
        return new KpiIndex(line, fact, index, line.weight().value().multiply(index));
    }

    /**
     * Refuses a fact its indicator's unit does not accept: a count or a duration is never negative
     * (see {@link org.kpiengine.indicator.Unit}).
     */
    private static KpiInputException negativeFact(Indicator indicator, BigDecimal fact) {
        String text = Decimals.text(fact);
        return new KpiInputException(Reason.OUT_OF_RANGE, indicator.id(), "fact", text,
                "fact " + text + " of indicator '" + indicator.id() + "' must not be negative: a "
                        + indicator.unit().name().toLowerCase(java.util.Locale.ROOT) + " is never below 0");
    }

    private static KpiInputException emptyScorecard() {
        return new KpiInputException(Reason.EMPTY_SCORECARD, null, "0", "a scorecard needs at least one indicator, but has 0");
    }

    private static KpiInputException duplicate(String id) {
        return new KpiInputException(Reason.DUPLICATE_INDICATOR, id, id,
                "indicator '" + id + "' appears twice on the scorecard");
    }

    private static KpiInputException unknown(String id, String message) {
        return new KpiInputException(Reason.UNKNOWN_INDICATOR, id, id, message);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Scorecard other && forManager == other.forManager && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode() * 31 + Boolean.hashCode(forManager);
    }

    @Override
    public String toString() {
        return "Scorecard" + lines.stream().map(l -> l.id() + " " + l.weight()).collect(Collectors.toList());
    }

    /**
     * Builds a scorecard line by line; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<ScorecardLine> lines = new ArrayList<>();
        private int total = 1;
        private boolean forManager;

        private Builder() {
        }

        /**
         * Adds a line.
         *
         * @param line the line, not null
         * @return this builder, not null
         */
        public Builder add(ScorecardLine line) {
            lines.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        /**
         * Adds a line from its parts.
         *
         * @param indicator the indicator, not null
         * @param weight the weight as a decimal with a dot, such as {@code "0.4"}, not null
         * @param thresholds the thresholds, not null
         * @param curve the curve, not null
         * @return this builder, not null
         * @throws KpiInputException naming the indicator if the weight is not a number or is
         *     negative, or the thresholds are invalid
         */
        public Builder add(Indicator indicator, String weight, Thresholds thresholds, ScoringCurve curve) {
            Objects.requireNonNull(indicator, "indicator");
            return add(indicator, Decimals.parse(indicator.id(), "weight", weight), thresholds, curve);
        }

        /**
         * Adds a line from its parts.
         *
         * @param indicator the indicator, not null
         * @param weight the weight, not null
         * @param thresholds the thresholds, not null
         * @param curve the curve, not null
         * @return this builder, not null
         * @throws KpiInputException naming the indicator if the weight is negative or the thresholds are invalid
         */
        public Builder add(Indicator indicator, BigDecimal weight, Thresholds thresholds, ScoringCurve curve) {
            Objects.requireNonNull(indicator, "indicator");
            BigDecimal exact = Decimals.normalise(indicator.id(), "weight", weight);
            if (exact.signum() < 0) {
                String text = Decimals.text(exact);
                throw new KpiInputException(Reason.NEGATIVE_WEIGHT, indicator.id(), "weight", text,
                        "weight " + text + " of indicator '" + indicator.id() + "' must not be negative");
            }
            return add(new ScorecardLine(indicator, Weight.of(exact), thresholds, curve));
        }

        /**
         * Declares that the weights are written to total 10 or 100 rather than 1; they are then
         * normalised exactly.
         *
         * @param declaredTotal 1, 10 or 100
         * @return this builder, not null
         */
        public Builder weightsTotalling(int declaredTotal) {
            this.total = declaredTotal;
            return this;
        }

        /**
         * Marks the scorecard as a manager's: up to 7 indicators before a warning, rather than 5.
         *
         * @return this builder, not null
         */
        public Builder forManager() {
            this.forManager = true;
            return this;
        }

        /**
         * Builds the scorecard.
         *
         * @return the scorecard, not null
         * @throws KpiInputException if the scorecard is empty, an id repeats, or the weights do not
         *     total the declared total
         */
        public Scorecard build() {
            return new Scorecard(normalise(total, lines), forManager);
        }
    }
}
