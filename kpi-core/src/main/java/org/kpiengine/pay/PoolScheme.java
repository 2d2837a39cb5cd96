package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.KpiIndex;

/**
 * The pool split by met indicators: {@code pool × Σ weightᵢ} over the scorecard indicators whose
 * rounded index reached 100 ({@link Rule#REACHED}, the default) or exceeded it
 * ({@link Rule#EXCEEDED}). Computed exactly, rounded once.
 *
 * <p>When the evaluation left indicators out for insufficient data
 * ({@link org.kpiengine.scorecard.InsufficientDataRule#EXCLUDE_AND_RENORMALISE}), the weights of the
 * remaining indicators are re-normalised as the rating's are: {@code pool × Σ met weightᵢ / Σ remaining
 * weightᵢ}, one division rounded once, so meeting every remaining plan earns the whole pool.
 *
 * <p>Spreadsheet: {@code = ROUND(pool * SUMPRODUCT(weights; --(indices >= 100)); 2)}.
 *
 * <pre>{@code
 * PoolScheme pool = PoolScheme.of("quarter pool", Money.of("EUR", "2000"));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, not blank, not null
 * @param pool the pool split between the met indicators, not negative, not null
 * @param rule when an indicator counts as met, not null
 * @since 0.1.0
 */
public record PoolScheme(String name, Money pool, Rule rule) implements Scheme {

    /**
     * When an indicator's share of the pool is paid.
     *
     * @since 0.1.0
     */
    public enum Rule {
        /** The rounded index is at least 100. */
        REACHED,
        /** The rounded index is above 100. */
        EXCEEDED
    }

    /**
     * Obtains the scheme.
     *
     * @param name the name, not blank, not null
     * @param pool the pool split between the met indicators, not negative, not null
     * @param rule when an indicator counts as met, not null
     * @throws KpiInputException if the name is blank or the pool negative
     */
    public PoolScheme {
        StepName step = new StepName(name);
        step.nonNegative("pool", pool);
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * Obtains a pool paid for indicators that reached their plan (index ≥ 100).
     *
     * @param name the name, not blank, not null
     * @param pool the pool, not negative, not null
     * @return the scheme, not null
     * @throws KpiInputException if the name is blank or the pool negative
     */
    public static PoolScheme of(String name, Money pool) {
        return new PoolScheme(name, pool, Rule.REACHED);
    }

    @Override
    public Accrual accrue(PayContext context) {
        context.requireCurrency(name, pool);
        BigDecimal share = BigDecimal.ZERO;
        List<String> metIds = new ArrayList<>();
        for (KpiIndex index : context.evaluation().indices()) {
            if (rule == Rule.REACHED ? index.isMet() : index.isExceeded()) {
                metIds.add(index.id());
                share = share.add(index.weight().value());
            }
        }
        if (context.evaluation().excluded().isEmpty()) {
            Money amount = context.round(pool.amount().multiply(share));
            return new Accrual(amount, new PoolReckoning(pool, rule, metIds, share, null));
        }
        // Indicators left out for insufficient data: the remaining weights are re-normalised, as in the rating.
        BigDecimal remaining = BigDecimal.ZERO;
        for (KpiIndex index : context.evaluation().indices()) {
            remaining = remaining.add(index.weight().value());
        }
        Money amount = context.round(pool.amount().multiply(share), remaining);
        return new Accrual(amount, new PoolReckoning(pool, rule, metIds, share, remaining));
    }

    /**
     * Returns the measures this scheme reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return List.of();
    }

    /**
     * Returns the money amounts this scheme states, in order.
     *
     * @return the amounts, not null
     */
    @Override
    public List<Money> amounts() {
        return List.of(pool);
    }
}
