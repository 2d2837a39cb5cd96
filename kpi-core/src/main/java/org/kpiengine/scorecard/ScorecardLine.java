package org.kpiengine.scorecard;

import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;

/**
 * One line of a scorecard: an indicator with its weight, thresholds and scoring curve.
 *
 * <p>Validated on construction: the thresholds must be in order for the indicator's direction
 * and suit the curve (a positive plan for a ratio, a target for a two-slope curve…).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param indicator the indicator, not null
 * @param weight the weight, not null
 * @param thresholds the thresholds, not null
 * @param curve the scoring curve, not null
 * @since 0.1.0
 */
public record ScorecardLine(Indicator indicator, Weight weight, Thresholds thresholds, ScoringCurve curve) {

    /**
     * Obtains a line, validating the thresholds against the indicator and the curve.
     *
     * @param indicator the indicator, not null
     * @param weight the weight, not null
     * @param thresholds the thresholds, not null
     * @param curve the scoring curve, not null
     * @throws KpiInputException naming the indicator and the value if the thresholds are out of
     *     order or do not suit the curve
     */
    public ScorecardLine {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(curve, "curve");
        thresholds.validateFor(indicator);
        curve.validate(indicator, thresholds);
    }

    /**
     * Returns the indicator's id.
     *
     * @return the id, not null
     */
    public String id() {
        return indicator.id();
    }

    /**
     * Returns a copy of this line with other thresholds (an individual plan); this instance is
     * immutable and unaffected.
     *
     * @param newThresholds the thresholds, not null
     * @return the new line, not null
     * @throws KpiInputException if the thresholds are out of order or do not suit the curve
     */
    public ScorecardLine withThresholds(Thresholds newThresholds) {
        return new ScorecardLine(indicator, weight, newThresholds, curve);
    }

    /**
     * Returns a copy of this line with another weight; this instance is immutable and unaffected.
     *
     * @param newWeight the weight, not null
     * @return the new line, not null
     */
    public ScorecardLine withWeight(Weight newWeight) {
        return new ScorecardLine(indicator, newWeight, thresholds, curve);
    }
}
