package org.kpiengine.examples;

import java.util.Locale;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.explain.Explanation;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.KpiIndex;
import org.kpiengine.scorecard.Scorecard;

/**
 * The classic sales-manager KPI matrix (docs/reference/scoring.md, Rating): four indicators scored by the
 * ratio curve, weighted 0.4 / 0.3 / 0.2 / 0.1, giving a rating of 104.0 %, printed with its
 * explanation table.
 */
public final class SalesManagerMatrix {

    private SalesManagerMatrix() {
    }

    /**
     * Builds the matrix, evaluates the month's facts and prints each index and the rating.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // 1. The scorecard handed to the manager at the start of the month: weight, plan, curve.
        Scorecard matrix = Scorecard.builder()
                .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("50"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.1", Thresholds.plan("10000"),
                        RatioCurve.uncapped())
                .build();

        // 2. The facts filled in at the end of the month.
        Facts facts = Facts.builder()
                .put("contacts", 570)
                .put("deals", 49)
                .put("conversion", "8.5")
                .put("average-check", 12000)
                .build();

        // 3. Indices and the rating, each rounded HALF_UP to 4 decimal places of a percent.
        Evaluation result = matrix.evaluate(facts);
        System.out.println("== SalesManagerMatrix: a sales manager's KPI matrix, its indices and rating ==");
        for (KpiIndex index : result.indices()) {
            System.out.printf(Locale.ROOT, "  %-14s index %s%n", index.id(), index.index().toPlainString());
        }
        System.out.println("  rating " + result.rating().toPlainString());

        // 4. The explanation an employee reads to check the figures: fact, thresholds, curve,
        //    index, weight and contribution of every indicator, then the rating.
        System.out.println();
        System.out.print(Explanation.of(result).toText());
    }
}
