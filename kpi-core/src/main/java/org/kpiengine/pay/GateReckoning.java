package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.money.Money;

/**
 * A gate's line: the condition checked and, if it failed, the variable part before and after the
 * factor.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param check the condition checked, with the value it saw and whether it held, not null
 * @param variable the variable part before the gate, not null
 * @param factor the factor applied when the condition fails, not null
 * @param after the variable part after the gate (the same when the condition held), not null
 * @since 0.1.0
 */
public record GateReckoning(ConditionCheck check, Money variable, BigDecimal factor, Money after) implements Reckoning {

    /**
     * Obtains the reckoning of a gate's line.
     *
     * @param check the condition checked, not null
     * @param variable the variable part before, not null
     * @param factor the factor, not null
     * @param after the variable part after, not null
     */
    public GateReckoning {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public String kind() {
        return "GATE";
    }
}
