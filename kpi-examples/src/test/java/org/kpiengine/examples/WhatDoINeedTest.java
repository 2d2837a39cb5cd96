package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WhatDoINeedTest {

    @Test
    void printsTheFactsNeededTheCurveAndTheCliffs() throws Exception {
        String out = Console.capture(() -> WhatDoINeed.main(new String[0]));
        // Rating 74.6 + 0.6 × deals reaches 120 at 76 deals (120.2); 75 give 119.6.
        assertTrue(out.contains("deals       now 49, needs 76 (rating % = 120.2000); at 75 it is not reached"), out);
        // Rating 87 + 2 × conversion reaches 120 at 16.5 exactly, searched in steps of 0.1.
        assertTrue(out.contains("conversion  now 8.5, needs 16.5 (rating % = 120.0000); at 16.4 it is not reached"), out);
        assertTrue(out.contains("deals capped at 150: UNREACHABLE: the index of indicator 'deals' stops at its cap 150 from fact 75 on"), out);
        assertTrue(out.contains("100 % of plan  deals 50    rating 104.6000  total EUR 3600.00"), out);
        assertTrue(out.contains("160 % of plan  deals 80    rating 122.6000  total EUR 3900.00"), out);
        // With the other facts at plan, 49 → 50 deals crosses rating 100: 3 300 → 3 600.
        assertTrue(out.contains("from 49 to 50 of 'deals' the payout rises from EUR 3300.00 to EUR 3600.00"), out);
    }
}
