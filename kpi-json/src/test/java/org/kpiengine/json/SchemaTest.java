package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

/** The JSON Schema of the format: shipped in the jar and in docs, the same in both, and agreeing with the reader. */
class SchemaTest {

    @Test
    void theCopyInDocsIsTheOneInTheJar() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "reference", "plan-format.schema.json"), StandardCharsets.UTF_8);
        try (InputStream in = PlanJson.class.getResourceAsStream(SchemaCheck.RESOURCE)) {
            assertEquals(docs, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everySampleMatchesTheSchema() throws IOException {
        try (var files = Files.list(SamplesTest.SAMPLES)) {
            List<Path> samples = files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !TransactionsJsonTest.SAMPLE.equals(f.getFileName().toString())).sorted().toList();
            assertTrue(samples.size() >= 2, samples::toString);
            for (Path file : samples) {
                List<String> errors = SchemaCheck.errors(Files.readString(file, StandardCharsets.UTF_8));
                assertTrue(errors.isEmpty(), () -> file + ": " + errors);
            }
        }
    }

    private static List<String> errorsAfter(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) PlanJsonProperties.tree(SamplesTest.sample("every-type.json"));
        edit.accept(root);
        return SchemaCheck.errors(root.toString());
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefusesInShape() throws IOException {
        assertFalse(errorsAfter(root -> ((ObjectNode) root.at("/indicators/0")).put("weight", 0.4)).isEmpty(), "a fraction");
        assertFalse(errorsAfter(root -> ((ObjectNode) root.at("/indicators/0")).put("weight", "4e-1")).isEmpty(), "an exponent");
        assertFalse(errorsAfter(root -> ((ObjectNode) root.at("/indicators/0")).put("colour", "red")).isEmpty(), "unknown member");
        assertFalse(errorsAfter(root -> ((ObjectNode) root.at("/indicators/0/curve")).put("cap", "100")).isEmpty(),
                "a member of another curve type");
        assertFalse(errorsAfter(root -> ((ObjectNode) root.at("/indicators/0/thresholds")).remove("plan")).isEmpty(), "no plan");
        assertFalse(errorsAfter(root -> ((ObjectNode) root.at("/pay/schemes/0")).put("kind", "graduated")).isEmpty(), "bad kind");
        assertFalse(errorsAfter(root -> root.put("formatVersion", 2)).isEmpty(), "version");
        assertFalse(errorsAfter(root -> ((ObjectNode) root.at("/pay/modifiers/1/cap")).put("currency", "euro")).isEmpty(), "currency");
        assertTrue(errorsAfter(root -> ((ObjectNode) root.at("/indicators/0/thresholds")).put("plan", 500000)).isEmpty(),
                "an integer is a decimal");
        assertTrue(errorsAfter(root -> ((ObjectNode) root.at("/indicators/0/curve")).put("type", "power")
                .remove("max")).isEmpty(), "a custom curve");
    }

    @Test
    void documentsWithCustomTypesMatchTheSchema() {
        String doc = TestTypes.JSON.write(new org.kpiengine.batch.RoleTemplate("r", org.kpiengine.scorecard.Scorecard.builder()
                .add(org.kpiengine.indicator.Indicator.higherIsBetter("a", org.kpiengine.indicator.Unit.COUNT), "1",
                        org.kpiengine.curve.Thresholds.plan("10"),
                        new TestTypes.PowerCurve(new java.math.BigDecimal("0.5"), new java.math.BigDecimal("200")))
                .build(), org.kpiengine.pay.PayPlan.builder()
                .scheme(new TestTypes.FlatScheme("flat", new java.math.BigDecimal("12.5"))).build()));
        assertTrue(doc.contains("\"type\": \"flat\""), doc);
        assertEquals(List.of(), SchemaCheck.errors(doc));
    }
}
