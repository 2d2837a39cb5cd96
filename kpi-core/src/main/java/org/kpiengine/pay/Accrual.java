package org.kpiengine.pay;

import java.util.List;
import java.util.Objects;
import org.kpiengine.Warning;
import org.kpiengine.internal.Nulls;
import org.kpiengine.money.Money;

/**
 * One step's money result: the amount a scheme pays, or the change a modifier makes, already
 * rounded once to the minor unit, with how it was computed as typed values (for explanations and
 * statements) and any advisory warnings the step raised.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param amount the amount (a scheme's payout) or the signed change (a modifier's), not null
 * @param warnings the advisory warnings of this step, not null
 * @param conditions the checks of the conditions the step decided on (a gate's, a fixed scheme's),
 *     empty if none, not null
 * @param reckoning how the amount was computed, as typed values (a {@link StatedReckoning} of the detail
 *     when the step gave none), not null
 * @since 0.1.0
 */
public record Accrual(Money amount, List<Warning> warnings, List<ConditionCheck> conditions, Reckoning reckoning) {

    /**
     * Obtains an accrual, copying the warnings and the condition checks.
     *
     * @param amount the amount (a scheme's payout) or the signed change (a modifier's), not null
     * @param warnings the advisory warnings of this step, not null
     * @param conditions the checks of the conditions the step decided on, not null
     * @param reckoning how the amount was computed, as typed values, not null
     * @throws NullPointerException if an argument is null
     */
    public Accrual {
        Objects.requireNonNull(amount, "amount");
        warnings = Nulls.copyOf(warnings, "warnings");
        conditions = Nulls.copyOf(conditions, "conditions");
        Objects.requireNonNull(reckoning, "reckoning");
    }

    /**
     * Obtains an accrual whose reckoning is its detail text ({@link StatedReckoning}), copying the
     * warnings and the condition checks.
     *
     * @param amount the amount (a scheme's payout) or the signed change (a modifier's), not null
     * @param detail how the amount was computed, with the values used, not null
     * @param warnings the advisory warnings of this step, not null
     * @param conditions the checks of the conditions the step decided on, not null
     * @throws NullPointerException if an argument is null
     */
    public Accrual(Money amount, String detail, List<Warning> warnings, List<ConditionCheck> conditions) {
        this(amount, warnings, conditions, new StatedReckoning(Objects.requireNonNull(detail, "detail")));
    }

    /**
     * Obtains an accrual with typed values and without warnings or condition checks.
     *
     * @param amount the amount or change, not null
     * @param reckoning how it was computed, as typed values, not null
     */
    Accrual(Money amount, Reckoning reckoning) {
        this(amount, List.of(), List.of(), reckoning);
    }

    /**
     * Obtains an accrual with typed values, decided by one condition, without warnings.
     *
     * @param amount the amount or change, not null
     * @param condition the check of the condition the step decided on, not null
     * @param reckoning how it was computed, as typed values, not null
     */
    Accrual(Money amount, ConditionCheck condition, Reckoning reckoning) {
        this(amount, List.of(), List.of(condition), reckoning);
    }

    /**
     * Returns how the amount was computed, as one line of English text written from the
     * {@link #reckoning()} when asked (see {@link PayLine#detail()}). An accrual does not know whether
     * it limits the variable part or the total: a limit's text here speaks of the "amount" limited.
     *
     * @return the text, not null
     */
    public String detail() {
        return LineText.of(reckoning, amount, null);
    }

    /**
     * Returns a copy of this accrual with more warnings; this instance is immutable and unaffected.
     *
     * @param more the warnings to add, not null
     * @return the new accrual, not null
     */
    Accrual withWarnings(List<Warning> more) {
        List<Warning> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new Accrual(amount, all, conditions, reckoning);
    }

    /**
     * Obtains an accrual without condition checks, copying the warnings.
     *
     * @param amount the amount (a scheme's payout) or the signed change (a modifier's), not null
     * @param detail how the amount was computed, with the values used, such as {@code "fact of 'revenue' 130000 in tier [100000, ∞) → 4 % of fact of 'revenue' 130000 = 5200.00"}, not null
     * @param warnings the advisory warnings of this step, not null
     * @throws NullPointerException if an argument is null
     */
    public Accrual(Money amount, String detail, List<Warning> warnings) {
        this(amount, detail, warnings, List.of());
    }

    /**
     * Obtains an accrual without warnings.
     *
     * @param amount the amount or change, not null
     * @param detail how it was computed, not null
     */
    public Accrual(Money amount, String detail) {
        this(amount, detail, List.of(), List.of());
    }

    /**
     * Obtains an accrual decided by one condition, without warnings.
     *
     * @param amount the amount or change, not null
     * @param detail how it was computed, not null
     * @param condition the check of the condition the step decided on, not null
     */
    public Accrual(Money amount, String detail, ConditionCheck condition) {
        this(amount, detail, List.of(), List.of(Objects.requireNonNull(condition, "condition")));
    }
}
