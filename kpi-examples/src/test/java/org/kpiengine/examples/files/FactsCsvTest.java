package org.kpiengine.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactsCsvTest {

    private static final Set<String> KNOWN = Set.of("revenue", "deals");

    private static FactsCsv.Contents read(String text) {
        return FactsCsv.read("f.csv", new BufferedReader(new StringReader(text)), KNOWN);
    }

    @Test
    void readsRowsInAnyColumnOrderWithQuotesAndIndividualThresholds() {
        FactsCsv.Contents c = read("\uFEFFFact,Indicator_ID,employee_id,plan,salary\n"
                + "\"1200.50\",revenue,\"Smith, J.\",1000,3000.00\n"
                + "7,deals,\"Smith, J.\",,3000\n");
        assertEquals(List.of(), c.problems());
        assertEquals(1, c.employees().size());
        FactsCsv.EmployeeRows e = c.employees().get(0);
        assertEquals("Smith, J.", e.id());
        assertEquals(new BigDecimal("1200.50"), e.facts().get("revenue"));
        assertEquals(new BigDecimal("7"), e.facts().get("deals"));
        assertEquals(0, new BigDecimal("3000").compareTo(e.salary()));
        assertEquals(new BigDecimal("1000"), e.thresholds().get("revenue")[1]);
        assertEquals(null, e.thresholds().get("deals")[1]);
    }

    @Test
    void aBadNumberIsReportedWithFileLineAndReasonAndTheOtherRowsAreKept() {
        FactsCsv.Contents c = read("employee_id,indicator_id,fact\n"
                + "a,revenue,1e5\n"
                + "a,deals,3\n"
                + "b,revenue,12,5\n"
                + "b,deals,4\n");
        assertEquals(1, c.problems().size(), c.problems().toString());
        Problem p = c.problems().get(0);
        assertEquals("f.csv", p.file());
        assertEquals(2, p.line());
        assertEquals("a", p.employeeId());
        assertEquals("f.csv:2: bad number '1e5' in column 'fact' (expected a decimal with a dot, such as 1234.5)",
                p.toString());
        assertEquals(List.of(p), c.employees().get(0).problems());
        assertEquals(List.of(), c.employees().get(1).problems(), "an extra cell is ignored, the row is read");
        assertEquals(2, c.employees().get(1).facts().size());
    }

    @Test
    void unknownIndicatorMissingCellEmptyCellAndDuplicateAreEachReported() {
        FactsCsv.Contents c = read("employee_id,indicator_id,fact\n"
                + "a,calls,3\n"
                + "a,revenue\n"
                + "a,deals,\n"
                + "b,deals,1\n"
                + "b,deals,2\n"
                + ",deals,2\n");
        List<String> reasons = c.problems().stream().map(Problem::toString).toList();
        assertEquals(5, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("f.csv:2: unknown indicator 'calls'"), reasons.get(0));
        assertEquals("f.csv:3: the row has 2 cells and lacks column 'fact'", reasons.get(1));
        assertEquals("f.csv:4: column 'fact' is empty", reasons.get(2));
        assertEquals("f.csv:6: a second fact for indicator 'deals' of employee 'b' (first at line 5)", reasons.get(3));
        assertEquals("f.csv:7: the row has no employee_id", reasons.get(4));
        assertEquals(2, c.employees().size());
    }

    @Test
    void aSalaryThatDisagreesIsReported() {
        FactsCsv.Contents c = read("employee_id,indicator_id,fact,salary\n"
                + "a,revenue,1,3000\n"
                + "a,deals,1,3000.00\n"
                + "a,deals,1,3100\n");
        assertTrue(c.problems().get(0).reason().startsWith("a second fact"), c.problems().toString());
        FactsCsv.Contents d = read("employee_id,indicator_id,fact,salary\n"
                + "a,revenue,1,3000\n"
                + "a,deals,1,3100\n");
        assertEquals("f.csv:3: salary 3100 differs from 3000 given earlier for employee 'a'", d.problems().get(0).toString());
    }

    @Test
    void aHeaderWithoutARequiredColumnOrAnEmptyFileIsRejectedAsAWhole() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("employee_id,indicator,fact\na,revenue,1\n"));
        assertEquals("f.csv:1: the header lacks the required column 'indicator_id' (found: employee_id, indicator, fact)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> read(""));
    }

    @Test
    void anUnclosedQuoteNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("employee_id,indicator_id,fact\n\"a,revenue,1\n"));
        assertEquals("line 2: a quoted cell is not closed", e.getMessage());
    }
}
