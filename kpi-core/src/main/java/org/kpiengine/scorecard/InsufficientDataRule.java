package org.kpiengine.scorecard;

import org.kpiengine.KpiInputException;

/**
 * What a scorecard evaluation does with an indicator whose fact is "insufficient data"
 * ({@link org.kpiengine.derived.InsufficientData}: an average check from too few sales, a
 * conversion from too few contacts), put into the facts with
 * {@link Facts.Builder#putInsufficient} or {@link Facts.Builder#put(String, org.kpiengine.derived.DerivedValue)}.
 *
 * <p>{@link #FAIL} is the default of {@link Scorecard#evaluate(Facts)}.
 *
 * @since 0.1.0
 */
public enum InsufficientDataRule {
    /**
     * The evaluation fails with a {@link KpiInputException} of reason {@code INSUFFICIENT_DATA}
     * naming the first such indicator (in scorecard order), its sample size and the minimum.
     */
    FAIL,
    /**
     * The indicator is left out: it gets no index, {@link Evaluation#excluded()} lists it, a
     * warning {@code INDICATOR_EXCLUDED} says why, and the rating re-normalises the remaining
     * weights: {@code ROUND(Σ wᵢ × indexᵢ / Σ wᵢ; 4)} over the remaining indicators, the sums
     * exact and one division rounded with the precision. With nothing excluded this is the usual
     * rating. If every indicator is excluded (or the remaining weights total 0), the evaluation
     * fails with reason {@code INSUFFICIENT_DATA}.
     */
    EXCLUDE_AND_RENORMALISE
}
