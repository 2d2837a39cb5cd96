package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.kpiengine.internal.Nulls;

/**
 * A weighted-coefficient scheme's line: turnover × share % × Σ weight × coefficient.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param turnover the turnover measure, not null
 * @param turnoverValue the turnover read, not null
 * @param sharePercent the share of turnover, in percent, not null
 * @param terms each weight with the coefficient its step curve gave, in order, not null
 * @since 0.1.0
 */
public record CoefficientReckoning(Measure turnover, BigDecimal turnoverValue, BigDecimal sharePercent, List<Term> terms)
        implements Reckoning {

    /**
     * One weight with its coefficient.
     *
     * <p>This record is immutable and thread-safe.
     *
     * @param weight the weight, not null
     * @param coefficient the coefficient, not null
     * @since 0.1.0
     */
    public record Term(BigDecimal weight, BigDecimal coefficient) {

        /**
         * Obtains a term.
         *
         * @param weight the weight, not null
         * @param coefficient the coefficient, not null
         */
        public Term {
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(coefficient, "coefficient");
        }
    }

    /**
     * Obtains the reckoning of a weighted-coefficient scheme's line, copying the terms.
     *
     * @param turnover the turnover measure, not null
     * @param turnoverValue the turnover read, not null
     * @param sharePercent the share in percent, not null
     * @param terms the terms, not null
     */
    public CoefficientReckoning {
        Objects.requireNonNull(turnover, "turnover");
        Objects.requireNonNull(turnoverValue, "turnoverValue");
        Objects.requireNonNull(sharePercent, "sharePercent");
        terms = Nulls.copyOf(terms, "terms");
    }

    @Override
    public String kind() {
        return "COEFFICIENT";
    }
}
