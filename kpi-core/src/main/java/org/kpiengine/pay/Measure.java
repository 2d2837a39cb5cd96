package org.kpiengine.pay;

import java.math.BigDecimal;
import org.kpiengine.KpiInputException;

/**
 * What a scheme, a tier table, a gate or a deduction is measured on: the rating, an indicator's
 * index, fact or plan attainment, or a named pay input.
 *
 * <p>Every value that comes from the scorecard is the rounded value described in docs/reference/scoring.md, Rounding (the index
 * and rating as the evaluation rounded them; attainment rounded like an index), so comparisons
 * with tier edges and gates use exactly the figures an employee sees.
 *
 * <pre>{@code
 * Measure rating = Measure.rating();
 * Measure calls = Measure.index("calls");
 * Measure sales = Measure.fact("revenue");
 * Measure quality = Measure.attainment("quality");
 * Measure idle = Measure.input("idle-hours");
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Measure permits RatingMeasure, IndexMeasure, FactMeasure, AttainmentMeasure, InputMeasure {

    /**
     * Returns this measure's value in a pay calculation.
     *
     * @param context the calculation, not null
     * @return the value, not null
     * @throws KpiInputException if the indicator or input is unknown, or an attainment cannot be
     *     computed or is unbounded best ({@code UNSCORABLE_FACT}: never an amount, see {@link #read})
     */
    BigDecimal value(PayContext context);

    /**
     * Reads this measure in a pay calculation for a comparison or a table look-up: the value as a
     * {@link Reading}, which for an attainment can also be unbounded best (a lower-is-better
     * indicator at fact 0). Comparisons and tables use this; amounts use {@link #value}.
     *
     * @param context the calculation, not null
     * @return the reading, not null
     * @throws KpiInputException if the indicator or input is unknown, or an attainment cannot be computed
     * @since 0.1.0
     */
    default Reading read(PayContext context) {
        return Reading.of(value(context));
    }

    /**
     * Describes the measure in a few words, for explanations: {@code "attainment of 'quality' %"}.
     *
     * @return the description, not null
     */
    String describe();

    /**
     * Obtains the rating (Σ weight × index, rounded) as a measure.
     *
     * @return the measure, not null
     */
    static Measure rating() {
        return RatingMeasure.INSTANCE;
    }

    /**
     * Obtains an indicator's rounded KPI index as a measure.
     *
     * @param indicatorId the indicator id, not null
     * @return the measure, not null
     */
    static Measure index(String indicatorId) {
        return new IndexMeasure(indicatorId);
    }

    /**
     * Obtains an indicator's fact as a measure.
     *
     * @param indicatorId the indicator id, not null
     * @return the measure, not null
     */
    static Measure fact(String indicatorId) {
        return new FactMeasure(indicatorId);
    }

    /**
     * Obtains an indicator's plan attainment in percent as a measure: fact / plan × 100 when
     * higher is better, plan / fact × 100 when lower is better, rounded like an index; a
     * lower-is-better fact of 0 or less reads as unbounded best ({@link Reading}).
     *
     * @param indicatorId the indicator id, not null
     * @return the measure, not null
     */
    static Measure attainment(String indicatorId) {
        return new AttainmentMeasure(indicatorId);
    }

    /**
     * Obtains a named pay input (such as {@code "idle-hours"} or {@code "turnover"}) as a measure.
     *
     * @param name the input's name, not null
     * @return the measure, not null
     */
    static Measure input(String name) {
        return new InputMeasure(name);
    }
}
