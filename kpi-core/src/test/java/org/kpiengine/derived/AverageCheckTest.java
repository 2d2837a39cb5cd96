package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;

class AverageCheckTest {

    private static List<BigDecimal> amounts(String... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (String value : values) {
            list.add(new BigDecimal(value));
        }
        return list;
    }

    private static List<BigDecimal> hundredSales() {
        List<BigDecimal> list = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            list.add(BigDecimal.valueOf(i * 100L));
        }
        Collections.shuffle(list);
        return list;
    }

    @Test
    void hundredSalesMeetTheDecidedMinimum() {
        AverageCheck check = AverageCheck.of(hundredSales());
        assertEquals(100, check.sampleSize());
        assertEquals(new BigDecimal("505000"), check.revenue());
        assertEquals(new Measured(new BigDecimal("5050.0000")), check.mean());
        // the two middle amounts are 5 000 and 5 100
        assertEquals(new Measured(new BigDecimal("5050.0000")), check.median());
    }

    @Test
    void ninetyNineSalesAreInsufficientData() {
        List<BigDecimal> sales = hundredSales();
        sales.remove(0);
        InsufficientData expected = new InsufficientData("average check", "sales", 99, 100);
        assertEquals(expected, AverageCheck.of(sales).mean());
        assertEquals(expected, AverageCheck.of(sales).median());
        assertEquals(expected, AverageCheck.mean(new BigDecimal("500000"), 99));
    }

    @Test
    void theMinimumIsConfigurable() {
        AverageCheck check = AverageCheck.of(amounts("10", "20", "40"));
        MinimumSamples three = MinimumSamples.DEFAULT.withSales(3);
        assertEquals(new Measured(new BigDecimal("23.3333")), check.mean(three, Precision.DEFAULT));
        assertEquals(new Measured(new BigDecimal("20.0000")), check.median(three, Precision.DEFAULT));
        assertEquals(new InsufficientData("average check", "sales", 3, 4),
                check.mean(three.withSales(4), Precision.DEFAULT));
    }

    @Test
    void meanIsRoundedOnceWithThePrecision() {
        AverageCheck check = AverageCheck.of(amounts("10", "20", "40"));
        Precision twoDown = Precision.DEFAULT.withIndexScale(2).withIndexRounding(RoundingMode.DOWN);
        assertEquals(new Measured(new BigDecimal("23.33")), check.mean(MinimumSamples.NONE, twoDown));
        assertEquals(new Measured(new BigDecimal("23.333333")),
                check.mean(MinimumSamples.NONE, Precision.DEFAULT.withIndexScale(6)));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleAmounts() {
        AverageCheck check = AverageCheck.of(amounts("3000", "57000", "30000", "1.01"));
        assertEquals(new Measured(new BigDecimal("16500.0000")), check.median(MinimumSamples.NONE, Precision.DEFAULT));
        AverageCheck cents = AverageCheck.of(amounts("0.01", "0.02"));
        assertEquals(new Measured(new BigDecimal("0.0150")), cents.median(MinimumSamples.NONE, Precision.DEFAULT));
    }

    @Test
    void noSalesWithoutAMinimumIsADivisionByZero() {
        Expect.error(Reason.DIVISION_BY_ZERO, "sales", "0", "average check divides by sales, which is 0",
                () -> AverageCheck.of(List.of()).mean(MinimumSamples.NONE, Precision.DEFAULT));
        Expect.error(Reason.DIVISION_BY_ZERO, "sales", "0", "median of the average check divides by sales, which is 0",
                () -> AverageCheck.of(List.of()).median(MinimumSamples.NONE, Precision.DEFAULT));
        Expect.error(Reason.DIVISION_BY_ZERO, "sales", "0", "average check divides by sales, which is 0",
                () -> AverageCheck.mean(BigDecimal.ZERO, 0, MinimumSamples.NONE, Precision.DEFAULT));
    }

    @Test
    void noSalesUnderTheDefaultMinimumIsInsufficientData() {
        assertEquals(new InsufficientData("average check", "sales", 0, 100), AverageCheck.of(List.of()).mean());
    }

    @Test
    void rejectsANegativeAmountNamingTheSale() {
        Expect.error(Reason.OUT_OF_RANGE, "amount of sale 2", "-5", "amount of sale 2 -5 must not be negative",
                () -> AverageCheck.of(amounts("10", "-5")));
    }

    @Test
    void rejectsNegativeTotals() {
        Expect.error(Reason.OUT_OF_RANGE, "sales", "-3", "sales -3 must not be negative",
                () -> AverageCheck.mean(BigDecimal.TEN, -3));
        Expect.error(Reason.OUT_OF_RANGE, "revenue", "-10", "revenue -10 must not be negative",
                () -> AverageCheck.mean(BigDecimal.TEN.negate(), 3));
    }

    @Test
    void equalityAndText() {
        assertEquals(AverageCheck.of(amounts("1", "2")), AverageCheck.of(amounts("1", "2")));
        assertEquals(AverageCheck.of(amounts("1", "2")).hashCode(), AverageCheck.of(amounts("1", "2")).hashCode());
        assertEquals("AverageCheck[1, 2]", AverageCheck.of(amounts("1", "2")).toString());
    }
}
