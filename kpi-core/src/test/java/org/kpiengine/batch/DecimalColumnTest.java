package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

class DecimalColumnTest {

    @Test
    void unscaledValuesAtAFixedScale() {
        DecimalColumn column = DecimalColumn.ofUnscaled(new long[] {125_000, -5, DecimalColumn.MISSING}, 2);
        assertEquals(3, column.size());
        assertEquals(new BigDecimal("1250.00"), column.get(0));
        assertEquals(new BigDecimal("-0.05"), column.get(1));
        assertNull(column.get(2));
        assertEquals("DecimalColumn[3 values, scale 2]", column.toString());
    }

    @Test
    void decimalsKeepTheirValueWhateverTheirScale() {
        DecimalColumn column = DecimalColumn.of(new BigDecimal("1.5"), null, new BigDecimal("20"), new BigDecimal("0.125"));
        assertEquals(0, new BigDecimal("1.5").compareTo(column.get(0)));
        assertNull(column.get(1));
        assertEquals(0, new BigDecimal("20").compareTo(column.get(2)));
        assertEquals(0, new BigDecimal("0.125").compareTo(column.get(3)));
        // more digits than a long holds: kept exactly, read through the object path
        BigDecimal huge = new BigDecimal("123456789012345678901234567890.5");
        assertEquals(huge, DecimalColumn.of(huge, BigDecimal.ONE).get(0));
    }

    @Test
    void doublesAreReadThroughTheirShortestDecimalForm() {
        DecimalColumn column = DecimalColumn.ofDoubles(new double[] {0.1, 8.5, Double.NaN});
        assertEquals(0, new BigDecimal("0.1").compareTo(column.get(0)));
        assertEquals(0, new BigDecimal("8.5").compareTo(column.get(1)));
        KpiInputException e = assertThrows(KpiInputException.class, () -> column.get(2));
        assertEquals(Reason.NOT_A_NUMBER, e.reason());
    }

    @Test
    void invalidColumnsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> DecimalColumn.ofUnscaled(new long[] {1}, -1));
        assertThrows(IllegalArgumentException.class, () -> DecimalColumn.ofUnscaled(new long[] {1}, 19));
        assertThrows(IllegalArgumentException.class, () -> DecimalColumn.ofUnscaled(new long[] {Long.MIN_VALUE + 1}, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> DecimalColumn.ofUnscaled(new long[] {1}, 0).get(1));
    }
}
