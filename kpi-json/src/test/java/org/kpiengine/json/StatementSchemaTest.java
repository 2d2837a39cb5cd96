package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.kpiengine.period.PeriodStatement;

import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of the period statement: shipped in the jar and in docs, the same in both; every
 * statement of generated years matches it, and a document with a line's typed values missing or
 * mistyped does not.
 */
class StatementSchemaTest {

    @Test
    void theCopyInDocsIsTheOneInTheJar() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "reference", "statement-format.schema.json"), StandardCharsets.UTF_8);
        try (InputStream in = PlanJson.class.getResourceAsStream(SchemaCheck.STATEMENT_RESOURCE)) {
            assertEquals(docs, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyStatementOfAGeneratedYearMatchesTheSchema() {
        qt().withExamples(100).forAll(YearCase.any(), integers().between(0, 11), integers().between(-50_000, 50_000))
                .checkAssert((c, closed, offsetCents) -> {
                    for (PeriodStatement period : StatementJsonProperties.withLedger(c, closed, offsetCents).statements()) {
                        String json = ResultJson.statement(period);
                        List<String> errors = SchemaCheck.statementErrors(json);
                        assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
                    }
                });
    }

    @Test
    void theDrawExampleMatchesTheSchema() {
        for (PeriodStatement period : StatementJsonGoldenTest.drawExample().statements()) {
            assertEquals(List.of(), SchemaCheck.statementErrors(ResultJson.statement(period)));
        }
    }

    private static List<String> errorsAfter(Consumer<ObjectNode> edit) {
        PeriodStatement january = StatementJsonGoldenTest.drawExample().statements().get(0);
        ObjectNode root = (ObjectNode) PlanJsonProperties.tree(ResultJson.statement(january));
        edit.accept(root);
        return SchemaCheck.statementErrors(root.toString());
    }

    @Test
    void aLineWithoutItsTypedValuesIsRefused() {
        assertTrue(errorsAfter(root -> { }).isEmpty());
        assertFalse(errorsAfter(root -> ((ObjectNode) root.get("lines").get(2)).remove("reckoning")).isEmpty());
        assertFalse(errorsAfter(root -> ((ObjectNode) root.get("lines").get(2).get("reckoning")).remove("draw")).isEmpty());
        assertFalse(errorsAfter(root -> ((ObjectNode) root.get("lines").get(2).get("reckoning")).put("variable", "4E+2")).isEmpty());
        assertFalse(errorsAfter(root -> ((ObjectNode) root.get("lines").get(2).get("reckoning")).put("recoverable", true)).isEmpty());
        assertFalse(errorsAfter(root -> root.put("formatVersion", 1)).isEmpty());
    }
}
