package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.curve.Bands.boundary;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.revenue;
import static org.kpiengine.pay.PayFixtures.salary;
import static org.kpiengine.pay.SchemeAssertions.accrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Warning;
import org.kpiengine.curve.Bands;
import org.kpiengine.scorecard.Evaluation;

/** Interpolated and hybrid tiers: the worked examples, their explanations, warnings and bad input. */
class TieredSchemeShapesTest {

    /** Boundaries 80 → 0 %, 100 → 20 %, 120 → 50 %, 150 → 80 %. */
    private static final Bands SPLIT = Bands.ofBoundaries(
            boundary("80", "0"), boundary("100", "20"), boundary("120", "50"), boundary("150", "80"));
    /** Attainment tiers [0, 50) 5 %, [50, 100) 10 %, [100, ∞) 15 %. */
    private static final Bands QUOTA = Bands.ofBoundaries(boundary("0", "5"), boundary("50", "10"), boundary("100", "15"));
    private static final Measure SALES = Measure.fact("revenue");

    private static TieredScheme split(TieredScheme.Payment payment, Measure turnover) {
        return TieredScheme.interpolated("split", Measure.rating(), SPLIT, payment, turnover);
    }

    /** The worked example (rating 110 → 35 % → 35 000 on 100 000) and the points around each boundary. */
    @ParameterizedTest(name = "rating {0}: rate {1} % → {2}")
    @CsvSource({
        "110, 35.0000, 35000.00",
        "79.9999, -, 0.00",
        "80, 0.0000, 0.00",
        "90, 10.0000, 10000.00",
        "100, 20.0000, 20000.00",
        "100.0001, 20.0002, 20000.20",
        "119.9999, 49.9999, 49999.90",
        "120, 50.0000, 50000.00",
        "135, 65.0000, 65000.00",
        "150, 80.0000, 80000.00",
        "200, 80.0000, 80000.00",
        "100.00003, 20.0000, 20000.00",
        "100.00005, 20.0002, 20000.20",
    })
    void interpolatedRatePaysOnTheWholeSalary(String rating, String rate, String pay) {
        Accrual accrual = accrue(split(TieredScheme.Payment.PERCENT_OF_SALARY, null), revenue("100", rating), salary("100000"));
        assertEquals(eur(pay), accrual.amount());
        if (!"-".equals(rate)) {
            assertTrue(accrual.detail().contains("rate " + rate + " % of salary 100000.00"), accrual::detail);
        }
    }

    @Test
    void interpolatedExplainsTheTwoBoundariesAndTheRate() {
        assertEquals("rating % 110.0000 between 100 → 20 % and 120: rate 35.0000 % of salary 100000.00 = 35000.00",
                accrue(split(TieredScheme.Payment.PERCENT_OF_SALARY, null), revenue("100", "110"), salary("100000")).detail());
        assertEquals("rating % 160.0000 at or above the last boundary 150 → 80 %: rate 80.0000 % of fact of 'revenue' 160 = 128.00",
                accrue(split(TieredScheme.Payment.PERCENT_OF_TURNOVER, SALES), revenue("100", "160"), salary("0")).detail());
        assertEquals("rating % 79.0000 below the first tier → 0",
                accrue(split(TieredScheme.Payment.PERCENT_OF_SALARY, null), revenue("100", "79"), salary("100000")).detail());
    }

    @Test
    void interpolatedAmountIsRoundedOnceToTheMinorUnit() {
        // 100 at 10 deals, 150 at 13: at 11 deals 100 + 1 / 3 × 50 = 116.666… → 116.67, not 116.6667 first
        Bands amounts = Bands.ofBoundaries(boundary("10", "100"), boundary("13", "150"));
        TieredScheme scheme = TieredScheme.interpolated("deals", Measure.fact("deals"), amounts, TieredScheme.Payment.AMOUNT, null);
        Evaluation eleven = PayFixtures.fiveIndicators().evaluate(PayFixtures.fiveFacts("500000", "11", "600", "100", "40000"));
        Accrual accrual = accrue(scheme, eleven, salary("3000"));
        assertEquals(eur("116.67"), accrual.amount());
        assertEquals("fact of 'deals' 11 between 10 → 100 and 13: amount 116.67", accrual.detail());
    }

    @Test
    void interpolatedRateIsRoundedLikeAnIndexBeforeItApplies() {
        // 0 % at 0, 1 % at 3: at 1 the exact rate is 0.3333…; rounded to 0.3333 % it pays 3 333.00 on 1 000 000, not 3 333.33
        Bands rates = Bands.ofBoundaries(boundary("0", "0"), boundary("3", "1"));
        TieredScheme scheme = TieredScheme.interpolated("t", Measure.rating(), rates, TieredScheme.Payment.PERCENT_OF_SALARY, null);
        assertEquals(eur("3333.00"), accrue(scheme, revenue("100", "1"), salary("1000000")).amount());
    }

    /** The worked example: quota 1 000 000, tiers by attainment, pivot 100 %, paid on the sales. */
    @ParameterizedTest(name = "sales {0} → {1}")
    @CsvSource({
        "400000, 20000.00",
        "700000, 70000.00",
        "1200000, 130000.00",
        "0, 0.00",
        "499999, 24999.95",
        "500000, 50000.00",
        "999999, 99999.90",
        "1000000, 100000.00",
        "1000001, 100000.15",
        "2000000, 250000.00",
    })
    void hybridOnAttainmentPaysTheSales(String sales, String pay) {
        TieredScheme hybrid = TieredScheme.hybrid("commission", Measure.attainment("revenue"), QUOTA, "100",
                TieredScheme.Payment.PERCENT_OF_TURNOVER, SALES);
        assertEquals(eur(pay), accrue(hybrid, revenue("1000000", sales), salary("0")).amount());
    }

    @ParameterizedTest(name = "sales {0} → {1}")
    @CsvSource({"400000, 20000.00", "700000, 70000.00", "1200000, 130000.00"})
    void hybridOnTheSalesThemselves(String sales, String pay) {
        Bands tiers = Bands.ofBoundaries(boundary("0", "5"), boundary("500000", "10"), boundary("1000000", "15"));
        TieredScheme hybrid = TieredScheme.hybridOnTurnover("commission", SALES, tiers, "1000000");
        assertEquals(eur(pay), accrue(hybrid, revenue("1000000", sales), salary("0")).amount());
    }

    @Test
    void hybridOnSalaryBlendsAboveThePivot() {
        // rating 120: 100 × 10 + 20 × 15 = 1 300 over 120 → 10.8333… % of 3 000 = 325.00
        TieredScheme hybrid = TieredScheme.hybrid("bonus", Measure.rating(), QUOTA, "100", TieredScheme.Payment.PERCENT_OF_SALARY, null);
        assertEquals(eur("325.00"), accrue(hybrid, revenue("100", "120"), salary("3000")).amount());
        assertEquals(eur("300.00"), accrue(hybrid, revenue("100", "99.9999"), salary("3000")).amount());
        assertEquals(eur("150.00"), accrue(hybrid, revenue("100", "30"), salary("3000")).amount());
    }

    @Test
    void hybridExplainsItsRetroactiveAndMarginalParts() {
        TieredScheme hybrid = TieredScheme.hybrid("commission", Measure.attainment("revenue"), QUOTA, "100",
                TieredScheme.Payment.PERCENT_OF_TURNOVER, SALES);
        assertEquals("attainment of 'revenue' % 120.0000 ≥ pivot 100 (up to the pivot retroactive at 10 %, above it "
                        + "marginal): 100 × 10 % + 20.0000 × 15 %, blended over 120.0000, of fact of 'revenue' 1200000"
                        + " = 130000.00",
                accrue(hybrid, revenue("1000000", "1200000"), salary("0")).detail());
        assertEquals("attainment of 'revenue' % 70.0000 < pivot 100 (retroactive) in tier [50, 100) → 10 % of fact of 'revenue' "
                        + "700000 = 70000.00",
                accrue(hybrid, revenue("1000000", "700000"), salary("0")).detail());
        TieredScheme marginalLimit = TieredScheme.hybridOnTurnover("c", SALES, QUOTA, "0");
        assertEquals("fact of 'revenue' 120 ≥ pivot 0 (no tier below the pivot; above it marginal): 50 × 5 % + 50 × 10 % "
                + "+ 20 × 15 % = 10.50", accrue(marginalLimit, revenue("100", "120"), salary("0")).detail());
    }

    @Test
    void pivotAtTheFirstBoundaryIsMarginalAndAboveTheLastIsRetroactive() {
        Evaluation sales = revenue("1", "130000");
        Bands tiers = Bands.from("0").upTo("100000", "2").andAbove("4");
        assertEquals(eur("3200.00"), accrue(TieredScheme.hybridOnTurnover("h", SALES, tiers, "0"), sales, salary("0")).amount());
        assertEquals(eur("5200.00"), accrue(TieredScheme.hybridOnTurnover("h", SALES, tiers, "100000.01"), sales, salary("0")).amount());
        // at the last boundary itself the part up to it is paid at the tier below: not retroactive
        assertEquals(eur("3200.00"), accrue(TieredScheme.hybridOnTurnover("h", SALES, tiers, "100000"), sales, salary("0")).amount());
    }

    @Test
    void aPivotNotOnABoundaryIsRejected() {
        KpiInputException inside = assertThrows(KpiInputException.class, () -> TieredScheme.hybridOnTurnover("commission", SALES,
                QUOTA, "75"));
        assertEquals(Reason.INVALID_SCHEME, inside.reason());
        assertNull(inside.indicatorId());
        assertEquals("pivot", inside.field());
        assertEquals("75", inside.value());
        assertEquals("pivot 75 of 'commission' must be a tier boundary (0, 50, 100) or lie above the last one; "
                + "inside the tier [50, 100) it would act as that tier's upper boundary 100", inside.getMessage());
        Bands fromTen = Bands.ofBoundaries(boundary("10", "5"), boundary("50", "10"));
        KpiInputException below = assertThrows(KpiInputException.class, () -> TieredScheme.hybridOnTurnover("c", SALES, fromTen, "5"));
        assertEquals("pivot 5 of 'c' must be a tier boundary (10, 50) or lie above the last one; "
                + "below the first tier it would act as the first boundary 10", below.getMessage());
    }

    @Test
    void aHybridNeedsAPivotAPercentageAndATableFrom0() {
        KpiInputException missing = assertThrows(KpiInputException.class, () -> new TieredScheme("h", SALES, QUOTA,
                TieredScheme.Kind.HYBRID, TieredScheme.Payment.PERCENT_OF_SALARY, null));
        assertEquals(Reason.INVALID_SCHEME, missing.reason());
        assertEquals("pivot", missing.field());
        assertEquals("'h' is HYBRID, so a pivot must be given", missing.getMessage());
        KpiInputException extra = assertThrows(KpiInputException.class, () -> new TieredScheme("r", SALES, QUOTA,
                TieredScheme.Kind.RETROACTIVE, TieredScheme.Payment.PERCENT_OF_SALARY, null, BigDecimal.TEN));
        assertEquals("'r' is RETROACTIVE, so a pivot must be absent", extra.getMessage());
        KpiInputException amount = assertThrows(KpiInputException.class, () -> TieredScheme.hybrid("h", SALES, QUOTA, "50",
                TieredScheme.Payment.AMOUNT, null));
        assertEquals("payment", amount.field());
        assertEquals("the hybrid tiers of 'h' must pay a percentage of salary or of a turnover, not AMOUNT: "
                + "an amount per tier cannot be split at a pivot", amount.getMessage());
        KpiInputException negative = assertThrows(KpiInputException.class, () -> TieredScheme.hybridOnTurnover("h", SALES,
                Bands.ofBoundaries(boundary("-10", "1"), boundary("0", "2")), "0"));
        assertEquals("the hybrid tiers of 'h' must start at 0 or above, not -10", negative.getMessage());
        assertEquals(Reason.NOT_A_NUMBER, assertThrows(KpiInputException.class,
                () -> TieredScheme.hybridOnTurnover("h", SALES, QUOTA, "1e")).reason());
        KpiInputException negativeRate = assertThrows(KpiInputException.class, () -> TieredScheme.interpolated("i", SALES,
                Bands.ofBoundaries(boundary("0", "1"), boundary("10", "-2")), TieredScheme.Payment.PERCENT_OF_TURNOVER, SALES));
        assertEquals(Reason.INVALID_SCHEME, negativeRate.reason());
    }

    @Test
    void ratesThatFallAsTheMeasureRisesRaiseAWarningOnInterpolatedAndHybridTables() {
        Bands falling = Bands.ofBoundaries(boundary("0", "10"), boundary("100", "20"), boundary("120", "15"));
        List<Warning> warnings = accrue(TieredScheme.interpolated("split", Measure.rating(), falling,
                TieredScheme.Payment.PERCENT_OF_SALARY, null), revenue("100", "50"), salary("100")).warnings();
        assertEquals(List.of(new Warning(Warning.Code.FALLING_TIER_RATE, null,
                "the interpolated tiers of 'split' pay less as rating % rises: 20 from 100, 15 from 120")), warnings);
        assertEquals(1, accrue(TieredScheme.hybrid("h", Measure.rating(), falling, "100", TieredScheme.Payment.PERCENT_OF_SALARY,
                null), revenue("100", "50"), salary("100")).warnings().size());
        assertEquals(List.of(), accrue(split(TieredScheme.Payment.PERCENT_OF_SALARY, null), revenue("100", "50"),
                salary("100")).warnings());
        assertEquals(List.of(), accrue(TieredScheme.retroactive("r", Measure.rating(), falling,
                TieredScheme.Payment.PERCENT_OF_SALARY, null), revenue("100", "50"), salary("100")).warnings());
    }

    @Test
    void theOldConstructorStillBuildsTheSameSchemes() {
        assertEquals(TieredScheme.marginalOnTurnover("m", SALES, QUOTA),
                new TieredScheme("m", SALES, QUOTA, TieredScheme.Kind.MARGINAL, TieredScheme.Payment.PERCENT_OF_TURNOVER, SALES));
        assertNull(TieredScheme.marginalOnTurnover("m", SALES, QUOTA).pivot());
        assertEquals(new BigDecimal("100"), TieredScheme.hybridOnTurnover("h", SALES, QUOTA, "100.00").pivot());
        assertEquals(TieredScheme.hybridOnTurnover("h", SALES, QUOTA, "100.00"), TieredScheme.hybridOnTurnover("h", SALES, QUOTA, "100"));
    }
}
