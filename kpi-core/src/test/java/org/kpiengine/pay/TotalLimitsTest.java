package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.salary;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.money.Money;

class TotalLimitsTest {

    private static final PayContext CONTEXT = new PayContext(PayFixtures.salesManager(), salary("3000"), Precision.DEFAULT);

    @Test
    void clampsTheTotal() {
        assertEquals(eur("-100"), TotalLimits.cap(eur("3500")).apply(CONTEXT, eur("600"), eur("3600")).amount());
        assertEquals(eur("0"), TotalLimits.cap(eur("3500")).apply(CONTEXT, eur("500"), eur("3500")).amount());
        assertEquals(eur("500"), TotalLimits.floor(eur("1000")).apply(CONTEXT, eur("-2500"), eur("500")).amount());
        assertEquals("total 3600.00 cut to cap 3500.00",
                line(PayLine.Kind.TOTAL_LIMITS, TotalLimits.cap(eur("3500")).apply(CONTEXT, eur("600"), eur("3600"))).detail());
        assertEquals("amount 3600.00 cut to cap 3500.00", TotalLimits.cap(eur("3500")).apply(CONTEXT, eur("600"), eur("3600")).detail(),
                "an accrual alone does not know which part it limits");
        assertEquals(Modifier.Stage.TOTAL_LIMITS, TotalLimits.cap(eur("1")).stage());
    }

    @Test
    void aCapBelowTheSalaryCutsIntoItWithAWarning() {
        Accrual accrual = TotalLimits.cap(eur("2500")).apply(CONTEXT, eur("100"), eur("3100"));
        assertEquals(eur("-600"), accrual.amount());
        assertEquals("total cap EUR 2500.00 of 'total cap' is below the salary EUR 3000.00, so it cuts into the salary",
                accrual.warnings().get(0).message());
        assertEquals(0, TotalLimits.cap(eur("3500")).apply(CONTEXT, eur("600"), eur("3600")).warnings().size());
    }

    @Test
    void rejectsInvalidLimits() {
        KpiInputException order = assertThrows(KpiInputException.class, () -> new TotalLimits("t", eur("5"), eur("4")));
        assertEquals("floor EUR 5.00 of 't' must not be above its cap EUR 4.00", order.getMessage());
        KpiInputException negative = assertThrows(KpiInputException.class, () -> TotalLimits.floor(eur("-1")));
        assertEquals("floor EUR -1.00 of 'total floor' must not be negative", negative.getMessage());
    }

    /** The accrual as the line of a payout of that kind, which names what it limits. */
    static PayLine line(PayLine.Kind kind, Accrual accrual) {
        Money before = eur("3000");
        return new PayLine("limits", kind, accrual.amount(), before, before.plus(accrual.amount()), accrual.conditions(),
                accrual.reckoning());
    }
}
