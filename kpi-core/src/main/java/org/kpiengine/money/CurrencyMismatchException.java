package org.kpiengine.money;

import java.util.Currency;
import java.util.Objects;
import org.kpiengine.KpiInputException;

/**
 * Thrown when amounts of two different currencies are added, subtracted or compared, or when a
 * pay plan's amounts and the salary are in different currencies. The library never converts
 * between currencies.
 *
 * <p>The two currencies are carried as fields, so an integrator can show them. The operation or
 * amounts concerned (such as "cap of 'bonus'") are described in the message only: they are not a
 * single field name, so {@link #field()} and {@link #indicatorId()} are null.
 *
 * @since 0.1.0
 */
public final class CurrencyMismatchException extends KpiInputException {

    private static final long serialVersionUID = 1L;

    /** The currency the operation works in. */
    private final Currency expected;
    /** The other currency. */
    private final Currency actual;

    /**
     * Creates an exception.
     *
     * @param expected the currency the operation works in, not null
     * @param actual the other currency, not null
     * @param field the operation or amounts concerned, described in the message, not null
     */
    public CurrencyMismatchException(Currency expected, Currency actual, String field) {
        super(Reason.CURRENCY_MISMATCH, null, null, Objects.requireNonNull(actual, "actual").getCurrencyCode(),
                "amounts in " + Objects.requireNonNull(expected, "expected").getCurrencyCode() + " and " + actual.getCurrencyCode()
                        + " cannot be combined (" + field + "); the library never converts currencies");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.actual = actual;
    }

    /**
     * Returns the currency the operation works in.
     *
     * @return the currency, not null
     */
    public Currency expected() {
        return expected;
    }

    /**
     * Returns the other currency.
     *
     * @return the currency, not null
     */
    public Currency actual() {
        return actual;
    }
}
