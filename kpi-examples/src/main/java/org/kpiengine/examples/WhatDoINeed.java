package org.kpiengine.examples;

import java.util.Locale;
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
import org.kpiengine.planning.Finding;
import org.kpiengine.planning.Goal;
import org.kpiengine.planning.Inverse;
import org.kpiengine.planning.Obstacle;
import org.kpiengine.planning.PlanReview;
import org.kpiengine.planning.Planner;
import org.kpiengine.planning.ReviewSettings;
import org.kpiengine.planning.WhatIfCurve;
import org.kpiengine.planning.WhatIfGrid;
import org.kpiengine.planning.WhatIfPoint;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/**
 * "What do I need?": the sales-manager matrix (docs/reference/scoring.md, Rating) paid by rating
 * tiers of salary (docs/reference/pay.md, Tiered schemes). The manager is at rating 104, in the
 * 20 % band; the program finds the fewest deals (and, alternatively, the conversion) that reach
 * the next band, prints the pay curve of deals around the plan, and reviews the plan for cliffs.
 */
public final class WhatDoINeed {

    private WhatDoINeed() {
    }

    /**
     * Runs the three planning questions and prints their answers.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // 1. The scorecard, the pay plan (retroactive rating tiers of a salary of 3 000) and this month's facts.
        Scorecard matrix = matrix(RatioCurve.uncapped());
        PayPlan tiers = PayPlan.builder()
                .scheme(TieredScheme.retroactive("rating tiers", Measure.rating(),
                        Bands.from("0").upTo("80", "0").upTo("100", "10").upTo("120", "20").andAbove("30"),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .build();
        PayInputs salary = PayInputs.of(Money.of("EUR", "3000"));
        Facts facts = Facts.builder()
                .put("contacts", 570).put("deals", 49).put("conversion", "8.5").put("average-check", 12000).build();
        Planner planner = Planner.of(matrix, tiers, salary);

        System.out.println("== WhatDoINeed: the fact that reaches the next band, a what-if curve and the plan's cliffs ==");
        // 2. The inverse: the fewest deals, or the lowest conversion, that lift the rating into the next band.
        System.out.println("What do I need for the next band?");
        for (String indicator : new String[] {"deals", "conversion"}) {
            Inverse answer = planner.inverse(facts, indicator, Goal.nextBand("rating tiers"));
            System.out.printf(Locale.ROOT, "  %-11s now %s, needs %s (%s); at %s it is not reached%n", indicator,
                    answer.currentFact().toPlainString(), answer.fact().toPlainString(), answer.valueAtAnswer(),
                    answer.worseFact().toPlainString());
        }
        // With the deals index capped at 150, no number of deals is enough: the best rating is 119.6.
        Inverse capped = Planner.of(matrix(RatioCurve.cappedAt("150")), tiers, salary)
                .inverse(facts, "deals", Goal.nextBand("rating tiers"));
        for (Obstacle obstacle : capped.obstacles()) {
            System.out.println("  deals capped at 150: " + capped.outcome() + ": " + obstacle.detail());
        }

        // 3. The what-if curve of deals from 80 % to 160 % of plan, every 10 %: the data behind a chart.
        System.out.println();
        System.out.println("Deals what-if (others held)");
        WhatIfCurve curve = planner.whatIf(facts, "deals", WhatIfGrid.of("80", "160", "10"));
        for (WhatIfPoint point : curve.points()) {
            System.out.printf(Locale.ROOT, "  %5s %% of plan  deals %-5s rating %-9s total %s%n",
                    point.percentOfPlan().toPlainString(), point.fact().toPlainString(), point.rating().toPlainString(),
                    point.total());
        }

        // 4. The plan review: cliffs of more than 5 % of salary, with every typical fact at its plan.
        System.out.println();
        System.out.println("Plan review");
        for (Finding finding : PlanReview.of(matrix, tiers, salary)
                .withSettings(ReviewSettings.DEFAULT.withCliffShare("0.05")).findings()) {
            if (finding.indicatorId() == null || finding.indicatorId().equals("deals")) {
                System.out.println("  " + finding);
            }
        }
    }

    /** The sales-manager matrix with a given curve for deals. */
    private static Scorecard matrix(ScoringCurve dealsCurve) {
        return Scorecard.builder()
                .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("50"), dealsCurve)
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.1", Thresholds.plan("10000"),
                        RatioCurve.uncapped())
                .build();
    }
}
