package org.kpiengine.period;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;

/**
 * A draw: a guaranteed advance on variable pay, per period (docs/reference/periods.md, Draws).
 *
 * <p>Non-recoverable: the variable pay is {@code max(earned, draw)}. Recoverable: the same is
 * paid, but when earned falls short of the draw the difference is added to a draw balance, and
 * when earned exceeds the draw, {@code recovery = min(balance, earned − draw, maximum per
 * period)} is taken back, so that {@code paid = earned − recovery}; recovery never takes a period
 * below its draw. The amount and the maximum are prorated by participating days.
 *
 * <pre>{@code
 * Draw draw = Draw.recoverable(Money.of("EUR", "1000"));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param amount the draw per full period, not negative, not null
 * @param recoverable whether later earnings pay the draw back
 * @param maxRecoveryPerPeriod the most recovered in one period, not negative; null for no maximum;
 *     must be null for a non-recoverable draw
 * @since 0.1.0
 */
public record Draw(Money amount, boolean recoverable, @Nullable Money maxRecoveryPerPeriod) {

    /**
     * Obtains a draw, validating it.
     *
     * @param amount the draw per full period, not negative, not null
     * @param recoverable whether later earnings pay the draw back
     * @param maxRecoveryPerPeriod the most recovered in one period, null for no maximum
     * @throws KpiInputException if an amount is negative, the maximum is given for a
     *     non-recoverable draw, or the currencies differ
     */
    public Draw {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "draw", amount.toString(),
                    "draw " + amount + " must not be negative");
        }
        if (maxRecoveryPerPeriod != null) {
            if (!recoverable) {
                throw new KpiInputException(Reason.INVALID_SCHEME, null, "maxRecoveryPerPeriod", maxRecoveryPerPeriod.toString(),
                        "a non-recoverable draw recovers nothing, so it takes no maximum recovery (" + maxRecoveryPerPeriod + ")");
            }
            if (maxRecoveryPerPeriod.isNegative() || !maxRecoveryPerPeriod.currency().equals(amount.currency())) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "maxRecoveryPerPeriod", maxRecoveryPerPeriod.toString(),
                        "maximum recovery " + maxRecoveryPerPeriod + " must not be negative and must be in the draw's currency "
                                + amount.currency().getCurrencyCode());
            }
        }
    }

    /**
     * Obtains a recoverable draw without a maximum recovery per period.
     *
     * @param amount the draw per full period, not negative, not null
     * @return the draw, not null
     * @throws KpiInputException if the amount is negative
     */
    public static Draw recoverable(Money amount) {
        return new Draw(amount, true, null);
    }

    /**
     * Obtains a non-recoverable draw.
     *
     * @param amount the draw per full period, not negative, not null
     * @return the draw, not null
     * @throws KpiInputException if the amount is negative
     */
    public static Draw nonRecoverable(Money amount) {
        return new Draw(amount, false, null);
    }

    /**
     * Returns a copy of this recoverable draw with a maximum recovery per period; this instance is
     * immutable and unaffected.
     *
     * @param maximum the most recovered in one full period, not negative, not null
     * @return the new draw, not null
     * @throws KpiInputException if this draw is not recoverable or the maximum is negative
     */
    public Draw withMaxRecoveryPerPeriod(Money maximum) {
        return new Draw(amount, recoverable, Objects.requireNonNull(maximum, "maximum"));
    }
}
