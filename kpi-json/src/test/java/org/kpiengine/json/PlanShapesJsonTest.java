package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Facts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of the plan shapes of docs/reference/plan-shapes.md, one golden document per
 * type: each fragment reads to the object the API builds, is written back member for member
 * (the canonical form), matches the schema, and pays the figures of the reference; and the
 * documents each type refuses, with their pointers.
 */
class PlanShapesJsonTest {

    private static final PlanJson JSON = PlanJson.standard();

    /**
     * The coordinator of plan-shapes.md, Conditions: revenue (weight 0.8, plan 500 000, ratio capped
     * at 150) and overdue receivables in percent (weight 0.2, plan 10, lower is better, ratio
     * capped at 150); a fixed scheme "rating ≥ 100 → 1 000".
     */
    private static final String BASE = """
            {
              "formatVersion": 1,
              "role": "coordinator",
              "indicators": [
                { "id": "revenue", "unit": "money", "direction": "higher-is-better", "weight": "0.8",
                  "thresholds": { "plan": "500000" }, "curve": { "type": "ratio", "cap": "150" } },
                { "id": "overdue", "unit": "percent", "direction": "lower-is-better", "weight": "0.2",
                  "thresholds": { "plan": "10" }, "curve": { "type": "ratio", "cap": "150" } }
              ],
              "pay": {
                "schemes": [
                  { "type": "fixed", "name": "bonus",
                    "condition": { "type": "at-least", "measure": { "type": "rating" }, "level": "100" },
                    "amount": { "amount": "1000.00", "currency": "EUR" } }
                ],
                "modifiers": []
              }
            }
            """;

    static ObjectNode base() {
        return (ObjectNode) PlanJsonProperties.tree(BASE);
    }

    /** The base document with a gate "overdue gate" (factor 0) on the condition given. */
    static ObjectNode withGate(String condition) {
        ObjectNode root = base();
        ((ArrayNode) root.at("/pay/modifiers")).addObject().put("type", "gate").put("name", "overdue gate")
                .put("factor", "0").set("condition", PlanJsonProperties.tree(condition));
        return root;
    }

    /**
     * Reads the document, checks that the object at {@code pointer} is {@code expected} (as the
     * API builds it), that the canonical form writes the fragment back member for member, and that
     * the document and its canonical form match the schema.
     */
    static PlanDocument assertGolden(ObjectNode root, String pointer, String fragment, Object expected,
            Function<PlanDocument, Object> extract) {
        String text = root.toPrettyString();
        PlanDocument plan = JSON.read(text);
        assertEquals(expected, extract.apply(plan));
        String canonical = JSON.write(plan);
        assertEquals(PlanJsonProperties.tree(fragment), PlanJsonProperties.tree(canonical).at(pointer), canonical);
        assertEquals(List.of(), SchemaCheck.errors(text));
        assertEquals(List.of(), SchemaCheck.errors(canonical));
        assertEquals(canonical, JSON.canonical(canonical));
        return plan;
    }

    private static Object gateCondition(PlanDocument plan) {
        return ((Gate) plan.template().payPlan().modifiers().get(0)).condition();
    }

    private static Payout pay(PlanDocument plan, String revenue, String overdue, String idleHours) {
        return plan.pay(Facts.builder().put("revenue", revenue).put("overdue", overdue).build(),
                PayInputs.of(Money.of("EUR", "3000.00")).with("idle-hours", idleHours));
    }

    private static PlanJsonException refused(ObjectNode root) {
        return assertThrows(PlanJsonException.class, () -> JSON.read(root.toPrettyString()));
    }

    // ---- conditions ------------------------------------------------------------------------

    @Test
    void atMostOnTheFactGatesALowerIsBetterFigure() {
        String fragment = """
                { "type": "at-most", "measure": { "type": "fact", "indicator": "overdue" }, "level": "15" }""";
        PlanDocument plan = assertGolden(withGate(fragment), "/pay/modifiers/0/condition", fragment,
                Condition.atMost(Measure.fact("overdue"), "15"), PlanShapesJsonTest::gateCondition);
        // plan-shapes.md, Conditions: revenue 600 000, salary 3 000
        Payout twelve = pay(plan, "600000", "12", "0");
        assertEquals(new BigDecimal("112.6667"), twelve.evaluation().rating());
        assertEquals("fact of 'overdue' 12 ≤ 15: yes → passed", twelve.line("overdue gate").detail());
        assertEquals(Money.of("EUR", "4000.00"), twelve.total());
        assertEquals(Money.of("EUR", "4000.00"), pay(plan, "600000", "15", "0").total());
        Payout over = pay(plan, "600000", "15.01", "0");
        assertEquals(new BigDecimal("109.3245"), over.evaluation().rating());
        assertEquals(Money.of("EUR", "3000.00"), over.total());
    }

    @Test
    void betweenIncludesBothEnds() {
        String fragment = """
                { "type": "between", "measure": { "type": "input", "name": "idle-hours" }, "low": "0", "high": "8" }""";
        PlanDocument plan = assertGolden(withGate(fragment), "/pay/modifiers/0/condition", fragment,
                Condition.between(Measure.input("idle-hours"), "0", "8"), PlanShapesJsonTest::gateCondition);
        assertEquals(Money.of("EUR", "4000.00"), pay(plan, "600000", "12", "8").total());
        assertEquals(Money.of("EUR", "3000.00"), pay(plan, "600000", "12", "8.5").total());
    }

    @Test
    void allOfAndAnyOfNestAndEveryPartIsChecked() {
        String fragment = """
                { "type": "all-of", "parts": [
                    { "type": "at-least", "measure": { "type": "rating" }, "level": "100" },
                    { "type": "any-of", "parts": [
                        { "type": "at-most", "measure": { "type": "fact", "indicator": "overdue" }, "level": "15" },
                        { "type": "between", "measure": { "type": "input", "name": "idle-hours" }, "low": "0", "high": "8" },
                        { "type": "always" } ] } ] }""";
        Condition expected = Condition.allOf(Condition.atLeast(Measure.rating(), "100"),
                Condition.anyOf(Condition.atMost(Measure.fact("overdue"), "15"),
                        Condition.between(Measure.input("idle-hours"), "0", "8"), Condition.always()));
        PlanDocument plan = assertGolden(withGate(fragment), "/pay/modifiers/0/condition", fragment, expected,
                PlanShapesJsonTest::gateCondition);
        // overdue 18: index 10 / 18 × 100 = 55.5556, rating 0.8 × 120 + 0.2 × 55.5556 = 107.1111 ≥ 100; always holds
        Payout payout = pay(plan, "600000", "18", "9");
        PayLine gate = payout.line("overdue gate");
        assertEquals("all of (rating % 107.1111 ≥ 100: yes; any of (fact of 'overdue' 18 ≤ 15: no; "
                + "input 'idle-hours' 9 in [0, 8]: no; always: yes): yes): yes → passed", gate.detail());
        assertEquals(Money.of("EUR", "4000.00"), payout.total());
        // 450 000: index 90, rating 72 + 11.1111 = 83.1111 < 100, the bonus is not paid and the gate has nothing to take
        assertEquals(Money.of("EUR", "3000.00"), pay(plan, "450000", "18", "9").total());
    }

    @Test
    void alwaysMakesAGuaranteedAmount() {
        String fragment = """
                { "type": "fixed", "name": "guaranteed bonus", "condition": { "type": "always" },
                  "amount": { "amount": "200.00", "currency": "EUR" } }""";
        ObjectNode root = base();
        ((ArrayNode) root.at("/pay/schemes")).add(PlanJsonProperties.tree(fragment));
        PlanDocument plan = assertGolden(root, "/pay/schemes/1", fragment,
                FixedScheme.always("guaranteed bonus", Money.of("EUR", "200")),
                p -> p.template().payPlan().schemes().get(1));
        Payout payout = pay(plan, "100000", "30", "0");
        assertEquals("always: yes → 200.00", payout.line("guaranteed bonus").detail());
        assertEquals(Money.of("EUR", "3200.00"), payout.total());
    }

    @Test
    void anEmptyCompoundAndABetweenWithLowAboveHighAreRefusedWhereTheyAreWritten() {
        PlanJsonException empty = refused(withGate("{ \"type\": \"all-of\", \"parts\": [] }"));
        assertEquals("/pay/modifiers/0/condition/parts", empty.pointer(), empty.getMessage());
        assertEquals(Reason.INVALID_CONDITION, empty.reason());
        assertEquals("/pay/modifiers/0/condition/parts: the condition 'all of' needs at least one part; it was given none",
                empty.getMessage());
        assertEquals("/pay/modifiers/0/condition/parts/1/parts", refused(withGate("""
                { "type": "all-of", "parts": [ { "type": "always" }, { "type": "any-of", "parts": [] } ] }""")).pointer());
        assertFalse(SchemaCheck.errors(withGate("{ \"type\": \"any-of\", \"parts\": [] }").toString()).isEmpty());

        PlanJsonException between = refused(withGate("""
                { "type": "between", "measure": { "type": "rating" }, "low": "110", "high": "90" }"""));
        assertEquals("/pay/modifiers/0/condition/low", between.pointer(), between.getMessage());
        assertEquals(Reason.INVALID_CONDITION, between.reason());
        assertEquals("110", between.value());
        assertEquals("/pay/modifiers/0/condition/low: low 110 of the condition rating % between low and high must not be "
                + "above high 90", between.getMessage());

        assertEquals("/pay/modifiers/0/condition/parts/0/level", refused(withGate("""
                { "type": "any-of", "parts": [ { "type": "at-most", "measure": { "type": "rating" }, "level": 0.5 } ] }"""))
                .pointer());
        assertEquals("/pay/modifiers/0/condition/limit", refused(withGate("""
                { "type": "always", "limit": "1" }""")).pointer());
        assertEquals("/pay/modifiers/0/condition/parts/0/measure/indicator", refused(withGate("""
                { "type": "any-of", "parts": [ { "type": "at-most", "measure": { "type": "fact", "indicator": "calls" },
                  "level": "1" } ] }""")).pointer());
    }
}
