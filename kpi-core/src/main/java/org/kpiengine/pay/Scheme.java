package org.kpiengine.pay;

import java.util.List;
import org.kpiengine.KpiInputException;
import org.kpiengine.Warning;
import org.kpiengine.money.CurrencyMismatchException;
import org.kpiengine.money.Money;

/**
 * A bonus scheme: one way of turning a scorecard evaluation (and the pay inputs) into one money
 * component of the variable part (docs/reference/pay.md, Schemes).
 *
 * <p>The library's schemes are {@link FixedScheme} (a set amount on a condition),
 * {@link LinearScheme} (planned bonus × index or rating), {@link TieredScheme} (a band table,
 * retroactive or marginal), {@link CoefficientScheme} (share of turnover × Σ weight ×
 * coefficient), {@link PoolScheme} (a pool split by the weights of the met indicators) and
 * {@link PerUnitScheme} (an amount per unit above plan). An integrator's own scheme implements
 * {@link CustomScheme}, the one extension point.
 *
 * <p>Rounding (docs/reference/pay.md, Rounding): each scheme's payout is computed exactly and rounded once, to the
 * currency's minor unit with {@link org.kpiengine.Precision#moneyRounding()} (HALF_UP by default):
 * {@code = ROUND(...; 2)} in a spreadsheet. Payouts are never negative.
 *
 * <p>Implementations are immutable and thread-safe; one scheme may serve many threads at once.
 *
 * @since 0.1.0
 */
public sealed interface Scheme
        permits FixedScheme, LinearScheme, TieredScheme, CoefficientScheme, PoolScheme, PerUnitScheme, CustomScheme {

    /**
     * Returns the scheme's name, shown in explanations, such as {@code "sales tiers"}.
     *
     * @return the name, not blank, not null
     */
    String name();

    /**
     * Computes this scheme's payout for one period, rounded once to the minor unit.
     *
     * @param context the calculation, not null
     * @return the payout (not negative) and how it was computed, not null
     * @throws KpiInputException if a measure cannot be read (unknown indicator, missing input)
     * @throws CurrencyMismatchException if the scheme's amounts are not in the salary's currency
     */
    Accrual accrue(PayContext context);

    /**
     * Returns the advisory warnings about this scheme's own parameters, found without any
     * employee's figures (a tier paying more than 100 % of salary, say). A {@link PayPlan} lists
     * them in {@link PayPlan#warnings()} and in every {@link Payout#warnings()}; they never change
     * a number.
     *
     * @return the unmodifiable list, empty by default, not null
     * @since 0.1.0
     */
    default List<Warning> warnings() {
        return List.of();
    }

    /**
     * Returns the measures this scheme reads, in order: the rating, indices, facts, attainments
     * and named pay inputs it needs (see {@link PayPlan#inputs()}). An integrator's
     * {@link CustomScheme} lists none unless it says otherwise.
     *
     * @return the unmodifiable list, not null
     * @since 0.1.0
     */
    List<Measure> measures();

    /**
     * Returns the money amounts this scheme states (a fixed amount, a planned bonus and cap, a
     * pool, an amount per unit), in order; they must be in the salary's currency.
     *
     * @return the unmodifiable list, not null
     * @since 0.1.0
     */
    List<Money> amounts();
}
