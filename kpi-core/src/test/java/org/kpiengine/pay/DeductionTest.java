package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.salary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;

class DeductionTest {

    private static PayContext idle(String hours) {
        return new PayContext(PayFixtures.salesManager(), salary("3000").with("idle-hours", hours), Precision.DEFAULT);
    }

    private static final Deduction IDLE = Deduction.perUnit("idle hours", Measure.input("idle-hours"), eur("25.5"));

    @ParameterizedTest(name = "{0} hours, floor {1}, variable {2}: change {3}")
    @CsvSource({
            "4,    SALARY, 500,  -102.00",
            "4.25, SALARY, 500,  -108.38",   // 108.375 rounded once, HALF_UP
            "40,   SALARY, 500,  -500.00",   // 1 020 limited to the variable part
            "40,   SALARY, -10,  0.00",      // nothing left above the salary
            "200,  ZERO,   500,  -3500.00",  // 5 100 limited to the whole pay
            "200,  NONE,   500,  -5100.00",  // the whole penalty: pay becomes negative
            "0,    SALARY, 500,  0.00",
    })
    void takesThePenaltyDownToTheFloor(String hours, Deduction.Floor floor, String variable, String change) {
        Deduction deduction = IDLE.withFloor(floor);
        Accrual accrual = deduction.apply(idle(hours), eur(variable), eur(variable).plus(eur("3000")));
        assertEquals(eur(change), accrual.amount());
    }

    @Test
    void explainsAndWarnsWhenTheFloorLimitsThePenalty() {
        Accrual limited = IDLE.apply(idle("40"), eur("500"), eur("3500"));
        assertEquals("40 × 25.50 = 1020.00, limited to 500.00 so the pay stays at or above the salary", limited.detail());
        assertEquals(1, limited.warnings().size());
        assertEquals("deduction 'idle hours' of EUR 1020.00 was limited to EUR 500.00 so the pay stays at or above the salary",
                limited.warnings().get(0).message());
        Accrual full = IDLE.apply(idle("4"), eur("500"), eur("3500"));
        assertEquals("4 × 25.50 = 102.00", full.detail());
        assertTrue(full.warnings().isEmpty());
        assertEquals(Deduction.Floor.SALARY, IDLE.floor());
        assertEquals(Modifier.Stage.DEDUCTION, IDLE.stage());
    }

    @Test
    void rejectsNegativeUnitsAndAmounts() {
        KpiInputException units = assertThrows(KpiInputException.class, () -> IDLE.apply(idle("-1"), eur("5"), eur("5")));
        assertEquals(Reason.OUT_OF_RANGE, units.reason());
        assertEquals("input 'idle-hours' -1 of deduction 'idle hours' must not be negative", units.getMessage());
        KpiInputException amount = assertThrows(KpiInputException.class,
                () -> Deduction.perUnit("idle", Measure.input("idle-hours"), eur("-1")));
        assertEquals("amount per unit EUR -1.00 of 'idle' must not be negative", amount.getMessage());
        KpiInputException missing = assertThrows(KpiInputException.class,
                () -> IDLE.apply(new PayContext(PayFixtures.salesManager(), salary("1"), Precision.DEFAULT), eur("5"), eur("5")));
        assertEquals(Reason.MISSING_INPUT, missing.reason());
    }

    @Test
    void aDeductionOnAnInputIsWrittenInOneLine() {
        Deduction seed = Deduction.perUnit("idle hours", "idle-hours", eur("90")).flooredAtZero();
        assertEquals(new Deduction("idle hours", Measure.input("idle-hours"), eur("90"), Deduction.Floor.ZERO), seed);
        assertEquals(Deduction.Floor.SALARY, Deduction.perUnit("idle hours", "idle-hours", eur("90")).floor());
        assertEquals(seed, Deduction.perUnit("idle hours", Measure.input("idle-hours"), eur("90")).withFloor(Deduction.Floor.ZERO));
        // salary 20 000 without a variable part, 12 idle hours at 90: 1 080 from the salary
        assertEquals(eur("-1080"), seed.apply(new PayContext(null, salary("20000").with("idle-hours", "12"), Precision.DEFAULT),
                eur("0"), eur("20000")).amount());
    }
}
