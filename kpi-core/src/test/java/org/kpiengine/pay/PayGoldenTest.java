package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.revenue;
import static org.kpiengine.pay.PayFixtures.salary;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.curve.Bands;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Evaluation;

/** Every worked example of docs/reference/pay.md, and each scheme at its band edges. */
class PayGoldenTest {

    private static final Bands SALES_TIERS = Bands.from("0").upTo("100000", "2").andAbove("4");

    private static Money pay(Scheme scheme, Evaluation evaluation, PayInputs inputs) {
        return PayPlan.builder().scheme(scheme).build().evaluate(evaluation, inputs).variable();
    }

    // docs/reference/pay.md, Tiered: sales 130 000, bands [0, 100 000) at 2 % and [100 000, ∞) at 4 %: retroactive 5 200, marginal 3 200.
    @ParameterizedTest(name = "sales {0}: retroactive {1}, marginal {2}")
    @CsvSource({
            "130000,    5200.00, 3200.00",
            "100000,    4000.00, 2000.00",   // exactly on the edge: the upper tier
            "99999.99,  2000.00, 2000.00",   // just below: 1999.9998 rounds HALF_UP to 2000.00
            "99999.50,  1999.99, 1999.99",
            "0,            0.00,    0.00",
            "250000.01, 10000.00, 8000.00",
    })
    void tieredOnSalesRetroactiveAndMarginal(String sales, String retroactive, String marginal) {
        Evaluation evaluation = revenue("100000", sales);
        Measure revenue = Measure.fact("revenue");
        assertEquals(eur(retroactive), pay(TieredScheme.retroactiveOnTurnover("tiers", revenue, SALES_TIERS),
                evaluation, salary("0")));
        assertEquals(eur(marginal), pay(TieredScheme.marginalOnTurnover("tiers", revenue, SALES_TIERS),
                evaluation, salary("0")));
    }

    // docs/reference/pay.md, Linear: a plan of 500 000 with a planned bonus of 10 000 and base 0 pays 2 % of every sale.
    @ParameterizedTest(name = "sales {0} pay {1}")
    @CsvSource({
            "500000,    10000.00",
            "130000,     2600.00",
            "123456.78,  2469.14",
            "0,             0.00",
            "1,             0.02",
            "775000.50, 15500.01",
    })
    void linearWithBaseZeroIsATwoPercentCommission(String sales, String expected) {
        LinearScheme scheme = LinearScheme.of("sales bonus", Measure.index("revenue"), eur("10000"));
        assertEquals(eur(expected), pay(scheme, revenue("500000", sales), salary("3000")));
        assertEquals(new BigDecimal(sales).multiply(new BigDecimal("0.02")).setScale(2, java.math.RoundingMode.HALF_UP),
                pay(scheme, revenue("500000", sales), salary("3000")).amount());
    }

    // With a base (minimum norm) nothing is paid up to the base; then linear to the planned bonus at 100.
    @ParameterizedTest(name = "index {0} with base 60 pays {1}")
    @CsvSource({
            "300000, 0.00",      // index 60: at the base
            "299999, 0.00",      // below the base
            "400000, 5000.00",   // index 80: half way from base to plan
            "500000, 10000.00",  // plan
            "600000, 15000.00",  // above plan, uncapped
    })
    void linearWithBase(String sales, String expected) {
        LinearScheme scheme = LinearScheme.of("sales bonus", Measure.index("revenue"), eur("10000"))
                .withBase(new BigDecimal("60"));
        assertEquals(eur(expected), pay(scheme, revenue("500000", sales), salary("3000")));
    }

    @ParameterizedTest(name = "sales {0} capped pays {1}")
    @CsvSource({"600000, 12000.00", "700000, 12000.00", "599999.50, 11999.99"})
    void linearCapped(String sales, String expected) {
        LinearScheme scheme = LinearScheme.of("sales bonus", Measure.index("revenue"), eur("10000")).withCap(eur("12000"));
        assertEquals(eur(expected), pay(scheme, revenue("500000", sales), salary("3000")));
    }

    @Test
    void linearOnRatingOfTheSalesManagerMatrix() {
        // rating 104.0 × planned bonus 5 000 / 100 = 5 200
        LinearScheme scheme = LinearScheme.of("rating bonus", Measure.rating(), eur("5000"));
        assertEquals(eur("5200.00"), pay(scheme, PayFixtures.salesManager(), salary("3000")));
    }

    // docs/reference/pay.md, Fixed: fixed amount once rating ≥ 100 % (the matrix's rating is 104.0).
    @Test
    void fixedOnRating() {
        FixedScheme scheme = FixedScheme.of("plan bonus", Condition.atLeast(Measure.rating(), "100"), eur("1000"));
        assertEquals(eur("1000.00"), pay(scheme, PayFixtures.salesManager(), salary("3000")));
        FixedScheme higher = FixedScheme.of("plan bonus", Condition.atLeast(Measure.rating(), "104.0001"), eur("1000"));
        assertEquals(eur("0.00"), pay(higher, PayFixtures.salesManager(), salary("3000")));
        FixedScheme exact = FixedScheme.of("plan bonus", Condition.atLeast(Measure.rating(), "104"), eur("1000"));
        assertEquals(eur("1000.00"), pay(exact, PayFixtures.salesManager(), salary("3000")));
    }

    // docs/reference/pay.md, Fixed: fixed over-plan bonus once fact ≥ 1.3 × plan.
    @ParameterizedTest(name = "sales {0} over-plan bonus {1}")
    @CsvSource({"650000, 500.00", "650000.01, 500.00", "649999.99, 0.00", "500000, 0.00"})
    void fixedOverPlan(String sales, String expected) {
        FixedScheme scheme = FixedScheme.of("over-plan", Condition.factAtLeastPlanTimes("revenue", "1.3"), eur("500"));
        assertEquals(eur(expected), pay(scheme, revenue("500000", sales), salary("3000")));
    }

    // docs/reference/pay.md, Coefficient: weighted coefficient of turnover = share × turnover × Σ weightᵢ × coefficientᵢ.
    @ParameterizedTest(name = "revenue {0}, calls {1}: {2}")
    @CsvSource({
            "500000, 600, 15000.00",   // both at plan, coefficient 1 each: 3 % × 500 000 × (0.6 + 0.4)
            "600000, 600, 20160.00",   // revenue attainment 120 (edge) → 1.2: 3 % × 600 000 × (0.6×1.2 + 0.4×1)
            "599999, 600, 17999.97",   // revenue attainment 119.9998, just below → 1: 3 % × 599 999 × 1
            "500000, 480, 13800.00",   // calls attainment 80 (edge) → 0.8: 3 % × 500 000 × (0.6 + 0.4×0.8)
            "500000, 479,  9000.00",   // calls attainment 79.8333, just below → 0: 3 % × 500 000 × 0.6
            "0,      600,     0.00",
    })
    void coefficientOfTurnover(String revenue, String calls, String expected) {
        Bands steps = Bands.from("0").upTo("80", "0").upTo("100", "0.8").upTo("120", "1").andAbove("1.2");
        CoefficientScheme scheme = CoefficientScheme.of("turnover share", Measure.fact("revenue"), "3", List.of(
                WeightedCoefficient.of(Measure.attainment("revenue"), "0.6", steps),
                WeightedCoefficient.of(Measure.attainment("calls"), "0.4", steps)));
        Evaluation evaluation = PayFixtures.fiveIndicators().evaluate(PayFixtures.fiveFacts(revenue, "50", calls, "100", "40000"));
        assertEquals(eur(expected), pay(scheme, evaluation, salary("3000")));
    }

    // docs/reference/pay.md, Pool: pool × Σ weights of the indicators whose index reached 100 (option: exceeded).
    @Test
    void poolSplitByMetIndicators() {
        // matrix indices: contacts 114 (0.4), deals 98 (0.3), conversion 85 (0.2), average check 120 (0.1)
        assertEquals(eur("1000.00"), pay(PoolScheme.of("pool", eur("2000")), PayFixtures.salesManager(), salary("3000")));
        Evaluation atPlan = PayFixtures.salesManagerMatrix().evaluate(org.kpiengine.scorecard.Facts.builder()
                .put("contacts", 500).put("deals", 49).put("conversion", "8.5").put("average-check", 12000).build());
        assertEquals(eur("1000.00"), pay(PoolScheme.of("pool", eur("2000")), atPlan, salary("3000")));
        assertEquals(eur("200.00"), pay(new PoolScheme("pool", eur("2000"), PoolScheme.Rule.EXCEEDED), atPlan, salary("3000")));
    }

    // docs/reference/pay.md, Per unit: an amount for every unit beyond plan.
    @ParameterizedTest(name = "deals {0}: {1}")
    @CsvSource({"55, 750.00", "51, 150.00", "50, 0.00", "49, 0.00", "50.5, 75.00"})
    void perUnitAbovePlan(String deals, String expected) {
        Evaluation evaluation = PayFixtures.fiveIndicators().evaluate(PayFixtures.fiveFacts("500000", deals, "600", "100", "40000"));
        assertEquals(eur(expected), pay(PerUnitScheme.of("extra deals", "deals", eur("150")), evaluation, salary("3000")));
    }

    @ParameterizedTest(name = "receivables {0}: {1}")
    @CsvSource({"30000, 1000.00", "40000, 0.00", "45000, 0.00"})
    void perUnitBelowPlanForLowerIsBetter(String receivables, String expected) {
        Evaluation evaluation = PayFixtures.fiveIndicators().evaluate(
                PayFixtures.fiveFacts("500000", "50", "600", "100", receivables));
        assertEquals(eur(expected), pay(PerUnitScheme.of("collected", "receivables", eur("0.10")),
                evaluation, salary("3000")));
    }

    // docs/reference/pay.md, Tiered: tiers on the rating paying a percentage of salary; edges compare the rounded rating.
    @ParameterizedTest(name = "rating tiers, revenue {0}: {1}")
    @CsvSource({
            "399990,    0.00",     // rating 79.998: below the 80 edge
            "399999.99, 150.00",   // rating 79.999998 rounds to 80.0000: on the edge, 5 % of 3 000
            "400000,    150.00",   // rating 80 exactly
            "499990,    150.00",   // rating 99.998: just below 100
            "499999.99, 300.00",   // rating 99.999998 rounds to 100.0000 and reaches the 100 % tier
            "500000,    300.00",   // rating 100: 10 %
            "600000,    600.00",   // rating 120: 20 %
    })
    void tieredOnRatingPercentOfSalary(String sales, String expected) {
        Bands tiers = Bands.from("0").upTo("80", "0").upTo("100", "5").upTo("120", "10").andAbove("20");
        TieredScheme scheme = TieredScheme.retroactive("rating tiers", Measure.rating(), tiers,
                TieredScheme.Payment.PERCENT_OF_SALARY, null);
        assertEquals(eur(expected), pay(scheme, revenue("500000", sales), salary("3000")));
    }

    // docs/reference/pay.md, Gate: a gate reduces the variable part when a named indicator is below its minimum.
    @ParameterizedTest(name = "quality {0}: variable {1}")
    @CsvSource({
            "90,        1000.00",   // attainment exactly 90: passes
            "89.99999,  1000.00",   // attainment 89.99999 rounds to 90.0000 and passes (3a)
            "89.9999,    500.00",   // just below: halved
            "50,         500.00",
    })
    void gateHalvesTheBonusBelowNinety(String quality, String expected) {
        PayPlan plan = PayPlan.builder()
                .scheme(FixedScheme.of("bonus", Condition.atLeast(Measure.rating(), "0"), eur("1000")))
                .modifier(Gate.reduceUnless("quality gate", Condition.atLeast(Measure.attainment("quality"), "90"), "0.5"))
                .build();
        Evaluation evaluation = PayFixtures.fiveIndicators().evaluate(
                PayFixtures.fiveFacts("500000", "50", "600", quality, "40000"));
        assertEquals(eur(expected), plan.evaluate(evaluation, salary("3000")).variable());
    }

    // docs/reference/pay.md, Variable limits and Deduction: a cap on the variable part; a deduction per idle hour never below the salary.
    @ParameterizedTest(name = "sales {0}, idle {1}: total {2}")
    @CsvSource({
            "130000, 0,   8200.00",   // retroactive 5 200, under the 6 000 cap
            "200000, 0,   9000.00",   // 8 000 cut to the cap 6 000
            "130000, 10,  7950.00",   // 5 200 − 10 × 25
            "130000, 300, 3000.00",   // 7 500 of penalty limited to the variable part: pay stays at the salary
    })
    void capAndDeduction(String sales, String idle, String total) {
        PayPlan plan = PayPlan.builder()
                .scheme(TieredScheme.retroactiveOnTurnover("sales tiers", Measure.fact("revenue"), SALES_TIERS))
                .modifier(Deduction.perUnit("idle hours", Measure.input("idle-hours"), eur("25")))
                .modifier(VariableLimits.cap(eur("6000")))
                .build();
        Payout payout = plan.evaluate(revenue("100000", sales), salary("3000").with("idle-hours", idle));
        assertEquals(eur(total), payout.total());
    }
}
