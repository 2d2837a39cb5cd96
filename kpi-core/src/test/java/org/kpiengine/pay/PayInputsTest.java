package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

class PayInputsTest {

    @Test
    void holdsTheSalaryAndNamedQuantities() {
        PayInputs inputs = PayInputs.of(eur("3000")).with("idle-hours", "6.50").with("turnover", new BigDecimal("130000"));
        assertEquals(eur("3000"), inputs.salary());
        assertEquals(new BigDecimal("6.5"), inputs.quantity("idle-hours"));
        assertEquals(Map.of("idle-hours", new BigDecimal("6.5"), "turnover", new BigDecimal("130000")), inputs.quantities());
        assertEquals(inputs, PayInputs.of(eur("3000"), Map.of("turnover", new BigDecimal("130000.0"),
                "idle-hours", new BigDecimal("6.5"))));
        assertEquals(eur("4000"), inputs.withSalary(eur("4000")).salary());
        assertNotEquals(inputs, inputs.withSalary(eur("4000")));
    }

    @Test
    void aMissingQuantityNamesItself() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> PayInputs.of(eur("1")).with("a", "1").quantity("idle-hours"));
        assertEquals(Reason.MISSING_INPUT, e.reason());
        assertEquals("idle-hours", e.field());
        assertEquals(null, e.indicatorId());
        assertEquals("the pay plan needs input 'idle-hours', which was not supplied (supplied: [a])", e.getMessage());
    }

    @Test
    void rejectsANegativeSalaryAndBadNames() {
        KpiInputException salary = assertThrows(KpiInputException.class, () -> PayInputs.of(eur("-1")));
        assertEquals("salary EUR -1.00 must not be negative", salary.getMessage());
        KpiInputException name = assertThrows(KpiInputException.class, () -> PayInputs.of(eur("1")).with("idle hours", "1"));
        assertEquals("input name 'idle hours' must be letters, digits, '_', '-' or '.'", name.getMessage());
        KpiInputException number = assertThrows(KpiInputException.class, () -> PayInputs.of(eur("1")).with("idle", "six"));
        assertEquals(Reason.NOT_A_NUMBER, number.reason());
    }
}
