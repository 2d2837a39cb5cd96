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
import org.kpiengine.Precision;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
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
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

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
    void zerosAreWrittenPlainlyEvenAtAHighScale() {
        // weight 0.125 × index 0.00000000 is a zero of scale 11, whose BigDecimal.toString() is 0E-11
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.125", Thresholds.plan("600"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.875", Thresholds.plan("50"), RatioCurve.uncapped())
                .build();
        Evaluation zero = scorecard.evaluate(Facts.builder().put("calls", 0).put("deals", "-0.0").build(),
                Precision.DEFAULT.withIndexScale(8));
        Payout payout = PLAN.evaluate(zero, PayInputs.of(Money.of("EUR", "0")).with("idle-hours", "0"));
        String text = Explanation.of(zero, payout).toText();
        assertFalse(text.matches("(?s).*\\dE[-+]?\\d.*"), text);
        assertFalse(text.contains("-0"), text);
        assertTrue(text.contains("calls         0     -   600       -  ratio  0.00000000   0.125  0.00000000000"), text);
        assertTrue(text.contains("rating 0.00000000 %"), text);
        assertTrue(text.contains("salary EUR 0.00, variable EUR 0.00, total EUR 0.00"), text);
    }

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

    @Test
    void theDataShowsEachPartOfACompoundConditionWithItsValue() {
        PayPlan plan = PayPlan.builder()
                .scheme(org.kpiengine.pay.FixedScheme.of("bonus", Condition.allOf(
                        Condition.atLeast(Measure.rating(), "100"),
                        Condition.anyOf(Condition.atMost(Measure.input("idle-hours"), "4"), Condition.atLeast(Measure.index("deals"), "99"))),
                        Money.of("EUR", "300")))
                .build();
        Payout payout = plan.evaluate(EVALUATION, PayInputs.of(Money.of("EUR", "3000")).with("idle-hours", "6"));
        Explanation explanation = Explanation.of(EVALUATION, payout);
        @SuppressWarnings("unchecked")
        Map<String, Object> bonus = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) explanation.toData().get("payout"))
                .get("lines")).get(1);
        String text = "all of (rating % 104.0000 ≥ 100: yes; any of (input 'idle-hours' 6 ≤ 4: no;"
                + " index of 'deals' % 98.0000 ≥ 99: no): no): no";
        assertEquals(text + " → 0", bonus.get("detail"));
        Map<String, Object> all = Map.of("text", text, "held", "no", "parts", List.of(
                Map.of("text", "rating % 104.0000 ≥ 100: yes", "value", new BigDecimal("104.0000"), "held", "yes"),
                Map.of("text", "any of (input 'idle-hours' 6 ≤ 4: no; index of 'deals' % 98.0000 ≥ 99: no): no", "held", "no",
                        "parts", List.of(
                                Map.of("text", "input 'idle-hours' 6 ≤ 4: no", "value", new BigDecimal("6"), "held", "no"),
                                Map.of("text", "index of 'deals' % 98.0000 ≥ 99: no", "value", new BigDecimal("98.0000"),
                                        "held", "no")))));
        assertEquals(List.of(all), bonus.get("conditions"));
        assertPlain(explanation.toData());
        assertTrue(explanation.toText().contains(text + " → 0"));
        // a step without a condition has no conditions key
        assertFalse(((Map<?, ?>) ((List<?>) ((Map<?, ?>) Explanation.of(EVALUATION, PAYOUT).toData().get("payout"))
                .get("lines")).get(1)).containsKey("conditions"));
    }
}
