package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.Warning;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.explain.Explanation;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Results, explanations and team results as JSON, on the sales-manager sample. */
class ResultJsonTest {

    private static PlanDocument plan() throws IOException {
        return PlanJson.standard().read(SamplesTest.sample("sales-manager.json"));
    }

    private static Facts facts() {
        return Facts.builder().put("contacts", 570).put("deals", 49).put("conversion", "8.5").put("average-check", 12000).build();
    }

    private static JsonNode money(String amount, String currency) {
        return PlanJsonProperties.tree("{\"amount\": \"" + amount + "\", \"currency\": \"" + currency + "\"}");
    }

    @Test
    void aResultCarriesEveryIndexEveryTypedPayLineAndTheTotal() throws IOException {
        PlanDocument plan = plan();
        Evaluation evaluation = plan.evaluate(facts());
        Payout payout = plan.pay(facts(), PayInputs.of(Money.of("EUR", "4500.00")));
        JsonNode json = PlanJsonProperties.tree(ResultJson.result(evaluation, payout));
        assertEquals(1, json.get("formatVersion").intValue());
        assertEquals("104.0000", json.get("rating").stringValue());
        assertTrue(json.get("met").booleanValue());
        assertEquals("contacts", json.at("/indicators/0/id").stringValue());
        assertEquals("570", json.at("/indicators/0/fact").stringValue());
        assertEquals("114.0000", json.at("/indicators/0/index").stringValue());
        assertEquals("0.4", json.at("/indicators/0/weight").stringValue());
        assertEquals("45.60000", json.at("/indicators/0/contribution").stringValue());
        assertEquals(money("4500.00", "EUR"), json.at("/pay/salary"));
        assertEquals(money("900.00", "EUR"), json.at("/pay/variable"));
        assertEquals(money("5400.00", "EUR"), json.at("/pay/total"));
        assertEquals("salary", json.at("/pay/lines/0/kind").stringValue());
        assertEquals("bonus", json.at("/pay/lines/1/name").stringValue());
        assertEquals("scheme", json.at("/pay/lines/1/kind").stringValue());
        assertEquals(money("900.00", "EUR"), json.at("/pay/lines/1/amount"));
        assertEquals(money("5400.00", "EUR"), json.at("/pay/lines/1/after"));
        assertEquals(payout.line("bonus").detail(), json.at("/pay/lines/1/detail").stringValue());
        assertEquals(0, json.get("warnings").size());
        assertFalse(json.has("excluded"));

        JsonNode scoreOnly = PlanJsonProperties.tree(ResultJson.result(evaluation, null));
        assertFalse(scoreOnly.has("pay"));
        assertEquals("104.0000", scoreOnly.get("rating").stringValue());
    }

    @Test
    void anExplanationIsItsDataAsItIsWithItsOwnFormatVersion() throws IOException {
        PlanDocument plan = plan();
        Explanation explanation = Explanation.of(plan.evaluate(facts()),
                plan.pay(facts(), PayInputs.of(Money.of("EUR", "4500.00"))));
        JsonNode json = PlanJsonProperties.tree(ResultJson.explanation(explanation));
        Map<String, Object> data = explanation.toData();
        assertEquals(List.copyOf(data.keySet()), List.copyOf(json.propertyNames()));
        assertEquals(List.of("formatVersion", "precision", "indicators", "rating", "payout", "warnings"),
                List.copyOf(json.propertyNames()));
        assertEquals("2", json.get("formatVersion").stringValue(), "the data's own version, a string");
        assertEquals("4", json.at("/precision/indexScale").stringValue());
        assertEquals("HALF_UP", json.at("/precision/indexRounding").stringValue());
        assertEquals("104.0000", json.get("rating").stringValue());
        assertEquals("ratio", json.at("/indicators/0/curve").stringValue());
        assertEquals("500", json.at("/indicators/0/plan").stringValue());
        assertEquals("45.6000", json.at("/indicators/0/contribution").stringValue(), "at the index scale");
        assertEquals("EUR", json.at("/payout/currency").stringValue());
        assertEquals("5400.00", json.at("/payout/total").stringValue());
        assertEquals("SCHEME", json.at("/payout/lines/1/kind").stringValue(), "the kinds as toData() gives them");
        assertEquals(((List<?>) data.get("indicators")).size(), json.get("indicators").size());
        assertEquals(PlanJsonProperties.tree(ResultJson.explanation(explanation)), json, "written the same way twice");
    }

    @Test
    void aTeamIsOneLinePerEmployeeErrorRowsIncluded() throws IOException {
        PlanDocument plan = plan();
        TeamInput input = TeamInput.builder(3)
                .employeeIds("E17", "E18", "E19")
                .facts("contacts", DecimalColumn.ofUnscaled(new long[] {570, 500, 250}, 0))
                .facts("deals", DecimalColumn.ofUnscaled(new long[] {49, DecimalColumn.MISSING, 40}, 0))
                .facts("conversion", DecimalColumn.of(new BigDecimal("8.5"), BigDecimal.TEN, new BigDecimal("5")))
                .facts("average-check", DecimalColumn.ofUnscaled(new long[] {12000, 10000, 10000}, 0))
                .salaries(Currency.getInstance("EUR"), DecimalColumn.ofUnscaled(new long[] {450_000, 300_000, 400_000}, 2))
                .build();
        TeamResult result = plan.batch().evaluate(input);
        String text = ResultJson.teamLines(result);
        String[] lines = text.split("\n", -1);
        assertEquals(4, lines.length, text);
        assertEquals("", lines[3], "every line ends with a newline");

        JsonNode first = PlanJsonProperties.tree(lines[0]);
        assertEquals(1, first.get("formatVersion").intValue());
        assertEquals(0, first.get("row").intValue());
        assertEquals("E17", first.get("employee").stringValue());
        assertEquals("sales-manager", first.get("role").stringValue());
        assertEquals("ok", first.get("status").stringValue());
        assertEquals("104.0000", first.get("rating").stringValue());
        assertEquals("114.0000", first.at("/indices/contacts").stringValue());
        assertEquals(money("5400.00", "EUR"), first.at("/pay/total"));
        assertEquals(money("900.00", "EUR"), first.at("/pay/variable"));
        assertEquals("bonus", first.at("/pay/lines/1/name").stringValue());
        assertEquals("scheme", first.at("/pay/lines/1/kind").stringValue());
        assertEquals(money("900.00", "EUR"), first.at("/pay/lines/1/amount"));

        JsonNode error = PlanJsonProperties.tree(lines[1]);
        assertEquals("E18", error.get("employee").stringValue());
        assertEquals("error", error.get("status").stringValue());
        assertEquals("missing-fact", error.at("/error/reason").stringValue());
        assertEquals("deals", error.at("/error/indicator").stringValue());
        assertEquals(result.error(1).cause().getMessage(), error.at("/error/message").stringValue());
        assertFalse(error.has("pay"));

        JsonNode third = PlanJsonProperties.tree(lines[2]);
        // 50 + 0.3 × 80 + 0.2 × 50 + 0.1 × 100 = 20 + 24 + 10 + 10 = 64: below the 80 % tier
        assertEquals("64.0000", third.get("rating").stringValue());
        assertEquals(money("0.00", "EUR"), third.at("/pay/lines/1/amount"));
    }

    // ---- the plan shapes of docs/reference/plan-shapes.md in results --------------------------

    @Test
    void thePlanWarningsOfHighAndFallingRatesAreInTheResultAndInTheTeamLine() {
        ObjectNode root = PlanShapesJsonTest.base();
        ArrayNode schemes = (ArrayNode) root.at("/pay/schemes");
        schemes.add(PlanJsonProperties.tree("""
                { "type": "tiered", "name": "rich tiers", "kind": "retroactive", "measure": { "type": "rating" },
                  "payment": "percent-of-salary", "tiers": [ { "from": "0", "value": "0" }, { "from": "150", "value": "120" } ] }"""));
        schemes.add(PlanJsonProperties.tree("""
                { "type": "tiered", "name": "falling", "kind": "interpolated", "measure": { "type": "rating" },
                  "payment": "percent-of-salary", "tiers": [ { "from": "90", "value": "12.5" }, { "from": "110", "value": "7" } ] }"""));
        PlanDocument plan = PlanJson.standard().read(root.toString());
        Facts facts = Facts.builder().put("revenue", "562500").put("overdue", "10").build();
        Payout payout = plan.pay(facts, PayInputs.of(Money.of("EUR", "3000.00")));
        List<Warning> warnings = payout.warnings();
        // the scorecard's own warning (two indicators are few) first, then the plan's
        assertEquals(List.of(Warning.Code.TOO_FEW_INDICATORS, Warning.Code.HIGH_RATE, Warning.Code.FALLING_TIER_RATE),
                warnings.stream().map(Warning::code).toList());
        // rating 110 lies at the last boundary of the falling table: 7 % of 3 000
        assertEquals(Money.of("EUR", "210.00"), payout.line("falling").amount());

        JsonNode json = PlanJsonProperties.tree(ResultJson.result(payout.evaluation(), payout));
        assertEquals(3, json.get("warnings").size());
        assertEquals("high-rate", json.at("/warnings/1/code").stringValue());
        assertEquals(warnings.get(1).message(), json.at("/warnings/1/message").stringValue());
        assertEquals("falling-tier-rate", json.at("/warnings/2/code").stringValue());
        assertEquals(warnings.get(2).message(), json.at("/warnings/2/message").stringValue());
        assertFalse(json.at("/warnings/2").has("indicator"));

        TeamInput input = TeamInput.builder(1).employeeIds("E1")
                .facts("revenue", DecimalColumn.of(new BigDecimal("562500")))
                .facts("overdue", DecimalColumn.of(BigDecimal.TEN))
                .salaries(Currency.getInstance("EUR"), DecimalColumn.of(new BigDecimal("3000.00")))
                .build();
        JsonNode line = PlanJsonProperties.tree(ResultJson.teamLines(plan.batch().evaluate(input)));
        assertEquals(json.get("warnings"), line.get("warnings"));
        assertEquals(money("210.00", "EUR"), line.at("/pay/lines/3/amount"));
    }

    @Test
    void aLineDecidedByAConditionCarriesItsChecksPartByPart() {
        ObjectNode root = PlanShapesJsonTest.withGate("""
                { "type": "all-of", "parts": [
                    { "type": "at-least", "measure": { "type": "rating" }, "level": "100" },
                    { "type": "any-of", "parts": [
                        { "type": "at-most", "measure": { "type": "fact", "indicator": "overdue" }, "level": "15" },
                        { "type": "between", "measure": { "type": "input", "name": "idle-hours" }, "low": "0", "high": "8" } ] } ] }""");
        PlanDocument plan = PlanJson.standard().read(root.toString());
        Payout payout = plan.pay(Facts.builder().put("revenue", "600000").put("overdue", "18").build(),
                PayInputs.of(Money.of("EUR", "3000.00")).with("idle-hours", "6"));
        JsonNode json = PlanJsonProperties.tree(ResultJson.result(payout));
        assertEquals("107.1111", json.get("rating").stringValue(), "a payout with its evaluation is written whole");
        JsonNode gate = json.at("/pay/lines/2");
        assertEquals("overdue gate", gate.get("name").stringValue());
        assertEquals("gate", gate.get("kind").stringValue());
        JsonNode all = gate.at("/conditions/0");
        assertEquals("all-of", all.get("type").stringValue());
        assertEquals(payout.line("overdue gate").conditions().get(0).text(), all.get("text").stringValue());
        assertTrue(all.get("held").booleanValue());
        assertFalse(all.has("value"), "a compound has no value of its own");
        assertEquals("at-least", all.at("/parts/0/type").stringValue());
        assertEquals("107.1111", all.at("/parts/0/value").stringValue());
        assertTrue(all.at("/parts/0/held").booleanValue());
        JsonNode any = all.at("/parts/1");
        assertEquals("any-of", any.get("type").stringValue());
        assertEquals("at-most", any.at("/parts/0/type").stringValue());
        assertEquals("18", any.at("/parts/0/value").stringValue());
        assertFalse(any.at("/parts/0/held").booleanValue());
        assertEquals("input 'idle-hours' 6 in [0, 8]: yes", any.at("/parts/1/text").stringValue());
        assertTrue(any.at("/parts/1/held").booleanValue());
        assertFalse(json.at("/pay/lines/1").has("conditions") && json.at("/pay/lines/1/conditions").isEmpty(),
                "a line has conditions only when a condition decided it");
        assertEquals("at-least", json.at("/pay/lines/1/conditions/0/type").stringValue(), "the fixed scheme's own condition");
        assertFalse(json.at("/pay/lines/0").has("conditions"), "the salary has none");

        JsonNode explained = PlanJsonProperties.tree(ResultJson.explanation(Explanation.of(payout.evaluation(), payout)));
        // the explanation data (format 2) carries the gate's condition inside the line's typed reckoning
        assertEquals("GATE", explained.at("/payout/lines/2/reckoning/kind").stringValue());
        assertEquals("yes", explained.at("/payout/lines/2/reckoning/condition/held").stringValue());
        assertEquals("18", explained.at("/payout/lines/2/reckoning/condition/parts/1/parts/0/value").stringValue());
        assertEquals("no", explained.at("/payout/lines/2/reckoning/condition/parts/1/parts/0/held").stringValue());
    }

    @Test
    void aPayoutWithoutAnEvaluationIsItsPayAndWarnings() {
        // plan-shapes.md, Plans without a scheme: a guaranteed 200 and 20 per idle hour on a salary of 1 800, no scorecard read
        ObjectNode root = PlanShapesJsonTest.base();
        root.set("pay", PlanJsonProperties.tree("""
                { "schemes": [ { "type": "fixed", "name": "guaranteed bonus", "condition": { "type": "always" },
                                 "amount": { "amount": "200.00", "currency": "EUR" } } ],
                  "modifiers": [ { "type": "deduction", "name": "idle hours", "units": { "type": "input", "name": "idle-hours" },
                                   "amountPerUnit": { "amount": "20.00", "currency": "EUR" } } ] }"""));
        PlanDocument plan = PlanJson.standard().read(root.toString());
        Payout payout = plan.pay(PayInputs.of(Money.of("EUR", "1800.00")).with("idle-hours", "4"));
        assertNull(payout.evaluation());
        JsonNode json = PlanJsonProperties.tree(ResultJson.result(payout));
        assertEquals(List.of("formatVersion", "pay", "warnings"), List.copyOf(json.propertyNames()));
        assertEquals(1, json.get("formatVersion").intValue());
        assertEquals(money("1800.00", "EUR"), json.at("/pay/salary"));
        assertEquals(money("120.00", "EUR"), json.at("/pay/variable"));
        assertEquals(money("1920.00", "EUR"), json.at("/pay/total"));
        assertEquals("always: yes → 200.00", json.at("/pay/lines/1/detail").stringValue());
        assertEquals("always", json.at("/pay/lines/1/conditions/0/type").stringValue());
        assertFalse(json.at("/pay/lines/1/conditions/0").has("value"));
        assertEquals("deduction", json.at("/pay/lines/2/kind").stringValue());
        assertEquals(money("-80.00", "EUR"), json.at("/pay/lines/2/amount"));
        assertEquals(0, json.get("warnings").size());

        // a plan whose steps read the scorecard cannot be paid without it
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> PlanJson.standard().read(PlanShapesJsonTest.BASE).pay(PayInputs.of(Money.of("EUR", "1800.00"))));
        assertEquals(KpiInputException.Reason.MISSING_INPUT, e.reason());
        assertEquals("evaluation", e.field());
    }
}
