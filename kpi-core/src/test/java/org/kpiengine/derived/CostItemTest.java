package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;

class CostItemTest {

    @Test
    void amountIsHoursTimesRate() {
        assertEquals(new BigDecimal("150000"), CostItem.hours("engineering", "100", "1500").amount());
        assertEquals(new BigDecimal("187.5000"), CostItem.hours("travel", "2.5", "75.00").amount().setScale(4));
    }

    @Test
    void lumpSumIsOneUnit() {
        CostItem item = CostItem.of("samples", new BigDecimal("900"));
        assertEquals(BigDecimal.ONE, item.quantity());
        assertEquals(new BigDecimal("900"), item.amount());
        assertEquals("samples 1 × 900 = 900", item.toString());
    }

    @Test
    void rejectsNegativeHours() {
        Expect.error(Reason.OUT_OF_RANGE, "quantity of cost 'engineering'", "-3",
                "quantity of cost 'engineering' -3 must not be negative",
                () -> CostItem.hours("engineering", "-3", "1500"));
    }

    @Test
    void rejectsNegativeRate() {
        Expect.error(Reason.OUT_OF_RANGE, "unit cost of cost 'engineering'", "-1500",
                "unit cost of cost 'engineering' -1500 must not be negative",
                () -> CostItem.hours("engineering", "3", "-1500"));
    }

    @Test
    void rejectsTextThatIsNotANumber() {
        Expect.error(Reason.NOT_A_NUMBER, "hours", "ten", "value 'ten' of 'hours' is not a decimal number",
                () -> CostItem.hours("engineering", "ten", "1500"));
    }

    @Test
    void rejectsABlankLabel() {
        Expect.error(Reason.INVALID_ID, "label", " ", "the label of a cost item must not be blank",
                () -> CostItem.of(" ", BigDecimal.ONE));
    }
}
