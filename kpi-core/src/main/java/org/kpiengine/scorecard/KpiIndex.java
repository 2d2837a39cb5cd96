package org.kpiengine.scorecard;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.internal.Decimals;

/**
 * The KPI index of one indicator for one period, with everything that produced it: the line
 * (indicator, weight, thresholds, curve), the fact, the rounded index and its contribution to
 * the rating (weight × index, exact).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param line the scorecard line, not null
 * @param fact the fact, not null
 * @param index the index in percent, rounded to the calculation's precision, not null
 * @param contribution weight × index, exact (not rounded), not null
 * @since 0.1.0
 */
public record KpiIndex(ScorecardLine line, BigDecimal fact, BigDecimal index, BigDecimal contribution) {

    /**
     * Obtains a KPI index.
     *
     * @param line the scorecard line, not null
     * @param fact the fact, not null
     * @param index the index in percent, rounded to the calculation's precision, not null
     * @param contribution weight × index, exact (not rounded), not null
     * @throws NullPointerException if an argument is null
     */
    public KpiIndex {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(contribution, "contribution");
    }

    /**
     * Returns the indicator.
     *
     * @return the indicator, not null
     */
    public Indicator indicator() {
        return line.indicator();
    }

    /**
     * Returns the indicator's id.
     *
     * @return the id, not null
     */
    public String id() {
        return line.id();
    }

    /**
     * Returns the weight.
     *
     * @return the weight, not null
     */
    public Weight weight() {
        return line.weight();
    }

    /**
     * Returns the thresholds.
     *
     * @return the thresholds, not null
     */
    public Thresholds thresholds() {
        return line.thresholds();
    }

    /**
     * Returns the curve.
     *
     * @return the curve, not null
     */
    public ScoringCurve curve() {
        return line.curve();
    }

    /**
     * Returns whether the plan was met: the rounded index is at least 100.
     *
     * @return true if the index is 100 or more
     */
    public boolean isMet() {
        return index.compareTo(Decimals.HUNDRED) >= 0;
    }

    /**
     * Returns whether the plan was exceeded: the rounded index is above 100.
     *
     * @return true if the index is more than 100
     */
    public boolean isExceeded() {
        return index.compareTo(Decimals.HUNDRED) > 0;
    }

    @Override
    public String toString() {
        return id() + ": fact " + Decimals.text(fact) + ", index " + index.toPlainString() + ", weight " + weight()
                + ", contribution " + Decimals.text(contribution);
    }
}
