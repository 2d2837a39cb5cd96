package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void printsTheRatingTheTotalAndTheExplanation() throws Exception {
        String out = Console.capture(() -> QuickStart.main(new String[0]));
        // revenue (540000-300000)/(500000-300000) = 120; deals 18/20 = 90;
        // receivables (90000-200000)/(100000-200000) = 110; rating 0.5×120 + 0.3×90 + 0.2×110 = 109
        assertTrue(out.startsWith("== QuickStart: one employee's month, from scorecard to explanation ==\n"
                + "rating 109.0000, total pay EUR 3600.00\n"), out);
        assertTrue(out.matches("(?s).*revenue\\s+540000\\s+300000\\s+500000\\s+650000.*120\\.0000.*"), out);
        assertTrue(out.matches("(?s).*bonus\\s+scheme\\s+600\\.00\\s+3000\\.00\\s+3600\\.00.*"), out);
    }
}
