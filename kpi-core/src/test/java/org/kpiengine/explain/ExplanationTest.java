package org.kpiengine.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    void theDataOfTheSalesManagerMatrix() {
        // contacts 570 of 500 → 114.0000 × 0.4 = 45.6000; deals 49 of 50 → 98.0000 × 0.3 = 29.4000;
        // conversion 8.5 of 10 → 85.0000 × 0.2 = 17.0000; average check 12000 of 10000 → 120.0000 × 0.1
        // = 12.0000; rating 104.0000. Pay: 10 % of 3000.00 = 300.00, gate halves it (deals 98 < 99),
        // the cap cuts 150.00 to 120.00, 2 idle hours × 12.50.
        Map<String, Object> data = Explanation.of(EVALUATION, PAYOUT).toData();
        assertEquals(List.of("formatVersion", "precision", "indicators", "rating", "payout", "warnings"),
                List.copyOf(data.keySet()));
        assertEquals("2", data.get("formatVersion"));
        assertEquals(Explanation.DATA_FORMAT_VERSION, data.get("formatVersion"));
        assertEquals(Map.of("indexScale", "4", "indexRounding", "HALF_UP", "moneyRounding", "HALF_UP"), data.get("precision"));
        List<?> indicators = (List<?>) data.get("indicators");
        assertEquals(List.of(
                indicator("contacts", "COUNT", "570", "500", "114.0000", "0.4", "45.6000"),
                indicator("deals", "COUNT", "49", "50", "98.0000", "0.3", "29.4000"),
                indicator("conversion", "PERCENT", "8.5", "10", "85.0000", "0.2", "17.0000"),
                indicator("average-check", "MONEY", "12000", "10000", "120.0000", "0.1", "12.0000")), indicators);
        assertEquals(List.of("id", "name", "unit", "direction", "fact", "plan", "curve", "index", "weight", "contribution"),
                List.copyOf(((Map<?, ?>) indicators.get(0)).keySet()));
        assertEquals("104.0000", data.get("rating"));
        Map<?, ?> payout = (Map<?, ?>) data.get("payout");
        assertEquals(List.of("currency", "salary", "variable", "total", "lines"), List.copyOf(payout.keySet()));
        assertEquals("EUR", payout.get("currency"));
        assertEquals("3000.00", payout.get("salary"));
        assertEquals("95.00", payout.get("variable"));
        assertEquals("3095.00", payout.get("total"));
        assertEquals(List.of(
                line("salary", "SALARY", "3000.00", "0.00", "3000.00", Map.of("kind", "SALARY", "salary", "3000.00")),
                line("rating tiers", "SCHEME", "300.00", "3000.00", "3300.00", Map.of("kind", "TIER",
                        "measure", Map.of("kind", "RATING"), "value", "104", "tier", Map.of("lower", "100", "rate", "10"),
                        "rate", "10", "payment", "PERCENT_OF_SALARY", "base", "3000", "interpolated", "no")),
                line("deals gate", "GATE", "-150.00", "3300.00", "3150.00", Map.of("kind", "GATE",
                        "condition", Map.of("kind", "AT_LEAST", "measure", Map.of("kind", "INDEX", "indicator", "deals"),
                                "level", "99", "value", "98", "held", "no"),
                        "variable", "300.00", "factor", "0.5", "variableAfter", "150.00")),
                line("variable cap", "VARIABLE_LIMITS", "-30.00", "3150.00", "3120.00", Map.of("kind", "LIMITS",
                        "value", "150.00", "cap", "120.00", "outcome", "CUT_TO_CAP")),
                line("idle hours", "DEDUCTION", "-25.00", "3120.00", "3095.00", Map.of("kind", "DEDUCTION",
                        "units", Map.of("kind", "INPUT", "input", "idle-hours"), "count", "2", "amountPerUnit", "12.50",
                        "penalty", "25.00", "floor", "SALARY"))), payout.get("lines"));
        assertEquals(List.of("name", "kind", "amount", "before", "after", "reckoning"),
                List.copyOf(((Map<?, ?>) ((List<?>) payout.get("lines")).get(0)).keySet()));
        assertEquals(List.of(), data.get("warnings"));
        assertThrows(UnsupportedOperationException.class, () -> data.put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) data.get("precision")).clear());
    }

    private static Map<String, String> indicator(String id, String unit, String fact, String plan, String index, String weight,
            String contribution) {
        return Map.of("id", id, "name", id, "unit", unit, "direction", "HIGHER_IS_BETTER", "fact", fact, "plan", plan,
                "curve", "ratio", "index", index, "weight", weight, "contribution", contribution);
    }

    private static Map<String, Object> line(String name, String kind, String amount, String before, String after,
            Map<String, Object> reckoning) {
        return Map.of("name", name, "kind", kind, "amount", amount, "before", before, "after", after, "reckoning", reckoning);
    }

    @Test
    void theDataOfAnEvaluationAloneHasNoPayout() {
        Map<String, Object> data = Explanation.of(EVALUATION).toData();
        assertEquals(List.of("formatVersion", "precision", "indicators", "rating", "warnings"), List.copyOf(data.keySet()));
        assertEquals("104.0000", data.get("rating"));
    }

    @Test
    void contributionsAreRoundedOnceToTheIndexScaleWithTheIndexRounding() {
        // weight 0.125 × index 33.3333 = 4.1666625 exactly; the rating is ROUND(4.1666625 + 0.875 × 50; 4)
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.125", Thresholds.plan("600"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.875", Thresholds.plan("50"), RatioCurve.uncapped())
                .build();
        Facts facts = Facts.builder().put("calls", 200).put("deals", 25).build();
        Map<?, ?> halfUp = (Map<?, ?>) ((List<?>) Explanation.of(scorecard.evaluate(facts)).toData().get("indicators")).get(0);
        assertEquals("33.3333", halfUp.get("index"));
        assertEquals("4.1667", halfUp.get("contribution"));
        Map<String, Object> down = Explanation.of(scorecard.evaluate(facts, Precision.DEFAULT.withIndexRounding(RoundingMode.DOWN)))
                .toData();
        assertEquals("4.1666", ((Map<?, ?>) ((List<?>) down.get("indicators")).get(0)).get("contribution"));
        assertEquals("47.9166", down.get("rating"));
        Map<String, Object> twoPlaces = Explanation.of(scorecard.evaluate(facts, Precision.DEFAULT.withIndexScale(2))).toData();
        Map<?, ?> calls = (Map<?, ?>) ((List<?>) twoPlaces.get("indicators")).get(0);
        assertEquals("33.33", calls.get("index"));
        assertEquals("4.17", calls.get("contribution"));
        assertEquals("47.92", twoPlaces.get("rating"));
        assertEquals("2", ((Map<?, ?>) twoPlaces.get("precision")).get("indexScale"));
    }

    @Test
    void tinyFactsAndHighScaleZerosArePlainAndMoneyKeepsItsCurrencyScale() {
        // fact 0.00000001 has the toString() 1E-8; at index scale 8 a zero contribution is 0E-8 × 0.125 = 0E-11
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.125", Thresholds.plan("600"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.875", Thresholds.plan("50"), RatioCurve.uncapped())
                .build();
        Evaluation evaluation = scorecard.evaluate(Facts.builder().put("calls", new BigDecimal("0.00000001")).put("deals", "0.0")
                .build(), Precision.DEFAULT.withIndexScale(8));
        PayPlan yen = PayPlan.builder()
                .scheme(TieredScheme.retroactive("rating tiers", Measure.rating(),
                        Bands.from("0").upTo("0.0001", "5").upTo("100", "0").andAbove("10"),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .build();
        Payout payout = yen.evaluate(evaluation, PayInputs.of(Money.of("JPY", "300001")));
        Map<String, Object> data = Explanation.of(evaluation, payout).toData();
        List<?> indicators = (List<?>) data.get("indicators");
        Map<?, ?> calls = (Map<?, ?>) indicators.get(0);
        assertEquals("0.00000001", calls.get("fact"));
        assertEquals("0.00000000", calls.get("index"));
        assertEquals("0.00000000", calls.get("contribution"));
        assertEquals("0", ((Map<?, ?>) indicators.get(1)).get("fact"));
        assertEquals("0.00000000", data.get("rating"));
        Map<?, ?> pay = (Map<?, ?>) data.get("payout");
        assertEquals("JPY", pay.get("currency"));
        assertEquals("300001", pay.get("salary"));
        assertEquals("15000", pay.get("variable"));   // 5 % of 300001 = 15000.05, rounded to the yen
        assertEquals("315001", pay.get("total"));
        ExplanationProperties.assertNumbersPlain(data);
    }

    @Test
    void theDataIsOnlyMapsListsAndStrings() {
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
            assertTrue(value instanceof String, () -> "value " + value + " of " + value.getClass());
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
        Map<String, Object> all = Map.of("kind", "ALL_OF", "held", "no", "parts", List.of(
                Map.of("kind", "AT_LEAST", "measure", Map.of("kind", "RATING"), "level", "100", "value", "104", "held", "yes"),
                Map.of("kind", "ANY_OF", "held", "no", "parts", List.of(
                        Map.of("kind", "AT_MOST", "measure", Map.of("kind", "INPUT", "input", "idle-hours"), "level", "4",
                                "value", "6", "held", "no"),
                        Map.of("kind", "AT_LEAST", "measure", Map.of("kind", "INDEX", "indicator", "deals"), "level", "99",
                                "value", "98", "held", "no")))));
        assertEquals(Map.of("kind", "CONDITION", "amount", "300.00", "condition", all), bonus.get("reckoning"));
        assertPlain(explanation.toData());
        // the English table keeps its sentence
        assertTrue(explanation.toText().contains(text + " → 0"));
        // a line's keys are the same for every kind: the typed values are inside the reckoning
        assertFalse(((Map<?, ?>) ((List<?>) ((Map<?, ?>) Explanation.of(EVALUATION, PAYOUT).toData().get("payout"))
                .get("lines")).get(1)).containsKey("conditions"));
    }
}
