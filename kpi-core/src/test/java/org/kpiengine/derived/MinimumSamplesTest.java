package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;

class MinimumSamplesTest {

    @Test
    void theDecidedDefaults() {
        assertEquals(100, MinimumSamples.DEFAULT.sales());
        assertEquals(500, MinimumSamples.DEFAULT.contacts());
        assertEquals(new MinimumSamples(0, 0), MinimumSamples.NONE);
    }

    @Test
    void copiesChangeOneMinimum() {
        assertEquals(new MinimumSamples(30, 500), MinimumSamples.DEFAULT.withSales(30));
        assertEquals(new MinimumSamples(100, 200), MinimumSamples.DEFAULT.withContacts(200));
    }

    @Test
    void rejectsNegativeMinimums() {
        Expect.error(Reason.OUT_OF_RANGE, "minimum sales", "-1", "minimum sales -1 must not be negative",
                () -> MinimumSamples.DEFAULT.withSales(-1));
        Expect.error(Reason.OUT_OF_RANGE, "minimum contacts", "-1", "minimum contacts -1 must not be negative",
                () -> new MinimumSamples(1, -1));
    }
}
