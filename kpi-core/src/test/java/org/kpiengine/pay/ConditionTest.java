package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.pay.PayFixtures.salary;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;

class ConditionTest {

    private static PayContext five(String revenue, String receivables) {
        return new PayContext(PayFixtures.fiveIndicators().evaluate(
                PayFixtures.fiveFacts(revenue, "50", "600", "100", receivables)), salary("3000"), Precision.DEFAULT);
    }

    @Test
    void atLeastComparesTheRoundedMeasure() {
        PayContext context = new PayContext(PayFixtures.salesManager(), salary("3000"), Precision.DEFAULT);
        assertTrue(Condition.atLeast(Measure.rating(), "104").isMet(context));
        assertFalse(Condition.atLeast(Measure.rating(), "104.00001").isMet(context));
        assertEquals("rating % 104.0000 ≥ 100: yes", Condition.atLeast(Measure.rating(), "100").explain(context));
        assertEquals("index of 'deals' % 98.0000 ≥ 100: no", Condition.atLeast(Measure.index("deals"), "100").explain(context));
        assertEquals(new AtLeast(Measure.rating(), new BigDecimal("100")), Condition.atLeast(Measure.rating(), "100.00"));
    }

    @Test
    void overPlanComparesTheFactExactly() {
        Condition overPlan = Condition.factAtLeastPlanTimes("revenue", "1.3");
        assertTrue(overPlan.isMet(five("650000", "40000")));
        assertFalse(overPlan.isMet(five("649999.99", "40000")));
        assertEquals("fact of 'revenue' 650000 ≥ 1.3 × plan 500000: yes", overPlan.explain(five("650000", "40000")));
    }

    @Test
    void overPlanOnALowerIsBetterIndicatorIsMultipleTimesBetter() {
        Condition overPlan = Condition.factAtLeastPlanTimes("receivables", "2");
        assertTrue(overPlan.isMet(five("500000", "20000")));
        assertFalse(overPlan.isMet(five("500000", "20000.01")));
        assertEquals("fact of 'receivables' 20000.01 × 2 ≤ plan 40000: no", overPlan.explain(five("500000", "20000.01")));
    }

    @Test
    void theMultipleMustBePositive() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> Condition.factAtLeastPlanTimes("revenue", "0"));
        assertEquals("multiple 0 of the plan of indicator 'revenue' must be positive", e.getMessage());
        assertEquals("revenue", e.indicatorId());
    }
}
