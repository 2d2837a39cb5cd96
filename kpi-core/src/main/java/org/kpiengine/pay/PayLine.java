package org.kpiengine.pay;

import java.util.List;
import java.util.Objects;
import org.kpiengine.money.Money;

/**
 * One line of a payout: the salary, one scheme's payout or one modifier's change, with the
 * running total pay before and after it. {@code after = before + amount}, exactly.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the salary's, scheme's or modifier's name, not null
 * @param kind what the line is, not null
 * @param amount the amount (rounded once), signed for a modifier, not null
 * @param before the total pay before this line, not null
 * @param after the total pay after this line, not null
 * @param conditions the checks of the conditions this step decided on (a gate's, a fixed scheme's),
 *     each part of a compound condition with the value it saw and whether it held; empty if none, not null
 * @param reckoning how the amount was computed, as typed values (the salary, the tier reached, the gate's
 *     check...), from which statements are rendered in any language, not null
 * @since 0.1.0
 */
public record PayLine(String name, Kind kind, Money amount, Money before, Money after,
        List<ConditionCheck> conditions, Reckoning reckoning) {

    /**
     * What a pay line is.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** The fixed salary, always the first line. */
        SALARY,
        /** A bonus scheme's payout. */
        SCHEME,
        /** A gate's change to the variable part. */
        GATE,
        /** A cap or floor's change to the variable part. */
        VARIABLE_LIMITS,
        /** A deduction (negative or zero). */
        DEDUCTION,
        /** A cap or floor's change to the total. */
        TOTAL_LIMITS
    }

    /**
     * Obtains a line, checking that {@code after = before + amount}.
     *
     * @param name the salary's, scheme's or modifier's name, not null
     * @param kind what the line is, not null
     * @param amount the amount (rounded once), signed for a modifier, not null
     * @param before the total pay before this line, not null
     * @param after the total pay after this line, not null
     * @param conditions the checks of the conditions this step decided on, not null
     * @param reckoning how the amount was computed, as typed values, not null
     * @throws IllegalStateException if the amounts do not add up (a broken invariant, not bad input)
     * @throws org.kpiengine.money.CurrencyMismatchException if the currencies differ
     */
    public PayLine {
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(reckoning, "reckoning");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!addsUp(before, amount, after)) {
            throw new IllegalStateException("pay line '" + name + "' must add up: " + before + " + " + amount + " is not " + after);
        }
    }

    /**
     * Whether before + amount is after. Every amount of a currency is at that currency's scale, so a
     * zero on either side of the sum (a gate that held, a limit not reached, the salary's start)
     * leaves the other as it is and needs no sum to be made.
     */
    private static boolean addsUp(Money before, Money amount, Money after) {
        if (amount.isZero() && amount.currency().equals(before.currency())) {
            return before.equals(after);
        }
        if (before.isZero() && before.currency().equals(amount.currency())) {
            return amount.equals(after);
        }
        MoneySums.Answer answer = MoneySums.isSum(before, amount, after);
        return answer == MoneySums.Answer.UNDECIDED ? before.plus(amount).equals(after) : answer == MoneySums.Answer.ADDS_UP;
    }

    /**
     * Obtains a line whose reckoning is a text ({@link StatedReckoning}), without condition checks,
     * checking that {@code after = before + amount}: a line made by an integrator's own code.
     *
     * @param name the salary's, scheme's or modifier's name, not null
     * @param kind what the line is, not null
     * @param detail how the amount was computed, with the values used, not null
     * @param amount the amount (rounded once), signed for a modifier, not null
     * @param before the total pay before this line, not null
     * @param after the total pay after this line, not null
     * @throws IllegalStateException if the amounts do not add up (a broken invariant, not bad input)
     * @throws org.kpiengine.money.CurrencyMismatchException if the currencies differ
     */
    public PayLine(String name, Kind kind, String detail, Money amount, Money before, Money after) {
        this(name, kind, detail, amount, before, after, List.of());
    }

    /**
     * Obtains a line whose reckoning is its detail text ({@link StatedReckoning}), checking that
     * {@code after = before + amount}.
     *
     * @param name the salary's, scheme's or modifier's name, not null
     * @param kind what the line is, not null
     * @param detail how the amount was computed, with the values used, not null
     * @param amount the amount (rounded once), signed for a modifier, not null
     * @param before the total pay before this line, not null
     * @param after the total pay after this line, not null
     * @param conditions the checks of the conditions this step decided on, not null
     * @throws IllegalStateException if the amounts do not add up
     * @throws org.kpiengine.money.CurrencyMismatchException if the currencies differ
     */
    public PayLine(String name, Kind kind, String detail, Money amount, Money before, Money after,
            List<ConditionCheck> conditions) {
        this(name, kind, amount, before, after, conditions, new StatedReckoning(Objects.requireNonNull(detail, "detail")));
    }

    /**
     * Returns how the amount was computed, as one line of English text with the values used, such as
     * {@code "fact of 'revenue' 130000 in tier [100000, ∞) → 4 % of fact of 'revenue' 130000 = 5200.00"}.
     *
     * <p>The text is written from the {@link #reckoning()} each time it is asked for (nothing is written
     * while pay is calculated), and every number in it is one of the reckoning's values; a
     * {@link StatedReckoning} is returned as it is. The wording of each kind is described in
     * docs/reference/explanations.md, "As text"; statements in the employee's language are written
     * from the same values ({@code org.kpiengine.statement.Statement}).
     *
     * @return the text, not null
     */
    public String detail() {
        return LineText.of(reckoning, amount, kind);
    }

    @Override
    public String toString() {
        return kind + " " + name + ": " + amount + " (" + detail() + ")";
    }
}
