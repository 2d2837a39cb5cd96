package org.kpiengine.batch;

import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.scorecard.Scorecard;

/** Evaluates 1 000 000 employees on all cores and prints the counts; run by {@link MillionEmployeesTest}. */
final class MillionEmployees {

    private MillionEmployees() {
    }

    public static void main(String[] args) {
        int size = 1_000_000;
        SplittableRandom random = new SplittableRandom();
        Scorecard.Builder scorecard = Scorecard.builder();
        String[] weights = {"0.4", "0.3", "0.1", "0.1", "0.1"};
        TeamInput.Builder input = TeamInput.builder(size);
        for (int k = 0; k < 5; k++) {
            String id = "kpi" + k;
            scorecard.add(Indicator.higherIsBetter(id, Unit.COUNT), weights[k], Thresholds.of("50", "100", "130"), TwoSlopeCurve.upTo("150"));
            long[] plans = new long[size];
            long[] bases = new long[size];
            long[] targets = new long[size];
            long[] facts = new long[size];
            for (int i = 0; i < size; i++) {
                plans[i] = random.nextLong(100, 10_001);
                bases[i] = 5 * plans[i];
                targets[i] = 13 * plans[i];
                facts[i] = random.nextLong(30 * plans[i], 160 * plans[i]);
            }
            input.facts(id, DecimalColumn.ofUnscaled(facts, 2)).plans(id, DecimalColumn.ofUnscaled(plans, 0))
                    .bases(id, DecimalColumn.ofUnscaled(bases, 1)).targets(id, DecimalColumn.ofUnscaled(targets, 1));
        }
        long[] salaries = new long[size];
        for (int i = 0; i < size; i++) {
            salaries[i] = random.nextLong(3_000_000, 15_000_001);
        }
        input.salaries(Currency.getInstance("EUR"), DecimalColumn.ofUnscaled(salaries, 2));
        PayPlan plan = PayPlan.builder()
                .scheme(TieredScheme.retroactive("bonus", Measure.rating(),
                        Bands.from("0").upTo("80", "0").upTo("100", "20").upTo("120", "50").andAbove("80"),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .modifier(Gate.reduceUnless("gate", Condition.atLeast(Measure.attainment("kpi4"), "90"), "0.5"))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", scorecard.build(), plan)))
                .evaluateInParallel(input.build());
        result.ratingDistribution();
        result.totalPaid();
        System.out.println(result.size() + " employees, " + result.okCount() + " ok, " + result.errorCount() + " errors");
    }
}
