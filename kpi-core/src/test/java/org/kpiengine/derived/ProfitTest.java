package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;

class ProfitTest {

    private static final CostItem ENGINEERING = CostItem.hours("engineering", "100", "1500");

    @Test
    void itemisesTheAdditionalCosts() {
        Profit profit = Profit.of(new BigDecimal("400000"), new BigDecimal("150000"),
                List.of(ENGINEERING, CostItem.of("delivery", new BigDecimal("2500.50"))));
        assertEquals(new BigDecimal("152500.5"), profit.additionalCostTotal()); // 2500.50 is stored as 2500.5
        assertEquals(new BigDecimal("97499.5"), profit.value());
    }

    @Test
    void mayBeALoss() {
        Profit profit = Profit.of(new BigDecimal("100000"), new BigDecimal("150000"), List.of(ENGINEERING));
        assertEquals(new BigDecimal("-200000"), profit.value());
    }

    @Test
    void plusCostReturnsACopy() {
        Profit before = Profit.of(new BigDecimal("400000"), new BigDecimal("150000"), List.of());
        Profit after = before.plusCost(ENGINEERING);
        assertEquals(new BigDecimal("250000"), before.value());
        assertEquals(0, new BigDecimal("100000").compareTo(after.value()));
        assertEquals(List.of(ENGINEERING), after.additionalCosts());
    }

    @Test
    void copiesTheList() {
        List<CostItem> items = new ArrayList<>(List.of(ENGINEERING));
        Profit profit = Profit.of(new BigDecimal("400000"), BigDecimal.ZERO, items);
        items.clear();
        assertEquals(1, profit.additionalCosts().size());
        assertThrows(UnsupportedOperationException.class, () -> profit.additionalCosts().clear());
    }

    @Test
    void rejectsNegativeRevenue() {
        Expect.error(Reason.OUT_OF_RANGE, "revenue", "-1", "revenue -1 must not be negative",
                () -> Profit.of(new BigDecimal("-1"), BigDecimal.ZERO, List.of()));
    }

    @Test
    void rejectsNegativeCostOfGoods() {
        Expect.error(Reason.OUT_OF_RANGE, "cost of goods", "-0.5", "cost of goods -0.5 must not be negative",
                () -> Profit.of(BigDecimal.TEN, new BigDecimal("-0.5"), List.of()));
    }

    @Test
    void equalityAndText() {
        Profit a = Profit.of(new BigDecimal("400000"), new BigDecimal("150000"), List.of(ENGINEERING));
        Profit b = Profit.of(new BigDecimal("400000"), new BigDecimal("150000"), List.of(ENGINEERING));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("profit 100000 = 400000 − (150000 + [engineering 100 × 1500 = 150000])", a.toString());
        // equal amounts written with other scales are equal profits, with the same value and text
        Profit c = Profit.of(new BigDecimal("400000.00"), new BigDecimal("1.5E+5"),
                List.of(new CostItem("engineering", new BigDecimal("100.0"), new BigDecimal("1500.00"))));
        assertEquals(a, c);
        assertEquals(a.hashCode(), c.hashCode());
        assertEquals(a.value(), c.value());
        assertEquals(a.toString(), c.toString());
    }
}
