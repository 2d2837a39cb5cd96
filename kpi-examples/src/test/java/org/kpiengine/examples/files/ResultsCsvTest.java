package org.kpiengine.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

    @Test
    void writesAndReadsBackTheSameNumbersIncludingErrorsWithCommasQuotesAndLineBreaks() throws Exception {
        Map<String, BigDecimal> components = new LinkedHashMap<>();
        components.put("salary", new BigDecimal("3000.00"));
        components.put("bonus, tiered", new BigDecimal("600.00"));
        components.put("idle hours", new BigDecimal("-150.00"));
        List<ResultsCsv.Row> rows = List.of(
                new ResultsCsv.Row("e1", "OK", new BigDecimal("104.0000"), components, new BigDecimal("3450.00"), "EUR", ""),
                new ResultsCsv.Row("e2", "ERROR", null, Map.of(), null, "EUR", "no fact for 'deals', \"quoted\""),
                new ResultsCsv.Row("Smith,\nJ.", "ERROR", null, Map.of(), null, "EUR", " spaced "));
        StringBuilder text = new StringBuilder();
        ResultsCsv.write(text, List.copyOf(components.keySet()), rows);
        assertEquals("employee_id,status,rating,salary,\"bonus, tiered\",idle hours,total,currency,error\n"
                + "e1,OK,104.0000,3000.00,600.00,-150.00,3450.00,EUR,\n"
                + "e2,ERROR,,,,,,EUR,\"no fact for 'deals', \"\"quoted\"\"\"\n"
                + "\"Smith,\nJ.\",ERROR,,,,,,EUR,\" spaced \"\n", text.toString());
        List<ResultsCsv.Row> read = ResultsCsv.read(text.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(rows, read);
    }

    @Test
    void aFileThatIsNotAResultsFileIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ResultsCsv.read("employee_id,indicator_id,fact\n".getBytes(StandardCharsets.UTF_8)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResultsCsv.read("employee_id,status,rating,total,currency,error\n\"e1,OK,,,EUR,\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("line 2: the quote at column 1 opens a cell that is not closed on this line (a quote inside a cell"
                + " is written twice, \"\"; the file ends inside the quoted cell)", e.getMessage());
    }
}
