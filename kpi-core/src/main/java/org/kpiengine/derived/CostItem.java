package org.kpiengine.derived;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.internal.Decimals;

/**
 * One itemised additional cost of a sale: a quantity at a unit cost, such as 100 hours of
 * engineering at 1 500 per hour. The amount is {@code quantity × unitCost}, exact.
 *
 * <p>The numbers are stored with trailing zeros stripped, so {@code equals} agrees with
 * {@code compareTo}. This record is immutable and thread-safe.
 *
 * @param label what the cost is, such as {@code "engineering hours"}, not null, not blank
 * @param quantity the quantity (hours, units), not negative
 * @param unitCost the cost of one unit, not negative
 * @since 0.1.0
 */
public record CostItem(String label, BigDecimal quantity, BigDecimal unitCost) {

    /**
     * Obtains a cost item, validating it.
     *
     * @param label what the cost is, such as {@code "engineering hours"}, not null, not blank
     * @param quantity the quantity (hours, units), not negative
     * @param unitCost the cost of one unit, not negative
     * @throws KpiInputException naming the item if the label is blank or a number is negative
     */
    public CostItem {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitCost, "unitCost");
        if (label.isBlank()) {
            throw new KpiInputException(KpiInputException.Reason.INVALID_ID, null, "label", label,
                    "the label of a cost item must not be blank");
        }
        Samples.requireNonNegative("quantity of cost '" + label + "'", quantity);
        Samples.requireNonNegative("unit cost of cost '" + label + "'", unitCost);
        quantity = Decimals.normalise("quantity of cost '" + label + "'", quantity);
        unitCost = Decimals.normalise("unit cost of cost '" + label + "'", unitCost);
    }

    /**
     * Obtains a cost of hours at an hourly rate.
     *
     * @param label what the hours were spent on, not null
     * @param hours the hours, written with a dot, such as {@code "100"}, not null
     * @param hourlyRate the cost of one hour, such as {@code "1500"}, not null
     * @return the item, not null
     * @throws KpiInputException if a text is not a number or is negative
     */
    public static CostItem hours(String label, String hours, String hourlyRate) {
        return new CostItem(label, Decimals.parse("hours", hours), Decimals.parse("hourly rate", hourlyRate));
    }

    /**
     * Obtains a lump-sum cost (quantity 1).
     *
     * @param label what the cost is, not null
     * @param amount the amount, not null
     * @return the item, not null
     * @throws KpiInputException if the amount is negative
     */
    public static CostItem of(String label, BigDecimal amount) {
        return new CostItem(label, BigDecimal.ONE, amount);
    }

    /**
     * Returns the amount, {@code quantity × unitCost}, exact.
     *
     * @return the amount, not null
     */
    public BigDecimal amount() {
        return quantity.multiply(unitCost);
    }

    @Override
    public String toString() {
        return label + " " + Decimals.text(quantity) + " × " + Decimals.text(unitCost) + " = " + Decimals.text(amount());
    }
}
