package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.pay.PayPlan;

import tools.jackson.databind.JsonNode;

/** Round trips over generated plans of every shape, checked by equality, by the written form, by evaluation and by the schema. */
class PlanJsonProperties {

    private static final PlanJson JSON = TestTypes.JSON;

    @Test
    void readingWhatWasWrittenGivesAnEqualPlan() {
        qt().withExamples(1000).forAll(PlanGenerators.plans()).checkAssert(plan -> {
            String text = JSON.write(plan);
            PlanDocument back = JSON.read(text);
            assertEquals(plan, back, text);
            assertEquals(text, JSON.write(back));
        });
    }

    @Test
    void theReadPlanComputesTheSameResultsOnGeneratedFacts() {
        qt().withExamples(1000).forAll(PlanGenerators.cases()).checkAssert(c -> {
            PlanDocument back = JSON.read(JSON.write(c.plan()));
            assertEquals(outcome(c.plan(), c), outcome(back, c), c::toString);
        });
    }

    /**
     * The payout (or evaluation) of a case, or the error the plan rightly raises: the library's with
     * its message, an {@code ArithmeticException} by its class alone, since the JVM raises one of its
     * own without a message once the code that raised it is compiled.
     */
    private static Object outcome(PlanDocument plan, PlanGenerators.Case c) {
        try {
            PayPlan pay = plan.template().payPlan();
            return pay == null ? plan.evaluate(c.facts()) : plan.pay(c.facts(), c.inputs());
        } catch (KpiInputException e) {
            return "KpiInputException: " + e.getMessage();
        } catch (ArithmeticException e) {
            return "ArithmeticException";
        }
    }

    @Test
    void writingWhatWasReadGivesTheCanonicalFormOfAnyEquivalentDocument() {
        // An edited document: members shuffled, optional members with their defaults left out,
        // weights as percentages, decimals with trailing zeros or as JSON integers. Its canonical form is the written plan.
        qt().withExamples(500).forAll(PlanGenerators.plans(), org.quicktheories.generators.SourceDSL.longs().all())
                .checkAssert((plan, seed) -> {
                    String canonical = JSON.write(plan);
                    String edited = Edits.edit(canonical, new java.util.Random(seed));
                    assertEquals(canonical, JSON.canonical(edited), edited);
                });
    }

    @Test
    void everyGeneratedDocumentMatchesTheSchema() {
        qt().withExamples(500).forAll(PlanGenerators.plans()).checkAssert(plan -> {
            String text = JSON.write(plan);
            List<String> errors = SchemaCheck.errors(text);
            assertTrue(errors.isEmpty(), () -> errors + "\n" + text);
        });
    }

    static JsonNode tree(String text) {
        return PlanJson.mapper().readTree(text);
    }
}
