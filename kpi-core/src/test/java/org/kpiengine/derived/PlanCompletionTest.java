package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;

class PlanCompletionTest {

    @Test
    void isFactOverPlanRoundedOnce() {
        assertEquals(new BigDecimal("33.3333"), PlanCompletion.of(BigDecimal.ONE, new BigDecimal("3")));
        assertEquals(new BigDecimal("66.67"),
                PlanCompletion.of(new BigDecimal("2"), new BigDecimal("3"), Precision.DEFAULT.withIndexScale(2)));
        assertEquals(new BigDecimal("66.66"), PlanCompletion.of(new BigDecimal("2"), new BigDecimal("3"),
                Precision.DEFAULT.withIndexScale(2).withIndexRounding(RoundingMode.DOWN)));
    }

    @Test
    void aLossGivesANegativeCompletion() {
        assertEquals(new BigDecimal("-20.0000"), PlanCompletion.of(new BigDecimal("-50000"), new BigDecimal("250000")));
    }

    @Test
    void rejectsAPlanThatIsNotPositive() {
        Expect.error(Reason.PLAN_NOT_POSITIVE, "plan", "0",
                "plan completion divides by the plan, which must be positive, but is 0",
                () -> PlanCompletion.of(BigDecimal.TEN, BigDecimal.ZERO));
        Expect.error(Reason.PLAN_NOT_POSITIVE, "plan", "-5",
                "plan completion divides by the plan, which must be positive, but is -5",
                () -> PlanCompletion.of(BigDecimal.TEN, new BigDecimal("-5")));
    }
}
