package org.kpiengine.modulepath;

import org.jspecify.annotations.Nullable;
import org.kpiengine.curve.Bands;
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

/**
 * The sales-manager matrix (see docs/reference/scoring.md, Rating) and a tiered pay plan, computed
 * and explained by code in a named module that requires only {@code org.kpiengine.core}.
 */
public final class ModulePathConsumer {

    private ModulePathConsumer() {
    }

    /**
     * Computes one month of the sales-manager matrix: contacts 570 of 500, deals 49 of 50,
     * conversion 8.5 of 10, average check 12000 of 10000 (rating 104), salary EUR 3000 and a
     * retroactive tier table on the rating.
     *
     * @param salaryOverride a salary in EUR to use instead of 3000, or null
     * @return the explanation of the month, not null
     */
    public static Explanation month(@Nullable String salaryOverride) {
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("50"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.1", Thresholds.plan("10000"),
                        RatioCurve.uncapped())
                .build();
        PayPlan plan = PayPlan.builder()
                .scheme(TieredScheme.retroactive("rating tiers", Measure.rating(),
                        Bands.from("0").upTo("100", "5").andAbove("10"), TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .build();
        Evaluation evaluation = scorecard.evaluate(Facts.builder()
                .put("contacts", 570).put("deals", 49).put("conversion", "8.5").put("average-check", 12000).build());
        Payout payout = plan.evaluate(evaluation, PayInputs.of(Money.of("EUR", salaryOverride == null ? "3000" : salaryOverride)));
        return Explanation.of(evaluation, payout);
    }

    /**
     * Prints the explanation of the month.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(month(null).toText());
    }
}
