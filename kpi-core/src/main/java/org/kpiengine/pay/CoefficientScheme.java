package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.internal.Nulls;
import org.kpiengine.money.Money;

/**
 * The weighted coefficient of turnover: {@code turnover × share / 100 × Σ weightᵢ × coefficientᵢ},
 * each coefficient looked up in its own step table (DOMAIN.md section 3). Computed exactly,
 * rounded once.
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
 * @param coefficients the weighted terms, at least one, not null
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
     * @param coefficients the weighted terms, at least one, not null
     * @throws KpiInputException if the name is blank, the share is negative or there is no term
     */
    public CoefficientScheme {
        Checks.name(name);
        Objects.requireNonNull(turnover, "turnover");
        sharePercent = Checks.nonNegative(name, "share", sharePercent);
        coefficients = Nulls.copyOf(coefficients, "coefficients");
        if (coefficients.isEmpty()) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "coefficients", null,
                    "'" + name + "' needs at least one weighted coefficient");
        }
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
     * @throws KpiInputException also if the turnover is negative
     */
    @Override
    public Accrual accrue(PayContext context) {
        BigDecimal base = turnover.value(context);
        if (base.signum() < 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "turnover", Decimals.quoteText(base),
                    turnover.describe() + " " + Decimals.quoteText(base) + " of '" + name + "' must not be negative");
        }
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder terms = new StringBuilder();
        for (WeightedCoefficient term : coefficients) {
            BigDecimal coefficient = term.coefficient(context);
            sum = sum.add(term.weight().multiply(coefficient));
            terms.append(terms.length() == 0 ? "" : " + ").append(Checks.text(term.weight())).append(" × ")
                    .append(Checks.text(coefficient));
        }
        Money amount = context.round(base.multiply(sharePercent).multiply(sum).movePointLeft(2));
        return new Accrual(amount, turnover.describe() + " " + Checks.text(base) + " × " + Checks.text(sharePercent)
                + " % × (" + terms + ") = " + amount.toAmountText());
    }
}
