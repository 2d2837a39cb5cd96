package org.kpiengine.pay;

import java.util.Objects;
import org.kpiengine.money.Money;

/**
 * A fixed scheme's line: a set amount, paid if the condition held.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param check the condition checked, with the value it saw and whether it held, not null
 * @param amount the amount paid when the condition holds, not null
 * @since 0.1.0
 */
public record ConditionReckoning(ConditionCheck check, Money amount) implements Reckoning {

    /**
     * Obtains the reckoning of a fixed scheme's line.
     *
     * @param check the condition checked, not null
     * @param amount the amount paid when it holds, not null
     */
    public ConditionReckoning {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(amount, "amount");
    }

    @Override
    public String kind() {
        return "CONDITION";
    }
}
