package org.kpiengine.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.Scheme;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The families of typed objects of one {@link PlanJson}, and, while a document is read, the
 * indicator ids of its scorecard (so that a measure naming an unknown indicator is refused where
 * it is written). Also the shared forms: decimals, money, band tables.
 */
final class Codec {

    final Family<ScoringCurve> curves;
    final Family<Scheme> schemes;
    final Family<Modifier> modifiers;
    final Family<Condition> conditions;
    final Family<Measure> measures;
    private final Set<String> indicatorIds;

    Codec(Family<ScoringCurve> curves, Family<Scheme> schemes, Family<Modifier> modifiers,
            Family<Condition> conditions, Family<Measure> measures, Set<String> indicatorIds) {
        this.curves = curves;
        this.schemes = schemes;
        this.modifiers = modifiers;
        this.conditions = conditions;
        this.measures = measures;
        this.indicatorIds = indicatorIds;
    }

    Codec withIndicators(Set<String> ids) {
        return new Codec(curves, schemes, modifiers, conditions, measures, Set.copyOf(ids));
    }

    /** Reads an indicator id that must be on the scorecard. */
    String indicator(In in, String member) {
        String id = in.text(member);
        if (!indicatorIds.contains(id)) {
            throw In.error(Reason.UNKNOWN_INDICATOR, in.pointer(member), id, "the scorecard has no indicator '" + id
                    + "' (it has " + String.join(", ", indicatorIds.stream().sorted().toList()) + ")");
        }
        return id;
    }

    Measure measure(In in, String member) {
        return measures.read(in.object(member), this);
    }

    @Nullable Measure optionalMeasure(In in, String member) {
        In object = in.optionalObject(member);
        return object == null ? null : measures.read(object, this);
    }

    Condition condition(In in, String member) {
        return conditions.read(in.object(member), this);
    }

    /**
     * Reads a band table written as rows {@code {"from": "80", "value": "10"}}, ascending: each
     * band runs from its {@code from} up to the next row's, the last one is open-ended, so a gap
     * or an overlap cannot be written.
     */
    static Bands bands(In in, String member) {
        record Row(BigDecimal from, BigDecimal value, In in) {
        }
        List<Row> rows = in.array(member, true, element -> {
            In row = element.object();
            Row r = new Row(row.decimal("from"), row.decimal("value"), row);
            row.done();
            return r;
        });
        List<Band> bands = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            BigDecimal upper = i + 1 < rows.size() ? rows.get(i + 1).from() : null;
            In at = i + 1 < rows.size() ? rows.get(i + 1).in() : row.in();
            bands.add(at.build(() -> new Band(row.from(), upper, row.value()), "from"));
        }
        return in.build(() -> Bands.of(bands));
    }

    static ArrayNode bands(Bands bands) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Band band : bands.bands()) {
            ObjectNode row = out.addObject();
            row.put("from", text(band.lowerInclusive()));
            row.put("value", text(band.value()));
        }
        return out;
    }

    /** The canonical text of a decimal: plain digits, no trailing zeros in the fraction. */
    static String text(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }

    static void put(ObjectNode out, String member, @Nullable BigDecimal value) {
        if (value != null) {
            out.put(member, text(value));
        }
    }

    static ObjectNode money(Money money) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("amount", money.amount().toPlainString());
        out.put("currency", money.currency().getCurrencyCode());
        return out;
    }

    static void put(ObjectNode out, String member, @Nullable Money value) {
        if (value != null) {
            out.set(member, money(value));
        }
    }

    static JsonNode measureNode(Codec codec, Measure measure) {
        return codec.measures.write(measure, codec);
    }
}
