package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.salary;
import static org.kpiengine.pay.SchemeAssertions.accrue;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

class PerUnitSchemeTest {

    @Test
    void paysPerUnitBeyondPlan() {
        Accrual accrual = accrue(PerUnitScheme.of("extra deals", "deals", eur("150")), PayFixtures.fiveIndicators().evaluate(
                PayFixtures.fiveFacts("500000", "53", "600", "100", "40000")), salary("3000"));
        assertEquals(eur("450"), accrual.amount());
        assertEquals("150.00 × 3 units of 'deals' beyond plan 50 = 450.00", accrual.detail());
    }

    @Test
    void rejectsNegativeAmountsAndUnknownIndicators() {
        KpiInputException amount = assertThrows(KpiInputException.class, () -> PerUnitScheme.of("x", "deals", eur("-1")));
        assertEquals("amount per unit EUR -1.00 of 'x' must not be negative", amount.getMessage());
        KpiInputException unknown = assertThrows(KpiInputException.class,
                () -> accrue(PerUnitScheme.of("x", "calls", eur("1")), PayFixtures.salesManager(), salary("1")));
        assertEquals(Reason.UNKNOWN_INDICATOR, unknown.reason());
        assertEquals("calls", unknown.indicatorId());
    }
}
