package org.kpiengine.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpiengine.curve.Bands;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayFixtures;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.scorecard.Evaluation;

class ExplanationTest {

    private static final Evaluation EVALUATION = PayFixtures.salesManager();
    private static final PayPlan PLAN = PayPlan.builder()
            .scheme(TieredScheme.retroactive("rating tiers", Measure.rating(),
                    Bands.from("0").upTo("100", "5").andAbove("10"), TieredScheme.Payment.PERCENT_OF_SALARY, null))
            .modifier(Gate.reduceUnless("deals gate", Condition.atLeast(Measure.index("deals"), "99"), "0.5"))
            .modifier(VariableLimits.cap(Money.of("EUR", "120")))
            .modifier(Deduction.perUnit("idle hours", Measure.input("idle-hours"), Money.of("EUR", "12.5")))
            .build();
    private static final Payout PAYOUT = PLAN.evaluate(EVALUATION, PayInputs.of(Money.of("EUR", "3000")).with("idle-hours", "2"));

    @Test
    void rendersAFixedWidthTable() {
        String expected = String.join("\n",
                "indicator         fact  base   plan  target  curve   index %  weight  contribution",
                "-------------  -------  ----  -----  ------  -----  --------  ------  ------------",
                "contacts         570       -    500       -  ratio  114.0000     0.4      45.60000",
                "deals             49       -     50       -  ratio   98.0000     0.3      29.40000",
                "conversion         8.5     -     10       -  ratio   85.0000     0.2      17.00000",
                "average-check  12000       -  10000       -  ratio  120.0000     0.1      12.00000",
                "rating 104.0000 %",
                "",
                "step          kind             amount EUR   before    after  how",
                "------------  ---------------  ----------  -------  -------  --------------------------------------------------------------------",
                "salary        salary              3000.00     0.00  3000.00  fixed salary",
                "rating tiers  scheme               300.00  3000.00  3300.00  rating % 104.0000 in tier [100, ∞) → 10 % of salary 3000.00 = 300.00",
                "deals gate    gate                -150.00  3300.00  3150.00  index of 'deals' % 98.0000 ≥ 99: no → variable 300.00 × 0.5 = 150.00",
                "variable cap  variable limits      -30.00  3150.00  3120.00  variable 150.00 cut to cap 120.00",
                "idle hours    deduction            -25.00  3120.00  3095.00  2 × 12.50 = 25.00",
                "salary EUR 3000.00, variable EUR 95.00, total EUR 3095.00",
                "");
        assertEquals(expected, Explanation.of(EVALUATION, PAYOUT).toText());
    }

    @Test
    void explainsAnEvaluationAlone() {
        Explanation explanation = Explanation.of(EVALUATION);
        assertNull(explanation.payout());
        assertSame(EVALUATION, explanation.evaluation());
        assertTrue(explanation.toText().endsWith("rating 104.0000 %\n"));
        assertFalse(explanation.toData().containsKey("payout"));
        assertEquals(explanation.toText(), explanation.toString());
    }

    @Test
    void theDataHoldsTheCalculationsOwnObjects() {
        Map<String, Object> data = Explanation.of(EVALUATION, PAYOUT).toData();
        assertEquals(List.of("indicators", "rating", "payout", "warnings"), List.copyOf(data.keySet()));
        assertSame(EVALUATION.rating(), data.get("rating"));
        List<?> indicators = (List<?>) data.get("indicators");
        Map<?, ?> contacts = (Map<?, ?>) indicators.get(0);
        assertEquals(List.of("id", "name", "unit", "direction", "fact", "plan", "curve", "index", "weight", "contribution"),
                List.copyOf(contacts.keySet()));
        assertSame(EVALUATION.indices().get(0).fact(), contacts.get("fact"));
        assertSame(EVALUATION.indices().get(0).index(), contacts.get("index"));
        assertSame(EVALUATION.indices().get(0).contribution(), contacts.get("contribution"));
        assertSame(EVALUATION.indices().get(0).weight().value(), contacts.get("weight"));
        Map<?, ?> payout = (Map<?, ?>) data.get("payout");
        assertEquals("EUR", payout.get("currency"));
        assertSame(PAYOUT.total().amount(), payout.get("total"));
        List<?> lines = (List<?>) payout.get("lines");
        assertEquals(5, lines.size());
        Map<?, ?> gate = (Map<?, ?>) lines.get(2);
        assertEquals("GATE", gate.get("kind"));
        assertSame(PAYOUT.lines().get(2).amount().amount(), gate.get("amount"));
        assertEquals(new BigDecimal("-150.00"), gate.get("amount"));
        assertThrows(UnsupportedOperationException.class, () -> data.put("x", "y"));
    }

    @Test
    void theDataIsOnlyMapsListsStringsAndDecimals() {
        assertPlain(Explanation.of(EVALUATION, PAYOUT).toData());
    }

    static void assertPlain(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                assertTrue(k instanceof String, () -> "key " + k);
                assertPlain(v);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(ExplanationTest::assertPlain);
        } else {
            assertTrue(value instanceof String || value instanceof BigDecimal, () -> "value " + value + " of " + value.getClass());
        }
    }
}
