package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.scorecard.Scorecard;

class TeamBatchTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    /** docs/reference/scoring.md, Rating: the classic sales-manager matrix. */
    private static Scorecard matrix() {
        return Scorecard.builder()
                .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("50"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.1", Thresholds.plan("10000"), RatioCurve.uncapped())
                .build();
    }

    /** Retroactive tiers on the rating: below 80 nothing, then 20, 50 and 80 % of salary. */
    private static TieredScheme bonus() {
        return TieredScheme.retroactive("bonus", Measure.rating(),
                Bands.from("0").upTo("80", "0").upTo("100", "20").upTo("120", "50").andAbove("80"),
                TieredScheme.Payment.PERCENT_OF_SALARY, null);
    }

    private static PayPlan tiers() {
        return PayPlan.builder()
                .scheme(bonus())
                .modifier(Gate.reduceUnless("gate", Condition.atLeast(Measure.attainment("deals"), "90"), "0.5"))
                .build();
    }

    /** The tiers without the gate, for a scorecard that has no deals. */
    private static PayPlan bonusOnly() {
        return PayPlan.builder().scheme(bonus()).build();
    }

    /** Four employees: the worked example, and three others. */
    private static TeamInput team() {
        return TeamInput.builder(4)
                .employeeIds("anna", "boris", "chen", "dana")
                .facts("contacts", DecimalColumn.ofUnscaled(new long[] {570, 500, 250, 570}, 0))
                .facts("deals", DecimalColumn.ofUnscaled(new long[] {49, 50, 40, 49}, 0))
                .facts("conversion", DecimalColumn.of(new BigDecimal("8.5"), BigDecimal.TEN, new BigDecimal("5"), new BigDecimal("8.5")))
                .facts("average-check", DecimalColumn.ofDoubles(new double[] {12000, 10000, 10000, 12000}))
                .plans("deals", DecimalColumn.ofUnscaled(new long[] {DecimalColumn.MISSING, DecimalColumn.MISSING, 80, DecimalColumn.MISSING}, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {300_000, 250_050, 400_000, 300_000}, 2))
                .build();
    }

    @Test
    void theWorkedExampleRates104() {
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("manager", matrix()))).evaluate(team());
        assertEquals(new BigDecimal("104.0000"), result.rating(0));
        assertEquals(List.of(new BigDecimal("114.0000"), new BigDecimal("98.0000"), new BigDecimal("85.0000"),
                new BigDecimal("120.0000")), result.indices(0));
        assertEquals(new BigDecimal("98.0000"), result.index(0, "deals"));
        assertEquals(1_040_000L, result.unscaledRating(0));
        assertEquals(new BigDecimal("100.0000"), result.rating(1));
        // chen: individual deals plan 80 → 50; contacts 50, conversion 50, check 100
        assertEquals(new BigDecimal("55.0000"), result.rating(2));
        assertEquals(result.evaluation(0).rating(), result.rating(0));
        assertEquals(Thresholds.plan("80"), result.thresholds(2, "deals"));
        assertEquals(Thresholds.plan("50"), result.thresholds(0, "deals"));
    }

    /** The usage example of {@link TeamBatch}'s Javadoc. */
    @Test
    void theJavadocExampleRates111Point6() {
        Scorecard seller = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.6", Thresholds.of("0", "50000", "65000"),
                        TwoSlopeCurve.upTo("150"))
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.cappedAt("150"))
                .build();
        TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("seller", seller)));
        TeamInput input = TeamInput.builder(2)
                .employeeIds("E1", "E2")
                .facts("revenue", DecimalColumn.ofUnscaled(new long[] {5_700_000, 4_900_000}, 2))
                .facts("calls", DecimalColumn.ofUnscaled(new long[] {570, 480}, 0))
                .plans("revenue", DecimalColumn.ofUnscaled(new long[] {55_000, DecimalColumn.MISSING}, 0))
                .build();
        TeamResult result = batch.evaluateInParallel(input);
        assertEquals(new BigDecimal("111.6000"), result.rating(0));
        // E2: revenue 49 000 of 50 000 → 98, calls 480 of 500 → 96: 58.8 + 38.4
        assertEquals(new BigDecimal("97.2000"), result.rating(1));
    }

    @Test
    void aggregatesOverTheTeam() {
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("manager", matrix()))).evaluate(team());
        assertEquals(4, result.okCount());
        assertEquals(3, result.metCount());
        assertEquals(new BigDecimal("75.0000"), result.shareMet());
        // deals: (49 + 50 + 40 + 49) / (50 + 50 + 80 + 50) = 188 / 230
        assertEquals(new BigDecimal("81.7391"), result.planCompletion("deals"));
        RatingDistribution d = result.ratingDistribution();
        // sorted: 55, 100, 104, 104; nearest rank: q1 = r1, median = r2, q3 = r3
        assertEquals(new RatingDistribution(4, new BigDecimal("55.0000"), new BigDecimal("55.0000"),
                new BigDecimal("100.0000"), new BigDecimal("104.0000"), new BigDecimal("104.0000")), d);
        List<RankedEmployee> top = result.top(3);
        assertEquals(List.of("anna", "dana", "boris"), top.stream().map(RankedEmployee::employeeId).toList());
        assertEquals(List.of(1, 2, 3), top.stream().map(RankedEmployee::rank).toList());
        assertEquals(4, result.top(10).size());
        assertEquals(0, result.top(0).size());
        assertThrows(KpiInputException.class, () -> result.planCompletion("revenue"));
        assertEquals(Money.of("EUR", "0"), result.totalPaid()); // salaries given, but no role pays
    }

    @Test
    void payComponentsAndTotals() {
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("manager", matrix(), tiers()))).evaluate(team());
        // anna: rating 104 → 50 % of 3000.00 = 1500.00; deals attainment 98 ≥ 90, gate passes
        assertEquals(Money.of("EUR", "1500.00"), result.component(0, "bonus"));
        assertEquals(Money.of("EUR", "0.00"), result.component(0, "gate"));
        assertEquals(Money.of("EUR", "4500.00"), result.total(0));
        assertEquals(450_000L, result.unscaledTotal(0));
        // boris: rating 100 → 50 % of 2500.50 = 1250.25
        assertEquals(Money.of("EUR", "3750.75"), result.total(1));
        // chen: rating 55 → 0; deals attainment 50 < 90 halves 0
        assertEquals(Money.of("EUR", "4000.00"), result.total(2));
        assertEquals(List.of("salary", "bonus", "gate"), List.copyOf(result.components(0).keySet()));
        assertEquals(Money.of("EUR", "1500.00"), result.variable(0));
        assertEquals(result.payout(0).total(), result.total(0));
        assertEquals(Money.of("EUR", "16750.75"), result.totalPaid());
        assertEquals(Money.of("EUR", "4250.25"), result.totalVariable());
        assertTrue(result.hasPay(0));
    }

    @Test
    void theGateHalvesTheBonusBelowNinetyPercentOfPlan() {
        TeamInput input = TeamInput.builder(1)
                .facts("contacts", DecimalColumn.ofUnscaled(new long[] {600}, 0))
                .facts("deals", DecimalColumn.ofUnscaled(new long[] {4499}, 2)) // 44.99 of 50: 89.98 %
                .facts("conversion", DecimalColumn.ofUnscaled(new long[] {12}, 0))
                .facts("average-check", DecimalColumn.ofUnscaled(new long[] {12000}, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {300_001}, 2))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("manager", matrix(), tiers()))).evaluate(input);
        // rating 0.4·120 + 0.3·89.98 + 0.2·120 + 0.1·120 = 110.994 → 50 % of 3000.01 = 1500.005 → 1500.01
        assertEquals(new BigDecimal("110.9940"), result.rating(0));
        assertEquals(Money.of("EUR", "1500.01"), result.component(0, "bonus"));
        // halved: 750.005 → 750.01, so the gate takes 750.00
        assertEquals(Money.of("EUR", "-750.00"), result.component(0, "gate"));
        assertEquals(Money.of("EUR", "3750.02"), result.total(0));
    }

    /**
     * docs/reference/scoring.md, Rounding: a gate compares the attainment rounded to the index
     * scale, so 17 999.99 of a plan of 20 000 (89.99995 %, rounded 90.0000) passes a 90 % gate,
     * and 17 999.98 (89.9999 %) does not; the batch decides it without dividing.
     */
    @Test
    void theGateComparesTheRoundedAttainment() {
        TeamInput input = TeamInput.builder(2)
                .facts("contacts", DecimalColumn.ofUnscaled(new long[] {600, 600}, 0))
                .facts("deals", DecimalColumn.ofUnscaled(new long[] {1_799_999, 1_799_998}, 2))
                .plans("deals", DecimalColumn.ofUnscaled(new long[] {20_000, 20_000}, 0))
                .facts("conversion", DecimalColumn.ofUnscaled(new long[] {12, 12}, 0))
                .facts("average-check", DecimalColumn.ofUnscaled(new long[] {12000, 12000}, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {300_000, 300_000}, 2))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("manager", matrix(), tiers()))).evaluate(input);
        // 0.4·120 + 0.3·90.0000 + 0.2·120 + 0.1·120 = 111 → 50 % of 3000.00; the gate passes
        assertEquals(new BigDecimal("90.0000"), result.index(0, "deals"));
        assertEquals(new BigDecimal("111.0000"), result.rating(0));
        // 0.3·89.9999 = 26.99997: the rating rounds to 111.0000 too, but the gate halves the bonus
        assertEquals(new BigDecimal("89.9999"), result.index(1, "deals"));
        assertTheGatePassesTheFirstAndHalvesTheSecond(result);
    }

    /**
     * Both rows earn 1500.00 on the tiers; the gate takes nothing from the first and halves the
     * second's; each total is the object API's.
     */
    private static void assertTheGatePassesTheFirstAndHalvesTheSecond(TeamResult result) {
        assertEquals(Money.of("EUR", "1500.00"), result.component(0, "bonus"));
        assertEquals(Money.of("EUR", "0.00"), result.component(0, "gate"));
        assertEquals(Money.of("EUR", "1500.00"), result.component(1, "bonus"));
        assertEquals(Money.of("EUR", "-750.00"), result.component(1, "gate"));
        for (int row = 0; row < 2; row++) {
            assertEquals(result.payout(row).total(), result.total(row));
        }
    }

    /**
     * docs/reference/pay.md, Measures, for a lower-is-better indicator: attainment is plan × 100 /
     * fact, rounded half up to the index scale, so a plan of 1 800 001 against a fact of 2 000 000
     * (90.00005 %) reads 90.0001 and passes a gate at 90.0001, and a plan of 1 800 000 (90 %) does not.
     */
    @Test
    void theGateRoundsALowerIsBetterAttainmentHalfUp() {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.5", Thresholds.plan("500"), RatioCurve.uncapped())
                .add(Indicator.lowerIsBetter("response", Unit.DURATION), "0.5", Thresholds.plan("2000000"),
                        RatioCurve.cappedAt("150"))
                .build();
        PayPlan plan = PayPlan.builder()
                .scheme(bonus())
                .modifier(Gate.reduceUnless("gate", Condition.atLeast(Measure.attainment("response"), "90.0001"), "0.5"))
                .build();
        TeamInput input = TeamInput.builder(2)
                .facts("contacts", DecimalColumn.ofUnscaled(new long[] {600, 600}, 0))
                .facts("response", DecimalColumn.ofUnscaled(new long[] {2_000_000, 2_000_000}, 0))
                .plans("response", DecimalColumn.ofUnscaled(new long[] {1_800_001, 1_800_000}, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {300_000, 300_000}, 2))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("agent", scorecard, plan))).evaluate(input);
        // 0.5·120 + 0.5·90.0001 = 105.00005 → 105.0001, and 0.5·120 + 0.5·90 = 105: both 50 % of 3000.00
        assertEquals(new BigDecimal("90.0001"), result.index(0, "response"));
        assertEquals(new BigDecimal("105.0001"), result.rating(0));
        assertEquals(new BigDecimal("90.0000"), result.index(1, "response"));
        assertTheGatePassesTheFirstAndHalvesTheSecond(result);
    }

    @Test
    void aBadRowIsAnErrorNamingTheEmployeeAndTheIndicator() {
        TeamInput input = TeamInput.builder(3)
                .employeeIds("E1", "E2", "E3")
                .roles(new int[] {0, 0, 7})
                .facts("contacts", DecimalColumn.ofUnscaled(new long[] {570, 570, 570}, 0))
                .facts("deals", DecimalColumn.ofDoubles(new double[] {49, Double.NaN, 49}))
                .facts("conversion", DecimalColumn.ofUnscaled(new long[] {DecimalColumn.MISSING, 10, 10}, 0))
                .facts("average-check", DecimalColumn.ofUnscaled(new long[] {12000, 12000, 12000}, 0))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("manager", matrix()))).evaluate(input);
        assertEquals(3, result.errorCount());
        EmployeeError missing = result.error(0);
        assertEquals(Reason.MISSING_FACT, missing.reason());
        assertEquals("conversion", missing.indicatorId());
        assertEquals("employee 'E1': no fact was given for indicator 'conversion'", missing.message());
        assertEquals(Reason.NOT_A_NUMBER, result.error(1).reason());
        assertEquals("deals", result.error(1).indicatorId());
        assertTrue(result.error(1).message().startsWith("employee 'E2': "), result.error(1).message());
        assertEquals(Reason.OUT_OF_RANGE, result.error(2).reason());
        assertEquals("employee 'E3': role 7 has no template (roles run from 0 to 0)", result.error(2).message());
        assertEquals(EmployeeStatus.ERROR, result.status(0));
        assertFalse(result.isOk(0));
        assertThrows(IllegalStateException.class, () -> result.rating(0));
        assertNull(result.ratingDistribution());
        assertNull(result.shareMet());
        assertEquals(List.of(0, 1, 2), result.errors().stream().map(EmployeeError::row).toList());
    }

    @Test
    void thresholdsOutOfOrderAreAnErrorForThatEmployeeOnly() {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "1", Thresholds.of("0", "100", "130"), TwoSlopeCurve.upTo("150"))
                .build();
        TeamInput input = TeamInput.builder(3)
                .facts("revenue", DecimalColumn.ofUnscaled(new long[] {100, 115, 200}, 0))
                .bases("revenue", DecimalColumn.ofUnscaled(new long[] {DecimalColumn.MISSING, 100, DecimalColumn.MISSING}, 0))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", scorecard))).evaluate(input);
        assertEquals(new BigDecimal("100.0000"), result.rating(0));
        assertEquals(Reason.PLAN_EQUALS_BASE, result.error(1).reason());
        assertEquals("employee 'row 1': plan 100 of indicator 'revenue' must differ from base 100", result.error(1).message());
        assertEquals(new BigDecimal("150.0000"), result.rating(2));
    }

    @Test
    void parallelRunsGiveTheSameResults() {
        TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("manager", matrix(), tiers())));
        TeamInput input = team();
        TeamResult one = batch.evaluate(input);
        TeamResult all = batch.evaluateInParallel(input);
        TeamResult pool = batch.evaluate(input, ForkJoinPool.commonPool(), 3);
        for (int row = 0; row < 4; row++) {
            assertEquals(one.rating(row), all.rating(row));
            assertEquals(one.components(row), pool.components(row));
        }
        assertThrows(IllegalArgumentException.class, () -> batch.evaluate(input, ForkJoinPool.commonPool(), 0));
    }

    /**
     * Columns at different scales have different plain limits: facts in ten-thousandths beyond the
     * plans' limit but within their own (plans in whole units) are checked column by column and
     * give the object API's indices, rating and pay, row by row.
     */
    @Test
    void columnsAtDifferentScalesGiveTheObjectApisResult() {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.7", Thresholds.of("5000", "10000", "13000"),
                        TwoSlopeCurve.upTo("150"))
                .add(Indicator.lowerIsBetter("receivables", Unit.MONEY), "0.3", Thresholds.of("1500000", "1000000", "700000"),
                        TwoSlopeCurve.upTo("150"))
                .build();
        int n = 600;
        long[] revenue = new long[n];
        long[] receivables = new long[n];
        long[] plans = new long[n];
        long[] salaries = new long[n];
        for (int i = 0; i < n; i++) {
            plans[i] = 9_000 + 3L * i;
            revenue[i] = plans[i] * (30 + (i * 37) % 131) * 100 + 1_237L * i % 10_000; // in ten-thousandths
            receivables[i] = 600_000 + 1_733L * i;
            salaries[i] = 3_000_000 + 101L * i;
        }
        TeamInput input = TeamInput.builder(n)
                .facts("revenue", DecimalColumn.ofUnscaled(revenue, 4))
                .plans("revenue", DecimalColumn.ofUnscaled(plans, 0))
                .facts("receivables", DecimalColumn.ofUnscaled(receivables, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(salaries, 2))
                .build();
        PayPlan plan = bonusOnly();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", scorecard, plan))).evaluate(input);
        for (int i = 0; i < n; i++) {
            Scorecard own = scorecard.withThresholds(java.util.Map.of("revenue",
                    Thresholds.of("5000", Long.toString(plans[i]), "13000")));
            org.kpiengine.scorecard.Evaluation expected = own.evaluate(org.kpiengine.scorecard.Facts.builder()
                    .put("revenue", BigDecimal.valueOf(revenue[i], 4)).put("receivables", receivables[i]).build());
            assertEquals(expected.rating(), result.rating(i), "rating of row " + i);
            assertEquals(expected.indices().get(0).index(), result.index(i, "revenue"), "revenue index of row " + i);
            assertEquals(expected.indices().get(1).index(), result.index(i, "receivables"), "receivables index of row " + i);
            assertEquals(plan.evaluate(expected, org.kpiengine.pay.PayInputs.of(Money.of(EUR, BigDecimal.valueOf(salaries[i], 2))))
                    .total(), result.total(i), "total of row " + i);
        }
    }

    /** Values beyond the kernel's longs take the object path and are kept as objects. */
    @Test
    void hugeValuesGiveTheObjectApisResult() {
        BigDecimal huge = new BigDecimal("123456789012345678901234567890.5");
        TeamInput input = TeamInput.builder(2)
                .facts("contacts", DecimalColumn.of(huge, new BigDecimal("570")))
                .facts("deals", DecimalColumn.ofUnscaled(new long[] {49, 49}, 0))
                .facts("conversion", DecimalColumn.ofUnscaled(new long[] {10, 10}, 0))
                .facts("average-check", DecimalColumn.ofUnscaled(new long[] {12000, 12000}, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {300_000, 300_000}, 2))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("manager", matrix(), tiers()))).evaluate(input);
        org.kpiengine.scorecard.Evaluation expected = matrix().evaluate(org.kpiengine.scorecard.Facts.builder()
                .put("contacts", huge).put("deals", 49).put("conversion", 10).put("average-check", 12000).build());
        assertEquals(expected.rating(), result.rating(0));
        assertEquals(expected.indices().get(0).index(), result.index(0, "contacts"));
        assertEquals(Money.of("EUR", "5400.00"), result.total(0));
        assertEquals(expected.warnings(), result.warnings(0));
        // 0.4·114 + 0.3·98 + 0.2·100 + 0.1·120, on the kernel's path
        assertEquals(new BigDecimal("107.0000"), result.rating(1));
        assertEquals(result.rating(0), result.top(1).get(0).rating());
        assertEquals(result.rating(0), result.ratingDistribution().max());
        assertEquals(Money.of("EUR", "9900.00"), result.totalPaid());
    }

    @Test
    void malformedInputIsRejectedAtOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> TeamInput.builder(2).facts("deals", DecimalColumn.ofUnscaled(new long[] {1}, 0)));
        assertThrows(IllegalArgumentException.class, () -> TeamInput.builder(-1));
        assertThrows(IllegalArgumentException.class, () -> DecimalColumn.ofUnscaled(new long[] {1}, 19));
        assertThrows(IllegalArgumentException.class, () -> TeamBatch.of(List.of()));
        TeamInput unknown = TeamInput.builder(1).facts("revenue", DecimalColumn.ofUnscaled(new long[] {1}, 0)).build();
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> TeamBatch.of(List.of(RoleTemplate.of("manager", matrix()))).evaluate(unknown));
        assertEquals(Reason.UNKNOWN_INDICATOR, e.reason());
        assertEquals("facts were given for indicator 'revenue', which no role template has", e.getMessage());
    }

    @Test
    void aMissingSalaryIsAnErrorWhenTheRoleHasAPayPlan() {
        TeamInput input = TeamInput.builder(1)
                .facts("contacts", DecimalColumn.ofUnscaled(new long[] {570}, 0))
                .facts("deals", DecimalColumn.ofUnscaled(new long[] {49}, 0))
                .facts("conversion", DecimalColumn.ofUnscaled(new long[] {10}, 0))
                .facts("average-check", DecimalColumn.ofUnscaled(new long[] {12000}, 0))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("manager", matrix(), tiers()))).evaluate(input);
        assertEquals(Reason.MISSING_INPUT, result.error(0).reason());
        assertEquals("employee 'row 0': no salary was given, and the role's pay plan needs one", result.error(0).message());
    }
}
