package org.kpiengine.examples;

import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.explain.Explanation;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
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

/**
 * A complete monthly payout for a sales manager: a five-indicator scorecard, a salary, a tiered
 * bonus on revenue, a quality gate, a cap on the variable part and a deduction per idle hour,
 * printed as the explanation table the manager receives.
 */
public final class MonthlyPayout {

    private MonthlyPayout() {
    }

    /**
     * Evaluates the month and prints the explanation.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // 1. The scorecard: weights, plans and curves agreed at the start of the month.
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.4", Thresholds.plan("500000"), RatioCurve.cappedAt("150"))
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.2", Thresholds.plan("50"), RatioCurve.cappedAt("150"))
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.15", Thresholds.plan("600"), RatioCurve.cappedAt("150"))
                .add(Indicator.higherIsBetter("quality", Unit.PERCENT), "0.15", Thresholds.plan("100"), RatioCurve.cappedAt("150"))
                .add(Indicator.lowerIsBetter("receivables", Unit.MONEY), "0.1", Thresholds.plan("40000"), RatioCurve.cappedAt("150"))
                .build();

        // 2. The pay plan. Modifiers always run in one order: gates, variable cap/floor, deductions, total cap/floor.
        PayPlan plan = PayPlan.builder()
                // revenue attainment 80-100 % pays 1.5 % of revenue, 100-120 % pays 2.5 %, 120 %+ pays 3.5 % (retroactive)
                .scheme(TieredScheme.retroactive("revenue tiers", Measure.attainment("revenue"),
                        Bands.from("0").upTo("80", "0").upTo("100", "1.5").upTo("120", "2.5").andAbove("3.5"),
                        TieredScheme.Payment.PERCENT_OF_TURNOVER, Measure.fact("revenue")))
                // service quality below 90 % of plan halves the bonus
                .modifier(Gate.reduceUnless("quality gate", Condition.atLeast(Measure.attainment("quality"), "90"), "0.5"))
                // the variable part never exceeds 6 000
                .modifier(VariableLimits.cap(Money.of("EUR", "6000")))
                // 25 per idle hour the CRM recorded, never below the salary
                .modifier(Deduction.perUnit("idle hours", Measure.input("idle-hours"), Money.of("EUR", "25")))
                .build();

        // 3. The month's facts from the CRM, and the manager's salary and idle hours.
        Evaluation evaluation = scorecard.evaluate(Facts.builder()
                .put("revenue", 560000).put("deals", 54).put("calls", 630).put("quality", 86).put("receivables", 36000)
                .build());
        PayInputs inputs = PayInputs.of(Money.of("EUR", "3000")).with("idle-hours", "8");

        // 4. The payout: each component rounded once to the cent, the total their sum.
        Payout payout = plan.evaluate(evaluation, inputs);
        System.out.println("== MonthlyPayout: a sales manager's month with a gate, a cap and a deduction ==");
        System.out.print(Explanation.of(evaluation, payout).toText());
    }
}
