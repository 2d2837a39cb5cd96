package org.kpiengine.planning;

import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/** The sales-manager matrix of docs/reference/scoring.md with the salary tiers of docs/reference/pay.md. */
final class PlanningFixtures {

    private PlanningFixtures() {
    }

    static Money eur(String amount) {
        return Money.of("EUR", amount);
    }

    /** The matrix: contacts 0.4 plan 500, deals 0.3 plan 50, conversion 0.2 plan 10, average check 0.1 plan 10 000. */
    static Scorecard matrix(ScoringCurve dealsCurve) {
        return Scorecard.builder()
                .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("50"), dealsCurve)
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.1", Thresholds.plan("10000"),
                        RatioCurve.uncapped())
                .build();
    }

    static Scorecard matrix() {
        return matrix(RatioCurve.uncapped());
    }

    /** The facts of the worked example: indices 114, 98, 85, 120; rating 104. */
    static Facts facts() {
        return Facts.builder().put("contacts", 570).put("deals", 49).put("conversion", "8.5").put("average-check", 12000)
                .build();
    }

    /** Rating bands [0, 80) 0 %, [80, 100) 10 %, [100, 120) 20 %, ≥ 120 30 % of salary. */
    static Bands salaryTiers() {
        return Bands.from("0").upTo("80", "0").upTo("100", "10").upTo("120", "20").andAbove("30");
    }

    static PayPlan retroactive() {
        return PayPlan.builder().scheme(TieredScheme.retroactive("rating tiers", Measure.rating(), salaryTiers(),
                TieredScheme.Payment.PERCENT_OF_SALARY, null)).build();
    }

    static PayPlan marginal() {
        return PayPlan.builder().scheme(TieredScheme.marginal("rating tiers", Measure.rating(), salaryTiers(),
                TieredScheme.Payment.PERCENT_OF_SALARY, null)).build();
    }

    static PayInputs salary3000() {
        return PayInputs.of(eur("3000"));
    }
}
