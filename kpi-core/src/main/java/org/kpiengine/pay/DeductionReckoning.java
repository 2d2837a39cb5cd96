package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.money.Money;

/**
 * A deduction's line: units × amount per unit, limited so that the pay stays at or above the
 * deduction's floor.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param units what was counted, not null
 * @param count the units counted, not null
 * @param amountPerUnit the amount per unit, not null
 * @param penalty units × amount per unit, rounded, not null
 * @param limitedTo the amount actually deducted when the floor limited it, null when it did not
 * @param floor the floor the pay stays at or above, not null
 * @since 0.1.0
 */
public record DeductionReckoning(Measure units, BigDecimal count, Money amountPerUnit, Money penalty,
        @Nullable Money limitedTo, Deduction.Floor floor) implements Reckoning {

    /**
     * Obtains the reckoning of a deduction's line.
     *
     * @param units what was counted, not null
     * @param count the units counted, not null
     * @param amountPerUnit the amount per unit, not null
     * @param penalty the penalty, not null
     * @param limitedTo the amount deducted when limited, or null
     * @param floor the floor, not null
     */
    public DeductionReckoning {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(amountPerUnit, "amountPerUnit");
        Objects.requireNonNull(penalty, "penalty");
        Objects.requireNonNull(floor, "floor");
    }

    @Override
    public String kind() {
        return "DEDUCTION";
    }
}
