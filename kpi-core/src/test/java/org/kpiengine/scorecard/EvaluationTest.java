package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.KpiAssertions.assertDecimal;
import static org.kpiengine.KpiAssertions.assertRejected;
import static org.kpiengine.scorecard.TestScorecards.salesManagerFacts;
import static org.kpiengine.scorecard.TestScorecards.salesManagerMatrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;

class EvaluationTest {

    private final Evaluation evaluation = salesManagerMatrix().evaluate(salesManagerFacts());

    @Test
    void holdsIndicesInScorecardOrder() {
        assertEquals(List.of("contacts", "deals", "conversion", "average-check"),
                evaluation.indices().stream().map(KpiIndex::id).collect(Collectors.toList()));
        assertEquals(salesManagerMatrix(), evaluation.scorecard());
        assertEquals(Precision.DEFAULT, evaluation.precision());
        assertDecimal("104.0000", evaluation.rating());
    }

    @Test
    void indexByIdOrError() {
        assertDecimal("98.0000", evaluation.index("deals").index());
        String message = assertRejected(Reason.UNKNOWN_INDICATOR, "revenue", "revenue", () -> evaluation.index("revenue"))
                .getMessage();
        assertEquals("the evaluation has no indicator 'revenue'", message);
    }

    @Test
    void indexByIdWhereTheIndicesAreNotInScorecardOrder() {
        // an evaluation made through the constructor may hold its indices in another order, or fewer
        // of them: each id still finds its own index, and a missing one is unknown
        List<KpiIndex> reversed = new ArrayList<>(evaluation.indices());
        java.util.Collections.reverse(reversed);
        Evaluation shuffled = new Evaluation(evaluation.scorecard(), reversed, evaluation.rating(), Precision.DEFAULT,
                List.of());
        for (KpiIndex index : evaluation.indices()) {
            assertEquals(index, shuffled.index(index.id()));
        }
        Evaluation shorter = new Evaluation(evaluation.scorecard(), reversed.subList(0, 2), evaluation.rating(),
                Precision.DEFAULT, List.of());
        assertEquals(evaluation.index("average-check"), shorter.index("average-check"));
        assertEquals(evaluation.index("conversion"), shorter.index("conversion"));
        assertRejected(Reason.UNKNOWN_INDICATOR, "contacts", "contacts", () -> shorter.index("contacts"));
        assertRejected(Reason.UNKNOWN_INDICATOR, "deals", "deals", () -> shorter.index("deals"));
    }

    @Test
    void isMetUsesTheRoundedRating() {
        assertTrue(evaluation.isMet());
        Evaluation low = salesManagerMatrix().evaluate(salesManagerFacts().with("contacts", new BigDecimal("400")));
        assertDecimal("90.4000", low.rating());
        assertFalse(low.isMet());
    }

    @Test
    void copiesItsLists() {
        List<KpiIndex> indices = new ArrayList<>(evaluation.indices());
        Evaluation copy = new Evaluation(evaluation.scorecard(), indices, evaluation.rating(), Precision.DEFAULT, List.of());
        indices.clear();
        assertEquals(4, copy.indices().size());
        assertThrows(UnsupportedOperationException.class, () -> copy.indices().clear());
        assertThrows(NullPointerException.class,
                () -> new Evaluation(null, indices, BigDecimal.ONE, Precision.DEFAULT, List.of()));
        assertThrows(NullPointerException.class,
                () -> new Evaluation(evaluation.scorecard(), indices, null, Precision.DEFAULT, List.of()));
    }

    @Test
    void equalityAndToString() {
        assertEquals(evaluation, salesManagerMatrix().evaluate(salesManagerFacts()));
        assertEquals(evaluation.hashCode(), salesManagerMatrix().evaluate(salesManagerFacts()).hashCode());
        assertNotEquals(evaluation, salesManagerMatrix().evaluate(salesManagerFacts(), Precision.DEFAULT.withIndexScale(2)));
        assertEquals("rating 104.0000 [contacts: fact 570, index 114.0000, weight 0.4, contribution 45.60000, "
                + "deals: fact 49, index 98.0000, weight 0.3, contribution 29.40000, "
                + "conversion: fact 8.5, index 85.0000, weight 0.2, contribution 17.00000, "
                + "average-check: fact 12000, index 120.0000, weight 0.1, contribution 12.00000]", evaluation.toString());
    }
}
