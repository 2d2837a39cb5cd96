package org.kpiengine.curve;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;

/**
 * A scoring curve: turns one indicator's fact, with its thresholds, into a KPI index (a percentage).
 *
 * <p>The library's curves (docs/reference/scoring.md, Curves) are {@link RatioCurve}, {@link LinearCurve} (the
 * classic base–plan formula, capped at target), {@link TwoSlopeCurve} (an accelerator above plan)
 * {@link StepCurve} (a band table) and {@link TargetBandCurve} (a band around the plan, for a figure
 * that should stay near it). An integrator's own curve implements {@link CustomCurve}.
 *
 * <p>Every index is at least 0, at most {@link #maxIndex} when that is not null, and rounded to
 * the calculation's {@link Precision} (HALF_UP to 4 decimal places of a percent by default): caps
 * and floors apply to the exact value, then the value is rounded once.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface ScoringCurve
        permits RatioCurve, LinearCurve, TwoSlopeCurve, StepCurve, TargetBandCurve, CustomCurve {

    /**
     * Checks what this curve needs of the thresholds beyond their order (which
     * {@link Thresholds#validateFor} checks): a positive plan for a ratio, a target for a two-slope
     * curve, and so on.
     *
     * @param indicator the indicator, not null
     * @param thresholds the thresholds, already in order, not null
     * @throws KpiInputException naming the indicator and the value if the thresholds do not suit the curve
     */
    void validate(Indicator indicator, Thresholds thresholds);

    /**
     * Computes the KPI index of a fact, floored at 0, capped at {@link #maxIndex}, rounded once to
     * the precision's index scale.
     *
     * @param indicator the indicator, not null
     * @param thresholds the thresholds, not null
     * @param fact the fact, not null
     * @param precision the rounding rule, not null
     * @return the index, with scale exactly {@code precision.indexScale()}, never negative
     * @throws KpiInputException if the thresholds are out of order or do not suit the curve (checked
     *     again here, so a direct call never divides by zero), or the fact cannot be scored
     */
    BigDecimal index(Indicator indicator, Thresholds thresholds, BigDecimal fact, Precision precision);

    /**
     * Returns the highest index this curve can give with these thresholds, rounded like an index.
     *
     * @param indicator the indicator, not null
     * @param thresholds the thresholds, not null
     * @param precision the rounding rule, not null
     * @return the cap, or null if the curve is unbounded
     */
    @Nullable BigDecimal maxIndex(Indicator indicator, Thresholds thresholds, Precision precision);

    /**
     * Describes the curve in a few words, for explanations: {@code "linear base-plan, capped at target"}.
     *
     * @return the description, not null
     */
    String describe();
}
