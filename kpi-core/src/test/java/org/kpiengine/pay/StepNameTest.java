package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;

class StepNameTest {

    @Test
    void aNameMustNotBeBlankNorNull() {
        KpiInputException blank = assertThrows(KpiInputException.class, () -> new StepName("  "));
        assertEquals(Reason.INVALID_SCHEME, blank.reason());
        assertNull(blank.indicatorId());
        assertEquals("name", blank.field());
        assertEquals("  ", blank.value());
        assertEquals("the name of a scheme or modifier must not be blank", blank.getMessage());
        NullPointerException none = assertThrows(NullPointerException.class, () -> new StepName(null));
        assertEquals("name", none.getMessage());
        assertEquals("bonus", new StepName("bonus").name());
    }

    @Test
    void aStatedAmountMustNotBeNegative() {
        StepName step = new StepName("bonus");
        Money zero = eur("0");
        assertSame(zero, step.nonNegative("cap", zero));
        KpiInputException negative = assertThrows(KpiInputException.class, () -> step.nonNegative("cap", eur("-0.01")));
        assertEquals(Reason.INVALID_SCHEME, negative.reason());
        assertNull(negative.indicatorId());
        assertEquals("cap", negative.field());
        assertEquals("EUR -0.01", negative.value());
        assertEquals("cap EUR -0.01 of 'bonus' must not be negative", negative.getMessage());
        NullPointerException none = assertThrows(NullPointerException.class, () -> step.nonNegative("cap", (Money) null));
        assertEquals("cap", none.getMessage());
    }

    @Test
    void aStatedNumberMustNotBeNegativeAndComesBackNormalised() {
        StepName step = new StepName("share scheme");
        assertEquals(new BigDecimal("2.5"), step.nonNegative("share", new BigDecimal("2.500")));
        assertEquals(BigDecimal.ZERO, step.nonNegative("share", new BigDecimal("0.000")));
        assertEquals(new BigDecimal("100"), step.nonNegative("share", new BigDecimal("1E+2")));
        KpiInputException negative = assertThrows(KpiInputException.class,
                () -> step.nonNegative("share", new BigDecimal("-0.50")));
        assertEquals(Reason.INVALID_SCHEME, negative.reason());
        assertNull(negative.indicatorId());
        assertEquals("share", negative.field());
        assertEquals("-0.5", negative.value());
        assertEquals("share -0.5 of 'share scheme' must not be negative", negative.getMessage());
        KpiInputException huge = assertThrows(KpiInputException.class,
                () -> step.nonNegative("share", new BigDecimal("1E+1000")));
        assertEquals(Reason.OUT_OF_RANGE, huge.reason());
        assertEquals("share", huge.field());
    }

    @Test
    void limitsNeedAFloorOrACapInOneCurrencyInOrder() {
        StepName step = new StepName("limits");
        step.limits(eur("100"), eur("100"));
        step.limits(null, eur("0"));
        step.limits(eur("0"), null);
        KpiInputException none = assertThrows(KpiInputException.class, () -> step.limits(null, null));
        assertEquals(Reason.INVALID_SCHEME, none.reason());
        assertEquals("cap", none.field());
        assertNull(none.value());
        assertEquals("'limits' needs a floor, a cap or both", none.getMessage());
        KpiInputException negative = assertThrows(KpiInputException.class, () -> step.limits(eur("-1"), null));
        assertEquals("floor", negative.field());
        assertEquals("floor EUR -1.00 of 'limits' must not be negative", negative.getMessage());
        KpiInputException above = assertThrows(KpiInputException.class, () -> step.limits(eur("100.01"), eur("100")));
        assertEquals(Reason.INVALID_SCHEME, above.reason());
        assertEquals("floor", above.field());
        assertEquals("EUR 100.01", above.value());
        assertEquals("floor EUR 100.01 of 'limits' must not be above its cap EUR 100.00", above.getMessage());
        assertThrows(org.kpiengine.money.CurrencyMismatchException.class,
                () -> step.limits(eur("1"), Money.of("USD", "2")));
    }
}
