package org.kpiengine.derived;

import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;

/**
 * The conversion of contacts into deals (docs/reference/derived.md, Conversion): {@code deals / contacts × 100},
 * a percentage rounded once like a KPI index, {@code ROUND(deals × 100 / contacts; 4)}
 * {@code HALF_UP} by default: 54 of 1 000 → {@code 5.4000}, 20 of 130 → {@code 15.3846}.
 *
 * <p>From fewer contacts than {@link MinimumSamples#contacts()} (500 by default) the result is
 * {@link InsufficientData}, not a number; so 20 of 130 gives a number only with a lower minimum.
 * Per channel, see {@link ChannelConversions}; between funnel stages, see {@link Funnel}.
 *
 * <pre>{@code
 * Conversion.of(54, 1000);                                         // 5.4000
 * Conversion.of(20, 130);                                          // insufficient data: 130 of 500
 * Conversion.of(20, 130, MinimumSamples.NONE, Precision.DEFAULT);  // 15.3846
 * }</pre>
 *
 * <p>This class has no instances; its results are immutable.
 *
 * @since 0.1.0
 */
public final class Conversion {

    private Conversion() {
    }

    /**
     * Returns the conversion with the default minimums and precision.
     *
     * @param deals the deals, not negative, at most the contacts
     * @param contacts the contacts, not negative
     * @return the percentage, or insufficient data below 500 contacts, not null
     * @throws KpiInputException naming the field if a count is negative or the deals exceed the contacts
     */
    public static DerivedValue of(long deals, long contacts) {
        return of(deals, contacts, MinimumSamples.DEFAULT, Precision.DEFAULT);
    }

    /**
     * Returns the conversion, {@code ROUND(deals × 100 / contacts; indexScale)}.
     *
     * @param deals the deals, not negative, at most the contacts
     * @param contacts the contacts, not negative
     * @param minimums the minimum samples, not null
     * @param precision the rounding rule, not null
     * @return the percentage, or insufficient data below {@code minimums.contacts()}, not null
     * @throws KpiInputException naming the field if a count is negative or the deals exceed the
     *     contacts, or if there are no contacts and the minimum is 0
     */
    public static DerivedValue of(long deals, long contacts, MinimumSamples minimums, Precision precision) {
        return of("conversion", "contacts", "deals", deals, "contacts", contacts, minimums, precision);
    }

    /**
     * The one implementation, with the names of the figure, of what the sample counts, and of the
     * fields, for the messages.
     */
    static DerivedValue of(String what, String sampleUnit, String partField, long part, String wholeField, long whole,
            MinimumSamples minimums, Precision precision) {
        Samples.requireNonNegative(partField, part);
        Samples.requireNonNegative(wholeField, whole);
        Samples.requireAtMost(partField, part, wholeField, whole);
        Objects.requireNonNull(minimums, "minimums");
        Objects.requireNonNull(precision, "precision");
        if (whole < minimums.contacts()) {
            return new InsufficientData(what, sampleUnit, whole, minimums.contacts());
        }
        if (whole == 0) {
            throw Samples.divisionByZero(what, wholeField);
        }
        return new Measured(Samples.percent(part, whole, precision));
    }
}
