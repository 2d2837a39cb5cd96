package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.jspecify.annotations.Nullable;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.CurrencyMismatchException;
import org.kpiengine.money.Money;

/**
 * The name of a pay step (a scheme or a modifier), as its errors quote it: not blank. The amounts,
 * rates and factors a step states must not be negative; they are checked against its name, so that
 * each error names the step and the field. A {@link WeightedCoefficient} term has no name of its
 * own and is named by its measure.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, not blank, not null
 */
record StepName(String name) {

    /**
     * Checks a name.
     *
     * @throws NullPointerException if the name is null
     * @throws KpiInputException ({@code INVALID_SCHEME}, field {@code name}) if the name is blank
     */
    StepName {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "name", name, "the name of a scheme or modifier must not be blank");
        }
    }

    /**
     * Returns an amount this step states, which must not be negative.
     *
     * @param field the field, such as {@code "cap"}, not null
     * @param value the amount, not null
     * @return the amount, not null
     * @throws NullPointerException if the amount is null
     * @throws KpiInputException ({@code INVALID_SCHEME}, naming the field) if the amount is negative
     */
    Money nonNegative(String field, Money value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, field, value.toString(),
                    field + " " + value + " of '" + name + "' must not be negative");
        }
        return value;
    }

    /**
     * Returns a rate, factor or weight this step states, normalised, which must not be negative.
     *
     * @param field the field, such as {@code "share"}, not null
     * @param given the number, not null
     * @return the number with its scale normalised, not null
     * @throws NullPointerException if the number is null, naming the field
     * @throws KpiInputException ({@code INVALID_SCHEME}, naming the field) if the number is negative,
     *     or ({@code OUT_OF_RANGE}) if it is too large
     */
    BigDecimal nonNegative(String field, BigDecimal given) {
        BigDecimal value = Decimals.normalise(null, field, given);
        if (value.signum() < 0) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, field, Decimals.quoteText(value),
                    field + " " + Decimals.quoteText(value) + " of '" + name + "' must not be negative");
        }
        return value;
    }

    /**
     * Checks the floor and cap of a limits step ({@link VariableLimits}, {@link TotalLimits}): at
     * least one of them, neither negative, in one currency, the floor not above the cap.
     *
     * @param floor the floor, null for none
     * @param cap the cap, null for none
     * @throws KpiInputException ({@code INVALID_SCHEME}) if both are null, either is negative
     *     (naming it), or the floor is above the cap (naming the floor)
     * @throws CurrencyMismatchException if they are in different currencies
     */
    void limits(@Nullable Money floor, @Nullable Money cap) {
        if (floor == null && cap == null) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "cap", null, "'" + name + "' needs a floor, a cap or both");
        }
        if (floor != null) {
            nonNegative("floor", floor);
        }
        if (cap != null) {
            nonNegative("cap", cap);
        }
        if (floor != null && cap != null) {
            if (!floor.currency().equals(cap.currency())) {
                throw new CurrencyMismatchException(floor.currency(), cap.currency(), "floor and cap of '" + name + "'");
            }
            if (floor.isGreaterThan(cap)) {
                throw new KpiInputException(Reason.INVALID_SCHEME, null, "floor", floor.toString(),
                        "floor " + floor + " of '" + name + "' must not be above its cap " + cap);
            }
        }
    }
}
