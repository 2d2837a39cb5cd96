package org.kpiengine.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.Warning;

/**
 * The result of evaluating a scorecard against the facts of a period: the KPI index of every
 * indicator, in the scorecard's order, and the rating.
 *
 * <p>The rating is Σ weight × (rounded index), computed exactly, then rounded with the
 * precision ({@code ROUND(SUMPRODUCT(weights; indices); 4)} by default).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param scorecard the scorecard evaluated, not null
 * @param indices the KPI index of every indicator, in scorecard order, not null
 * @param rating the rating in percent, rounded, not null
 * @param precision the rounding rule used, not null
 * @param warnings the advisory warnings of the scorecard and the evaluation, not null
 */
public record Evaluation(
        Scorecard scorecard, List<KpiIndex> indices, BigDecimal rating, Precision precision, List<Warning> warnings) {

    /**
     * Obtains an evaluation, copying the lists.
     *
     * @param scorecard the scorecard evaluated, not null
     * @param indices the KPI index of every indicator, in scorecard order, not null
     * @param rating the rating in percent, rounded, not null
     * @param precision the rounding rule used, not null
     * @param warnings the advisory warnings of the scorecard and the evaluation, not null
     * @throws NullPointerException if an argument is null
     */
    public Evaluation {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(precision, "precision");
        indices = List.copyOf(indices);
        warnings = List.copyOf(warnings);
    }

    /**
     * Returns the KPI index of one indicator.
     *
     * @param indicatorId the indicator id, not null
     * @return the index, not null
     * @throws KpiInputException if the scorecard has no such indicator
     */
    public KpiIndex index(String indicatorId) {
        for (KpiIndex index : indices) {
            if (index.id().equals(indicatorId)) {
                return index;
            }
        }
        throw new KpiInputException(Reason.UNKNOWN_INDICATOR, indicatorId, indicatorId,
                "the evaluation has no indicator '" + indicatorId + "'");
    }

    /**
     * Returns whether the plan was met overall: the rounded rating is at least 100.
     *
     * @return true if the rating is 100 or more
     */
    public boolean isMet() {
        return rating.compareTo(BigDecimal.valueOf(100)) >= 0;
    }

    @Override
    public String toString() {
        return "rating " + rating.toPlainString() + " " + indices;
    }
}
