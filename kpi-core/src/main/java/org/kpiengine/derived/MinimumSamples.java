package org.kpiengine.derived;

import org.kpiengine.KpiInputException;

/**
 * The smallest samples that give a derived figure (docs/reference/derived.md, Minimum samples): an average
 * check needs at least {@link #sales()} sales, a conversion at least {@link #contacts()} contacts
 * (calls, meetings, visitors… whatever the conversion counts from). Below that the result is
 * {@link InsufficientData}, not a number. The defaults are 100 sales and 500 contacts.
 *
 * <p>The check comes before the division: with the defaults a conversion from 0 contacts is
 * insufficient data (0 of 500); with a minimum of 0 it is a division by zero, an error.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param sales the minimum number of sales for an average check, not negative
 * @param contacts the minimum number of contacts for a conversion, not negative
 * @since 0.1.0
 */
public record MinimumSamples(long sales, long contacts) {

    /** The decided minimums: 100 sales for an average check, 500 contacts for a conversion. */
    public static final MinimumSamples DEFAULT = new MinimumSamples(100, 500);

    /** No minimum: every non-empty sample gives a number. */
    public static final MinimumSamples NONE = new MinimumSamples(0, 0);

    /**
     * Obtains minimums, validating them.
     *
     * @param sales the minimum number of sales for an average check, not negative
     * @param contacts the minimum number of contacts for a conversion, not negative
     * @throws KpiInputException if a minimum is negative
     */
    public MinimumSamples {
        Samples.requireNonNegative("minimum sales", sales);
        Samples.requireNonNegative("minimum contacts", contacts);
    }

    /**
     * Returns a copy with another minimum for an average check; this instance is immutable and unaffected.
     *
     * @param minimumSales the minimum number of sales, not negative
     * @return the new minimums, not null
     * @throws KpiInputException if the minimum is negative
     */
    public MinimumSamples withSales(long minimumSales) {
        return new MinimumSamples(minimumSales, contacts);
    }

    /**
     * Returns a copy with another minimum for a conversion; this instance is immutable and unaffected.
     *
     * @param minimumContacts the minimum number of contacts, not negative
     * @return the new minimums, not null
     * @throws KpiInputException if the minimum is negative
     */
    public MinimumSamples withContacts(long minimumContacts) {
        return new MinimumSamples(sales, minimumContacts);
    }
}
