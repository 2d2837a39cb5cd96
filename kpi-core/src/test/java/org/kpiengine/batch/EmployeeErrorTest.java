package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

class EmployeeErrorTest {

    @Test
    void namesTheEmployeeThenStatesTheRule() {
        KpiInputException cause = new KpiInputException(Reason.MISSING_FACT, "revenue", null,
                "no fact was given for indicator 'revenue'");
        EmployeeError error = new EmployeeError(17, "E17", cause);
        assertEquals(Reason.MISSING_FACT, error.reason());
        assertEquals("revenue", error.indicatorId());
        assertEquals("employee 'E17': no fact was given for indicator 'revenue'", error.message());
        assertEquals("MISSING_FACT employee 'E17': no fact was given for indicator 'revenue'", error.toString());
    }
}
