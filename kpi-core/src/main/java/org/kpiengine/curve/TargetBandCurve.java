package org.kpiengine.curve;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.internal.Decimals;

/**
 * The target-band curve ("stabilisation"): for a figure that should stay near its plan, neither
 * above nor below it (on-time delivery, stock level, discount share). With the deviation
 * {@code d = |fact − plan|}, a tolerance {@code t ≥ 0} and a critical deviation {@code c > t}:
 * <ul>
 *   <li>{@code d ≤ t}: index 100;</li>
 *   <li>{@code t < d < c}: index {@code 100 × (c − d) / (c − t)}, falling linearly;</li>
 *   <li>{@code d ≥ c}: index 0.</li>
 * </ul>
 * The index is rounded once, like every index ({@link Precision}: HALF_UP to 4 decimal places by
 * default). Example: plan 95, tolerance 2, critical deviation 7: fact 96 → 100.0000; fact 91 →
 * 100 × 3 / 5 = 60.0000; fact 88 → 0.0000.
 *
 * <p>The band may be asymmetric: a fact below the plan is measured against
 * {@link #toleranceBelow()} and {@link #criticalBelow()}, a fact above it against
 * {@link #toleranceAbove()} and {@link #criticalAbove()}; a fact exactly on plan scores 100.
 *
 * <p><b>Direction.</b> The indicator's direction plays no part in the formula: a band around the
 * plan has no better side. The curve accepts an indicator of either direction, and "below" and
 * "above" always mean a fact below or above the plan, in the fact's own terms, whatever the
 * direction. Only the plan of the {@link Thresholds} is used; a base or target, if given, must still
 * be in the order the direction requires ({@link Thresholds#validateFor}) but does not change the index.
 *
 * <p>Spreadsheet, with {@code d = ABS(fact-plan)} and {@code t}, {@code c} the bounds of the fact's
 * side ({@code IF(fact<plan; ...)} when they differ):
 * {@code =ROUND(IF(d<=t; 100; IF(d>=c; 0; 100*(c-d)/(c-t))); 4)}.
 * See docs/reference/plan-shapes.md, Target band.
 *
 * <pre>{@code
 * TargetBandCurve onTime = TargetBandCurve.of("2", "7");                 // plan ± 2 full, ± 7 nothing
 * TargetBandCurve stock = TargetBandCurve.of("2", "7").withBelow("0", "3"); // short stock hurts sooner
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param toleranceBelow how far below the plan a fact still scores 100, not negative
 * @param criticalBelow how far below the plan a fact scores 0, above {@code toleranceBelow}
 * @param toleranceAbove how far above the plan a fact still scores 100, not negative
 * @param criticalAbove how far above the plan a fact scores 0, above {@code toleranceAbove}
 * @since 0.1.0
 */
public record TargetBandCurve(BigDecimal toleranceBelow, BigDecimal criticalBelow, BigDecimal toleranceAbove,
        BigDecimal criticalAbove) implements ScoringCurve {

    /**
     * Obtains a target-band curve, validating each side.
     *
     * @param toleranceBelow how far below the plan a fact still scores 100, not negative, not null
     * @param criticalBelow how far below the plan a fact scores 0, above {@code toleranceBelow}, not null
     * @param toleranceAbove how far above the plan a fact still scores 100, not negative, not null
     * @param criticalAbove how far above the plan a fact scores 0, above {@code toleranceAbove}, not null
     * @throws KpiInputException ({@link Reason#INVALID_CURVE}) naming the field and the value if a
     *     tolerance is negative or a critical deviation is not above its tolerance
     */
    public TargetBandCurve {
        toleranceBelow = Decimals.normalise("toleranceBelow", Objects.requireNonNull(toleranceBelow, "toleranceBelow"));
        criticalBelow = Decimals.normalise("criticalBelow", Objects.requireNonNull(criticalBelow, "criticalBelow"));
        toleranceAbove = Decimals.normalise("toleranceAbove", Objects.requireNonNull(toleranceAbove, "toleranceAbove"));
        criticalAbove = Decimals.normalise("criticalAbove", Objects.requireNonNull(criticalAbove, "criticalAbove"));
        boolean symmetric = toleranceBelow.equals(toleranceAbove) && criticalBelow.equals(criticalAbove);
        requireSide(toleranceBelow, criticalBelow, symmetric ? "" : "Below", symmetric ? "" : " below the plan");
        requireSide(toleranceAbove, criticalAbove, symmetric ? "" : "Above", symmetric ? "" : " above the plan");
    }

    private static void requireSide(BigDecimal tolerance, BigDecimal critical, String suffix, String side) {
        if (tolerance.signum() < 0) {
            throw new KpiInputException(Reason.INVALID_CURVE, null, "tolerance" + suffix, Decimals.text(tolerance),
                    "tolerance" + side + " " + Decimals.text(tolerance) + " of a target band must not be negative");
        }
        if (critical.compareTo(tolerance) <= 0) {
            throw new KpiInputException(Reason.INVALID_CURVE, null, suffix.isEmpty() ? "criticalDeviation" : "critical" + suffix,
                    Decimals.text(critical), "critical deviation" + side + " " + Decimals.text(critical)
                            + " of a target band must be above its tolerance " + Decimals.text(tolerance)
                            + " (the index falls from 100 at the tolerance to 0 at the critical deviation)");
        }
    }

    /**
     * Obtains a symmetric target band: the same tolerance and critical deviation on both sides of the plan.
     *
     * @param tolerance how far from the plan a fact still scores 100, such as {@code "2"}, not negative, not null
     * @param criticalDeviation how far from the plan a fact scores 0, such as {@code "7"}, above the tolerance, not null
     * @return the curve, not null
     * @throws KpiInputException if a text is not a number, the tolerance is negative or the critical
     *     deviation is not above the tolerance
     */
    public static TargetBandCurve of(String tolerance, String criticalDeviation) {
        return of(Decimals.parse("tolerance", tolerance), Decimals.parse("criticalDeviation", criticalDeviation));
    }

    /**
     * Obtains a symmetric target band: the same tolerance and critical deviation on both sides of the plan.
     *
     * @param tolerance how far from the plan a fact still scores 100, not negative, not null
     * @param criticalDeviation how far from the plan a fact scores 0, above the tolerance, not null
     * @return the curve, not null
     * @throws KpiInputException if the tolerance is negative or the critical deviation is not above it
     */
    public static TargetBandCurve of(BigDecimal tolerance, BigDecimal criticalDeviation) {
        return new TargetBandCurve(tolerance, criticalDeviation, tolerance, criticalDeviation);
    }

    /**
     * Returns a copy with other bounds below the plan; this instance is immutable and unaffected.
     *
     * @param tolerance how far below the plan a fact still scores 100, not negative, not null
     * @param criticalDeviation how far below the plan a fact scores 0, above the tolerance, not null
     * @return the new curve, not null
     * @throws KpiInputException if a text is not a number or the bounds break a rule of the constructor
     */
    public TargetBandCurve withBelow(String tolerance, String criticalDeviation) {
        return new TargetBandCurve(Decimals.parse("toleranceBelow", tolerance),
                Decimals.parse("criticalBelow", criticalDeviation), toleranceAbove, criticalAbove);
    }

    /**
     * Returns a copy with other bounds above the plan; this instance is immutable and unaffected.
     *
     * @param tolerance how far above the plan a fact still scores 100, not negative, not null
     * @param criticalDeviation how far above the plan a fact scores 0, above the tolerance, not null
     * @return the new curve, not null
     * @throws KpiInputException if a text is not a number or the bounds break a rule of the constructor
     */
    public TargetBandCurve withAbove(String tolerance, String criticalDeviation) {
        return new TargetBandCurve(toleranceBelow, criticalBelow, Decimals.parse("toleranceAbove", tolerance),
                Decimals.parse("criticalAbove", criticalDeviation));
    }

    /**
     * Returns whether both sides of the plan have the same bounds.
     *
     * @return true if the band is symmetric
     */
    public boolean isSymmetric() {
        return toleranceBelow.equals(toleranceAbove) && criticalBelow.equals(criticalAbove);
    }

    /**
     * {@inheritDoc} A target band takes any plan (0 and negative ones too) and either direction;
     * nothing beyond the thresholds' order is checked.
     */
    @Override
    public void validate(Indicator indicator, Thresholds thresholds) {
        // The band is measured from the plan in the fact's own units: every plan will do.
    }

    @Override
    public BigDecimal index(Indicator indicator, Thresholds thresholds, BigDecimal fact, Precision precision) {
        Curves.check(this, indicator, thresholds);
        return Curves.formula(this, indicator).index(indicator.id(), thresholds, fact, precision);
    }

    /** {@inheritDoc} For a target band this is always 100, rounded like an index. */
    @Override
    public BigDecimal maxIndex(Indicator indicator, Thresholds thresholds, Precision precision) {
        return precision.roundIndex(Decimals.HUNDRED);
    }

    @Override
    public String describe() {
        if (isSymmetric()) {
            return "target band: 100 within ±" + Decimals.text(toleranceAbove) + " of plan, 0 from ±"
                    + Decimals.text(criticalAbove);
        }
        return "target band: below plan 100 within " + Decimals.text(toleranceBelow) + ", 0 from "
                + Decimals.text(criticalBelow) + "; above plan 100 within " + Decimals.text(toleranceAbove) + ", 0 from "
                + Decimals.text(criticalAbove);
    }
}
