package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
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
    void anExplanationIsItsDataWithAFormatVersion() throws IOException {
        PlanDocument plan = plan();
        Explanation explanation = Explanation.of(plan.evaluate(facts()),
                plan.pay(facts(), PayInputs.of(Money.of("EUR", "4500.00"))));
        JsonNode json = PlanJsonProperties.tree(ResultJson.explanation(explanation));
        Map<String, Object> data = explanation.toData();
        assertEquals(1, json.get("formatVersion").intValue());
        assertEquals(List.of("formatVersion", "indicators", "rating", "payout", "warnings"),
                List.copyOf(json.propertyNames()));
        assertEquals("104.0000", json.get("rating").stringValue());
        assertEquals("ratio", json.at("/indicators/0/curve").stringValue());
        assertEquals("500", json.at("/indicators/0/plan").stringValue());
        assertEquals("45.60000", json.at("/indicators/0/contribution").stringValue());
        assertEquals("EUR", json.at("/payout/currency").stringValue());
        assertEquals("5400.00", json.at("/payout/total").stringValue());
        assertEquals("SCHEME", json.at("/payout/lines/1/kind").stringValue(), "the kinds as toData() gives them");
        assertEquals(((List<?>) data.get("indicators")).size(), json.get("indicators").size());
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
}
