package org.kpiengine.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.KpiAssertions.assertDecimal;
import static org.kpiengine.KpiAssertions.assertRejected;
import static org.kpiengine.KpiAssertions.assertRejectedField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException.Reason;

class BandsTest {

    private static final Bands COEFFICIENT =
            Bands.from("0").upTo("50", "0").upTo("90", "0.5").upTo("110", "1").andAbove("1.2");

    private static Band band(String lower, String upper, String value) {
        return new Band(new BigDecimal(lower), upper == null ? null : new BigDecimal(upper), new BigDecimal(value));
    }

    @Test
    void builderMakesContiguousBands() {
        assertEquals(List.of(band("0", "50", "0"), band("50", "90", "0.5"), band("90", "110", "1"), band("110", null, "1.2")),
                COEFFICIENT.bands());
        assertEquals(COEFFICIENT, Bands.of(COEFFICIENT.bands()));
        assertEquals(COEFFICIENT, Bands.from(BigDecimal.ZERO).upTo(new BigDecimal("50"), BigDecimal.ZERO)
                .upTo(new BigDecimal("90"), new BigDecimal("0.5")).upTo(new BigDecimal("110"), BigDecimal.ONE)
                .andAbove(new BigDecimal("1.2")));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "49.9999, 0",
        "50, 0.5",
        "50.5, 0.5",
        "89.9999, 0.5",
        "90, 1",
        "109.9999, 1",
        "110, 1.2",
        "1000000, 1.2",
    })
    void everyValueFromTheLowestFallsInExactlyOneBand(String x, String value) {
        Band found = COEFFICIENT.find(new BigDecimal(x));
        assertDecimal(value, found.value());
        long containing = COEFFICIENT.bands().stream().filter(b -> b.contains(new BigDecimal(x))).count();
        assertEquals(1, containing);
    }

    @ParameterizedTest
    @CsvSource({"-0.0001", "-1", "-1000"})
    void valuesBelowTheTableFallInNoBand(String x) {
        assertNull(COEFFICIENT.find(new BigDecimal(x)));
    }

    @Test
    void lowestAndMaxValue() {
        assertDecimal("0", COEFFICIENT.lowest());
        assertDecimal("1.2", COEFFICIENT.maxValue());
        assertDecimal("5", Bands.from("0").upTo("10", "5").andAbove("1").maxValue());
    }

    @Test
    void rejectsAGap() {
        String message = assertRejected(Reason.INVALID_BANDS, null, "51",
                () -> Bands.of(List.of(band("0", "50", "0"), band("51", null, "0.5")))).getMessage();
        assertEquals("bands must be contiguous and sorted: band 2 starts at 51 but band 1 ends at 50 (a gap)", message);
    }

    @Test
    void rejectsAnOverlap() {
        String message = assertRejected(Reason.INVALID_BANDS, null, "40",
                () -> Bands.of(List.of(band("0", "50", "0"), band("40", null, "0.5")))).getMessage();
        assertEquals("bands must be contiguous and sorted: band 2 starts at 40 but band 1 ends at 50 (an overlap)", message);
    }

    @Test
    void rejectsUnsortedBands() {
        assertRejected(Reason.INVALID_BANDS, null, "0",
                () -> Bands.of(List.of(band("50", "90", "1"), band("0", null, "0"))));
    }

    @Test
    void rejectsAClosedLastBand() {
        assertRejected(Reason.INVALID_BANDS, null, "90", () -> Bands.of(List.of(band("0", "50", "0"), band("50", "90", "1"))));
    }

    @Test
    void rejectsAnOpenBandBeforeTheLast() {
        assertRejected(Reason.INVALID_BANDS, null, null, () -> Bands.of(List.of(band("0", null, "0"), band("50", null, "1"))));
    }

    @Test
    void rejectsAnEmptyTable() {
        assertRejected(Reason.INVALID_BANDS, null, null, () -> Bands.of(List.of()));
    }

    @Test
    void builderRejectsABoundNotAboveThePrevious() {
        assertRejected(Reason.INVALID_BANDS, null, "40", () -> Bands.from("50").upTo("40", "1"));
        assertRejectedField(Reason.NOT_A_NUMBER, "lowerInclusive", "fifty", () -> Bands.from("fifty"));
        assertRejectedField(Reason.NOT_A_NUMBER, "value", "x", () -> Bands.from("0").upTo("50", "x"));
    }

    @Test
    void copiesItsInput() {
        List<Band> rows = new ArrayList<>(List.of(band("0", null, "1")));
        Bands bands = Bands.of(rows);
        rows.add(band("5", null, "2"));
        assertEquals(1, bands.bands().size());
        assertThrows(UnsupportedOperationException.class, () -> bands.bands().add(band("5", null, "2")));
    }

    @Test
    void equalityAndToString() {
        assertEquals(COEFFICIENT.hashCode(), Bands.of(COEFFICIENT.bands()).hashCode());
        assertNotEquals(COEFFICIENT, Bands.from("0").andAbove("1"));
        assertEquals("[[0, 50) → 0, [50, 90) → 0.5, [90, 110) → 1, [110, ∞) → 1.2]", COEFFICIENT.toString());
    }
}
