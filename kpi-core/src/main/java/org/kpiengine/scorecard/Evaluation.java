package org.kpiengine.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.Warning;
import org.kpiengine.internal.Nulls;

/**
 * The result of evaluating a scorecard against the facts of a period: the KPI index of every
 * indicator, in the scorecard's order, and the rating.
 *
 * <p>The rating is Σ weight × (rounded index), computed exactly, then rounded with the
 * precision ({@code ROUND(SUMPRODUCT(weights; indices); 4)} by default).
 *
 * <p>Under {@link InsufficientDataRule#EXCLUDE_AND_RENORMALISE}, indicators whose fact was
 * insufficient data are left out of {@link #indices()} and listed in {@link #excluded()}, each with
 * an {@code INDICATOR_EXCLUDED} warning, and the rating is
 * {@code ROUND(Σ wᵢ × indexᵢ / Σ wᵢ; 4)} over the remaining indicators (exact sums, one rounded
 * division). The contributions of the remaining indices keep their scorecard weights.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param scorecard the scorecard evaluated, not null
 * @param indices the KPI index of every indicator, in scorecard order, not null
 * @param rating the rating in percent, rounded, not null
 * @param precision the rounding rule used, not null
 * @param warnings the advisory warnings of the scorecard and the evaluation, not null
 * @param excluded the indicators left out for insufficient data, in scorecard order, not null
 * @since 0.1.0
 */
public record Evaluation(Scorecard scorecard, List<KpiIndex> indices, BigDecimal rating, Precision precision,
        List<Warning> warnings, List<ExcludedIndicator> excluded) {

    /**
     * Obtains an evaluation, copying the lists.
     *
     * @param scorecard the scorecard evaluated, not null
     * @param indices the KPI index of every indicator, in scorecard order, not null
     * @param rating the rating in percent, rounded, not null
     * @param precision the rounding rule used, not null
     * @param warnings the advisory warnings of the scorecard and the evaluation, not null
     * @param excluded the indicators left out for insufficient data, in scorecard order, not null
     * @throws NullPointerException if an argument is null
     */
    public Evaluation {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(precision, "precision");
        indices = Nulls.copyOf(indices, "indices");
        warnings = Nulls.copyOf(warnings, "warnings");
        excluded = Nulls.copyOf(excluded, "excluded");
    }

    /**
     * Obtains an evaluation in which no indicator was excluded, copying the lists.
     *
     * @param scorecard the scorecard evaluated, not null
     * @param indices the KPI index of every indicator, in scorecard order, not null
     * @param rating the rating in percent, rounded, not null
     * @param precision the rounding rule used, not null
     * @param warnings the advisory warnings, not null
     * @throws NullPointerException if an argument is null
     */
    public Evaluation(Scorecard scorecard, List<KpiIndex> indices, BigDecimal rating, Precision precision,
            List<Warning> warnings) {
        this(scorecard, indices, rating, precision, warnings, List.of());
    }

    /**
     * Returns the ids of the indicators left out for insufficient data, in scorecard order.
     *
     * @return the unmodifiable list, not null, empty when none was excluded
     */
    public List<String> excludedIds() {
        return excluded.stream().map(ExcludedIndicator::id).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the KPI index of one indicator.
     *
     * @param indicatorId the indicator id, not null
     * @return the index, not null
     * @throws KpiInputException if the scorecard has no such indicator, or (reason
     *     {@code INSUFFICIENT_DATA}) if the indicator was excluded for insufficient data
     */
    public KpiIndex index(String indicatorId) {
        for (int i = 0, n = indices.size(); i < n; i++) { // by position: no iterator per look-up
            KpiIndex index = indices.get(i);
            if (index.id().equals(indicatorId)) {
                return index;
            }
        }
        for (ExcludedIndicator exclusion : excluded) {
            if (exclusion.id().equals(indicatorId)) {
                throw exclusion.data().toException(indicatorId);
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
        return "rating " + rating.toPlainString() + " " + indices + (excluded.isEmpty() ? "" : " " + excluded);
    }
}
