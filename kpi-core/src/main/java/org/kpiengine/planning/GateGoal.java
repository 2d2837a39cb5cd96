package org.kpiengine.planning;

import java.util.Objects;

/**
 * The goal "the pay plan's gate named {@code gateName} passes" (its condition holds).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param gateName the gate's name in the pay plan, not null
 * @since 0.1.0
 */
public record GateGoal(String gateName) implements Goal {

    /**
     * Obtains the goal.
     *
     * @param gateName the gate's name, not null
     * @throws NullPointerException if the name is null
     */
    public GateGoal {
        Objects.requireNonNull(gateName, "gateName");
    }

    @Override
    public String describe() {
        return "gate '" + gateName + "' passes";
    }
}
