package org.kpiengine.period;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.batch.DecimalColumn;

/**
 * The columnar year fills a period's columns as plain unscaled {@code long}s while every value has
 * one scale and fits; any other column must come out exactly as the general column of its values.
 */
class YearBatchFillTest {

    private static void sameAsTheValues(BigDecimal... values) {
        YearBatch.Fill fill = new YearBatch.Fill(values.length + 2);
        for (int row = 0; row < values.length; row++) {
            fill.set(row, values[row]);
        }
        DecimalColumn filled = fill.column(values.length + 1); // the last row is never set: missing
        assertEquals(values.length + 1, filled.size());
        for (int row = 0; row < values.length; row++) {
            BigDecimal expected = values[row];
            BigDecimal actual = filled.get(row);
            if (expected == null) {
                assertEquals(null, actual, "row " + row + " of " + Arrays.toString(values));
            } else {
                assertEquals(0, expected.compareTo(actual), "row " + row + " of " + Arrays.toString(values) + ": " + actual);
            }
        }
        assertEquals(null, filled.get(values.length));
    }

    @Test
    void oneScaleFillsLongs() {
        sameAsTheValues(new BigDecimal("1.25"), null, new BigDecimal("-3.50"), new BigDecimal("0.00"));
    }

    @Test
    void everyFallbackGivesTheValuesThemselves() {
        for (List<BigDecimal> values : List.of(
                List.of(new BigDecimal("1.5"), new BigDecimal("2.25")), // a second scale
                List.of(new BigDecimal("1E+3"), new BigDecimal("7")), // a negative scale
                List.of(new BigDecimal("1.0000000000000000001"), BigDecimal.ONE), // above the long column's largest scale
                List.of(new BigDecimal("99999999999999999999"), BigDecimal.TEN), // beyond a long
                List.of(BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.ONE), // a value the long column reserves
                List.of(BigDecimal.valueOf(Long.MIN_VALUE + 1), BigDecimal.ONE))) {
            sameAsTheValues(values.toArray(BigDecimal[]::new));
        }
    }
}
