package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;

/**
 * The extension point for an integrator's own scheme.
 *
 * <p>Implement {@link #exactAmount} (the exact, unrounded payout in the salary's currency); the
 * library rounds it once to the minor unit with the calculation's money rounding, exactly as it
 * does for its own schemes, and rejects a null or negative amount. Override {@link #name()} to
 * label the scheme in explanations.
 *
 * <pre>{@code
 * CustomScheme perCall = context -> context.evaluation().index("calls").fact()
 *         .multiply(new BigDecimal("0.35"));
 * }</pre>
 *
 * <p>The name shown in explanations and result columns is {@link #name()}: a named class is
 * "custom" and its simple name, a lambda is "custom scheme"; override {@code name()} to choose it
 * (two unnamed lambdas in one pay plan clash and the plan is rejected).
 *
 * <p>Implementations must be immutable and thread-safe: a team batch calls them from several threads.
 *
 * <p>An exception thrown by the implementation, other than a {@link KpiInputException} (which
 * passes through unchanged), is reported as a {@link KpiInputException} with
 * {@link Reason#CUSTOM_CODE_FAILED}, naming the scheme (its {@link #name()} as the field) and carrying the exception as its cause; in
 * a team batch it fails only that employee's row.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public non-sealed interface CustomScheme extends Scheme {

    /**
     * Computes the exact (unrounded) payout.
     *
     * @param context the calculation, not null
     * @return the amount in the salary's currency, not negative
     */
    @Nullable BigDecimal exactAmount(PayContext context);

    @Override
    default String name() {
        Class<?> type = getClass();
        // A lambda has a hidden class whose name changes from run to run; keep explanations stable.
        return type.isHidden() || type.isAnonymousClass() ? "custom scheme" : "custom " + type.getSimpleName();
    }

    /**
     * {@inheritDoc}
     *
     * @throws KpiInputException also if the implementation returns null or a negative amount
     */
    @Override
    default Accrual accrue(PayContext context) {
        BigDecimal exact = exactAmount(context);
        if (exact == null || exact.signum() < 0) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, name(), exact == null ? null : Decimals.quoteText(exact),
                    "custom scheme '" + name() + "' must pay an amount of 0 or more, not "
                            + (exact == null ? "nothing" : Decimals.quoteText(exact)));
        }
        Money amount = context.round(exact);
        return new Accrual(amount, new CustomReckoning(exact));
    }

    /**
     * Returns the measures this scheme reads; none unless the integrator lists them, so that
     * {@link PayPlan#inputs()} can name the pay inputs the scheme needs.
     *
     * @return the unmodifiable list, empty by default, not null
     */
    @Override
    default List<Measure> measures() {
        return List.of();
    }

    /**
     * Returns the money amounts this scheme states; none unless the integrator lists them.
     *
     * @return the unmodifiable list, empty by default, not null
     */
    @Override
    default List<Money> amounts() {
        return List.of();
    }
}
