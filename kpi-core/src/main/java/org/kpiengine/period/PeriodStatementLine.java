package org.kpiengine.period;

import java.util.Objects;
import org.kpiengine.money.Money;

/**
 * One line of a statement: an amount with the running total pay of the period before and after
 * it, {@code after = before + amount} exactly (docs/reference/periods.md, Statement).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind what the line is, not null
 * @param name the salary's, scheme's, modifier's or rule's name, not null
 * @param detail how the amount was computed, with the values used, not null
 * @param amount the signed amount, not null
 * @param before the period's total pay before this line, not null
 * @param after the period's total pay after this line, not null
 * @param reckoning how the amount was reckoned, as typed values, from which the statement is written in
 *     the employee's language; its {@link PeriodReckoning#kind()} is {@code PAY} for a salary, scheme or
 *     modifier line and the line's kind otherwise, not null
 * @since 0.1.0
 */
public record PeriodStatementLine(Kind kind, String name, String detail, Money amount, Money before, Money after,
        PeriodReckoning reckoning) {

    /**
     * What a statement line is, in the order the lines apply.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** The fixed salary of a part of the period, prorated. */
        SALARY,
        /** A scheme of the period's pay plan. */
        SCHEME,
        /** A modifier of the period's pay plan (gate, limits, deduction). */
        MODIFIER,
        /** A cumulative scheme's true-up: earned to date minus paid to date. */
        TRUE_UP,
        /** Earnings above the period cap, carried forward (negative). */
        CARRY_FORWARD_OUT,
        /** Earnings carried forward from earlier periods, paid up to the cap. */
        CARRY_FORWARD_IN,
        /** The draw's top-up of the variable pay to the draw. */
        DRAW,
        /** Recovery of the draw balance (negative). */
        DRAW_RECOVERY,
        /** A chargeback of a refund at the rate paid in the original period (negative). */
        CHARGEBACK,
        /** Chargebacks carried from earlier periods, recovered now (negative). */
        CHARGEBACK_RECOVERY,
        /** The part of the chargebacks that the variable pay could not cover, carried forward (positive). */
        CHARGEBACK_CARRIED,
        /** The difference between closed periods as recomputed and as paid. */
        ADJUSTMENT,
        /** The carry-forward balance paid at year end or termination. */
        CARRY_FORWARD_PAID
    }

    /**
     * Obtains a line, checking that {@code after = before + amount}.
     *
     * @param kind what the line is, not null
     * @param name the name, not null
     * @param detail how the amount was computed, not null
     * @param amount the signed amount, not null
     * @param before the total before, not null
     * @param after the total after, not null
     * @param reckoning how the amount was reckoned, not null
     * @throws IllegalStateException if the amounts do not add up, or the reckoning is not of the
     *     line's kind (a broken invariant, not bad input)
     */
    public PeriodStatementLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(reckoning, "reckoning");
        String expected = switch (kind) {
            case SALARY, SCHEME, MODIFIER -> "PAY";
            default -> kind.name();
        };
        if (!expected.equals(reckoning.kind())) {
            throw new IllegalStateException("statement line '" + name + "' of kind " + kind + " must be reckoned as "
                    + expected + ", not " + reckoning.kind());
        }
        if (!before.plus(amount).equals(after)) {
            throw new IllegalStateException("statement line '" + name + "' must add up: " + before + " + " + amount + " is not " + after);
        }
    }

    @Override
    public String toString() {
        return kind + " " + name + ": " + amount + " (" + detail + ")";
    }
}
