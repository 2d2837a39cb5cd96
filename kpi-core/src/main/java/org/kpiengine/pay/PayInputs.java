package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;

/**
 * What a pay plan needs of one employee's period beyond the scorecard evaluation: the fixed
 * salary, and named quantities that are not scorecard indicators, such as {@code "idle-hours"}
 * recorded by the CRM or the {@code "turnover"} a share is paid on.
 *
 * <pre>{@code
 * PayInputs inputs = PayInputs.of(Money.of("EUR", "3000"))
 *         .with("idle-hours", "6")
 *         .with("turnover", "130000");
 * }</pre>
 *
 * <p>Quantities are exact decimals, stored with trailing zeros stripped. This class is immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class PayInputs {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final Money salary;
    private final Map<String, BigDecimal> quantities;

    private PayInputs(Money salary, Map<String, BigDecimal> quantities) {
        this.salary = Objects.requireNonNull(salary, "salary");
        if (salary.isNegative()) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "salary", salary.toString(),
                    "salary " + salary + " must not be negative");
        }
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        Objects.requireNonNull(quantities, "quantities").forEach((name, value) -> {
            Objects.requireNonNull(name, "name");
            if (!NAME.matcher(name).matches()) {
                throw new KpiInputException(Reason.INVALID_ID, null, name, name,
                        "input name '" + name + "' must be letters, digits, '_', '-' or '.'");
            }
            copy.put(name, Decimals.normalise(null, name, value));
        });
        this.quantities = Collections.unmodifiableMap(copy);
    }

    /**
     * Obtains inputs with a salary and no quantities.
     *
     * @param salary the fixed salary of the period, not negative, not null
     * @return the inputs, not null
     * @throws KpiInputException if the salary is negative
     */
    public static PayInputs of(Money salary) {
        return new PayInputs(salary, Map.of());
    }

    /**
     * Obtains inputs with a salary and named quantities.
     *
     * @param salary the fixed salary of the period, not negative, not null
     * @param quantities the quantities by name, not null, no null keys or values
     * @return the inputs, not null
     * @throws KpiInputException if the salary is negative, a name is malformed, or a quantity is
     *     10^1000 or more in magnitude or has more than 1000 decimal places
     */
    public static PayInputs of(Money salary, Map<String, BigDecimal> quantities) {
        return new PayInputs(salary, quantities);
    }

    /**
     * Returns a copy of these inputs with one quantity added or replaced; this instance is
     * immutable and unaffected.
     *
     * @param name the quantity's name, such as {@code "idle-hours"}, not null
     * @param value the value, not null
     * @return the new inputs, not null
     * @throws KpiInputException if the name is malformed
     */
    public PayInputs with(String name, BigDecimal value) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>(quantities);
        copy.put(name, value);
        return new PayInputs(salary, copy);
    }

    /**
     * Returns a copy of these inputs with one quantity, written as a decimal with a dot, added or
     * replaced; this instance is immutable and unaffected.
     *
     * @param name the quantity's name, not null
     * @param value the value, such as {@code "6.5"}, not null
     * @return the new inputs, not null
     * @throws KpiInputException if the name is malformed or the text is not a number
     */
    public PayInputs with(String name, String value) {
        Objects.requireNonNull(name, "name");
        return with(name, Decimals.parse(name, value));
    }

    /**
     * Returns a copy of these inputs with another salary; this instance is immutable and unaffected.
     *
     * @param newSalary the salary, not negative, not null
     * @return the new inputs, not null
     * @throws KpiInputException if the salary is negative
     */
    public PayInputs withSalary(Money newSalary) {
        return new PayInputs(newSalary, quantities);
    }

    /**
     * Returns the fixed salary.
     *
     * @return the salary, not null
     */
    public Money salary() {
        return salary;
    }

    /**
     * Returns a named quantity.
     *
     * @param name the quantity's name, not null
     * @return the value, not null
     * @throws KpiInputException with {@link Reason#MISSING_INPUT} if no such quantity was supplied
     */
    public BigDecimal quantity(String name) {
        BigDecimal value = quantities.get(name);
        if (value == null) {
            throw new KpiInputException(Reason.MISSING_INPUT, null, name, null,
                    "the pay plan needs input '" + name + "', which was not supplied (supplied: " + quantities.keySet() + ")");
        }
        return value;
    }

    /**
     * Returns the quantities as an unmodifiable map, in the order they were given.
     *
     * @return the map, not null
     */
    public Map<String, BigDecimal> quantities() {
        return quantities;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PayInputs other && salary.equals(other.salary) && quantities.equals(other.quantities);
    }

    @Override
    public int hashCode() {
        return salary.hashCode() * 31 + quantities.hashCode();
    }

    @Override
    public String toString() {
        return "salary " + salary + ", " + quantities;
    }
}
