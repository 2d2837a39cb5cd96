package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.salary;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.money.CurrencyMismatchException;
import org.kpiengine.money.Money;

class VariableLimitsTest {

    private static final PayContext CONTEXT = new PayContext(PayFixtures.salesManager(), salary("3000"), Precision.DEFAULT);

    @Test
    void clampsTheVariablePart() {
        VariableLimits limits = new VariableLimits("variable limits", eur("100"), eur("500"));
        assertEquals(eur("-100"), limits.apply(CONTEXT, eur("600"), eur("3600")).amount());
        assertEquals(eur("0"), limits.apply(CONTEXT, eur("500"), eur("3500")).amount());
        assertEquals(eur("90"), limits.apply(CONTEXT, eur("10"), eur("3010")).amount());
        assertEquals("variable 600.00 cut to cap 500.00",
                TotalLimitsTest.line(PayLine.Kind.VARIABLE_LIMITS, limits.apply(CONTEXT, eur("600"), eur("3600"))).detail());
        assertEquals("variable 10.00 raised to floor 100.00",
                TotalLimitsTest.line(PayLine.Kind.VARIABLE_LIMITS, limits.apply(CONTEXT, eur("10"), eur("3010"))).detail());
        assertEquals("variable 200.00 within floor 100.00 and cap 500.00",
                TotalLimitsTest.line(PayLine.Kind.VARIABLE_LIMITS, limits.apply(CONTEXT, eur("200"), eur("3200"))).detail());
        assertEquals(Modifier.Stage.VARIABLE_LIMITS, limits.stage());
        assertEquals("variable cap", VariableLimits.cap(eur("1")).name());
        assertEquals("variable floor", VariableLimits.floor(eur("1")).name());
    }

    @Test
    void rejectsInvalidLimits() {
        KpiInputException none = assertThrows(KpiInputException.class, () -> new VariableLimits("v", null, null));
        assertEquals("'v' needs a floor, a cap or both", none.getMessage());
        KpiInputException order = assertThrows(KpiInputException.class, () -> new VariableLimits("v", eur("5"), eur("4")));
        assertEquals("floor EUR 5.00 of 'v' must not be above its cap EUR 4.00", order.getMessage());
        KpiInputException negative = assertThrows(KpiInputException.class, () -> VariableLimits.cap(eur("-4")));
        assertEquals("cap EUR -4.00 of 'variable cap' must not be negative", negative.getMessage());
        assertThrows(CurrencyMismatchException.class, () -> new VariableLimits("v", eur("1"), Money.of("USD", "4")));
        assertThrows(CurrencyMismatchException.class,
                () -> VariableLimits.cap(Money.of("USD", "4")).apply(CONTEXT, eur("5"), eur("5")));
    }
}
