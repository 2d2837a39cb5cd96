package org.kpiengine.pay;

import java.util.Objects;
import org.kpiengine.money.Money;

/**
 * The salary line: the fixed salary of the period.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param salary the fixed salary, not null
 * @since 0.1.0
 */
public record SalaryReckoning(Money salary) implements Reckoning {

    /**
     * Obtains the reckoning of the salary line.
     *
     * @param salary the fixed salary, not null
     */
    public SalaryReckoning {
        Objects.requireNonNull(salary, "salary");
    }

    @Override
    public String kind() {
        return "SALARY";
    }
}
