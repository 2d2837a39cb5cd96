package org.kpiengine.examples;

import java.math.BigDecimal;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/**
 * Commission expressed as a linear bonus (docs/reference/pay.md, Linear): a planned bonus of 10 000 on a
 * sales plan of 500 000, paid as planned bonus × index / 100 with base 0, is exactly 2 % of every
 * sale. The same plan with a minimum norm (base 60 % of plan) pays nothing up to the norm.
 */
public final class CommissionAsLinearBonus {

    private CommissionAsLinearBonus() {
    }

    /**
     * Prints the bonus of both plans for a few sales figures.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("== CommissionAsLinearBonus: a sales commission written as a linear bonus ==");
        // One indicator, sales, scored by the plain (uncapped) ratio: index = sales / 500 000 × 100.
        Scorecard sales = Scorecard.builder()
                .add(Indicator.higherIsBetter("sales", Unit.MONEY), "1", Thresholds.plan("500000"), RatioCurve.uncapped())
                .build();

        // Planned bonus 10 000 at 100 % of plan; base 0 makes it a 2 % commission.
        LinearScheme commission = LinearScheme.of("commission", Measure.index("sales"), Money.of("RUB", "10000"));
        PayPlan plain = PayPlan.builder().scheme(commission).build();
        // The same plan with a minimum norm: nothing is paid up to 60 % of plan.
        PayPlan withNorm = PayPlan.builder().scheme(commission.withBase(new BigDecimal("60"))).build();

        PayInputs noSalary = PayInputs.of(Money.of("RUB", "0"));
        System.out.println("Commission as a linear bonus: plan 500000 RUB, planned bonus 10000 RUB");
        System.out.printf("  %-10s %-10s %-16s %-18s%n", "sales", "index %", "bonus (base 0)", "bonus (norm 60 %)");
        for (String figure : new String[] {"0", "123456.78", "300000", "450000", "500000", "730000"}) {
            Evaluation evaluation = sales.evaluate(Facts.builder().put("sales", figure).build());
            Payout a = plain.evaluate(evaluation, noSalary);
            Payout b = withNorm.evaluate(evaluation, noSalary);
            System.out.printf("  %-10s %-10s %-16s %-18s%n", figure, evaluation.rating().toPlainString(),
                    a.variable().toAmountText(), b.variable().toAmountText());
        }
        System.out.println("  with base 0 every bonus is exactly 2 % of sales, rounded once to the kopeck");
    }
}
