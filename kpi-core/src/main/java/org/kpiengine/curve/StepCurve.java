package org.kpiengine.curve;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.internal.Attainment;
import org.kpiengine.internal.Decimals;

/**
 * The step curve: a {@link Bands} table from attainment (or the raw fact) to an index or coefficient.
 *
 * <p>With {@link Basis#ATTAINMENT} the value looked up is the plan attainment in percent, rounded
 * like an index: fact / plan × 100 when higher is better, plan / fact × 100 when lower is better
 * (a fact of 0 or less then falls in the last band). With {@link Basis#FACT} it is the fact itself.
 * A value below the first band is worse than the whole table and scores 0, except for a
 * lower-is-better indicator looked up by {@link Basis#FACT}: there a fact below the table is better
 * than its first row, and the first band's value holds. Band values must not be negative; for the
 * index to rise as the indicator improves, write the values ascending (descending for a
 * lower-is-better fact table).
 *
 * <p>Spreadsheet: {@code attainment = ROUND(fact*100/plan; 4)} (or {@code ROUND(plan*100/fact; 4)}),
 * then {@code index = ROUND(VLOOKUP(attainment; table; 2; TRUE); 4)}, the table sorted by lower bound:
 * an attainment of 89.99995 % is 90.0000 % and falls in the band that starts at 90.
 *
 * <pre>{@code
 * StepCurve steps = StepCurve.onAttainment(
 *         Bands.from("0").upTo("50", "0").upTo("90", "50").upTo("110", "100").andAbove("120"));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param bands the table, not null
 * @param basis what the table is looked up by, not null
 * @since 0.1.0
 */
public record StepCurve(Bands bands, Basis basis) implements ScoringCurve {

    /**
     * What a step table is looked up by.
     *
     * @since 0.1.0
     */
    public enum Basis {
        /** Plan attainment in percent, direction-aware, rounded like an index. */
        ATTAINMENT,
        /** The fact itself. */
        FACT
    }

    /**
     * Obtains a step curve.
     *
     * @param bands the table, not null
     * @param basis what the table is looked up by, not null
     * @throws KpiInputException if a band value is negative
     */
    public StepCurve {
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(basis, "basis");
        for (Band band : bands.bands()) {
            if (band.value().signum() < 0) {
                throw new KpiInputException(Reason.INVALID_BANDS, null, "bands", Decimals.quoteText(band.value()),
                        "step value " + Decimals.quoteText(band.value()) + " of band " + band + " must not be negative");
            }
        }
    }

    /**
     * Obtains a step curve looked up by plan attainment in percent.
     *
     * @param bands the table, not null
     * @return the curve, not null
     */
    public static StepCurve onAttainment(Bands bands) {
        return new StepCurve(bands, Basis.ATTAINMENT);
    }

    /**
     * Obtains a step curve looked up by the fact itself.
     *
     * @param bands the table, not null
     * @return the curve, not null
     */
    public static StepCurve onFact(Bands bands) {
        return new StepCurve(bands, Basis.FACT);
    }

    @Override
    public void validate(Indicator indicator, Thresholds thresholds) {
        if (basis == Basis.ATTAINMENT) {
            Curves.requirePositivePlan(indicator, thresholds, "step (attainment)");
        }
    }

    @Override
    public BigDecimal index(Indicator indicator, Thresholds thresholds, BigDecimal fact, Precision precision) {
        Curves.check(this, indicator, thresholds);
        return Curves.formula(this, indicator).index(indicator.id(), thresholds, fact, precision);
    }

    @Override
    public BigDecimal maxIndex(Indicator indicator, Thresholds thresholds, Precision precision) {
        return precision.roundIndex(bands.maxValue());
    }

    @Override
    public String describe() {
        return "steps on " + (basis == Basis.FACT ? "fact " : "attainment % ") + bands;
    }
}
