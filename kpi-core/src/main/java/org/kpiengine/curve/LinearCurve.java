package org.kpiengine.curve;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.internal.Decimals;

/**
 * The classic KPI-matrix curve: index = (fact − base) / (plan − base) × 100, floored at 0 and
 * capped at the index the target gives, (target − base) / (plan − base) × 100.
 *
 * <p>The same formula serves both directions, because the signs flip with the order of the
 * thresholds. Without a base, base = 0 (a lower-is-better indicator must give a base). Without a
 * target there is no cap unless {@link #cap()} is set; with both, the lower one holds.
 *
 * <p>Spreadsheet: {@code =MIN(ROUND((target-base)*100/(plan-base); 4); MAX(0; ROUND((fact-base)*100/(plan-base); 4)))}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param cap an extra cap on the index, null for none (the target's cap still applies)
 * @since 0.1.0
 */
public record LinearCurve(@Nullable BigDecimal cap) implements ScoringCurve {

    /**
     * Obtains a linear curve.
     *
     * @param cap an extra cap on the index, null for none (the target's cap still applies)
     * @throws KpiInputException if the cap is not positive
     */
    public LinearCurve {
        Curves.requireCap(cap, "linear cap");
        cap = cap == null ? null : Decimals.normalise(null, "cap", cap);
    }

    /**
     * Obtains the base–plan linear curve, capped at target only.
     *
     * @return the curve, not null
     */
    public static LinearCurve basePlan() {
        return new LinearCurve(null);
    }

    /**
     * Obtains the base–plan linear curve with an extra cap.
     *
     * @param cap the highest index, such as {@code "200"}, not null
     * @return the curve, not null
     * @throws KpiInputException if the cap is not a positive number
     */
    public static LinearCurve cappedAt(String cap) {
        return new LinearCurve(Decimals.parse("linear cap", cap));
    }

    @Override
    public void validate(Indicator indicator, Thresholds thresholds) {
        Curves.baseOrZero(indicator, thresholds, "linear");
    }

    @Override
    public BigDecimal index(Indicator indicator, Thresholds thresholds, BigDecimal fact, Precision precision) {
        Curves.check(this, indicator, thresholds);
        return Curves.formula(this, indicator).index(indicator.id(), thresholds, fact, precision);
    }

    @Override
    public @Nullable BigDecimal maxIndex(Indicator indicator, Thresholds thresholds, Precision precision) {
        if (thresholds.target() != null) {
            Curves.baseOrZero(indicator, thresholds, "linear"); // the target's index needs a base, or base 0
        }
        return Curves.formula(this, indicator).maxIndex(thresholds, precision);
    }

    @Override
    public String describe() {
        return "linear base-plan, capped at target" + (cap == null ? "" : " and at " + Decimals.text(cap));
    }
}
