package org.kpiengine.json;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The {@code parameters} object of a custom curve or scheme in a plan document, as its
 * {@link CustomType} reads it. Every read names the parameter; a parameter of the wrong kind, a
 * missing required one, or one the factory never reads is a {@link PlanJsonException} with the
 * pointer of the parameter.
 *
 * <p>Decimals follow the rule of the whole format: a string such as {@code "0.4"}, or a JSON integer.
 *
 * @since 0.1.0
 */
public final class Parameters {

    private final In in;

    Parameters(In in) {
        this.in = in;
    }

    /**
     * Returns a required decimal parameter.
     *
     * @param name the parameter name, not null
     * @return the value, not null
     * @throws PlanJsonException if it is missing or not a decimal
     */
    public BigDecimal decimal(String name) {
        return in.decimal(name);
    }

    /**
     * Returns an optional decimal parameter.
     *
     * @param name the parameter name, not null
     * @return the value, null if absent
     * @throws PlanJsonException if it is present and not a decimal
     */
    public @Nullable BigDecimal optionalDecimal(String name) {
        return in.optionalDecimal(name);
    }

    /**
     * Returns a required text parameter.
     *
     * @param name the parameter name, not null
     * @return the value, not null
     * @throws PlanJsonException if it is missing or not a string
     */
    public String text(String name) {
        return in.text(name);
    }

    /**
     * Returns an optional text parameter.
     *
     * @param name the parameter name, not null
     * @return the value, null if absent
     * @throws PlanJsonException if it is present and not a string
     */
    public @Nullable String optionalText(String name) {
        return in.optionalText(name);
    }

    /**
     * Returns a boolean parameter.
     *
     * @param name the parameter name, not null
     * @param absent the value when the parameter is absent
     * @return the value
     * @throws PlanJsonException if it is present and not true or false
     */
    public boolean bool(String name, boolean absent) {
        return in.bool(name, absent);
    }

    /**
     * Returns the JSON Pointer of a parameter, for an integrator's own error messages.
     *
     * @param name the parameter name, not null
     * @return the pointer, such as {@code /indicators/0/curve/parameters/exponent}, not null
     */
    public String pointer(String name) {
        return in.pointer(name);
    }
}
