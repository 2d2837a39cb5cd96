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
    void countsUnitsBetterThanPlanForALowerIsBetterIndicator() {
        // receivables: lower is better, plan 40 000; each unit below plan is a unit beyond it
        PerUnitScheme scheme = PerUnitScheme.of("low receivables", "receivables", eur("0.05"));
        Accrual below = accrue(scheme, PayFixtures.fiveIndicators().evaluate(
                PayFixtures.fiveFacts("500000", "50", "600", "100", "36000")), salary("3000"));
        assertEquals(eur("200"), below.amount());
        assertEquals("0.05 × 4000 units of 'receivables' beyond plan 40000 = 200.00", below.detail());
        Accrual above = accrue(scheme, PayFixtures.fiveIndicators().evaluate(
                PayFixtures.fiveFacts("500000", "50", "600", "100", "41000")), salary("3000"));
        assertEquals(eur("0"), above.amount());
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
