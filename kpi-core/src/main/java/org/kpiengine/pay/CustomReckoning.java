package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A custom scheme's line: the exact amount the integrator's code computed, before rounding.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param exactAmount the exact amount, not null
 * @since 0.1.0
 */
public record CustomReckoning(BigDecimal exactAmount) implements Reckoning {

    /**
     * Obtains the reckoning of a custom scheme's line.
     *
     * @param exactAmount the exact amount, not null
     */
    public CustomReckoning {
        Objects.requireNonNull(exactAmount, "exactAmount");
    }

    @Override
    public String kind() {
        return "CUSTOM";
    }
}
