package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
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
        KpiInputException e = assertThrows(KpiInputException.class, () -> FEW_SALES.valueOrThrow("average-check"));
        assertEquals(Reason.INSUFFICIENT_DATA, e.reason());
        assertEquals("average-check", e.indicatorId());
        assertEquals("42", e.value());
        assertEquals("indicator 'average-check' has insufficient data: average check from 42 sales; at least 100 are needed",
                e.getMessage());
    }

    @Test
    void rejectsASampleThatIsNotBelowTheMinimum() {
        Expect.error(Reason.OUT_OF_RANGE, "sample size", "500",
                "sample size 500 of conversion must be at least 0 and below the minimum 500",
                () -> new InsufficientData("conversion", "contacts", 500, 500));
        Expect.error(Reason.OUT_OF_RANGE, "sample size", "-1",
                "sample size -1 of conversion must be at least 0 and below the minimum 500",
                () -> new InsufficientData("conversion", "contacts", -1, 500));
        Expect.error(Reason.INVALID_ID, "what", " ", "the figure and the sample unit of insufficient data must not be blank",
                () -> new InsufficientData(" ", "contacts", 1, 500));
    }
}
