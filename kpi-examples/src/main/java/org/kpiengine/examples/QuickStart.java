package org.kpiengine.examples;

import org.kpiengine.curve.Bands;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.explain.Explanation;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/** The README's quick start, as a program: a scorecard, a pay plan, one month, its explanation. */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Runs the quick start.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("== QuickStart: one employee's month, from scorecard to explanation ==");
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.5", Thresholds.of("300000", "500000", "650000"),
                        LinearCurve.basePlan())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("20"), RatioCurve.cappedAt("150"))
                .add(Indicator.lowerIsBetter("receivables", Unit.MONEY), "0.2", Thresholds.of("200000", "100000", "50000"),
                        LinearCurve.basePlan())
                .build();
        PayPlan payPlan = PayPlan.builder()
                .scheme(TieredScheme.retroactive("bonus", Measure.rating(),
                        Bands.from("0").upTo("80", "0").upTo("100", "10").upTo("120", "20").andAbove("30"),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .build();

        Evaluation month = scorecard.evaluate(Facts.builder()
                .put("revenue", "540000").put("deals", 18).put("receivables", "90000").build());
        Payout payout = payPlan.evaluate(month, PayInputs.of(Money.of("EUR", "3000")));

        System.out.println("rating " + month.rating() + ", total pay " + payout.total());
        System.out.print(Explanation.of(month, payout).toText());
    }
}
