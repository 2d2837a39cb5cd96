package org.kpiengine.pay;

import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.CurrencyMismatchException;
import org.kpiengine.money.Money;

/** The floor-and-cap arithmetic shared by {@link VariableLimits} and {@link TotalLimits}. */
final class Limits {

    private Limits() {
    }

    static void validate(String name, @Nullable Money floor, @Nullable Money cap) {
        StepName step = new StepName(name);
        if (floor == null && cap == null) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "cap", null, "'" + name + "' needs a floor, a cap or both");
        }
        if (floor != null) {
            step.nonNegative("floor", floor);
        }
        if (cap != null) {
            step.nonNegative("cap", cap);
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

    static Accrual apply(PayContext context, String name, Money value, @Nullable Money floor, @Nullable Money cap) {
        if (floor != null) {
            context.requireCurrency(name, floor);
            if (value.isLessThan(floor)) {
                return new Accrual(floor.minus(value), new LimitReckoning(value, floor, cap, LimitReckoning.Outcome.RAISED_TO_FLOOR));
            }
        }
        if (cap != null) {
            context.requireCurrency(name, cap);
            if (value.isGreaterThan(cap)) {
                return new Accrual(cap.minus(value), new LimitReckoning(value, floor, cap, LimitReckoning.Outcome.CUT_TO_CAP));
            }
        }
        return new Accrual(Money.zero(context.currency()), new LimitReckoning(value, floor, cap, LimitReckoning.Outcome.WITHIN));
    }
}
