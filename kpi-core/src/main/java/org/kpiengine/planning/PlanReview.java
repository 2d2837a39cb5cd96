package org.kpiengine.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.Precision;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.StepCurve;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;
import org.kpiengine.pay.AtLeast;
import org.kpiengine.pay.AttainmentMeasure;
import org.kpiengine.pay.CoefficientScheme;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FactMeasure;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.IndexMeasure;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.OverPlan;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.PerUnitScheme;
import org.kpiengine.pay.RatingMeasure;
import org.kpiengine.pay.Scheme;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.WeightedCoefficient;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * A review of a plan (a scorecard and its pay plan) for the traps an author should see before it
 * goes live: too few or too many indicators, low weights, a small variable part, tier bands no
 * value can reach, cliffs, bands paying less than the band below, and gates or measures on an
 * indicator of weight 0. Each {@link Finding} has a severity, its place in the plan and the
 * numbers that triggered it.
 *
 * <p>On a plan alone ({@link #findings()}), the figures are those of a typical employee: the
 * typical salary given and, unless other typical facts are given, every fact at its plan; cliffs
 * are searched along each indicator over the settings' grid (0 to 200 % of plan), the other facts
 * held at their typical values. With a team's data ({@link #findings(List)}), each employee's own
 * facts and salary are used as well, and a cliff is reported for an employee whose fact lies
 * within {@link ReviewSettings#nearShare()} of the plan of its edge.
 *
 * <pre>{@code
 * PlanReview review = PlanReview.of(matrix, payPlan, PayInputs.of(Money.of("EUR", "3000")))
 *         .withSettings(ReviewSettings.DEFAULT.withCliffShare("0.05"));
 * for (Finding finding : review.findings()) {
 *     System.out.println(finding);
 * }
 * }</pre>
 *
 * <p>Cliffs are found by exact evaluation (docs/reference/planning.md, Plan review): the total
 * payout is evaluated at the grid points, and an interval between two neighbours that rises by
 * more than the threshold is halved until the edge is one step wide. A cliff between two grid
 * points is always found when the payout rises monotonically between them; on a stretch that is
 * not monotone it may be missed. Conditions
 * of types the review does not know are not inspected for unreachable levels or weight-0
 * indicators. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanReview {

    private final Scorecard scorecard;
    private final PayPlan payPlan;
    private final PayInputs typicalInputs;
    private final @Nullable Facts typicalFacts;
    private final ReviewSettings settings;
    private final Precision precision;

    private PlanReview(Scorecard scorecard, PayPlan payPlan, PayInputs typicalInputs, @Nullable Facts typicalFacts,
            ReviewSettings settings, Precision precision) {
        this.scorecard = Objects.requireNonNull(scorecard, "scorecard");
        this.payPlan = Objects.requireNonNull(payPlan, "payPlan");
        this.typicalInputs = Objects.requireNonNull(typicalInputs, "typicalInputs");
        this.typicalFacts = typicalFacts;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.precision = Objects.requireNonNull(precision, "precision");
    }

    /**
     * Obtains a review with the default settings and every typical fact at its plan.
     *
     * @param scorecard the scorecard, not null
     * @param payPlan the pay plan, not null
     * @param typicalInputs a typical employee's salary and quantities, not null
     * @return the review, not null
     */
    public static PlanReview of(Scorecard scorecard, PayPlan payPlan, PayInputs typicalInputs) {
        return new PlanReview(scorecard, payPlan, typicalInputs, null, ReviewSettings.DEFAULT, Precision.DEFAULT);
    }

    /**
     * Returns a copy with other settings; this instance is immutable and unaffected.
     *
     * @param newSettings the settings, not null
     * @return the new review, not null
     */
    public PlanReview withSettings(ReviewSettings newSettings) {
        return new PlanReview(scorecard, payPlan, typicalInputs, typicalFacts, newSettings, precision);
    }

    /**
     * Returns a copy with typical facts other than the plans; this instance is immutable and unaffected.
     *
     * @param newTypicalFacts the facts, one per indicator, not null
     * @return the new review, not null
     */
    public PlanReview withTypicalFacts(Facts newTypicalFacts) {
        return new PlanReview(scorecard, payPlan, typicalInputs, Objects.requireNonNull(newTypicalFacts, "newTypicalFacts"),
                settings, precision);
    }

    /**
     * Returns a copy that evaluates with another precision; this instance is immutable and unaffected.
     *
     * @param newPrecision the precision, not null
     * @return the new review, not null
     */
    public PlanReview withPrecision(Precision newPrecision) {
        return new PlanReview(scorecard, payPlan, typicalInputs, typicalFacts, settings, newPrecision);
    }

    /**
     * Reviews the plan alone, with the typical employee's figures.
     *
     * @return the findings, in a fixed order (scorecard, tables, pay, cliffs), not null
     * @throws org.kpiengine.KpiInputException if the plan cannot be evaluated on the typical figures
     */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        indicatorCount(out);
        lowWeights(out);
        tables(out);
        zeroWeightReferences(out);
        Facts facts = typical();
        Planner planner = planner(typicalInputs);
        variableShare(planner, facts, out);
        for (ScorecardLine line : scorecard.lines()) {
            BigDecimal plan = line.thresholds().plan();
            List<BigDecimal> points = new ArrayList<>();
            for (BigDecimal percent : settings.grid().percents()) {
                points.add(WhatIfGrid.factAt(plan, percent));
            }
            BigDecimal step = step(line, null);
            for (Cliff cliff : new CliffSearch(planner, facts, line, step, typicalInputs.salary(), settings.cliffShare())
                    .among(points)) {
                out.add(cliffFinding(cliff, null));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Reviews the plan alone ({@link #findings()}), then each employee's figures: a low variable
     * share at the employee's own facts and salary, and the cliffs of each indicator whose edge
     * lies within {@link ReviewSettings#nearShare()} × plan of the employee's fact.
     *
     * @param team the employees, not null
     * @return the findings of the plan, then those of each employee in order, not null
     * @throws org.kpiengine.KpiInputException if the plan cannot be evaluated on an employee's figures
     */
    public List<Finding> findings(List<TeamMember> team) {
        List<Finding> out = new ArrayList<>(findings());
        for (TeamMember member : team) {
            Planner planner = planner(member.inputs());
            for (ScorecardLine line : scorecard.lines()) {
                BigDecimal fact = Objects.requireNonNull(member.facts().get(line.id()),
                        () -> "employee '" + member.employeeId() + "' has no fact for '" + line.id() + "'");
                BigDecimal near = line.thresholds().plan().abs().multiply(settings.nearShare());
                BigDecimal step = step(line, fact);
                List<BigDecimal> points = List.of(fact.subtract(near), fact, fact.add(near).add(step));
                for (Cliff cliff : new CliffSearch(planner, member.facts(), line, step, member.inputs().salary(),
                        settings.cliffShare()).among(points)) {
                    out.add(cliffFinding(cliff, member.employeeId()));
                }
            }
        }
        return List.copyOf(out);
    }

    private Planner planner(PayInputs inputs) {
        return Planner.of(scorecard, payPlan, inputs).withPrecision(precision);
    }

    private Facts typical() {
        if (typicalFacts != null) {
            return typicalFacts;
        }
        Facts.Builder builder = Facts.builder();
        for (ScorecardLine line : scorecard.lines()) {
            builder.put(line.id(), line.thresholds().plan());
        }
        return builder.build();
    }

    /** The settings' step, else one unit of the last decimal place of the plan or the fact, whichever is finer. */
    private BigDecimal step(ScorecardLine line, @Nullable BigDecimal fact) {
        BigDecimal given = settings.steps().get(line.id());
        if (given != null) {
            return given;
        }
        int scale = Decimals.normalise(line.thresholds().plan()).scale();
        if (fact != null) {
            scale = Math.max(scale, Decimals.normalise(fact).scale());
        }
        return BigDecimal.ONE.movePointLeft(scale);
    }

    private void indicatorCount(List<Finding> out) {
        int count = scorecard.size();
        int max = scorecard.isForManager() ? settings.maxIndicatorsForManager() : settings.maxIndicators();
        if (count < settings.minIndicators()) {
            out.add(new Finding(Finding.Kind.TOO_FEW_INDICATORS, Finding.Severity.WARNING, "scorecard", null, null,
                    figures("indicators", BigDecimal.valueOf(count), "minimum", BigDecimal.valueOf(settings.minIndicators())),
                    null, "the scorecard has " + count + " indicators, fewer than " + settings.minIndicators()));
        } else if (count > max) {
            out.add(new Finding(Finding.Kind.TOO_MANY_INDICATORS, Finding.Severity.WARNING, "scorecard", null, null,
                    figures("indicators", BigDecimal.valueOf(count), "maximum", BigDecimal.valueOf(max)), null,
                    "the scorecard has " + count + " indicators, more than " + max
                            + (scorecard.isForManager() ? " for a manager" : "")));
        }
    }

    private void lowWeights(List<Finding> out) {
        for (ScorecardLine line : scorecard.lines()) {
            BigDecimal weight = line.weight().value();
            if (weight.signum() > 0 && weight.compareTo(settings.minWeight()) < 0) {
                out.add(new Finding(Finding.Kind.LOW_WEIGHT, Finding.Severity.WARNING, line.id(), line.id(), null,
                        figures("weight", weight, "minimum", settings.minWeight()), null,
                        "indicator '" + line.id() + "' has weight " + Decimals.text(weight) + ", below "
                                + Decimals.text(settings.minWeight())));
            }
        }
    }

    private void variableShare(Planner planner, Facts facts, List<Finding> out) {
        BigDecimal fact = facts.get(scorecard.lines().get(0).id());
        Payout payout = planner.state(facts, scorecard.lines().get(0).id(), Objects.requireNonNull(fact)).requirePayout();
        Money total = payout.total();
        if (total.amount().signum() <= 0) {
            return;
        }
        BigDecimal share = payout.variable().amount().divide(total.amount(), 4, RoundingMode.HALF_UP);
        if (share.compareTo(settings.minVariableShare()) < 0) {
            out.add(new Finding(Finding.Kind.LOW_VARIABLE_SHARE, Finding.Severity.WARNING, "pay plan", null, null,
                    figures("variable", payout.variable().amount(), "total", total.amount(), "share",
                            Decimals.normalise(share), "minimum", settings.minVariableShare()),
                    null, "at the typical facts the variable part " + payout.variable() + " is "
                            + Decimals.text(share.movePointRight(2)) + " % of the total target pay " + total
                            + ", below " + Decimals.text(settings.minVariableShare().movePointRight(2)) + " %"));
        }
    }

    /** Unreachable bands and levels, and falling bands, of every table and condition in the plan. */
    private void tables(List<Finding> out) {
        for (ScorecardLine line : scorecard.lines()) {
            if (line.curve() instanceof StepCurve step) {
                falling(step.bands(), line.id(), line.id(), "step table of indicator '" + line.id() + "'",
                        step.basis() == StepCurve.Basis.FACT && !line.indicator().isHigherBetter(), out);
            }
        }
        for (Scheme scheme : payPlan.schemes()) {
            if (scheme instanceof TieredScheme tiered) {
                unreachable(tiered.tiers(), tiered.measure(), tiered.name(), "tier", out);
                falling(tiered.tiers(), tiered.name(), null, "tier table '" + tiered.name() + "'", false, out);
            } else if (scheme instanceof CoefficientScheme coefficients) {
                for (WeightedCoefficient c : coefficients.coefficients()) {
                    unreachable(c.steps(), c.measure(), coefficients.name(), "coefficient band", out);
                    falling(c.steps(), coefficients.name(), null, "coefficient table of '" + coefficients.name()
                            + "' on " + c.measure().describe(), false, out);
                }
            } else if (scheme instanceof FixedScheme fixed) {
                unreachableLevel(fixed.condition(), fixed.name(), out);
            }
        }
        for (Modifier modifier : payPlan.modifiers()) {
            if (modifier instanceof Gate gate) {
                unreachableLevel(gate.condition(), gate.name(), out);
            }
        }
    }

    /** The highest value a measure can take, or null when it has none (unbounded, or not known). */
    private @Nullable BigDecimal maximum(Measure measure) {
        if (measure instanceof RatingMeasure) {
            BigDecimal sum = BigDecimal.ZERO;
            for (ScorecardLine line : scorecard.lines()) {
                BigDecimal max = line.curve().maxIndex(line.indicator(), line.thresholds(), precision);
                if (max == null) {
                    return null;
                }
                sum = sum.add(line.weight().value().multiply(max));
            }
            return precision.roundIndex(sum);
        }
        if (measure instanceof IndexMeasure index && scorecard.has(index.indicatorId())) {
            ScorecardLine line = scorecard.line(index.indicatorId());
            return line.curve().maxIndex(line.indicator(), line.thresholds(), precision);
        }
        return null;
    }

    private void unreachable(Bands table, Measure measure, String place, String what, List<Finding> out) {
        BigDecimal max = maximum(measure);
        if (max == null) {
            return;
        }
        for (Band band : table.bands()) {
            if (band.lowerInclusive().compareTo(max) > 0) {
                out.add(new Finding(Finding.Kind.UNREACHABLE_BAND, Finding.Severity.ERROR, place, null, null,
                        figures("lower", band.lowerInclusive(), "maximum", max, "value", band.value()), null,
                        "the " + what + " " + band + " of '" + place + "' starts at " + Decimals.text(band.lowerInclusive())
                                + ", but " + measure.describe() + " can reach at most " + Decimals.text(max)
                                + " (the curves' caps)"));
            }
        }
    }

    private void unreachableLevel(Condition condition, String place, List<Finding> out) {
        if (condition instanceof AtLeast atLeast) {
            BigDecimal max = maximum(atLeast.measure());
            if (max != null && atLeast.level().compareTo(max) > 0) {
                out.add(new Finding(Finding.Kind.UNREACHABLE_BAND, Finding.Severity.ERROR, place, null, null,
                        figures("level", atLeast.level(), "maximum", max), null,
                        "'" + place + "' needs " + atLeast.measure().describe() + " ≥ " + Decimals.text(atLeast.level())
                                + ", but it can reach at most " + Decimals.text(max) + " (the curves' caps)"));
            }
        }
    }

    private static void falling(Bands table, String place, @Nullable String indicatorId, String what, boolean mirrored,
            List<Finding> out) {
        List<Band> bands = table.bands();
        for (int i = 1; i < bands.size(); i++) {
            Band lower = mirrored ? bands.get(i) : bands.get(i - 1);
            Band upper = mirrored ? bands.get(i - 1) : bands.get(i);
            if (upper.value().compareTo(lower.value()) < 0) {
                out.add(new Finding(Finding.Kind.FALLING_BAND, Finding.Severity.WARNING, place, indicatorId, null,
                        figures("band", upper.lowerInclusive(), "value", upper.value(), "bandBelow",
                                lower.lowerInclusive(), "valueBelow", lower.value()), null,
                        "in the " + what + ", band " + upper + " pays " + Decimals.text(upper.value())
                                + ", less than the band below it, " + lower + ", which pays " + Decimals.text(lower.value())));
            }
        }
    }

    private void zeroWeightReferences(List<Finding> out) {
        for (Scheme scheme : payPlan.schemes()) {
            for (String id : readsOf(scheme)) {
                zeroWeight(id, "scheme", scheme.name(), out);
            }
        }
        for (Modifier modifier : payPlan.modifiers()) {
            List<String> ids = new ArrayList<>();
            if (modifier instanceof Gate gate) {
                reads(gate.condition(), ids);
            } else if (modifier instanceof Deduction deduction) {
                reads(deduction.units(), ids);
            }
            for (String id : ids) {
                zeroWeight(id, modifier instanceof Gate ? "gate" : "deduction", modifier.name(), out);
            }
        }
    }

    private void zeroWeight(String id, String what, String place, List<Finding> out) {
        if (scorecard.has(id) && scorecard.line(id).weight().value().signum() == 0) {
            out.add(new Finding(Finding.Kind.ZERO_WEIGHT_REFERENCE, Finding.Severity.INFO, place, id, null,
                    figures("weight", BigDecimal.ZERO), null, what + " '" + place + "' reads indicator '" + id
                            + "', which has weight 0 on the scorecard: it moves pay without moving the rating"));
        }
    }

    private static List<String> readsOf(Scheme scheme) {
        List<String> ids = new ArrayList<>();
        if (scheme instanceof FixedScheme fixed) {
            reads(fixed.condition(), ids);
        } else if (scheme instanceof LinearScheme linear) {
            reads(linear.measure(), ids);
        } else if (scheme instanceof TieredScheme tiered) {
            reads(tiered.measure(), ids);
            if (tiered.turnover() != null) {
                reads(tiered.turnover(), ids);
            }
        } else if (scheme instanceof CoefficientScheme coefficients) {
            reads(coefficients.turnover(), ids);
            for (WeightedCoefficient c : coefficients.coefficients()) {
                reads(c.measure(), ids);
            }
        } else if (scheme instanceof PerUnitScheme perUnit) {
            ids.add(perUnit.indicatorId());
        }
        return ids;
    }

    private static void reads(Condition condition, List<String> ids) {
        if (condition instanceof AtLeast atLeast) {
            reads(atLeast.measure(), ids);
        } else if (condition instanceof OverPlan over) {
            ids.add(over.indicatorId());
        }
    }

    private static void reads(Measure measure, List<String> ids) {
        if (measure instanceof IndexMeasure index) {
            ids.add(index.indicatorId());
        } else if (measure instanceof FactMeasure fact) {
            ids.add(fact.indicatorId());
        } else if (measure instanceof AttainmentMeasure attainment) {
            ids.add(attainment.indicatorId());
        }
    }

    private Finding cliffFinding(Cliff cliff, @Nullable String employeeId) {
        String who = employeeId == null ? "" : "employee '" + employeeId + "' sits next to a cliff: ";
        return new Finding(Finding.Kind.CLIFF, Finding.Severity.WARNING, cliff.indicatorId(), cliff.indicatorId(),
                employeeId, figures("worseFact", cliff.worseFact(), "betterFact", cliff.betterFact(), "payoutWorse",
                        cliff.payoutWorse().amount(), "payoutBetter", cliff.payoutBetter().amount(), "jump",
                        cliff.jump().amount(), "shareOfSalary", cliff.shareOfSalary(), "limit", settings.cliffShare()),
                cliff, who + "from " + Decimals.text(cliff.worseFact()) + " to " + Decimals.text(cliff.betterFact())
                        + " of '" + cliff.indicatorId() + "' the payout rises from " + cliff.payoutWorse() + " to "
                        + cliff.payoutBetter() + " (+" + cliff.jump() + ", " + Decimals.text(cliff.shareOfSalary()
                                .movePointRight(2)) + " % of salary, above " + Decimals.text(settings.cliffShare()
                                        .movePointRight(2)) + " %)");
    }

    private static Map<String, BigDecimal> figures(Object... pairs) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], Decimals.normalise((BigDecimal) pairs[i + 1]));
        }
        return out;
    }

    @Override
    public String toString() {
        return "PlanReview[" + scorecard + ", " + payPlan + "]";
    }
}
