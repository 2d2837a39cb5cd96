package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<Csv.Record> read(String text) {
        Csv.Contents contents = Csv.read(text.getBytes(StandardCharsets.UTF_8), false);
        assertNull(contents.fileProblem());
        return contents.records();
    }

    @Test
    void quotedCellsHoldCommasDoubledQuotesAndLineBreaks() {
        List<Csv.Record> records = read("a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n\"three\r\nlines\r\n\",y\nlast,z");
        assertEquals(List.of("a", "b,c", "say \"hi\""), records.get(0).cells());
        assertEquals(List.of("two\nlines", "x"), records.get(1).cells());
        assertEquals(2, records.get(1).line());
        assertEquals(3, records.get(1).lastLine());
        assertEquals(List.of("three\r\nlines\r\n", "y"), records.get(2).cells());
        assertEquals(4, records.get(2).line());
        assertEquals(6, records.get(2).lastLine());
        assertEquals(List.of("last", "z"), records.get(3).cells());
        assertEquals(7, records.get(3).line());
        assertTrue(records.stream().allMatch(Csv.Record::isValid));
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsText() {
        assertEquals(List.of("5\" screen", "x"), read("5\" screen,x\n").get(0).cells());
        assertEquals(List.of(" \"a\"", "b"), read(" \"a\",b\n").get(0).cells());
    }

    @Test
    void spacesMayFollowAClosingQuoteButNothingElse() {
        assertEquals(List.of("a", "b"), read("\"a\"  ,b\n").get(0).cells());
        Csv.Record bad = read("x,\"a\"b,c\n").get(0);
        assertEquals("text after the closing quote at column 6 ('b'): a quoted cell must be followed by a comma or"
                + " the end of the line", bad.problem());
        assertEquals(List.of("x"), bad.cells(), "the cells before the first quote are kept");
    }

    @Test
    void blankLinesAreSkippedAndLoneCarriageReturnsEndLines() {
        List<Csv.Record> records = read("a\n\n   \nb\rc\r\n");
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), records.stream().map(Csv.Record::cells).toList());
        assertEquals(List.of(1, 4, 5), records.stream().map(Csv.Record::line).toList());
    }

    @Test
    void aQuotedCellMaySpanAtMostTheLimitOfLines() {
        String inside = "x\n".repeat(Csv.MAX_RECORD_LINES - 1);
        List<Csv.Record> ok = read("\"" + inside + "\",end\nnext\n");
        assertEquals(Csv.MAX_RECORD_LINES, ok.get(0).lastLine());
        assertTrue(ok.get(0).isValid());
        List<Csv.Record> tooLong = read("\"" + inside + "x\n\",end\nnext\n");
        assertTrue(tooLong.get(0).problem().contains("would run past 100 lines"), tooLong.get(0).problem());
        assertEquals(2, tooLong.get(1).line(), "reading starts again on the next line");
        assertEquals("next", tooLong.get(tooLong.size() - 1).cells().get(0));
    }
}
