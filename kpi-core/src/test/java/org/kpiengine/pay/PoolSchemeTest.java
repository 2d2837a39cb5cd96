package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.salary;
import static org.kpiengine.pay.SchemeAssertions.accrue;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.derived.Conversion;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.InsufficientDataRule;

class PoolSchemeTest {

    @Test
    void splitsThePoolByTheWeightsOfMetIndicators() {
        Accrual accrual = accrue(PoolScheme.of("pool", eur("2000")), PayFixtures.salesManager(), salary("3000"));
        assertEquals(eur("1000"), accrual.amount());
        assertEquals("pool 2000.00 × (contacts + average-check: weights 0.5) = 1000.00", accrual.detail());
        Accrual none = accrue(PoolScheme.of("pool", eur("2000")), PayFixtures.revenue("100", "99.99"), salary("3000"));
        assertEquals(eur("0"), none.amount());
        assertEquals("pool 2000.00 × (no indicator reached plan) = 0.00", none.detail());
    }

    @Test
    void roundsTheShareOnce() {
        // weights 0.15 + 0.15 of 333.33 = 99.999 → 100.00
        Accrual accrual = accrue(PoolScheme.of("pool", eur("333.33")), PayFixtures.fiveIndicators().evaluate(
                PayFixtures.fiveFacts("1", "1", "600", "100", "400000")), salary("3000"));
        assertEquals(eur("100.00"), accrual.amount());
    }

    @Test
    void splitsThePoolByTheReNormalisedWeightsWhenAnIndicatorWasExcluded() {
        // conversion (weight 0.2) is excluded for insufficient data; the remaining weights 0.4 + 0.3 + 0.1
        // are re-normalised like the rating's, so meeting every remaining plan earns the whole pool
        Facts facts = Facts.builder().put("contacts", 570).put("deals", 50).put("average-check", 12000)
                .put("conversion", Conversion.of(49, 320)).build();
        Evaluation evaluation = PayFixtures.salesManagerMatrix().evaluate(facts, Precision.DEFAULT,
                InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
        Accrual all = accrue(PoolScheme.of("pool", eur("2000")), evaluation, salary("3000"));
        assertEquals(eur("2000"), all.amount());
        assertEquals("pool 2000.00 × (contacts + deals + average-check: weights 0.8) / remaining weights 0.8 = 2000.00",
                all.detail());
        // deals 0.3 of 0.8 exceeded nothing: 2000 × 0.5 / 0.8 = 1250 (only contacts and average check exceeded 100)
        Accrual exceeded = accrue(new PoolScheme("pool", eur("2000"), PoolScheme.Rule.EXCEEDED), evaluation, salary("3000"));
        assertEquals(eur("1250"), exceeded.amount());
        // contacts and deals excluded: average check 0.1 of the remaining 0.3 → 1000 × 0.1 / 0.3 = 333.333… → 333.33,
        // one division rounded once, never an ArithmeticException
        Evaluation third = PayFixtures.salesManagerMatrix().evaluate(Facts.builder()
                .put("contacts", Conversion.of(49, 320)).put("deals", Conversion.of(49, 320))
                .put("conversion", "8.5").put("average-check", 12000).build(),
                Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
        assertEquals(eur("333.33"), accrue(PoolScheme.of("pool", eur("1000")), third, salary("3000")).amount());
    }

    @Test
    void rejectsANegativePool() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> PoolScheme.of("pool", eur("-1")));
        assertEquals("pool EUR -1.00 of 'pool' must not be negative", e.getMessage());
    }
}
