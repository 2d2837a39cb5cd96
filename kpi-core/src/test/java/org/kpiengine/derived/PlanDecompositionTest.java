package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;

class PlanDecompositionTest {

    @Test
    void aZeroPlanNeedsNothing() {
        PlanDecomposition nothing = PlanDecomposition.of("0", "30000", "5", 20);
        assertEquals(0, nothing.dealsNeeded());
        assertEquals(0, nothing.contactsNeeded());
        assertEquals(0, nothing.dailyDeals());
        assertEquals(0, nothing.dailyContacts());
    }

    @Test
    void aFractionOfADealIsAWholeDeal() {
        PlanDecomposition plan = PlanDecomposition.of("30000.01", "30000", "100", 1);
        assertEquals(2, plan.dealsNeeded());
        assertEquals(2, plan.contactsNeeded());
    }

    @Test
    void describesItself() {
        assertEquals("plan 1800000 / check 30000 = 60 deals / 5 % = 1200 contacts; per day over 20 days: 3 deals, 60 contacts",
                PlanDecomposition.of("1800000", "30000", "5", 20).toString());
    }

    @Test
    void rejectsANegativePlan() {
        Expect.error(Reason.OUT_OF_RANGE, "revenue plan", "-1", "revenue plan -1 must not be negative",
                () -> PlanDecomposition.of("-1", "30000", "5", 20));
    }

    @Test
    void rejectsAnAverageCheckThatIsNotPositive() {
        Expect.error(Reason.DIVISION_BY_ZERO, "average check", "0",
                "plan decomposition divides by the average check, which must be positive, but is 0",
                () -> PlanDecomposition.of("1800000", "0", "5", 20));
    }

    @Test
    void rejectsAConversionOutsideZeroToHundred() {
        Expect.error(Reason.OUT_OF_RANGE, "conversion", "0",
                "plan decomposition divides by the conversion, which must be above 0 and at most 100 %, but is 0",
                () -> PlanDecomposition.of("1800000", "30000", "0", 20));
        Expect.error(Reason.OUT_OF_RANGE, "conversion", "100.5",
                "plan decomposition divides by the conversion, which must be above 0 and at most 100 %, but is 100.5",
                () -> PlanDecomposition.of("1800000", "30000", "100.5", 20));
    }

    @Test
    void rejectsNoWorkingDays() {
        Expect.error(Reason.DIVISION_BY_ZERO, "working days", "0",
                "plan decomposition divides by the working days, which must be positive, but are 0",
                () -> PlanDecomposition.of("1800000", "30000", "5", 0));
    }

    @Test
    void equalityIsThatOfTheInputs() {
        assertEquals(new PlanDecomposition(new BigDecimal("1800000"), new BigDecimal("30000"), new BigDecimal("5"), 20),
                PlanDecomposition.of("1800000", "30000", "5", 20));
        PlanDecomposition scaled = new PlanDecomposition(new BigDecimal("1800000.00"), new BigDecimal("3E+4"),
                new BigDecimal("5.0"), 20);
        assertEquals(PlanDecomposition.of("1800000", "30000", "5", 20), scaled);
        assertEquals(PlanDecomposition.of("1800000", "30000", "5", 20).hashCode(), scaled.hashCode());
        assertEquals("plan 1800000 / check 30000 = 60 deals / 5 % = 1200 contacts; per day over 20 days: 3 deals, 60 contacts",
                scaled.toString());
    }
}
