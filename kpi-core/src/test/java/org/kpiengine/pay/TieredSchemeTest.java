package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.revenue;
import static org.kpiengine.pay.PayFixtures.salary;
import static org.kpiengine.pay.SchemeAssertions.accrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.Bands;
import org.kpiengine.scorecard.Evaluation;

class TieredSchemeTest {

    private static final Bands RATES = Bands.from("0").upTo("100000", "2").andAbove("4");
    private static final Measure SALES = Measure.fact("revenue");

    @Test
    void explainsTheTierAndTheParts() {
        Evaluation evaluation = revenue("100000", "130000");
        assertEquals("fact of 'revenue' 130000 in tier [100000, ∞) → 4 % of fact of 'revenue' 130000 = 5200.00",
                accrue(TieredScheme.retroactiveOnTurnover("t", SALES, RATES), evaluation, salary("0")).detail());
        assertEquals("fact of 'revenue' 130000: 100000 × 2 % + 30000 × 4 % = 3200.00",
                accrue(TieredScheme.marginalOnTurnover("t", SALES, RATES), evaluation, salary("0")).detail());
    }

    @ParameterizedTest(name = "attainment tiers, sales {0}: retroactive {1}, marginal {2}")
    @CsvSource({
            // attainment tiers [0, 100) 2 %, [100, ∞) 4 % paid on the turnover "revenue"
            "130000, 5200.00, 3200.00",
            "100000, 4000.00, 2000.00",
            "50000,  1000.00, 1000.00",
    })
    void tiersOnAttainmentPayingTurnoverSplitTheTurnoverInProportion(String sales, String retroactive, String marginal) {
        Bands tiers = Bands.from("0").upTo("100", "2").andAbove("4");
        Measure attainment = Measure.attainment("revenue");
        Evaluation evaluation = revenue("100000", sales);
        assertEquals(eur(retroactive), accrue(TieredScheme.retroactive("t", attainment, tiers,
                TieredScheme.Payment.PERCENT_OF_TURNOVER, SALES), evaluation, salary("0")).amount());
        assertEquals(eur(marginal), accrue(TieredScheme.marginal("t", attainment, tiers,
                TieredScheme.Payment.PERCENT_OF_TURNOVER, SALES), evaluation, salary("0")).amount());
    }

    @ParameterizedTest(name = "rating {0}: retroactive {1}, marginal {2}")
    @CsvSource({
            // tiers on rating: [0, 100) 10 %, [100, ∞) 20 % of salary 3 000
            "120000, 600.00, 350.00",   // marginal: 3 000 × (100 × 10 + 20 × 20) / (120 × 100) = 350
            "100000, 600.00, 300.00",
            "90000,  300.00, 300.00",
            "70000,  300.00, 300.00",
    })
    void percentOfSalary(String sales, String retroactive, String marginal) {
        Bands tiers = Bands.from("0").upTo("100", "10").andAbove("20");
        Evaluation evaluation = revenue("100000", sales);
        assertEquals(eur(retroactive), accrue(TieredScheme.retroactive("t", Measure.rating(), tiers,
                TieredScheme.Payment.PERCENT_OF_SALARY, null), evaluation, salary("3000")).amount());
        assertEquals(eur(marginal), accrue(TieredScheme.marginal("t", Measure.rating(), tiers,
                TieredScheme.Payment.PERCENT_OF_SALARY, null), evaluation, salary("3000")).amount());
    }

    @ParameterizedTest(name = "deals {0}: retroactive {1}, marginal {2}")
    @CsvSource({
            // tiers on deals: [10, 20) 100, [20, ∞) 150 — retroactive an amount, marginal an amount per deal
            "9,  0.00,    0.00",
            "10, 100.00,  0.00",
            "15, 100.00,  500.00",
            "20, 150.00,  1000.00",
            "22, 150.00,  1300.00",
    })
    void amounts(String deals, String retroactive, String marginal) {
        Bands tiers = Bands.from("10").upTo("20", "100").andAbove("150");
        Evaluation evaluation = PayFixtures.fiveIndicators().evaluate(PayFixtures.fiveFacts("500000", deals, "600", "100", "40000"));
        Measure measure = Measure.fact("deals");
        assertEquals(eur(retroactive), accrue(TieredScheme.retroactive("t", measure, tiers,
                TieredScheme.Payment.AMOUNT, null), evaluation, salary("3000")).amount());
        assertEquals(eur(marginal), accrue(TieredScheme.marginal("t", measure, tiers,
                TieredScheme.Payment.AMOUNT, null), evaluation, salary("3000")).amount());
    }

    @Test
    void rejectsInvalidParameters() {
        KpiInputException negative = assertThrows(KpiInputException.class, () -> TieredScheme.retroactiveOnTurnover("t", SALES,
                Bands.from("0").upTo("10", "-1").andAbove("2")));
        assertEquals(Reason.INVALID_SCHEME, negative.reason());
        assertEquals("tier [0, 10) → -1 of 't' must not pay a negative value", negative.getMessage());
        KpiInputException missing = assertThrows(KpiInputException.class, () -> TieredScheme.retroactive("t", SALES, RATES,
                TieredScheme.Payment.PERCENT_OF_TURNOVER, null));
        assertEquals("'t' pays PERCENT_OF_TURNOVER, so a turnover measure must be given", missing.getMessage());
        KpiInputException extra = assertThrows(KpiInputException.class, () -> TieredScheme.retroactive("t", SALES, RATES,
                TieredScheme.Payment.AMOUNT, SALES));
        assertEquals("'t' pays AMOUNT, so a turnover measure must be absent", extra.getMessage());
        KpiInputException below = assertThrows(KpiInputException.class, () -> TieredScheme.marginalOnTurnover("t", SALES,
                Bands.from("-10").upTo("0", "1").andAbove("2")));
        assertEquals("the marginal tiers of 't' must start at 0 or above, not -10", below.getMessage());
    }

    @Test
    void aNegativeTurnoverIsAnError() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> accrue(
                TieredScheme.retroactive("t", Measure.rating(), RATES, TieredScheme.Payment.PERCENT_OF_TURNOVER,
                        Measure.input("turnover")), revenue("1", "1"),
                salary("1").with("turnover", "-5")));
        assertEquals(Reason.OUT_OF_RANGE, e.reason());
        assertEquals("input 'turnover' -5 of 't' must not be negative", e.getMessage());
    }
}
