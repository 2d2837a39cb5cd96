package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;

/**
 * A named pay input (see {@link PayInputs}) as a measure, such as {@code "idle-hours"} or
 * {@code "turnover"}. Obtain it with {@link Measure#input(String)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the input's name, not null
 * @since 0.1.0
 */
public record InputMeasure(String name) implements Measure {

    /**
     * Obtains the measure.
     *
     * @param name the input's name, not null
     * @throws NullPointerException if the name is null
     */
    public InputMeasure {
        Objects.requireNonNull(name, "name");
    }

    /**
     * {@inheritDoc}
     *
     * @throws KpiInputException if the input was not supplied
     */
    @Override
    public BigDecimal value(PayContext context) {
        return context.inputs().quantity(name);
    }

    @Override
    public String describe() {
        return "input '" + name + "'";
    }
}
