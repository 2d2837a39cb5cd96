package org.kpiengine.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.kpiengine.indicator.Unit;

/**
 * Edits a canonical document into an equivalent one, as a person or another program might
 * write it: members in another order, modifiers in another order, defaults left out (and an
 * indicator's {@code additive} written out at its unit's default), weights as
 * percentages (on the scorecard and in coefficient schemes), trailing zeros, integers as JSON
 * integers, a symmetric target band with its four bounds, no indentation.
 */
final class Edits {

    private static final Set<String> DECIMALS = Set.of("weight", "base", "plan", "target", "cap", "max", "from", "value",
            "level", "multiple", "factor", "share", "exponent", "low", "high", "pivot",
            "tolerance", "criticalDeviation", "toleranceBelow", "criticalBelow", "toleranceAbove", "criticalAbove");

    private Edits() {
    }

    static String edit(String canonical, Random random) {
        ObjectNode root = (ObjectNode) PlanJsonProperties.tree(canonical);
        if (random.nextBoolean() && !root.get("forManager").booleanValue()) {
            root.remove("forManager");
        }
        JsonNode precision = root.get("precision");
        if (random.nextBoolean() && precision.get("indexScale").intValue() == 4
                && precision.get("indexRounding").stringValue().equals("half-up")
                && precision.get("moneyRounding").stringValue().equals("half-up")) {
            root.remove("precision");
        }
        if (random.nextBoolean()) {
            root.put("weightsTotal", 100);
            for (JsonNode line : root.get("indicators")) {
                BigDecimal weight = new BigDecimal(line.get("weight").stringValue()).movePointRight(2);
                ((ObjectNode) line).put("weight", weight.toPlainString());
            }
        }
        for (JsonNode line : root.get("indicators")) {
            if (random.nextBoolean() && line.get("name").stringValue().equals(line.get("id").stringValue())) {
                ((ObjectNode) line).remove("name");
            }
            if (!line.has("additive") && random.nextBoolean()) {
                // the unit's default written out, which the canonical form leaves out
                boolean byDefault = Unit.valueOf(line.get("unit").stringValue().toUpperCase(Locale.ROOT)).isAdditiveByDefault();
                ((ObjectNode) line).put("additive", byDefault);
            }
        }
        JsonNode pay = root.get("pay");
        if (pay != null) {
            List<JsonNode> modifiers = new ArrayList<>();
            pay.get("modifiers").forEach(modifiers::add);
            Collections.shuffle(modifiers, random);
            ArrayNode shuffled = ((ObjectNode) pay).putArray("modifiers");
            modifiers.forEach(shuffled::add);
            if (modifiers.isEmpty() && random.nextBoolean()) {
                ((ObjectNode) pay).remove("modifiers");
            }
            for (JsonNode modifier : modifiers) {
                if (modifier.path("floor").isString() && "salary".equals(modifier.get("floor").stringValue()) && random.nextBoolean()) {
                    ((ObjectNode) modifier).remove("floor");   // the default floor
                }
            }
            for (JsonNode scheme : pay.get("schemes")) {
                if (scheme.has("coefficients") && random.nextBoolean()) {
                    // coefficient weights written as percentages
                    ((ObjectNode) scheme).put("weightsTotal", 100);
                    for (JsonNode term : scheme.get("coefficients")) {
                        BigDecimal weight = new BigDecimal(term.get("weight").stringValue()).movePointRight(2);
                        ((ObjectNode) term).put("weight", weight.toPlainString());
                    }
                }
            }
        }
        for (JsonNode line : root.get("indicators")) {
            ObjectNode curve = (ObjectNode) line.get("curve");
            if (curve.has("criticalDeviation") && random.nextBoolean()) {
                // a symmetric target band written with its four bounds
                JsonNode tolerance = curve.remove("tolerance");
                JsonNode critical = curve.remove("criticalDeviation");
                curve.set("toleranceBelow", tolerance);
                curve.set("criticalBelow", critical);
                curve.set("toleranceAbove", tolerance);
                curve.set("criticalAbove", critical);
            }
        }
        JsonNode edited = rewrite(root, random, null);
        return random.nextBoolean() ? edited.toString() : edited.toPrettyString();
    }

    private static JsonNode rewrite(JsonNode node, Random random, String key) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            Collections.shuffle(members, random);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : members) {
                boolean money = node.has("currency");
                out.set(member.getKey(), money ? member.getValue() : rewrite(member.getValue(), random, member.getKey()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> out.add(rewrite(element, random, key)));
            return out;
        }
        if (node.isString() && DECIMALS.contains(key)) {
            BigDecimal value = new BigDecimal(node.stringValue());
            switch (random.nextInt(3)) {
                case 0:
                    return JsonNodeFactory.instance.stringNode(value.setScale(value.scale() + 1 + random.nextInt(3)).toPlainString());
                case 1:
                    if (value.scale() <= 0) {
                        return JsonNodeFactory.instance.numberNode(value.toBigIntegerExact());
                    }
                    return node;
                default:
                    return node;
            }
        }
        return node;
    }
}
