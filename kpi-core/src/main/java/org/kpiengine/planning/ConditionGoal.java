package org.kpiengine.planning;

import java.util.Objects;
import org.kpiengine.pay.Condition;

/**
 * The goal "the condition holds", for any {@link Condition}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param condition the condition, not null
 * @since 0.1.0
 */
public record ConditionGoal(Condition condition) implements Goal {

    /**
     * Obtains the goal.
     *
     * @param condition the condition, not null
     * @throws NullPointerException if the condition is null
     */
    public ConditionGoal {
        Objects.requireNonNull(condition, "condition");
    }

    @Override
    public String describe() {
        return "condition " + condition + " holds";
    }
}
