package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.internal.Decimals;

/**
 * One term of a {@link CoefficientScheme}: a weight and a step table from a measure (usually an
 * indicator's attainment) to a coefficient. A measure below the first step gives coefficient 0.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param measure what the steps are looked up by, not null
 * @param weight the weight of this term, not negative, not null
 * @param steps the step table from measure to coefficient, values not negative, not null
 * @since 0.1.0
 */
public record WeightedCoefficient(Measure measure, BigDecimal weight, Bands steps) {

    /**
     * Obtains a term.
     *
     * @param measure what the steps are looked up by, not null
     * @param weight the weight of this term, not negative, not null
     * @param steps the step table from measure to coefficient, values not negative, not null
     * @throws KpiInputException if the weight or a coefficient is negative
     */
    public WeightedCoefficient {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(steps, "steps");
        // a term is named by its measure
        weight = new StepName(measure.describe()).nonNegative("weight", weight);
        for (Band step : steps.bands()) {
            if (step.value().signum() < 0) {
                throw new KpiInputException(Reason.INVALID_SCHEME, null, "steps", Decimals.quoteText(step.value()),
                        "coefficient step " + step + " of " + measure.describe() + " must not be negative");
            }
        }
    }

    /**
     * Obtains a term.
     *
     * @param measure what the steps are looked up by, not null
     * @param weight the weight, as a decimal with a dot, not null
     * @param steps the step table, not null
     * @return the term, not null
     * @throws KpiInputException if the weight is not a number or a value is negative
     */
    public static WeightedCoefficient of(Measure measure, String weight, Bands steps) {
        return new WeightedCoefficient(measure, Decimals.parse("weight", weight), steps);
    }

    /**
     * Returns the coefficient for a calculation: the value of the step the measure falls in, or 0
     * below the first step; the unbounded-best attainment of a lower-is-better indicator at fact 0
     * falls in the last step.
     *
     * @param context the calculation, not null
     * @return the coefficient, not null
     * @throws KpiInputException if the measure cannot be read
     */
    public BigDecimal coefficient(PayContext context) {
        Band step = measure.read(context).find(steps);
        return step == null ? BigDecimal.ZERO : step.value();
    }
}
