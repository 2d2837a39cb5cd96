package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;

class DealsToPotentialTest {

    @Test
    void isDealsOverProspectsWithoutAMinimum() {
        assertEquals(new BigDecimal("30.0000"), DealsToPotential.of(15, 50));
        assertEquals(new BigDecimal("33.3333"), DealsToPotential.of(1, 3));
        assertEquals(new BigDecimal("0.0000"), DealsToPotential.of(0, 3));
        assertEquals(new BigDecimal("100.0000"), DealsToPotential.of(3, 3));
        assertEquals(new BigDecimal("33"), DealsToPotential.of(1, 3, Precision.DEFAULT.withIndexScale(0)));
    }

    @Test
    void rejectsBadCounts() {
        Expect.error(Reason.OUT_OF_RANGE, "deals", "-1", "deals -1 must not be negative", () -> DealsToPotential.of(-1, 50));
        Expect.error(Reason.OUT_OF_RANGE, "prospects", "-50", "prospects -50 must not be negative",
                () -> DealsToPotential.of(1, -50));
        Expect.error(Reason.OUT_OF_RANGE, "deals", "51", "deals 51 must not exceed prospects 50",
                () -> DealsToPotential.of(51, 50));
        Expect.error(Reason.DIVISION_BY_ZERO, "prospects", "0", "deals to potential divides by prospects, which is 0",
                () -> DealsToPotential.of(0, 0));
    }
}
