package org.kpiengine.derived;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.internal.Decimals;
import org.kpiengine.internal.Nulls;

/**
 * The profit of a period: {@code revenue − (cost of goods + additional costs)}, with the
 * additional costs itemised (docs/reference/derived.md, Profit). All sums and products are exact; nothing is
 * rounded. The profit may be negative.
 *
 * <pre>{@code
 * Profit newModel = Profit.of(new BigDecimal("400000"), new BigDecimal("150000"),
 *         List.of(CostItem.hours("engineering", "100", "1500")));
 * newModel.value(); // 100000
 * }</pre>
 *
 * <p>The amounts are stored with trailing zeros stripped, so {@code equals} agrees with
 * {@code compareTo}. This record is immutable and thread-safe.
 *
 * @param revenue the revenue, not negative
 * @param costOfGoods the cost of the goods sold, not negative
 * @param additionalCosts the itemised additional costs, not null, copied
 * @since 0.1.0
 */
public record Profit(BigDecimal revenue, BigDecimal costOfGoods, List<CostItem> additionalCosts) {

    /**
     * Obtains a profit, validating it and copying the list.
     *
     * @param revenue the revenue, not negative
     * @param costOfGoods the cost of the goods sold, not negative
     * @param additionalCosts the itemised additional costs, not null, copied
     * @throws KpiInputException naming the field if the revenue or the cost of goods is negative
     */
    public Profit {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(costOfGoods, "costOfGoods");
        Samples.requireNonNegative("revenue", revenue);
        Samples.requireNonNegative("cost of goods", costOfGoods);
        revenue = Decimals.normalise("revenue", revenue);
        costOfGoods = Decimals.normalise("cost of goods", costOfGoods);
        additionalCosts = Nulls.copyOf(additionalCosts, "additionalCosts");
    }

    /**
     * Obtains a profit.
     *
     * @param revenue the revenue, not negative
     * @param costOfGoods the cost of the goods sold, not negative
     * @param additionalCosts the itemised additional costs, not null
     * @return the profit, not null
     * @throws KpiInputException naming the field if the revenue or the cost of goods is negative
     */
    public static Profit of(BigDecimal revenue, BigDecimal costOfGoods, List<CostItem> additionalCosts) {
        return new Profit(revenue, costOfGoods, additionalCosts);
    }

    /**
     * Returns a copy with one more additional cost; this instance is immutable and unaffected.
     *
     * @param item the cost item, not null
     * @return the new profit, not null
     */
    public Profit plusCost(CostItem item) {
        List<CostItem> items = new ArrayList<>(additionalCosts);
        items.add(Objects.requireNonNull(item, "item"));
        return new Profit(revenue, costOfGoods, items);
    }

    /**
     * Returns the sum of the additional costs, exact.
     *
     * @return the sum, not null
     */
    public BigDecimal additionalCostTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (CostItem item : additionalCosts) {
            sum = sum.add(item.amount());
        }
        return sum;
    }

    /**
     * Returns the profit, {@code revenue − (cost of goods + additional costs)}, exact.
     *
     * @return the profit, not null
     */
    public BigDecimal value() {
        return revenue.subtract(costOfGoods.add(additionalCostTotal()));
    }

    @Override
    public String toString() {
        return "profit " + Decimals.text(value()) + " = " + Decimals.text(revenue) + " − (" + Decimals.text(costOfGoods)
                + " + " + additionalCosts + ")";
    }
}
