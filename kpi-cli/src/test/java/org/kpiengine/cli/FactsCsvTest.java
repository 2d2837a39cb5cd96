package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactsCsvTest {

    private static final Set<String> KNOWN = Set.of("revenue", "deals");

    private static FactsCsv.Contents read(String text) {
        return FactsCsv.read("f.csv", text.getBytes(StandardCharsets.UTF_8), KNOWN);
    }

    private static List<String> ids(FactsCsv.Contents c) {
        return c.employees().stream().map(FactsCsv.EmployeeRows::id).toList();
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
    void aHeaderWithoutARequiredColumnOrAnEmptyFileMakesTheFileUnreadable() {
        FactsCsv.Contents missing = read("employee_id,indicator,fact\na,revenue,1\n");
        assertFalse(missing.readable());
        assertEquals(List.of(), missing.employees());
        assertEquals("f.csv:1: the header lacks the required column 'indicator_id' (found: 'employee_id', 'indicator',"
                + " 'fact')", missing.problems().get(0).toString());
        FactsCsv.Contents empty = read("");
        assertFalse(empty.readable());
        assertEquals("f.csv: the file is empty; expected a header with employee_id, indicator_id, fact",
                empty.problems().get(0).toString());
        FactsCsv.Contents twice = read("employee_id,indicator_id,fact,fact\n");
        assertEquals("f.csv:1: the header names column 'fact' twice (columns 3 and 4)", twice.problems().get(0).toString());
    }

    @Test
    void aQuotedLineBreakIsAcceptedAndLaterLinesKeepTheirNumbers() {
        FactsCsv.Contents c = read("employee_id,indicator_id,fact\n"
                + "\"Smith,\nJ.\",revenue,5\n"
                + "\"Smith,\r\nJ.\",deals,6\n"
                + "b,revenue,x\n");
        assertEquals(List.of("Smith,\nJ.", "Smith,\r\nJ.", "b"), ids(c));
        assertEquals(new BigDecimal("5"), c.employees().get(0).facts().get("revenue"));
        assertEquals(List.of(), c.employees().get(0).problems());
        assertEquals(List.of(), c.employees().get(1).problems());
        assertEquals(List.of("f.csv:6: bad number 'x' in column 'fact' (expected a decimal with a dot, such as 1234.5)"),
                c.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aStrayQuoteCostsOnlyItsOwnRow() {
        FactsCsv.Contents c = read("employee_id,indicator_id,fact\n"
                + "a,revenue,1\n"
                + "b,\"revenue,2\n"
                + "b,deals,3\n"
                + "c,\"revenue\",4\n"
                + "c,deals,5\n");
        assertEquals(List.of("a", "b", "c"), ids(c));
        assertEquals(1, c.problems().size(), c.problems().toString());
        Problem p = c.problems().get(0);
        assertEquals("b", p.employeeId(), "the stray quote is attributed to the employee of its line");
        assertEquals("f.csv:3: the quote at column 3 opens a cell that is not closed on this line (a quote inside a cell"
                + " is written twice, \"\"; read on, line 5 has text after the closing quote at column 4 ('r'): a quoted"
                + " cell must be followed by a comma or the end of the line)", p.toString());
        assertEquals(List.of(p), c.employees().get(1).problems());
        assertEquals(new BigDecimal("3"), c.employees().get(1).facts().get("deals"), "the next line is read again");
        assertEquals(2, c.employees().get(2).facts().size());
        assertTrue(c.employees().get(0).problems().isEmpty() && c.employees().get(2).problems().isEmpty());
    }

    @Test
    void aBadQuoteAfterAQuotedIdStillNamesTheEmployee() {
        FactsCsv.Contents c = read("indicator_id,employee_id,fact\n"
                + "revenue,\"Smith, J.\",\"12\n"
                + "deals,\"Smith, J.\",\"3\"x\n"
                + "revenue,b,1\n");
        assertEquals(List.of("Smith, J.", "b"), ids(c));
        assertEquals(2, c.employees().get(0).problems().size(), c.problems().toString());
        assertEquals("f.csv:3: text after the closing quote at column 22 ('x'): a quoted cell must be followed by a"
                + " comma or the end of the line", c.employees().get(0).problems().get(1).toString());
        assertTrue(c.employees().get(1).problems().isEmpty());
    }

    @Test
    void aQuoteThatNeverClosesCostsOnlyItsOwnRowUpToTheEndOfTheFile() {
        FactsCsv.Contents c = read("employee_id,indicator_id,fact\n"
                + "a,revenue,\"1\n"
                + "b,revenue,2\n"
                + "c,revenue,3");
        assertEquals(List.of("a", "b", "c"), ids(c));
        assertEquals(List.of("f.csv:2: the quote at column 11 opens a cell that is not closed on this line (a quote"
                + " inside a cell is written twice, \"\"; the file ends inside the quoted cell)"),
                c.problems().stream().map(Problem::toString).toList());
        assertEquals(new BigDecimal("3"), c.employees().get(2).facts().get("revenue"));
    }

    @Test
    void aWindows1251FileNamesTheLineAndTheExpectedEncodingAndCostsOnlyThoseRows() {
        byte[] cp1251 = ("employee_id,indicator_id,fact\n"
                + "Иванов,revenue,1\n"
                + "Петров,revenue,2\n"
                + "b,revenue,3\n").getBytes(Charset.forName("windows-1251"));
        FactsCsv.Contents c = FactsCsv.read("f.csv", cp1251, KNOWN);
        assertEquals(List.of("\\xC8\\xE2\\xE0\\xED\\xEE\\xE2", "\\xCF\\xE5\\xF2\\xF0\\xEE\\xE2", "b"), ids(c),
                "ids that are not UTF-8 stay distinct");
        assertEquals(List.of(
                "f.csv:2: the line is not valid UTF-8 (6 bytes that are not UTF-8, the first: byte 0xC8 at byte 1);"
                        + " expected UTF-8: save the file as UTF-8",
                "f.csv:3: the line is not valid UTF-8 (6 bytes that are not UTF-8, the first: byte 0xCF at byte 1);"
                        + " expected UTF-8: save the file as UTF-8"),
                c.problems().stream().map(Problem::toString).toList());
        assertTrue(c.employees().get(2).problems().isEmpty());
    }

    @Test
    void aUtf16FileIsRejectedAsAWholeNamingTheEncodingExpected() {
        byte[] utf16 = "\uFEFFemployee_id,indicator_id,fact\na,revenue,1\n".getBytes(StandardCharsets.UTF_16LE);
        FactsCsv.Contents c = FactsCsv.read("f.csv", utf16, KNOWN);
        assertFalse(c.readable());
        assertEquals("f.csv: the file is UTF-16 (it starts with a UTF-16 byte order mark); expected UTF-8: save it as"
                + " UTF-8", c.problems().get(0).toString());
    }

    @Test
    void aHugeNumberIsRefusedWithAShortMessage() {
        String huge = "1" + "0".repeat(100_000);
        FactsCsv.Contents c = read("employee_id,indicator_id,fact\na,revenue," + huge + "\n");
        String reason = c.problems().get(0).toString();
        assertEquals("f.csv:2: bad number '1000000000000000000000000000000000000000...' (100001 characters) in column"
                + " 'fact': a number may have at most 100 characters", reason);
    }

    @Test
    void crlfLineBreaksAndSpacesAroundCellsAreRead() {
        FactsCsv.Contents c = read("employee_id , indicator_id , fact\r\n a , revenue , 1 \r\na,deals,2\r\n");
        assertEquals(List.of(), c.problems());
        assertEquals(List.of("a"), ids(c));
        assertEquals(2, c.employees().get(0).facts().size());
    }
}
