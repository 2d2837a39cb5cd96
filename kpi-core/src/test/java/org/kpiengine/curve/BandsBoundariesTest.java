package org.kpiengine.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.curve.Bands.boundary;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/** Tier tables written as (lower bound → value) rows: {@link Bands#ofBoundaries} and {@link Bands#ofLowerBounds}. */
class BandsBoundariesTest {

    private static final Bands BUILT = Bands.from("0").upTo("80", "0").upTo("100", "10").upTo("120", "20").andAbove("30");

    @Test
    void rowsGiveTheSameTableAsTheBuilder() {
        assertEquals(BUILT, Bands.ofBoundaries(boundary("0", "0"), boundary("80", "10"), boundary("100", "20"),
                boundary("120", "30")));
        assertEquals(BUILT, Bands.ofBoundaries(List.of(boundary(BigDecimal.ZERO, BigDecimal.ZERO),
                boundary(new BigDecimal("80.00"), BigDecimal.TEN), boundary(new BigDecimal("100"), new BigDecimal("20")),
                boundary(new BigDecimal("120"), new BigDecimal("30")))));
        assertEquals(Bands.from("5").andAbove("7"), Bands.ofBoundaries(boundary("5", "7")));
    }

    @Test
    void aMapInAnyOrderIsSortedByLowerBound() {
        Map<BigDecimal, BigDecimal> rates = new HashMap<>();
        rates.put(new BigDecimal("120"), new BigDecimal("30"));
        rates.put(new BigDecimal("0"), new BigDecimal("0"));
        rates.put(new BigDecimal("100"), new BigDecimal("20"));
        rates.put(new BigDecimal("80"), new BigDecimal("10"));
        assertEquals(BUILT, Bands.ofLowerBounds(rates));
        assertEquals(BUILT, Bands.ofLowerBounds(new TreeMap<>(rates)));
    }

    @Test
    void rowsMustStrictlyRise() {
        KpiInputException unsorted = assertThrows(KpiInputException.class, () -> Bands.ofBoundaries(
                boundary("0", "0"), boundary("80", "10"), boundary("50", "20")));
        assertEquals(Reason.INVALID_BANDS, unsorted.reason());
        assertEquals("boundaries", unsorted.field());
        assertEquals("50", unsorted.value());
        assertEquals("boundaries must strictly rise: boundary 3 at 50 is not above boundary 2 at 80", unsorted.getMessage());
        KpiInputException repeated = assertThrows(KpiInputException.class, () -> Bands.ofBoundaries(
                boundary("0", "0"), boundary("80", "10"), boundary("80.0", "20")));
        assertEquals("boundaries must strictly rise: boundary 3 at 80 is not above boundary 2 at 80", repeated.getMessage());
    }

    @Test
    void aMapWithOneBoundTwiceIsRejected() {
        Map<BigDecimal, BigDecimal> rates = new LinkedHashMap<>();
        rates.put(new BigDecimal("80"), new BigDecimal("10"));
        rates.put(new BigDecimal("80.0"), new BigDecimal("20"));
        KpiInputException e = assertThrows(KpiInputException.class, () -> Bands.ofLowerBounds(rates));
        assertEquals(Reason.INVALID_BANDS, e.reason());
        assertEquals("80", e.value());
        assertEquals("two lower bounds of the table are both 80; each band needs its own", e.getMessage());
    }

    @Test
    void anEmptyTableIsRejectedEitherWay() {
        assertEquals("a band table needs at least one band",
                assertThrows(KpiInputException.class, () -> Bands.ofBoundaries()).getMessage());
        assertEquals("a band table needs at least one band",
                assertThrows(KpiInputException.class, () -> Bands.ofLowerBounds(Map.of())).getMessage());
    }

    @Test
    void nullsAndTextThatIsNotANumberAreRejected() {
        assertThrows(NullPointerException.class, () -> boundary((BigDecimal) null, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> Bands.ofBoundaries((List<Bands.Boundary>) null));
        assertEquals("boundary 2 of the table", assertThrows(NullPointerException.class,
                () -> Bands.ofBoundaries(boundary("0", "1"), null)).getMessage());
        Map<BigDecimal, BigDecimal> withNull = new HashMap<>();
        withNull.put(BigDecimal.ONE, null);
        assertEquals("the value at lower bound 1", assertThrows(NullPointerException.class,
                () -> Bands.ofLowerBounds(withNull)).getMessage());
        assertEquals(Reason.NOT_A_NUMBER, assertThrows(KpiInputException.class, () -> boundary("80 %", "10")).reason());
    }

    @Test
    void aBoundaryIsAValue() {
        assertEquals(boundary("80", "10"), boundary("80.00", "10.0"));
        assertEquals("80 → 10", boundary("80", "10").toString());
    }
}
