package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.curve.CustomCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.scorecard.Scorecard;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Bad documents: each refused with the library's exception, the JSON Pointer of the place and the rule broken. */
class BadDocumentsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The sales-manager sample with one edit, read back. */
    private static PlanJsonException refused(Consumer<ObjectNode> edit) {
        ObjectNode root;
        try {
            root = (ObjectNode) PlanJsonProperties.tree(SamplesTest.sample("sales-manager.json"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        edit.accept(root);
        return refused(root.toPrettyString());
    }

    private static PlanJsonException refused(String json) {
        return assertThrows(PlanJsonException.class, () -> TestTypes.JSON.read(json));
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static void assertRefusal(PlanJsonException e, Reason reason, String pointer, String message) {
        assertEquals(pointer, e.pointer(), e.getMessage());
        assertEquals(pointer, e.field(), e.getMessage());
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(message, e.getMessage());
    }

    @Test
    void anUnknownCurveTypeIsNamedWithTheTypesThatAreKnown() {
        PlanJsonException e = refused(root -> at(root, "/indicators/0/curve").put("type", "cubic"));
        assertRefusal(e, Reason.OTHER, "/indicators/0/curve/type", "/indicators/0/curve/type: unknown curve type 'cubic'; known: "
                + "ratio, linear, two-slope, steps, target-band, power (a custom type must be registered with PlanJson.builder())");
    }

    @Test
    void anUnknownMemberIsAnErrorNotIgnored() {
        PlanJsonException e = refused(root -> at(root, "/indicators/1").put("colour", "green"));
        assertEquals("/indicators/1/colour", e.pointer());
        assertTrue(e.getMessage().startsWith("/indicators/1/colour: unknown member 'colour'; this object takes "), e.getMessage());
        assertEquals("/pay/schemes/0/rounding", refused(root -> at(root, "/pay/schemes/0").put("rounding", "up")).pointer());
        assertEquals("/tags", refused(root -> root.putArray("tags")).pointer());
        assertEquals("/indicators/0/curve/shape", refused(root -> at(root, "/indicators/0/curve").put("shape", (String) null))
                .pointer(), "an unknown member is refused even when it is null");
    }

    @Test
    void aMissingPlanIsNamed() {
        PlanJsonException e = refused(root -> at(root, "/indicators/2/thresholds").remove("plan"));
        assertRefusal(e, Reason.OTHER, "/indicators/2/thresholds/plan",
                "/indicators/2/thresholds/plan: the member 'plan' is required");
    }

    @Test
    void aNumberWithAFractionWhereADecimalStringIsRequiredIsRefusedButAnIntegerIsAccepted() {
        PlanJsonException e = refused(root -> at(root, "/indicators/0").put("weight", 0.4));
        assertRefusal(e, Reason.NOT_A_NUMBER, "/indicators/0/weight", "/indicators/0/weight: the number 0.4 must be written "
                + "as a string, such as \"0.4\": decimals are strings (a JSON number with a fraction or an exponent is not exact in every JSON tool)");
        assertEquals("/indicators/0/thresholds/plan", refused(root -> at(root, "/indicators/0/thresholds").put("plan", 5e2)).pointer());
        assertEquals("/indicators/0/thresholds/plan", refused(root -> at(root, "/indicators/0/thresholds")
                .put("plan", "5e2")).pointer());
        assertEquals(Reason.NOT_A_NUMBER, refused(root -> at(root, "/indicators/0/thresholds").put("plan", "five hundred")).reason());
        assertEquals(Reason.NOT_A_NUMBER, refused(root -> at(root, "/indicators/0/thresholds").put("plan", true)).reason());

        ObjectNode root = (ObjectNode) PlanJsonProperties.tree(TestTypes.JSON.write(TestTypes.JSON.read(sampleText())));
        at(root, "/indicators/0/thresholds").put("plan", 500);
        assertEquals(new BigDecimal("500"), TestTypes.JSON.read(root.toString()).template().scorecard().line("contacts")
                .thresholds().plan());
    }

    private static String sampleText() {
        try {
            return SamplesTest.sample("sales-manager.json");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void thresholdsOutOfOrderPointAtTheThresholdAtFault() {
        PlanJsonException equal = refused(root -> at(root, "/indicators/2/thresholds").put("base", "10"));
        assertRefusal(equal, Reason.PLAN_EQUALS_BASE, "/indicators/2/thresholds/plan",
                "/indicators/2/thresholds/plan: plan 10 of indicator 'conversion' must differ from base 10");
        assertEquals("conversion", equal.indicatorId());
        assertInstanceOf(KpiInputException.class, equal.getCause());

        PlanJsonException base = refused(root -> at(root, "/indicators/2/thresholds").put("base", "12"));
        assertRefusal(base, Reason.THRESHOLDS_OUT_OF_ORDER, "/indicators/2/thresholds/base",
                "/indicators/2/thresholds/base: thresholds of indicator 'conversion' must run base < plan < target "
                        + "(higher is better), but base 12 > plan 10");
        assertEquals("/indicators/2/thresholds/target", refused(root -> at(root, "/indicators/2/thresholds")
                .put("target", "9.5")).pointer());
    }

    @Test
    void aPlanOfZeroOnALinearCurveWithoutBaseIsNamedAsTheBrokenThreshold() {
        PlanJsonException e = refused(root -> {
            at(root, "/indicators/2/thresholds").put("plan", "0");
            at(root, "/indicators/2/curve").put("type", "linear");
        });
        assertRefusal(e, Reason.PLAN_EQUALS_BASE, "/indicators/2/thresholds/plan",
                "/indicators/2/thresholds/plan: plan 0 of indicator 'conversion' must differ from base 0 (absent base counts as 0)");
    }

    @Test
    void aCurveThatNeedsATargetPointsAtTheThresholds() {
        PlanJsonException e = refused(root -> at(root, "/indicators/1/curve").put("type", "two-slope").put("max", "150"));
        assertRefusal(e, Reason.MISSING_THRESHOLD, "/indicators/1/thresholds",
                "/indicators/1/thresholds: a two-slope curve on indicator 'deals' needs a target");
        assertEquals("/indicators/1/curve/max", refused(root -> at(root, "/indicators/1/curve").put("type", "two-slope")
                .put("max", "90")).pointer());
    }

    @Test
    void bandsOutOfOrderPointAtTheRowThatStartsTooLow() {
        PlanJsonException e = refused(root -> at(root, "/pay/schemes/0/tiers/2").put("from", "70"));
        assertRefusal(e, Reason.INVALID_BANDS, "/pay/schemes/0/tiers/2/from",
                "/pay/schemes/0/tiers/2/from: band [80, 70) must have its upper bound above its lower bound");
        assertRefusal(refused(root -> at(root, "/pay/schemes/0/tiers/1").put("value", "-1")), Reason.INVALID_SCHEME,
                "/pay/schemes/0/tiers", "/pay/schemes/0/tiers: tier [80, 100) → -1 of 'bonus' must not pay a negative value");
        assertEquals("/pay/schemes/0/tiers", refused(root -> at(root, "/pay/schemes/0").putArray("tiers")).pointer());
    }

    @Test
    void aMeasureOfAnIndicatorTheScorecardDoesNotHaveIsRefusedWhereItIsWritten() {
        PlanJsonException e = refused(root -> at(root, "/pay/schemes/0").set("measure",
                NODES.objectNode().put("type", "index").put("indicator", "calls")));
        assertRefusal(e, Reason.UNKNOWN_INDICATOR, "/pay/schemes/0/measure/indicator", "/pay/schemes/0/measure/indicator: "
                + "the scorecard has no indicator 'calls' (it has average-check, contacts, conversion, deals)");
    }

    @Test
    void aNameUsedTwiceIsNamedAtItsSecondUse() {
        PlanJsonException e = refused(root -> ((ArrayNode) root.at("/pay/modifiers")).addObject().put("type", "total-limits")
                .put("name", "bonus").set("cap", NODES.objectNode().put("amount", "9000.00").put("currency", "EUR")));
        assertEquals("/pay/modifiers/0/name", e.pointer(), e.getMessage());
        assertEquals(Reason.INVALID_SCHEME, e.reason());
        assertEquals("/pay/schemes/0/name", refused(root -> at(root, "/pay/schemes/0").put("name", "salary")).pointer());
    }

    @Test
    void scorecardRulesPointAtTheIndicators() {
        assertRefusal(refused(root -> at(root, "/indicators/0").put("weight", "0.5")), Reason.WEIGHTS_TOTAL, "/indicators",
                "/indicators: weights must total the declared 1, but total 1.1 (contacts 0.5, deals 0.3, conversion 0.2, average-check 0.1)");
        assertRefusal(refused(root -> at(root, "/indicators/3").put("id", "deals")), Reason.DUPLICATE_INDICATOR,
                "/indicators/3/id", "/indicators/3/id: indicator 'deals' appears twice on the scorecard");
        assertEquals(Reason.WEIGHTS_TOTAL, refused(root -> root.put("weightsTotal", 100)).reason());
        assertEquals("/weightsTotal", refused(root -> root.put("weightsTotal", 50)).pointer());
        assertEquals("/indicators/0/id", refused(root -> at(root, "/indicators/0").put("id", "con tacts")).pointer());
        assertEquals("/indicators/0/weight", refused(root -> at(root, "/indicators/0").put("weight", "-0.1")).pointer());
        assertEquals("/indicators", refused(root -> root.putArray("indicators")).pointer());
    }

    @Test
    void enumerationsListTheirValues() {
        PlanJsonException e = refused(root -> at(root, "/indicators/0").put("direction", "up"));
        assertRefusal(e, Reason.OTHER, "/indicators/0/direction",
                "/indicators/0/direction: 'up' must be one of 'higher-is-better', 'lower-is-better'");
        assertEquals("/precision/indexRounding", refused(root -> at(root, "/precision").put("indexRounding", "HALF_UP")).pointer());
        assertEquals("/precision/indexScale", refused(root -> at(root, "/precision").put("indexScale", 13)).pointer());
        assertEquals("/precision/indexRounding", refused(root -> at(root, "/precision").put("indexRounding", "unnecessary")).pointer());
    }

    @Test
    void additiveMustBeAJsonBoolean() {
        assertRefusal(refused(root -> at(root, "/indicators/1").put("additive", "yes")), Reason.OTHER, "/indicators/1/additive",
                "/indicators/1/additive: must be true or false, not a string");
        assertEquals("/indicators/0/additive", refused(root -> at(root, "/indicators/0").put("additive", 0)).pointer());
    }

    @Test
    void moneyIsCheckedForItsCurrencyAndScale() {
        String cap = "/pay/modifiers/0/cap";
        assertEquals(cap + "/currency", refused(root -> addCap(root, "1500.00", "XYZ")).pointer());
        PlanJsonException scale = refused(root -> addCap(root, "1500.001", "EUR"));
        assertEquals(cap + "/amount", scale.pointer(), scale.getMessage());
        assertEquals(Reason.MONEY_SCALE, scale.reason());
        assertEquals(cap, refused(root -> addCap(root, "1500", "EUR").put("cap", "1500")).pointer());
    }

    private static ObjectNode addCap(ObjectNode root, String amount, String currency) {
        ObjectNode cap = ((ArrayNode) root.at("/pay/modifiers")).addObject().put("type", "variable-limits").put("name", "cap");
        cap.set("cap", NODES.objectNode().put("amount", amount).put("currency", currency));
        return cap;
    }

    @Test
    void theFormatVersionIsRequiredAndChecked() {
        assertRefusal(refused(root -> root.put("formatVersion", 2)), Reason.OUT_OF_RANGE, "/formatVersion",
                "/formatVersion: format version 2 is not one this library reads (it reads 1)");
        assertEquals("/formatVersion", refused(root -> root.remove("formatVersion")).pointer());
        assertEquals("/formatVersion", refused(root -> root.put("formatVersion", "1")).pointer());
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() {
        PlanJsonException e = refused("{\n  \"formatVersion\": 1,\n  \"role\": }");
        assertEquals("", e.pointer());
        assertTrue(e.getMessage().startsWith("/: not valid JSON: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(refused("{\"formatVersion\": 1, \"formatVersion\": 1}").getMessage().contains("Duplicate"));
        assertEquals("", refused("[]").pointer());
        assertEquals("", refused("").pointer());
        assertTrue(refused(sampleText() + " {}").getMessage().contains("not valid JSON"), "trailing content");
    }

    @Test
    void hostileDocumentsAreRefusedWhileTheyAreParsed() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        PlanJsonException depth = refused(deep);
        assertEquals(Reason.OUT_OF_RANGE, depth.reason(), depth.getMessage());
        assertTrue(depth.getMessage().contains("nesting depth"), depth.getMessage());

        PlanJsonException string = refused("{\"role\": \"" + "x".repeat(PlanJson.MAX_STRING_CHARS + 1) + "\"}");
        assertEquals(Reason.OUT_OF_RANGE, string.reason(), string.getMessage());

        PlanJsonException number = refused("{\"formatVersion\": 1" + "0".repeat(5000) + "}");
        assertEquals(Reason.OUT_OF_RANGE, number.reason(), number.getMessage());

        PlanJsonException decimal = refused(root -> at(root, "/indicators/0/thresholds").put("plan", "1".repeat(2000)));
        assertEquals(Reason.NOT_A_NUMBER, decimal.reason());
        assertTrue(decimal.getMessage().length() < 400, "the message quotes a bounded part of the value");

        PlanJsonException magnitude = refused(root -> at(root, "/indicators/0/thresholds").put("plan", "1".repeat(1050)));
        assertEquals(Reason.OUT_OF_RANGE, magnitude.reason(), magnitude.getMessage());
        assertEquals("/indicators/0/thresholds/plan", magnitude.pointer());

        StringBuilder many = new StringBuilder("{\"x\": [");
        many.append("0,".repeat(PlanJson.MAX_DOCUMENT_CHARS > 0 ? 5_000_001 : 0)).append("0]}");
        PlanJsonException size = refused(many.toString());
        assertEquals(Reason.OUT_OF_RANGE, size.reason(), size.getMessage());
    }

    @Test
    void customTypesRefuseUnknownParametersAndUnregisteredClasses() {
        String doc = TestTypes.JSON.write(RoleTemplate.of("r", Scorecard.builder().add(Indicator.higherIsBetter("a", Unit.COUNT),
                "1", Thresholds.plan("10"), new TestTypes.PowerCurve(new BigDecimal("0.5"), new BigDecimal("200"))).build()));
        assertTrue(doc.contains("\"parameters\": {\n          \"cap\": \"200\",\n          \"exponent\": \"0.5\"\n        }"), doc);
        ObjectNode root = (ObjectNode) PlanJsonProperties.tree(doc);
        at(root, "/indicators/0/curve/parameters").put("shape", "round");
        assertEquals("/indicators/0/curve/parameters/shape", refused(root.toString()).pointer());
        at(root, "/indicators/0/curve/parameters").remove("shape");
        at(root, "/indicators/0/curve/parameters").put("exponent", "-1");
        PlanJsonException bad = refused(root.toString());
        assertRefusal(bad, Reason.INVALID_CURVE, "/indicators/0/curve/parameters/exponent",
                "/indicators/0/curve/parameters/exponent: exponent -1 must be positive");
        assertEquals("/indicators/0/curve/type", assertThrows(PlanJsonException.class,
                () -> PlanJson.standard().read(doc)).pointer(), "the standard reader does not know 'power'");

        PlanJson failing = PlanJson.builder().customCurve(CustomType.curve("power", TestTypes.PowerCurve.class, p -> {
            throw new IllegalStateException("no power today");
        }, c -> java.util.Map.of())).build();
        PlanJsonException failed = assertThrows(PlanJsonException.class, () -> failing.read(doc));
        assertRefusal(failed, Reason.CUSTOM_CODE_FAILED, "/indicators/0/curve/parameters", "/indicators/0/curve/parameters: "
                + "the factory of custom type 'power' failed: java.lang.IllegalStateException: no power today");
        PlanJson nothing = PlanJson.builder().customCurve(CustomType.curve("power", TestTypes.PowerCurve.class, p -> null,
                c -> java.util.Map.of())).build();
        assertEquals(Reason.CUSTOM_CODE_FAILED, assertThrows(PlanJsonException.class, () -> nothing.read(doc)).reason());

        CustomCurve lambda = (indicator, thresholds, fact) -> fact;
        RoleTemplate withLambda = new RoleTemplate("r", Scorecard.builder().add(Indicator.higherIsBetter("a", Unit.COUNT), "1",
                Thresholds.plan("10"), lambda).build(), null);
        PlanJsonException unwritable = assertThrows(PlanJsonException.class, () -> TestTypes.JSON.write(withLambda));
        assertTrue(unwritable.getMessage().contains("has no JSON form"), unwritable.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlanJson.builder().customCurve(CustomType.curve("ratio",
                TestTypes.PowerCurve.class, p -> null, c -> java.util.Map.of())).build(), "a built-in name cannot be taken");
    }

    @Test
    void nullMeansAbsent() {
        ObjectNode root = (ObjectNode) PlanJsonProperties.tree(sampleText());
        at(root, "/indicators/0/curve").put("cap", (String) null);
        at(root, "/indicators/0").put("category", (String) null);
        at(root, "/indicators/0").put("name", (String) null);
        at(root, "/precision").put("indexRounding", (String) null);
        PlanDocument plan = TestTypes.JSON.read(root.toString());
        assertEquals(null, plan.template().scorecard().line("contacts").indicator().category());
        assertEquals("contacts", plan.template().scorecard().line("contacts").indicator().name(), "the name defaults to the id");
        assertEquals(java.math.RoundingMode.HALF_UP, plan.precision().indexRounding());
        assertEquals("/indicators/0/thresholds/plan", refused(r -> at(r, "/indicators/0/thresholds").put("plan", (String) null))
                .pointer(), "a required member that is null is missing");
    }
}
