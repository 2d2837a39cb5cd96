package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.internal.Nulls;
import org.kpiengine.internal.WeightTotal;
import org.kpiengine.money.Money;

/**
 * The weighted coefficient of turnover: {@code turnover × share / 100 × Σ weightᵢ × coefficientᵢ},
 * each coefficient looked up in its own step table (docs/reference/pay.md, Coefficient). Computed exactly,
 * rounded once.
 *
 * <p>The weights of the terms total exactly 1, the same rule as a scorecard's weights: weights
 * written as percentages (total 100) or tenths (total 10) are accepted only through
 * {@link #ofWeightsTotalling}, which says so and normalises them; any other total is an error
 * ({@code WEIGHTS_TOTAL}), never silently rescaled. The turnover must be money: a named pay input,
 * or the fact of an indicator whose unit is {@code MONEY} (checked when the plan is evaluated).
 *
 * <p>Spreadsheet: {@code = ROUND(turnover * share / 100 * SUMPRODUCT(weights; coefficients); 2)}.
 *
 * <pre>{@code
 * Bands steps = Bands.from("0").upTo("80", "0").upTo("100", "0.8").upTo("120", "1").andAbove("1.2");
 * CoefficientScheme scheme = CoefficientScheme.of("turnover share", Measure.fact("revenue"), "3",
 *         List.of(WeightedCoefficient.of(Measure.attainment("revenue"), "0.6", steps),
 *                 WeightedCoefficient.of(Measure.attainment("margin"), "0.4", steps)));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, not blank, not null
 * @param turnover the turnover the share is taken of, not null
 * @param sharePercent the share of turnover in percent, not negative, not null
 * @param coefficients the weighted terms, at least one, weights totalling exactly 1, not null
 * @since 0.1.0
 */
public record CoefficientScheme(
        String name, Measure turnover, BigDecimal sharePercent, List<WeightedCoefficient> coefficients)
        implements Scheme {

    /**
     * Obtains the scheme.
     *
     * @param name the name, not blank, not null
     * @param turnover the turnover the share is taken of, not null
     * @param sharePercent the share of turnover in percent, not negative, not null
     * @param coefficients the weighted terms, at least one, weights totalling exactly 1, not null
     * @throws KpiInputException if the name is blank, the share is negative, there is no term, or
     *     ({@code WEIGHTS_TOTAL}) the weights do not total 1
     */
    public CoefficientScheme {
        StepName step = new StepName(name);
        Objects.requireNonNull(turnover, "turnover");
        sharePercent = step.nonNegative("share", sharePercent);
        coefficients = Nulls.copyOf(coefficients, "coefficients");
        if (coefficients.isEmpty()) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "coefficients", null,
                    "'" + name + "' needs at least one weighted coefficient");
        }
        WeightTotal.require(sum(coefficients), 1, false, "of '" + name + "'", describeWeights(coefficients));
    }

    /**
     * Obtains the scheme from weights written to total 1, 10 or 100 (percentages), normalising
     * them exactly to total 1 (60 becomes 0.6 with a total of 100), the same rule as
     * {@link org.kpiengine.scorecard.Scorecard#ofWeightsTotalling}.
     *
     * @param declaredTotal the declared total of the weights: 1, 10 or 100
     * @param name the name, not blank, not null
     * @param turnover the turnover, not null
     * @param sharePercent the share in percent, as a decimal with a dot, not null
     * @param coefficients the weighted terms, weights totalling {@code declaredTotal}, not null
     * @return the scheme, with weights totalling 1, not null
     * @throws KpiInputException ({@code WEIGHTS_TOTAL}) if the declared total is not 1, 10 or 100 or
     *     the weights do not total it, or if another rule of the constructor is broken
     */
    public static CoefficientScheme ofWeightsTotalling(int declaredTotal, String name, Measure turnover,
            String sharePercent, List<WeightedCoefficient> coefficients) {
        if (Objects.requireNonNull(coefficients, "coefficients").isEmpty()) {
            return of(name, turnover, sharePercent, coefficients); // refused as having no term
        }
        WeightTotal.require(sum(coefficients), declaredTotal, true, "of '" + name + "'", describeWeights(coefficients));
        List<WeightedCoefficient> normalised = new ArrayList<>(coefficients.size());
        for (WeightedCoefficient term : coefficients) {
            normalised.add(new WeightedCoefficient(term.measure(), WeightTotal.normalise(term.weight(), declaredTotal),
                    term.steps()));
        }
        return of(name, turnover, sharePercent, normalised);
    }

    private static BigDecimal sum(List<WeightedCoefficient> coefficients) {
        BigDecimal sum = BigDecimal.ZERO;
        for (WeightedCoefficient term : coefficients) {
            sum = sum.add(Objects.requireNonNull(term, "coefficient").weight());
        }
        return sum;
    }

    private static String describeWeights(List<WeightedCoefficient> coefficients) {
        return coefficients.stream().map(t -> t.measure().describe() + " " + Decimals.text(t.weight()))
                .collect(Collectors.joining(", "));
    }

    /**
     * Obtains the scheme.
     *
     * @param name the name, not blank, not null
     * @param turnover the turnover, not null
     * @param sharePercent the share in percent, as a decimal with a dot, not null
     * @param coefficients the weighted terms, not null
     * @return the scheme, not null
     * @throws KpiInputException if a rule of the constructor is broken
     */
    public static CoefficientScheme of(
            String name, Measure turnover, String sharePercent, List<WeightedCoefficient> coefficients) {
        return new CoefficientScheme(name, turnover, Decimals.parse("share", sharePercent), coefficients);
    }

    /**
     * {@inheritDoc}
     *
     * @throws KpiInputException also if the turnover is negative ({@code OUT_OF_RANGE}) or is not
     *     money ({@code INVALID_SCHEME}: a fact of an indicator whose unit is not {@code MONEY}, or an
     *     index, attainment or rating)
     */
    @Override
    public Accrual accrue(PayContext context) {
        BigDecimal base = context.turnover(turnover, name);
        BigDecimal sum = BigDecimal.ZERO;
        List<CoefficientReckoning.Term> typed = new ArrayList<>(coefficients.size());
        for (WeightedCoefficient term : coefficients) {
            BigDecimal coefficient = term.coefficient(context);
            typed.add(new CoefficientReckoning.Term(term.weight(), coefficient));
            sum = sum.add(term.weight().multiply(coefficient));
        }
        Money amount = context.round(base.multiply(sharePercent).multiply(sum).movePointLeft(2));
        return new Accrual(amount, new CoefficientReckoning(turnover, base, sharePercent, typed));
    }

    /**
     * Returns the measures this scheme reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return coefficientMeasures();
    }

    /**
     * Returns the money amounts this scheme states, in order.
     *
     * @return the amounts, not null
     */
    @Override
    public List<Money> amounts() {
        return List.of();
    }

    private List<Measure> coefficientMeasures() {
        List<Measure> out = new java.util.ArrayList<>();
        out.add(turnover);
        coefficients.forEach(c -> out.add(c.measure()));
        return List.copyOf(out);
    }
}
