package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SalesManagerMatrixTest {

    @Test
    void printsEveryIndexTheRatingAndTheExplanation() throws Exception {
        String out = Console.capture(() -> SalesManagerMatrix.main(new String[0]));
        assertTrue(out.contains("contacts       index 114.0000"), out);
        assertTrue(out.contains("deals          index 98.0000"), out);
        assertTrue(out.contains("conversion     index 85.0000"), out);
        assertTrue(out.contains("average-check  index 120.0000"), out);
        assertTrue(out.contains("rating 104.0000"), out);
        // The explanation table: the contribution column of the sales-manager matrix (docs/reference/scoring.md, Rating), 0.4 × 114 = 45.6.
        assertTrue(out.matches("(?s).*contacts\\s+570\\s+-\\s+500\\s+-\\s+ratio\\s+114\\.0000\\s+0\\.4\\s+45\\.6.*"), out);
    }
}
