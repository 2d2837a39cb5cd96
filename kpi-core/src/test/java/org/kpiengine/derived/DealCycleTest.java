package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;

class DealCycleTest {

    private static DealDates lasting(String deal, int days) {
        LocalDate start = LocalDate.of(2026, 1, 5);
        return DealDates.of(deal, start, start.plusDays(days));
    }

    @Test
    void meanAndMedianOfAnEvenCount() {
        DealCycle cycle = DealCycle.of(List.of(lasting("a", 3), lasting("b", 40), lasting("c", 8), lasting("d", 7)));
        assertEquals(new BigDecimal("14.5000"), cycle.meanDays());
        assertEquals(new BigDecimal("7.5000"), cycle.medianDays());
        assertEquals(new BigDecimal("14.5"), cycle.meanDays(Precision.DEFAULT.withIndexScale(1)));
    }

    @Test
    void oneDeal() {
        DealCycle cycle = DealCycle.of(List.of(lasting("a", 0)));
        assertEquals(new BigDecimal("0.0000"), cycle.meanDays());
        assertEquals(new BigDecimal("0.0000"), cycle.medianDays());
    }

    @Test
    void rejectsNoDeals() {
        Expect.error(Reason.DIVISION_BY_ZERO, "deals", "0",
                "deal-cycle length divides by the number of closed deals, which is 0", () -> DealCycle.of(List.of()));
    }
}
