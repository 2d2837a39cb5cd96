package org.kpiengine.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kpiengine.KpiAssertions.assertRejected;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;

class AllocationTest {

    private static List<BigDecimal> weights(String spaced) {
        return Arrays.stream(spaced.split(" ")).map(BigDecimal::new).toList();
    }

    private static String parts(List<Money> money) {
        return String.join(" ", money.stream().map(Money::toAmountText).toList());
    }

    /** DOMAIN worked examples of the exact split, and the tie and zero-weight rules. */
    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @CsvSource({
        "99.99, 75 25, 74.99 25.00",
        "100.00, 1 1 1, 33.34 33.33 33.33",
        "-99.99, 75 25, -74.99 -25.00",
        "-100.00, 1 1 1, -33.34 -33.33 -33.33",
        "0.01, 50 50, 0.01 0.00",
        "0.02, 1 1 1, 0.01 0.01 0.00",
        "10.00, 0 1 0, 0.00 10.00 0.00",
        "10.00, 10 5 3.33 2.5, 4.80 2.40 1.60 1.20",
        "0.00, 0 0, 0.00 0.00",
        "7.00, 2 3, 2.80 4.20"
    })
    void splitsExactlyByLargestRemainder(String amount, String weights, String expected) {
        List<Money> split = Allocation.split(Money.of("EUR", amount), weights(weights));
        assertEquals(expected, parts(split));
        assertEquals(Money.of("EUR", amount), split.stream().reduce(Money::plus).orElseThrow());
    }

    @Test
    void splitsDecimalsAtTheirOwnScale() {
        assertEquals(List.of(new BigDecimal("4"), new BigDecimal("3")),
                Allocation.split(new BigDecimal("7"), weights("1 1")));
        assertEquals(List.of(new BigDecimal("0.334"), new BigDecimal("0.333"), new BigDecimal("0.333")),
                Allocation.split(new BigDecimal("1.000"), weights("1 1 1")));
    }

    @Test
    void wholeUnitCurrenciesSplitInWholeUnits() {
        assertEquals("34 33 33", parts(Allocation.split(Money.of("JPY", "100"), weights("1 1 1"))));
    }

    @Test
    void refusesBadWeights() {
        Money amount = Money.of("EUR", "10.00");
        KpiInputException negative = assertRejected(Reason.NEGATIVE_WEIGHT, null, "-1",
                () -> Allocation.split(amount, weights("2 -1")));
        assertEquals("weight", negative.field());
        assertRejected(Reason.WEIGHTS_TOTAL, null, "0", () -> Allocation.split(amount, weights("0 0")));
        assertRejected(Reason.WEIGHTS_TOTAL, null, null, () -> Allocation.split(amount, List.of()));
        assertRejected(Reason.OUT_OF_RANGE, null, "1E+1001", () -> Allocation.split(amount, List.of(new BigDecimal("1E+1001"))));
    }

    @Test
    void manyEqualWeightsGiveTheLeftoverUnitsInListingOrder() {
        List<BigDecimal> hundred = java.util.Collections.nCopies(100, BigDecimal.ONE);
        List<Money> parts = Allocation.split(Money.of("EUR", "1.50"), hundred);
        for (int i = 0; i < 100; i++) {
            assertEquals(Money.of("EUR", i < 50 ? "0.02" : "0.01"), parts.get(i), "part " + i);
        }
    }
}
