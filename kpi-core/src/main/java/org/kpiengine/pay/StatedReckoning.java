package org.kpiengine.pay;

import java.util.Objects;

/**
 * A line whose reckoning is only a text: an accrual made by an integrator's own code without typed
 * values. Rendered as it is, in whatever language it was written.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param text how the amount was computed, not null
 * @since 0.1.0
 */
public record StatedReckoning(String text) implements Reckoning {

    /**
     * Obtains a stated reckoning.
     *
     * @param text how the amount was computed, not null
     */
    public StatedReckoning {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String kind() {
        return "STATED";
    }
}
