package org.kpiengine.planning;

import java.util.Objects;
import org.kpiengine.money.Money;

/**
 * The goal "a payout of at least {@code amount}": the total (salary and variable part) or the
 * variable part alone, after every modifier.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param amount the amount, in the salary's currency, not null
 * @param part which part of the payout is compared, not null
 * @since 0.1.0
 */
public record PayoutGoal(Money amount, Part part) implements Goal {

    /**
     * Which part of a payout a {@link PayoutGoal} compares.
     *
     * @since 0.1.0
     */
    public enum Part {
        /** The total: salary plus variable part. */
        TOTAL,
        /** The variable part: total minus salary. */
        VARIABLE
    }

    /**
     * Obtains the goal.
     *
     * @param amount the amount, not null
     * @param part the part compared, not null
     * @throws NullPointerException if an argument is null
     */
    public PayoutGoal {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(part, "part");
    }

    @Override
    public String describe() {
        return (part == Part.TOTAL ? "total payout" : "variable part") + " ≥ " + amount;
    }
}
