package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;

class StabilisationPlanTest {

    @Test
    void printsTheThreePayouts() throws Exception {
        String out = Console.capture(() -> StabilisationPlan.main(new String[0])).replaceAll(" +", " ");
        // 0.5 × 97/95 + 0.3 × 99.5/98 + 0.2 × 10/12, each index rounded to 4 places
        assertContains(out, "rating 98.1785 %");
        assertContains(out, "rating tiers scheme 150.00 3000.00 3150.00 rating % 98.1785 in tier [80, 100) → 5 % of salary 3000.00 = 150.00");
        assertContains(out, "overdue gate gate 0.00 3150.00 3150.00 fact of 'overdue' 12 ≤ 15: yes → passed");
        assertContains(out, "overdue gate gate -150.00 3150.00 3000.00 fact of 'overdue' 18 ≤ 15: no → variable 150.00 × 0 = 0.00");
        assertContains(out, "guaranteed bonus 200.00 always: yes → 200.00");
        assertContains(out, "idle hours -80.00 4 × 20.00 = 80.00");
        assertContains(out, "total EUR 1920.00");
        assertContains(out, "idle hours -1080.00 12 × 90.00 = 1080.00");
        assertContains(out, "total RUB 18920.00");
    }

    @Test
    void theGateIsAtMostFifteenOnTheFact() {
        PayInputs salary = PayInputs.of(Money.of("EUR", "3000"));
        for (String overdue : new String[] {"15", "15.01"}) {
            Evaluation evaluation = StabilisationPlan.coordinatorScorecard().evaluate(Facts.builder()
                    .put("on-time", "97").put("stock-accuracy", "99.5").put("overdue", overdue).build());
            Payout payout = StabilisationPlan.coordinatorPlan().evaluate(evaluation, salary);
            assertEquals(Money.of("EUR", overdue.equals("15") ? "3150" : "3000"), payout.total(), payout::toString);
        }
    }

    @Test
    void theTraineesDeductionKeepsTheSalaryByDefault() {
        // 20 idle hours at 20 = 400, but only the 200 of variable pay can be taken
        Payout payout = StabilisationPlan.traineePlan().evaluate(PayInputs.of(Money.of("EUR", "1800")).with("idle-hours", "20"));
        assertEquals(Money.of("EUR", "1800"), payout.total());
        assertEquals(1, payout.warnings().size());
    }

    private static void assertContains(String out, String expected) {
        assertTrue(out.contains(expected), () -> "expected the output to contain\n" + expected + "\nbut it was\n" + out);
    }
}
