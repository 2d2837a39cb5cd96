package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;

/**
 * An indicator's KPI index as a measure, as the evaluation rounded it. Obtain it with
 * {@link Measure#index(String)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param indicatorId the indicator id, not null
 * @since 0.1.0
 */
public record IndexMeasure(String indicatorId) implements Measure {

    /**
     * Obtains the measure.
     *
     * @param indicatorId the indicator id, not null
     * @throws NullPointerException if the id is null
     */
    public IndexMeasure {
        Objects.requireNonNull(indicatorId, "indicatorId");
    }

    /**
     * {@inheritDoc}
     *
     * @throws KpiInputException if the scorecard has no such indicator
     */
    @Override
    public BigDecimal value(PayContext context) {
        return context.evaluationFor(this, indicatorId).index(indicatorId).index();
    }

    @Override
    public String describe() {
        return "index of '" + indicatorId + "' %";
    }
}
