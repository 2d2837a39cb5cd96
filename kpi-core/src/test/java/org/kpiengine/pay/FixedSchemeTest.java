package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.salary;
import static org.kpiengine.pay.SchemeAssertions.accrue;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.CurrencyMismatchException;
import org.kpiengine.money.Money;

class FixedSchemeTest {

    private static final Condition PLAN_MET = Condition.atLeast(Measure.rating(), "100");

    @Test
    void paysTheAmountWhenTheConditionHolds() {
        Accrual accrual = accrue(FixedScheme.of("plan bonus", PLAN_MET, eur("1000")), PayFixtures.salesManager(), salary("3000"));
        assertEquals(eur("1000"), accrual.amount());
        assertEquals("rating % 104.0000 ≥ 100: yes → 1000.00", accrual.detail());
        Accrual none = accrue(FixedScheme.of("plan bonus", PLAN_MET, eur("1000")), PayFixtures.revenue("100", "99"),
                salary("3000"));
        assertEquals(eur("0"), none.amount());
        assertEquals("rating % 99.0000 ≥ 100: no → 0", none.detail());
    }

    @Test
    void rejectsABlankNameAndANegativeAmount() {
        KpiInputException name = assertThrows(KpiInputException.class, () -> FixedScheme.of(" ", PLAN_MET, eur("1")));
        assertEquals(Reason.INVALID_SCHEME, name.reason());
        assertEquals("the name of a scheme or modifier must not be blank", name.getMessage());
        KpiInputException amount = assertThrows(KpiInputException.class, () -> FixedScheme.of("bonus", PLAN_MET, eur("-1")));
        assertEquals("amount EUR -1.00 of 'bonus' must not be negative", amount.getMessage());
        assertEquals("amount", amount.field());
        assertEquals(null, amount.indicatorId());
    }

    @Test
    void anAmountInAnotherCurrencyThanTheSalaryIsAnError() {
        FixedScheme scheme = FixedScheme.of("bonus", PLAN_MET, Money.of("USD", "100"));
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class,
                () -> accrue(scheme, PayFixtures.salesManager(), salary("3000")));
        assertEquals("amounts in EUR and USD cannot be combined ('bonus' is in USD but the salary is EUR 3000.00); "
                + "the library never converts currencies", e.getMessage());
    }
}
