package org.kpiengine.curve;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.internal.Decimals;

/**
 * The thresholds of one indicator for one employee and period: base (the floor), plan (the norm,
 * 100 %) and target (the stretch level, where the curve stops growing).
 *
 * <p>Plan is required; base and target are optional. The order depends on the indicator's
 * direction (base &lt; plan &lt; target when higher is better, mirrored when lower is better), so
 * it is checked by {@link #validateFor(Indicator)}, which every scorecard line calls.
 * Values are stored with trailing zeros stripped, so {@code equals} agrees with {@code compareTo}.
 *
 * <pre>{@code
 * Thresholds revenue = Thresholds.of("300000", "500000", "650000");
 * Thresholds calls = Thresholds.plan("500");
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param base the floor, null if absent
 * @param plan the plan, not null
 * @param target the stretch level, null if absent
 * @since 0.1.0
 */
public record Thresholds(@Nullable BigDecimal base, BigDecimal plan, @Nullable BigDecimal target) {

    /**
     * Obtains thresholds, normalising their scale.
     *
     * @param base the floor, null if absent
     * @param plan the plan, not null
     * @param target the stretch level, null if absent
     * @throws NullPointerException if plan is null
     * @throws KpiInputException ({@code OUT_OF_RANGE}) if a value is not below 10^1000 in magnitude or
     *     has more than 1000 decimal places
     */
    public Thresholds {
        Objects.requireNonNull(plan, "plan");
        plan = Decimals.normalise("plan", plan);
        base = base == null ? null : Decimals.normalise("base", base);
        target = target == null ? null : Decimals.normalise("target", target);
    }

    /**
     * Obtains thresholds with only a plan.
     *
     * @param plan the plan, as a decimal with a dot, not null
     * @return the thresholds, not null
     * @throws KpiInputException if the text is not a number
     */
    public static Thresholds plan(String plan) {
        return new Thresholds(null, Decimals.parse("plan", plan), null);
    }

    /**
     * Obtains thresholds with only a plan.
     *
     * @param plan the plan, not null
     * @return the thresholds, not null
     */
    public static Thresholds plan(BigDecimal plan) {
        return new Thresholds(null, plan, null);
    }

    /**
     * Obtains thresholds from text; a null or empty base or target means absent.
     *
     * @param base the base, null or empty if absent
     * @param plan the plan, not null
     * @param target the target, null or empty if absent
     * @return the thresholds, not null
     * @throws KpiInputException if a value is not a number
     */
    public static Thresholds of(@Nullable String base, String plan, @Nullable String target) {
        return new Thresholds(optional("base", base), Decimals.parse("plan", plan), optional("target", target));
    }

    private static @Nullable BigDecimal optional(String field, @Nullable String text) {
        return text == null || text.isBlank() ? null : Decimals.parse(field, text);
    }

    /**
     * Returns a copy with another plan; this instance is immutable and unaffected.
     *
     * @param newPlan the plan, not null
     * @return the new thresholds, not null
     */
    public Thresholds withPlan(BigDecimal newPlan) {
        return new Thresholds(base, newPlan, target);
    }

    /**
     * Returns a copy with another base; this instance is immutable and unaffected.
     *
     * @param newBase the base, null to remove it
     * @return the new thresholds, not null
     */
    public Thresholds withBase(@Nullable BigDecimal newBase) {
        return new Thresholds(newBase, plan, target);
    }

    /**
     * Returns a copy with another target; this instance is immutable and unaffected.
     *
     * @param newTarget the target, null to remove it
     * @return the new thresholds, not null
     */
    public Thresholds withTarget(@Nullable BigDecimal newTarget) {
        return new Thresholds(base, plan, newTarget);
    }

    /**
     * Checks the order of these thresholds for an indicator's direction: base &lt; plan &lt; target
     * when higher is better, base &gt; plan &gt; target when lower is better.
     *
     * @param indicator the indicator these thresholds belong to, not null
     * @throws KpiInputException with {@link Reason#PLAN_EQUALS_BASE} if plan equals base, or
     *     {@link Reason#THRESHOLDS_OUT_OF_ORDER} if the order is wrong
     */
    public void validateFor(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        boolean higher = indicator.isHigherBetter();
        String id = indicator.id();
        if (base != null) {
            int c = base.compareTo(plan);
            if (c == 0) {
                throw new KpiInputException(Reason.PLAN_EQUALS_BASE, id, "plan", Decimals.quoteText(plan),
                        "plan " + Decimals.quoteText(plan) + " of indicator '" + id + "' must differ from base "
                                + Decimals.quoteText(base));
            }
            if (higher ? c > 0 : c < 0) {
                throw outOfOrder(indicator, "base " + Decimals.quoteText(base) + (higher ? " > " : " < ")
                        + "plan " + Decimals.quoteText(plan), Decimals.quoteText(base));
            }
        }
        if (target != null) {
            int c = target.compareTo(plan);
            if (higher ? c <= 0 : c >= 0) {
                throw outOfOrder(indicator, "target " + Decimals.quoteText(target) + (higher ? " <= " : " >= ")
                        + "plan " + Decimals.quoteText(plan), Decimals.quoteText(target));
            }
        }
    }

    private KpiInputException outOfOrder(Indicator indicator, String detail, String value) {
        String rule = indicator.isHigherBetter()
                ? "base < plan < target (higher is better)"
                : "base > plan > target (lower is better)";
        return new KpiInputException(Reason.THRESHOLDS_OUT_OF_ORDER, indicator.id(), "thresholds", value,
                "thresholds of indicator '" + indicator.id() + "' must run " + rule + ", but " + detail);
    }

    @Override
    public String toString() {
        return "base " + (base == null ? "-" : Decimals.text(base)) + ", plan " + Decimals.text(plan)
                + ", target " + (target == null ? "-" : Decimals.text(target));
    }
}
