package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.revenue;
import static org.kpiengine.pay.PayFixtures.salary;
import static org.kpiengine.pay.SchemeAssertions.accrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.money.CurrencyMismatchException;
import org.kpiengine.money.Money;

class LinearSchemeTest {

    private static final LinearScheme BONUS = LinearScheme.of("sales bonus", Measure.index("revenue"), eur("10000"));

    @Test
    void exposesItsParameters() {
        assertEquals(BigDecimal.ZERO, BONUS.base());
        assertNull(BONUS.cap());
        LinearScheme configured = BONUS.withBase(new BigDecimal("50.0")).withCap(eur("12000"));
        assertEquals(new BigDecimal("50"), configured.base());
        assertEquals(eur("12000"), configured.cap());
        assertEquals(eur("10000"), configured.plannedBonus());
    }

    @Test
    void roundsOnceAfterDividingByTheSpanFromBase() {
        // 10 000 × (70 − 40) / 60 = 5 000; index 70.00001 is rounded to 70.0000 first;
        // 10 000 × (70.0001 − 40) / 60 = 5000.01666… → 5000.02
        LinearScheme based = BONUS.withBase(new BigDecimal("40"));
        assertEquals(eur("5000.00"), accrue(based, revenue("100000", "70000"), salary("1")).amount());
        assertEquals(eur("5000.00"), accrue(based, revenue("100000", "70000.01"), salary("1")).amount());
        assertEquals(eur("5000.02"), accrue(based, revenue("100000", "70000.1"), salary("1")).amount());
        assertEquals("10000.00 × index of 'revenue' % 70.0000 − base 40 / (100 − 40) → 5000.00",
                accrue(based, revenue("100000", "70000"), salary("1")).detail());
        assertEquals("10000.00 × index of 'revenue' % 120.0000 / 100 → capped at 11000.00",
                accrue(BONUS.withCap(eur("11000")), revenue("100000", "120000"), salary("1")).detail());
    }

    @Test
    void rejectsABaseOutsideZeroToHundredAndNegativeAmounts() {
        KpiInputException base = assertThrows(KpiInputException.class, () -> BONUS.withBase(new BigDecimal("100")));
        assertEquals("base 100 of 'sales bonus' must be below 100 (the plan)", base.getMessage());
        KpiInputException negativeBase = assertThrows(KpiInputException.class, () -> BONUS.withBase(new BigDecimal("-1")));
        assertEquals("base -1 of 'sales bonus' must not be negative", negativeBase.getMessage());
        KpiInputException cap = assertThrows(KpiInputException.class, () -> BONUS.withCap(eur("-5")));
        assertEquals("cap EUR -5.00 of 'sales bonus' must not be negative", cap.getMessage());
        KpiInputException bonus = assertThrows(KpiInputException.class,
                () -> LinearScheme.of("b", Measure.rating(), eur("-5")));
        assertEquals("planned bonus EUR -5.00 of 'b' must not be negative", bonus.getMessage());
        assertThrows(CurrencyMismatchException.class, () -> BONUS.withCap(Money.of("USD", "1")));
    }
}
