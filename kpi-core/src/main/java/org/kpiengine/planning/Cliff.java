package org.kpiengine.planning;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.money.Money;

/**
 * A cliff: one step better of one fact raises the total payout by more than a set share of the
 * salary. The worse and better facts are one step apart; both payouts were evaluated exactly.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param indicatorId the indicator, not null
 * @param worseFact the fact on the worse side of the edge, not null
 * @param betterFact the fact one step better, at the edge, not null
 * @param payoutWorse the total payout at the worse fact, not null
 * @param payoutBetter the total payout at the better fact, not null
 * @param jump {@code payoutBetter − payoutWorse}, not null
 * @param shareOfSalary the jump as a share of the salary (0.1 for 10 %), rounded HALF_UP to 4 places, not null
 * @since 0.1.0
 */
public record Cliff(String indicatorId, BigDecimal worseFact, BigDecimal betterFact, Money payoutWorse,
        Money payoutBetter, Money jump, BigDecimal shareOfSalary) {

    /**
     * Obtains a cliff.
     *
     * @param indicatorId the indicator, not null
     * @param worseFact the fact on the worse side of the edge, not null
     * @param betterFact the fact one step better, at the edge, not null
     * @param payoutWorse the total payout at the worse fact, not null
     * @param payoutBetter the total payout at the better fact, not null
     * @param jump {@code payoutBetter − payoutWorse}, not null
     * @param shareOfSalary the jump as a share of the salary (0.1 for 10 %), rounded HALF_UP to 4 places, not null
     * @throws NullPointerException if a component is null
     */
    public Cliff {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(worseFact, "worseFact");
        Objects.requireNonNull(betterFact, "betterFact");
        Objects.requireNonNull(payoutWorse, "payoutWorse");
        Objects.requireNonNull(payoutBetter, "payoutBetter");
        Objects.requireNonNull(jump, "jump");
        Objects.requireNonNull(shareOfSalary, "shareOfSalary");
    }
}
