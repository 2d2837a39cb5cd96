package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;

class InsufficientDataTest {

    private static final InsufficientData FEW_SALES = new InsufficientData("average check", "sales", 42, 100);

    @Test
    void describesTheSampleAndTheMinimum() {
        assertEquals("average check from 42 sales; at least 100 are needed", FEW_SALES.describe());
        assertEquals("insufficient data: average check from 42 sales; at least 100 are needed", FEW_SALES.toString());
    }

    @Test
    void isNotANumber() {
        assertFalse(FEW_SALES.isSufficient());
        assertEquals("42 of 100", FEW_SALES.fold(value -> "number " + value,
                missing -> missing.sampleSize() + " of " + missing.minimum()));
        Expect.error(Reason.INSUFFICIENT_DATA, "average-check", "42",
                "indicator 'average-check' has insufficient data: average check from 42 sales; at least 100 are needed",
                () -> FEW_SALES.valueOrThrow("average-check"));
    }

    @Test
    void rejectsASampleThatIsNotBelowTheMinimum() {
        assertThrows(IllegalArgumentException.class, () -> new InsufficientData("conversion", "contacts", 500, 500));
        assertThrows(IllegalArgumentException.class, () -> new InsufficientData("conversion", "contacts", -1, 500));
        assertThrows(IllegalArgumentException.class, () -> new InsufficientData(" ", "contacts", 1, 500));
    }
}
