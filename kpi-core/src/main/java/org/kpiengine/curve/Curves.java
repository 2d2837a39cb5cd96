package org.kpiengine.curve;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.internal.CurveFormula;
import org.kpiengine.internal.Decimals;

/** Arithmetic shared by the library's curves. */
final class Curves {

    private Curves() {
    }

    /**
     * Checks thresholds and curve together before scoring, so that a curve called directly with
     * thresholds that were never validated throws {@link KpiInputException} rather than dividing by
     * zero or returning a wrong number.
     */
    static void check(ScoringCurve curve, Indicator indicator, Thresholds thresholds) {
        thresholds.validateFor(indicator);
        curve.validate(indicator, thresholds);
    }

    /**
     * The formula of a built-in curve for an indicator's direction: the one definition its
     * {@code index} evaluates and the team batch's kernel compiles.
     */
    static CurveFormula formula(ScoringCurve curve, Indicator indicator) {
        boolean higher = indicator.isHigherBetter();
        int slot = (System.identityHashCode(curve) * 2 + (higher ? 1 : 0)) & (RECENT.length - 1);
        Recent recent = RECENT[slot];
        if (recent != null && recent.higher == higher && (recent.curve == curve || recent.curve.equals(curve))) {
            return recent.formula;
        }
        CurveFormula formula = CurveFormula.of(curve, higher);
        if (formula == null) {
            throw new IllegalStateException("a built-in curve without a formula: " + curve);
        }
        RECENT[slot] = new Recent(curve, higher, formula);
        return formula;
    }

    /**
     * The formulas of the curves scored most recently through their own {@code index}, by the
     * curve's identity hash and direction, so that a curve scored again and again (a loop over
     * employees, a chart of the curve) reuses its formula and the forms compiled from it instead of
     * building both on every call. A scorecard holds its lines' formulas itself and does not come
     * here. The entries are written without a lock: a lost or overwritten entry only costs a new
     * formula, and an entry's fields are final, so a thread that reads one sees it whole.
     */
    private static final @Nullable Recent[] RECENT = new Recent[16];

    /** A curve, a direction and their formula. */
    private record Recent(ScoringCurve curve, boolean higher, CurveFormula formula) {
    }

    /** Clamps a rounded index to [0, cap]; the cap is rounded like an index. */
    static BigDecimal clamp(BigDecimal rounded, @Nullable BigDecimal roundedCap, Precision precision) {
        if (rounded.signum() < 0) {
            return precision.zeroIndex();
        }
        if (roundedCap != null && rounded.compareTo(roundedCap) > 0) {
            return roundedCap;
        }
        return rounded;
    }

    /** The base, or 0 when absent and higher is better; a lower-is-better curve on base needs one. */
    static BigDecimal baseOrZero(Indicator indicator, Thresholds thresholds, String curve) {
        BigDecimal base = thresholds.base();
        if (base != null) {
            return base;
        }
        if (!indicator.isHigherBetter()) {
            throw new KpiInputException(Reason.MISSING_THRESHOLD, indicator.id(), "base", null,
                    "a " + curve + " curve on lower-is-better indicator '" + indicator.id()
                            + "' needs a base (the worst acceptable value)");
        }
        if (thresholds.plan().signum() == 0) {
            throw new KpiInputException(Reason.PLAN_EQUALS_BASE, indicator.id(), "0",
                    "plan 0 of indicator '" + indicator.id() + "' must differ from base 0 (absent base counts as 0)");
        }
        if (thresholds.plan().signum() < 0) {
            throw new KpiInputException(Reason.THRESHOLDS_OUT_OF_ORDER, indicator.id(), Decimals.quoteText(thresholds.plan()),
                    "plan " + Decimals.quoteText(thresholds.plan()) + " of indicator '" + indicator.id()
                            + "' must be above base 0 (absent base counts as 0)");
        }
        return BigDecimal.ZERO;
    }

    static void requirePositivePlan(Indicator indicator, Thresholds thresholds, String curve) {
        if (thresholds.plan().signum() <= 0) {
            throw new KpiInputException(Reason.PLAN_NOT_POSITIVE, indicator.id(), Decimals.quoteText(thresholds.plan()),
                    "plan " + Decimals.quoteText(thresholds.plan()) + " of indicator '" + indicator.id()
                            + "' must be positive for a " + curve + " curve");
        }
    }

    /**
     * Checks that an index an integrator's curve gave is within the library's range for every
     * number: magnitude below 10^{@value Decimals#MAX_EXPONENT} and at most that many decimal
     * places. Checked on the digits before the point ({@code precision − scale}) and on the scale,
     * so a value such as {@code 1E+5000} or {@code 1E-999999999} is refused before it is ever
     * written out or rounded.
     *
     * @throws KpiInputException ({@code OUT_OF_RANGE}, naming the indicator, field {@code index})
     */
    static void requireIndexInRange(Indicator indicator, BigDecimal index, String what) {
        if ((long) index.precision() - index.scale() > Decimals.MAX_EXPONENT
                || index.scale() > Decimals.MAX_EXPONENT && index.stripTrailingZeros().scale() > Decimals.MAX_EXPONENT) {
            String text = index.toString();
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            throw new KpiInputException(Reason.OUT_OF_RANGE, indicator.id(), "index", shown,
                    what + " " + shown + " for indicator '" + indicator.id() + "', which is out of range: numbers must be"
                            + " below 10^" + Decimals.MAX_EXPONENT + " in magnitude and have at most "
                            + Decimals.MAX_EXPONENT + " decimal places");
        }
    }

    static void requireCap(@Nullable BigDecimal cap, String what) {
        if (cap != null && cap.signum() <= 0) {
            throw new KpiInputException(Reason.INVALID_CURVE, null, "cap", Decimals.quoteText(cap),
                    what + " " + Decimals.quoteText(cap) + " must be positive");
        }
    }
}
