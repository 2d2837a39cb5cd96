package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.TargetBandCurve;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.CoefficientScheme;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.WeightedCoefficient;
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
    static final String BASE = """
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

    // ---- indicators ------------------------------------------------------------------------

    @Test
    void aMoneyIndicatorMarkedNotAdditiveReadsAndWritesBackSo() {
        ObjectNode root = base();
        ((ObjectNode) root.at("/indicators/0")).put("additive", false);
        String fragment = """
                { "id": "revenue", "name": "revenue", "unit": "money", "direction": "higher-is-better", "additive": false,
                  "weight": "0.8", "thresholds": { "plan": "500000" }, "curve": { "type": "ratio", "cap": "150" } }""";
        PlanDocument plan = assertGolden(root, "/indicators/0", fragment,
                Indicator.higherIsBetter("revenue", Unit.MONEY).withAdditive(false),
                p -> p.template().scorecard().line("revenue").indicator());
        assertFalse(plan.template().scorecard().line("revenue").indicator().additive());
        JsonNode written = PlanJsonProperties.tree(JSON.write(plan)).at("/indicators/0");
        assertEquals(List.of("id", "name", "unit", "direction", "additive", "weight", "thresholds", "curve"),
                List.copyOf(written.propertyNames()), "additive comes after timing, before the weight");
    }

    @Test
    void additiveIsWrittenOnlyWhereItDiffersFromTheUnitsDefault() {
        ObjectNode root = base();
        ((ObjectNode) root.at("/indicators/0")).put("additive", true);    // money: additive by default
        ((ObjectNode) root.at("/indicators/1")).put("additive", true);    // percent: not additive by default
        PlanDocument plan = JSON.read(root.toPrettyString());
        assertTrue(plan.template().scorecard().line("revenue").indicator().additive());
        assertTrue(plan.template().scorecard().line("overdue").indicator().additive());
        JsonNode canonical = PlanJsonProperties.tree(JSON.write(plan));
        assertFalse(canonical.at("/indicators/0").has("additive"), canonical.toString());
        assertEquals(true, canonical.at("/indicators/1/additive").booleanValue(), canonical.toString());
        PlanDocument defaults = JSON.read(BASE);
        assertTrue(defaults.template().scorecard().line("revenue").indicator().additive(), "money is additive by default");
        assertFalse(defaults.template().scorecard().line("overdue").indicator().additive(), "percent is not");
    }

    // ---- curves ----------------------------------------------------------------------------

    /** The base document with overdue replaced by on-time delivery in percent (weight 0.2, plan 95) on the curve given. */
    static ObjectNode withOnTime(String curve) {
        ObjectNode root = base();
        ObjectNode line = ((ArrayNode) root.get("indicators")).objectNode();
        line.put("id", "on-time").put("unit", "percent").put("direction", "higher-is-better").put("weight", "0.2");
        line.putObject("thresholds").put("plan", "95");
        line.set("curve", PlanJsonProperties.tree(curve));
        ((ArrayNode) root.get("indicators")).set(1, line);
        return root;
    }

    private static BigDecimal onTimeIndex(PlanDocument plan, String fact) {
        return plan.evaluate(Facts.builder().put("revenue", "500000").put("on-time", fact).build()).index("on-time").index();
    }

    @Test
    void aTargetBandScoresTheDeviationFromThePlan() {
        String fragment = """
                { "type": "target-band", "tolerance": "2", "criticalDeviation": "7" }""";
        PlanDocument plan = assertGolden(withOnTime(fragment), "/indicators/1/curve", fragment, TargetBandCurve.of("2", "7"),
                p -> p.template().scorecard().line("on-time").curve());
        // plan-shapes.md, Target band: plan 95, tolerance 2, critical deviation 7
        assertEquals(new BigDecimal("100.0000"), onTimeIndex(plan, "96"));
        assertEquals(new BigDecimal("60.0000"), onTimeIndex(plan, "91"));
        assertEquals(new BigDecimal("0.0000"), onTimeIndex(plan, "88"));
        assertEquals(new BigDecimal("60.0000"), onTimeIndex(plan, "99"), "the same bounds above the plan");
    }

    @Test
    void aTargetBandWithOtherBoundsBelowThePlanWritesAllFour() {
        String fragment = """
                { "type": "target-band", "toleranceBelow": "0", "criticalBelow": "3", "toleranceAbove": "2", "criticalAbove": "7" }""";
        PlanDocument plan = assertGolden(withOnTime(fragment), "/indicators/1/curve", fragment,
                TargetBandCurve.of("2", "7").withBelow("0", "3"), p -> p.template().scorecard().line("on-time").curve());
        assertEquals(new BigDecimal("66.6667"), onTimeIndex(plan, "94"));    // 1 below: 100 × (3 − 1) / (3 − 0)
        assertEquals(new BigDecimal("0.0000"), onTimeIndex(plan, "92"));     // 3 below: the critical deviation
        assertEquals(new BigDecimal("100.0000"), onTimeIndex(plan, "97"));   // 2 above: within the tolerance
        assertEquals(new BigDecimal("40.0000"), onTimeIndex(plan, "100"));   // 5 above: 100 × (7 − 5) / (7 − 2)
        // the same bounds on both sides, written as four, are the symmetric band and written as two
        PlanDocument four = JSON.read(withOnTime("""
                { "type": "target-band", "toleranceBelow": "2", "criticalBelow": "7", "toleranceAbove": "2.0", "criticalAbove": "7" }""")
                .toString());
        assertEquals(TargetBandCurve.of("2", "7"), four.template().scorecard().line("on-time").curve());
        assertEquals(JSON.write(JSON.read(withOnTime("{ \"type\": \"target-band\", \"tolerance\": \"2\", "
                + "\"criticalDeviation\": \"7\" }").toString())), JSON.write(four));
    }

    @Test
    void aTargetBandRefusesACriticalDeviationAtOrBelowItsToleranceWhereItIsWritten() {
        PlanJsonException e = refused(withOnTime("""
                { "type": "target-band", "tolerance": "7", "criticalDeviation": "7" }"""));
        assertEquals("/indicators/1/curve/criticalDeviation", e.pointer(), e.getMessage());
        assertEquals(Reason.INVALID_CURVE, e.reason());
        assertEquals("7", e.value());
        assertEquals("/indicators/1/curve/criticalDeviation: critical deviation 7 of a target band must be above its tolerance 7 "
                + "(the index falls from 100 at the tolerance to 0 at the critical deviation)", e.getMessage());
        assertEquals("/indicators/1/curve/criticalBelow", refused(withOnTime("""
                { "type": "target-band", "toleranceBelow": "3", "criticalBelow": "1", "toleranceAbove": "2", "criticalAbove": "7" }"""))
                .pointer());
        assertEquals("/indicators/1/curve/toleranceAbove", refused(withOnTime("""
                { "type": "target-band", "toleranceBelow": "0", "criticalBelow": "1", "toleranceAbove": "-2", "criticalAbove": "7" }"""))
                .pointer());
        assertEquals("/indicators/1/curve/tolerance", refused(withOnTime("""
                { "type": "target-band", "tolerance": "-1", "criticalDeviation": "7" }""")).pointer());
        PlanJsonException mixed = refused(withOnTime("""
                { "type": "target-band", "tolerance": "2", "criticalDeviation": "7", "toleranceBelow": "0" }"""));
        assertEquals("/indicators/1/curve/toleranceBelow", mixed.pointer(), mixed.getMessage());
        assertEquals("/indicators/1/curve/criticalAbove", refused(withOnTime("""
                { "type": "target-band", "toleranceBelow": "0", "criticalBelow": "3", "toleranceAbove": "2" }""")).pointer());
        assertFalse(SchemaCheck.errors(withOnTime("""
                { "type": "target-band", "tolerance": "2", "criticalDeviation": "7", "toleranceBelow": "0" }""").toString()).isEmpty());
        assertFalse(SchemaCheck.errors(withOnTime("""
                { "type": "target-band", "tolerance": "2" }""").toString()).isEmpty());
    }

    // ---- schemes ---------------------------------------------------------------------------

    /** The base document with a second scheme. */
    static ObjectNode withScheme(String scheme) {
        ObjectNode root = base();
        ((ArrayNode) root.at("/pay/schemes")).add(PlanJsonProperties.tree(scheme));
        return root;
    }

    private static Object secondScheme(PlanDocument plan) {
        return plan.template().payPlan().schemes().get(1);
    }

    private static final String INTERPOLATED = """
            { "type": "tiered", "name": "split bonus", "kind": "interpolated", "measure": { "type": "rating" },
              "payment": "percent-of-salary",
              "tiers": [ { "from": "80", "value": "0" }, { "from": "100", "value": "20" },
                         { "from": "120", "value": "50" }, { "from": "150", "value": "80" } ] }""";

    @Test
    void interpolatedTiersMoveTheRateBetweenTheBoundaries() {
        TieredScheme expected = TieredScheme.interpolated("split bonus", Measure.rating(),
                Bands.ofBoundaries(Bands.boundary("80", "0"), Bands.boundary("100", "20"), Bands.boundary("120", "50"),
                        Bands.boundary("150", "80")),
                TieredScheme.Payment.PERCENT_OF_SALARY, null);
        PlanDocument plan = assertGolden(withScheme(INTERPOLATED), "/pay/schemes/1", INTERPOLATED, expected,
                PlanShapesJsonTest::secondScheme);
        // plan-shapes.md, Interpolated tiers: rating 110 (revenue index 112.5 × 0.8 + overdue 100 × 0.2), salary 100 000
        Payout payout = plan.pay(Facts.builder().put("revenue", "562500").put("overdue", "10").build(),
                PayInputs.of(Money.of("EUR", "100000.00")));
        assertEquals(new BigDecimal("110.0000"), payout.evaluation().rating());
        assertEquals(Money.of("EUR", "35000.00"), payout.line("split bonus").amount());
        assertEquals("rating % 110.0000 between 100 → 20 % and 120: rate 35.0000 % of salary 100000.00 = 35000.00",
                payout.line("split bonus").detail());
    }

    private static final String HYBRID = """
            { "type": "tiered", "name": "commission", "kind": "hybrid",
              "measure": { "type": "attainment", "indicator": "revenue" }, "payment": "percent-of-turnover",
              "turnover": { "type": "fact", "indicator": "revenue" }, "pivot": "100",
              "tiers": [ { "from": "0", "value": "5" }, { "from": "50", "value": "10" }, { "from": "100", "value": "15" } ] }""";

    @Test
    void hybridTiersAreRetroactiveBelowThePivotAndMarginalAboveIt() {
        TieredScheme expected = TieredScheme.hybrid("commission", Measure.attainment("revenue"),
                Bands.ofBoundaries(Bands.boundary("0", "5"), Bands.boundary("50", "10"), Bands.boundary("100", "15")),
                "100", TieredScheme.Payment.PERCENT_OF_TURNOVER, Measure.fact("revenue"));
        PlanDocument plan = assertGolden(withScheme(HYBRID), "/pay/schemes/1", HYBRID, expected, PlanShapesJsonTest::secondScheme);
        // plan-shapes.md, Hybrid tiers, on a plan of 500 000: 40 % → 5 % of everything, 70 % → 10 % of everything,
        // 120 % → 10 % × 500 000 + 15 % × 100 000
        assertEquals(Money.of("EUR", "10000.00"), pay(plan, "200000", "10", "0").line("commission").amount());
        assertEquals(Money.of("EUR", "35000.00"), pay(plan, "350000", "10", "0").line("commission").amount());
        assertEquals(Money.of("EUR", "65000.00"), pay(plan, "600000", "10", "0").line("commission").amount());
    }

    @Test
    void aPivotOffTheBoundariesAndAPivotOnAnotherKindAreRefusedAtThePivot() {
        PlanJsonException e = refused(withScheme(HYBRID.replace("\"pivot\": \"100\"", "\"pivot\": \"75\"")));
        assertEquals("/pay/schemes/1/pivot", e.pointer(), e.getMessage());
        assertEquals(Reason.INVALID_SCHEME, e.reason());
        assertEquals("75", e.value());
        assertEquals("/pay/schemes/1/pivot: pivot 75 of 'commission' must be a tier boundary (0, 50, 100) or lie above the last "
                + "one; inside the tier [50, 100) it would act as that tier's upper boundary 100", e.getMessage());
        assertEquals("/pay/schemes/1/pivot", refused(withScheme(HYBRID.replace("\"hybrid\"", "\"marginal\""))).pointer());
        PlanJsonException none = refused(withScheme(HYBRID.replace("\"pivot\": \"100\",", "")));
        assertEquals("/pay/schemes/1", none.pointer(), none.getMessage());
        assertEquals(Reason.INVALID_SCHEME, none.reason());
        assertEquals("/pay/schemes/1/payment", refused(withScheme(HYBRID.replace("\"percent-of-turnover\"", "\"amount\"")
                .replace("\"turnover\": { \"type\": \"fact\", \"indicator\": \"revenue\" },", ""))).pointer());
        assertFalse(SchemaCheck.errors(withScheme(HYBRID.replace("\"pivot\": \"100\",", "")).toString()).isEmpty(),
                "the schema wants a pivot with kind hybrid");
        assertFalse(SchemaCheck.errors(withScheme(HYBRID.replace("\"hybrid\"", "\"marginal\"")).toString()).isEmpty(),
                "and no pivot with another kind");
    }

    @Test
    void coefficientWeightsMayBeWrittenAsPercentagesWithTheirDeclaredTotal() {
        String percentages = """
                { "type": "coefficient", "name": "turnover share", "turnover": { "type": "fact", "indicator": "revenue" },
                  "share": "0.1", "weightsTotal": 100,
                  "coefficients": [
                    { "measure": { "type": "index", "indicator": "revenue" }, "weight": "60",
                      "steps": [ { "from": "0", "value": "0" }, { "from": "100", "value": "1" } ] },
                    { "measure": { "type": "index", "indicator": "overdue" }, "weight": "40",
                      "steps": [ { "from": "0", "value": "0" }, { "from": "80", "value": "0.5" } ] } ] }""";
        String canonical = percentages.replace("\"weightsTotal\": 100,", "").replace("\"60\"", "\"0.6\"")
                .replace("\"40\"", "\"0.4\"");
        Bands first = Bands.ofBoundaries(Bands.boundary("0", "0"), Bands.boundary("100", "1"));
        Bands second = Bands.ofBoundaries(Bands.boundary("0", "0"), Bands.boundary("80", "0.5"));
        CoefficientScheme expected = CoefficientScheme.of("turnover share", Measure.fact("revenue"), "0.1",
                List.of(WeightedCoefficient.of(Measure.index("revenue"), "0.6", first),
                        WeightedCoefficient.of(Measure.index("overdue"), "0.4", second)));
        PlanDocument plan = assertGolden(withScheme(percentages), "/pay/schemes/1", canonical, expected,
                PlanShapesJsonTest::secondScheme);
        // 600 000 × 0.1 % × (0.6 × 1 + 0.4 × 0.5): revenue index 120, overdue index 10 / 12 × 100 = 83.3333
        assertEquals(Money.of("EUR", "480.00"), pay(plan, "600000", "12", "0").line("turnover share").amount());

        PlanJsonException sum = refused(withScheme(percentages.replace("\"40\"", "\"30\"")));
        assertEquals("/pay/schemes/1/coefficients", sum.pointer(), sum.getMessage());
        assertEquals(Reason.WEIGHTS_TOTAL, sum.reason());
        assertEquals("/pay/schemes/1/coefficients: weights of 'turnover share' must total the declared 100, but total 90 "
                + "(index of 'revenue' % 60, index of 'overdue' % 30)", sum.getMessage());
        assertEquals("/pay/schemes/1/weightsTotal", refused(withScheme(percentages.replace("100,", "50,"))).pointer());
        assertEquals("/pay/schemes/1/coefficients", refused(withScheme(canonical.replace("\"0.4\"", "\"0.5\""))).pointer(),
                "without a declared total the weights total 1");
    }

    @Test
    void aPlanOfModifiersOnlyIsWrittenWithNoScheme() {
        // plan-shapes.md, Deductions and their floor: salary 20 000, 12 idle hours at 90, floor zero → 18 920
        String pay = """
                { "schemes": [],
                  "modifiers": [ { "type": "deduction", "name": "idle hours", "units": { "type": "input", "name": "idle-hours" },
                                   "amountPerUnit": { "amount": "90.00", "currency": "RUB" }, "floor": "zero" } ] }""";
        ObjectNode root = base();
        root.set("pay", PlanJsonProperties.tree(pay));
        PlanDocument plan = assertGolden(root, "/pay", pay, PayPlan.builder()
                .modifier(Deduction.perUnit("idle hours", "idle-hours", Money.of("RUB", "90")).flooredAtZero()).build(),
                p -> p.template().payPlan());
        Payout payout = plan.pay(Facts.builder().put("revenue", "100000").put("overdue", "30").build(),
                PayInputs.of(Money.of("RUB", "20000")).with("idle-hours", "12"));
        assertEquals(Money.of("RUB", "-1080.00"), payout.line("idle hours").amount());
        assertEquals(Money.of("RUB", "18920.00"), payout.total());

        ObjectNode salaryOnly = base();
        salaryOnly.set("pay", PlanJsonProperties.tree("{ \"schemes\": [] }"));
        PlanDocument bare = JSON.read(salaryOnly.toString());
        assertEquals(PayPlan.builder().build(), bare.template().payPlan());
        assertEquals(PlanJsonProperties.tree("{ \"schemes\": [], \"modifiers\": [] }"),
                PlanJsonProperties.tree(JSON.write(bare)).get("pay"));
        assertEquals(Money.of("EUR", "3000.00"), pay(bare, "600000", "12", "0").total());
    }

    // ---- modifiers -------------------------------------------------------------------------

    /**
     * plan-shapes.md, Deductions and their floor: salary 20 000, 90 per idle hour, with a
     * guaranteed bonus of 500 (or none): the floor decides how much of the penalty is taken.
     */
    @Test
    void aDeductionPerIdleHourTakesItsPenaltyDownToItsFloor() {
        String[][] rows = {
            // floor, bonus, idle hours, deduction, total
            {"salary", "0", "12", "0.00", "20000.00"},
            {"salary", "500", "12", "-500.00", "20000.00"},
            {"zero", "500", "12", "-1080.00", "19420.00"},
            {"zero", "500", "300", "-20500.00", "0.00"},
            {"none", "500", "300", "-27000.00", "-6500.00"},
        };
        for (String[] row : rows) {
            String deduction = """
                    { "type": "deduction", "name": "idle hours", "units": { "type": "input", "name": "idle-hours" },
                      "amountPerUnit": { "amount": "90.00", "currency": "RUB" }, "floor": "%s" }""".formatted(row[0]);
            String pay = """
                    { "schemes": [ { "type": "fixed", "name": "guaranteed bonus", "condition": { "type": "always" },
                                     "amount": { "amount": "%s.00", "currency": "RUB" } } ],
                      "modifiers": [ %s ] }""".formatted(row[1], deduction);
            ObjectNode root = base();
            root.set("pay", PlanJsonProperties.tree(pay));
            Deduction expected = Deduction.perUnit("idle hours", "idle-hours", Money.of("RUB", "90"))
                    .withFloor(Deduction.Floor.valueOf(row[0].toUpperCase(java.util.Locale.ROOT)));
            PlanDocument plan = assertGolden(root, "/pay/modifiers/0", deduction, expected,
                    p -> p.template().payPlan().modifiers().get(0));
            Payout payout = plan.pay(Facts.builder().put("revenue", "100000").put("overdue", "30").build(),
                    PayInputs.of(Money.of("RUB", "20000")).with("idle-hours", row[2]));
            assertEquals(Money.of("RUB", row[3]), payout.line("idle hours").amount(), String.join(" ", row));
            assertEquals(Money.of("RUB", row[4]), payout.total(), String.join(" ", row));
        }
    }

    @Test
    void aDeductionWithoutAFloorKeepsTheSalaryAsPerUnitDoes() {
        ObjectNode root = base();
        ((ArrayNode) root.at("/pay/modifiers")).add(PlanJsonProperties.tree("""
                { "type": "deduction", "name": "idle hours", "units": { "type": "input", "name": "idle-hours" },
                  "amountPerUnit": { "amount": "20.00", "currency": "EUR" } }"""));
        PlanDocument plan = JSON.read(root.toString());
        assertEquals(Deduction.perUnit("idle hours", "idle-hours", Money.of("EUR", "20")), plan.template().payPlan().modifiers().get(0));
        assertEquals("salary", PlanJsonProperties.tree(JSON.write(plan)).at("/pay/modifiers/0/floor").stringValue(),
                "the canonical form writes the default");
        assertEquals(List.of(), SchemaCheck.errors(root.toString()));
        assertEquals("/pay/modifiers/0/floor", refused((ObjectNode) root.set("pay", PlanJsonProperties.tree("""
                { "schemes": [], "modifiers": [ { "type": "deduction", "name": "idle hours", "floor": "nothing",
                  "units": { "type": "input", "name": "idle-hours" }, "amountPerUnit": { "amount": "20.00", "currency": "EUR" } } ] }""")))
                .pointer());
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
