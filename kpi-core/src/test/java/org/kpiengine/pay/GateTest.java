package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.salary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;

class GateTest {

    private static final Condition QUALITY = Condition.atLeast(Measure.attainment("quality"), "90");

    private static PayContext quality(String fact, Precision precision) {
        return new PayContext(PayFixtures.fiveIndicators().evaluate(PayFixtures.fiveFacts("500000", "50", "600", fact, "40000")),
                salary("3000"), precision);
    }

    @Test
    void reducesTheVariablePartWhenTheConditionFails() {
        Gate half = Gate.reduceUnless("quality gate", QUALITY, "0.5");
        Accrual failed = half.apply(quality("85", Precision.DEFAULT), eur("1000.01"), eur("4000.01"));
        assertEquals(eur("-500.00"), failed.amount());   // 500.005 → 500.01 kept, change −500.00
        assertEquals("attainment of 'quality' % 85.0000 ≥ 90: no → variable 1000.01 × 0.5 = 500.01", failed.detail());
        Accrual passed = half.apply(quality("95", Precision.DEFAULT), eur("1000.01"), eur("4000.01"));
        assertEquals(eur("0"), passed.amount());
        assertEquals("attainment of 'quality' % 95.0000 ≥ 90: yes → passed", passed.detail());
        assertEquals(Modifier.Stage.GATE, half.stage());
    }

    @Test
    void theGateResultUsesTheCalculationsMoneyRounding() {
        Gate half = Gate.reduceUnless("quality gate", QUALITY, "0.5");
        Accrual down = half.apply(quality("85", Precision.DEFAULT.withMoneyRounding(RoundingMode.HALF_EVEN)),
                eur("1000.01"), eur("4000.01"));
        assertEquals(eur("-500.01"), down.amount());   // 500.005 → 500.00 (half-even)
    }

    @Test
    void zeroUnlessTakesEverything() {
        Gate zero = Gate.zeroUnless("quality gate", QUALITY);
        assertEquals(BigDecimal.ZERO, zero.factor());
        assertEquals(eur("-1234.56"), zero.apply(quality("10", Precision.DEFAULT), eur("1234.56"), eur("4234.56")).amount());
    }

    @Test
    void rejectsAFactorOutsideZeroToOne() {
        KpiInputException above = assertThrows(KpiInputException.class, () -> Gate.reduceUnless("g", QUALITY, "1.5"));
        assertEquals("factor 1.5 of gate 'g' must be between 0 and 1", above.getMessage());
        KpiInputException below = assertThrows(KpiInputException.class, () -> Gate.reduceUnless("g", QUALITY, "-0.5"));
        assertEquals("factor -0.5 of 'g' must not be negative", below.getMessage());
    }
}
