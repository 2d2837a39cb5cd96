package org.kpiengine.examples.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

    @Test
    void writesAndReadsBackTheSameNumbersIncludingErrorsWithCommasAndQuotes() {
        Map<String, BigDecimal> components = new LinkedHashMap<>();
        components.put("salary", new BigDecimal("3000.00"));
        components.put("bonus, tiered", new BigDecimal("600.00"));
        components.put("idle hours", new BigDecimal("-150.00"));
        List<ResultsCsv.Row> rows = List.of(
                new ResultsCsv.Row("e1", "OK", new BigDecimal("104.0000"), components, new BigDecimal("3450.00"), "EUR", ""),
                new ResultsCsv.Row("e2", "ERROR", null, Map.of(), null, "EUR", "no fact for 'deals', \"quoted\""));
        StringWriter text = new StringWriter();
        ResultsCsv.write(new PrintWriter(text), List.copyOf(components.keySet()), rows);
        assertEquals("employee_id,status,rating,salary,\"bonus, tiered\",idle hours,total,currency,error\n"
                + "e1,OK,104.0000,3000.00,600.00,-150.00,3450.00,EUR,\n"
                + "e2,ERROR,,,,,,EUR,\"no fact for 'deals', \"\"quoted\"\"\"\n", text.toString());
        List<ResultsCsv.Row> read = ResultsCsv.read(new BufferedReader(new StringReader(text.toString())));
        assertEquals(rows, read);
    }

    @Test
    void aFileThatIsNotAResultsFileIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ResultsCsv.read(new BufferedReader(new StringReader("employee_id,indicator_id,fact\n"))));
    }
}
