package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;

class PipelineTest {

    @Test
    void anEmptyPipelineIsWorthNothing() {
        Pipeline empty = Pipeline.of(List.of());
        assertEquals(0, empty.count());
        assertEquals(BigDecimal.ZERO, empty.value());
        assertEquals("pipeline of 0 open deals worth 0", empty.toString());
    }

    @Test
    void copiesTheList() {
        List<BigDecimal> amounts = new ArrayList<>(List.of(BigDecimal.TEN));
        Pipeline pipeline = Pipeline.of(amounts);
        amounts.add(BigDecimal.ONE);
        assertEquals(1, pipeline.count());
        assertEquals(pipeline, Pipeline.of(List.of(BigDecimal.TEN)));
    }

    @Test
    void rejectsANegativeAmountNamingTheDeal() {
        Expect.error(Reason.OUT_OF_RANGE, "amount of open deal 3", "-1", "amount of open deal 3 -1 must not be negative",
                () -> Pipeline.of(List.of(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE.negate())));
    }
}
