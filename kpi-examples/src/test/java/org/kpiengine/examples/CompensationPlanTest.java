package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.explain.Explanation;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.opentest4j.AssertionFailedError;

/**
 * How an integrator pins a company's compensation plan with unit tests: readable facts in,
 * an exact amount out, and, when an assertion fails, the explanation table in the failure message
 * so that it says why.
 *
 * <p>The plan pinned here: salary 28 000 RUB; a bonus of 10 / 25 / 40 % of salary for a rating of
 * 80 / 100 / 120 and above (retroactive tiers); no bonus at all when customer satisfaction is
 * below 90 % of plan (a quality gate); the variable part capped at 10 000.
 */
class CompensationPlanTest {

    private static final Scorecard MANAGER = Scorecard.builder()
            .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.5",
                    Thresholds.of("1000000", "2000000", "3000000"), LinearCurve.basePlan())
            .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.2", Thresholds.plan("20"), RatioCurve.cappedAt("150"))
            .add(Indicator.lowerIsBetter("receivables", Unit.MONEY), "0.2",
                    Thresholds.of("500000", "200000", "100000"), LinearCurve.basePlan())
            .add(Indicator.higherIsBetter("csat", Unit.PERCENT), "0.1", Thresholds.plan("90"), RatioCurve.cappedAt("120"))
            .build();

    private static final PayPlan PLAN = PayPlan.builder()
            .scheme(TieredScheme.retroactive("bonus", Measure.rating(),
                    Bands.from("0").upTo("80", "0").upTo("100", "10").upTo("120", "25").andAbove("40"),
                    TieredScheme.Payment.PERCENT_OF_SALARY, null))
            .modifier(Gate.zeroUnless("csat gate", Condition.atLeast(Measure.attainment("csat"), "90")))
            .modifier(VariableLimits.cap(Money.of("RUB", "10000")))
            .build();

    private static final Money SALARY = Money.of("RUB", "28000");

    /** The month's facts of one manager. */
    private static Facts facts(String revenue, String deals, String receivables, String csat) {
        return Facts.builder().put("revenue", revenue).put("deals", deals).put("receivables", receivables)
                .put("csat", csat).build();
    }

    /** Asserts the total pay; on failure the message carries the whole explanation table. */
    private static void assertPays(String expectedTotal, Facts facts) {
        Evaluation evaluation = MANAGER.evaluate(facts);
        Payout payout = PLAN.evaluate(evaluation, PayInputs.of(SALARY));
        assertEquals(Money.of("RUB", expectedTotal), payout.total(),
                () -> "total pay differs; the calculation was:\n" + Explanation.of(evaluation, payout).toText());
    }

    @Test
    void aManagerExactlyOnPlanEarns35000() {
        // rating 100.0000 → 25 % of 28 000 = 7 000
        assertPays("35000.00", facts("2000000", "20", "200000", "90"));
    }

    @Test
    void aManagerAt95PercentEarnsTheLowerTier() {
        // revenue index (1 900 000 − 1 000 000) / 1 000 000 = 90; rating 0.5×90 + 0.5×100 = 95 → 10 % = 2 800
        assertPays("30800.00", facts("1900000", "20", "200000", "90"));
    }

    @Test
    void aStarIsCappedAt10000OfBonus() {
        // indices 200 (target cap), 150 (cap), 133.3333 (target cap), 111.1111 → rating 167.7778 → 40 % = 11 200 → cap
        assertPays("38000.00", facts("3500000", "40", "50000", "100"));
    }

    @Test
    void lowSatisfactionClosesTheGate() {
        // csat 80 of plan 90 is 88.8889 % < 90 → the bonus (2 800 at rating 98.8889) is zeroed
        assertPays("28000.00", facts("2000000", "20", "200000", "80"));
    }

    @Test
    void aFailingAssertionPrintsTheExplanationTable() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> assertPays("36000.00", facts("2000000", "20", "200000", "90")));
        String message = failure.getMessage();
        assertTrue(message.contains("total pay differs; the calculation was:"), message);
        assertTrue(message.matches("(?s).*revenue\\s+2000000\\s+1000000\\s+2000000\\s+3000000.*"), message);
        assertTrue(message.contains("rating 100.0000 %"), message);
        assertTrue(message.matches("(?s).*bonus\\s+scheme\\s+7000\\.00.*"), message);
        assertTrue(message.contains("expected: <RUB 36000.00> but was: <RUB 35000.00>"), message);
    }
}
