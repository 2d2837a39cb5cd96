package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.salary;
import static org.kpiengine.pay.SchemeAssertions.accrue;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;

class PoolSchemeTest {

    @Test
    void splitsThePoolByTheWeightsOfMetIndicators() {
        Accrual accrual = accrue(PoolScheme.of("pool", eur("2000")), PayFixtures.salesManager(), salary("3000"));
        assertEquals(eur("1000"), accrual.amount());
        assertEquals("pool 2000.00 × (contacts 0.4 + average-check 0.1) = 1000.00", accrual.detail());
        Accrual none = accrue(PoolScheme.of("pool", eur("2000")), PayFixtures.revenue("100", "99.99"), salary("3000"));
        assertEquals(eur("0"), none.amount());
        assertEquals("pool 2000.00 × (no indicator reached plan) = 0.00", none.detail());
    }

    @Test
    void roundsTheShareOnce() {
        // weights 0.15 + 0.15 of 333.33 = 99.999 → 100.00
        Accrual accrual = accrue(PoolScheme.of("pool", eur("333.33")), PayFixtures.fiveIndicators().evaluate(
                PayFixtures.fiveFacts("1", "1", "600", "100", "400000")), salary("3000"));
        assertEquals(eur("100.00"), accrual.amount());
    }

    @Test
    void rejectsANegativePool() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> PoolScheme.of("pool", eur("-1")));
        assertEquals("pool EUR -1.00 of 'pool' must not be negative", e.getMessage());
    }
}
