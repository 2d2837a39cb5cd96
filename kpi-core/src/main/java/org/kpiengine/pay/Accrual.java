package org.kpiengine.pay;

import java.util.List;
import java.util.Objects;
import org.kpiengine.Warning;
import org.kpiengine.internal.Nulls;
import org.kpiengine.money.Money;

/**
 * One step's money result: the amount a scheme pays, or the change a modifier makes, already
 * rounded once to the minor unit, with a line saying how it was computed (for explanations) and
 * any advisory warnings the step raised.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param amount the amount (a scheme's payout) or the signed change (a modifier's), not null
 * @param detail how the amount was computed, with the values used, such as
 *     {@code "fact of 'revenue' 130000 in tier [100000, ∞) → 4 % of fact of 'revenue' 130000 = 5200.00"}, not null
 * @param warnings the advisory warnings of this step, not null
 */
public record Accrual(Money amount, String detail, List<Warning> warnings) {

    /**
     * Obtains an accrual, copying the warnings.
     *
     * @param amount the amount (a scheme's payout) or the signed change (a modifier's), not null
     * @param detail how the amount was computed, with the values used, such as {@code "fact of 'revenue' 130000 in tier [100000, ∞) → 4 % of fact of 'revenue' 130000 = 5200.00"}, not null
     * @param warnings the advisory warnings of this step, not null
     * @throws NullPointerException if an argument is null
     */
    public Accrual {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(detail, "detail");
        warnings = Nulls.copyOf(warnings, "warnings");
    }

    /**
     * Obtains an accrual without warnings.
     *
     * @param amount the amount or change, not null
     * @param detail how it was computed, not null
     */
    public Accrual(Money amount, String detail) {
        this(amount, detail, List.of());
    }
}
