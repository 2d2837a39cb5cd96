package org.kpiengine.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.PayPlanProperties;
import org.kpiengine.pay.Payout;

class ExplanationProperties {

    @Test
    void theExplainedComponentsSumExactlyToTheTotal() {
        qt().withExamples(300).forAll(PayPlanProperties.periods(), PayPlanProperties.shapes(List.of(Deduction.Floor.values())))
                .checkAssert((period, shape) -> {
                    Payout payout = PayPlanProperties.plan(shape).evaluate(period.evaluation(), period.inputs());
                    Explanation explanation = Explanation.of(period.evaluation(), payout);
                    Map<?, ?> pay = (Map<?, ?>) explanation.toData().get("payout");
                    List<?> lines = (List<?>) pay.get("lines");
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int i = 0; i < lines.size(); i++) {
                        BigDecimal amount = (BigDecimal) ((Map<?, ?>) lines.get(i)).get("amount");
                        assertSame(payout.lines().get(i).amount().amount(), amount);
                        sum = sum.add(amount);
                    }
                    assertEquals(pay.get("total"), sum);
                    assertSame(payout.total().amount(), pay.get("total"));
                    String text = explanation.toText();
                    assertTrue(text.contains("total " + payout.total()), text);
                    ExplanationTest.assertPlain(explanation.toData());
                });
    }
}
