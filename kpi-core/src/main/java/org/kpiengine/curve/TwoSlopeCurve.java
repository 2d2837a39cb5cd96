package org.kpiengine.curve;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.internal.Decimals;

/**
 * The two-slope curve (accelerator): base → plan maps linearly to 0 → 100, plan → target maps
 * linearly to 100 → {@link #maxIndex()}; beyond target the maximum holds, at or below base the
 * index is 0. A target is required; without a base, base = 0 (lower-is-better needs a base).
 *
 * <p>Spreadsheet: up to plan {@code =MAX(0; ROUND((fact-base)*100/(plan-base); 4))}; beyond plan
 * {@code =MIN(ROUND(max; 4); 100 + ROUND((fact-plan)*(max-100)/(target-plan); 4))}. The same
 * formulas serve a lower-is-better indicator, whose thresholds run downwards.
 * Every index is rounded once, HALF_UP to 4 places by default ({@link Precision}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param maxIndex the index at target and beyond, at least 100, such as 150 or 200
 * @since 0.1.0
 */
public record TwoSlopeCurve(BigDecimal maxIndex) implements ScoringCurve {

    /**
     * Obtains a two-slope curve.
     *
     * @param maxIndex the index at target and beyond, at least 100, such as 150 or 200
     * @throws KpiInputException if the maximum is below 100
     */
    public TwoSlopeCurve {
        maxIndex = Decimals.normalise(null, "maxIndex", maxIndex);
        if (maxIndex.compareTo(Decimals.HUNDRED) < 0) {
            throw new KpiInputException(Reason.INVALID_CURVE, null, "maxIndex", Decimals.quoteText(maxIndex),
                    "two-slope maximum " + Decimals.quoteText(maxIndex) + " must be at least 100");
        }
    }

    /**
     * Obtains a two-slope curve reaching {@code max} at target.
     *
     * @param max the index at target, such as {@code "150"}, not null
     * @return the curve, not null
     * @throws KpiInputException if the maximum is below 100 or not a number
     */
    public static TwoSlopeCurve upTo(String max) {
        return new TwoSlopeCurve(Decimals.parse("two-slope maximum", max));
    }

    @Override
    public void validate(Indicator indicator, Thresholds thresholds) {
        Curves.baseOrZero(indicator, thresholds, "two-slope");
        if (thresholds.target() == null) {
            throw new KpiInputException(Reason.MISSING_THRESHOLD, indicator.id(), "target", null,
                    "a two-slope curve on indicator '" + indicator.id() + "' needs a target");
        }
    }

    @Override
    public BigDecimal index(Indicator indicator, Thresholds thresholds, BigDecimal fact, Precision precision) {
        Curves.check(this, indicator, thresholds);
        return Curves.formula(this, indicator).index(indicator.id(), thresholds, fact, precision);
    }

    @Override
    public BigDecimal maxIndex(Indicator indicator, Thresholds thresholds, Precision precision) {
        return precision.roundIndex(maxIndex);
    }

    @Override
    public String describe() {
        return "two-slope 0 → 100 → " + Decimals.text(maxIndex);
    }
}
