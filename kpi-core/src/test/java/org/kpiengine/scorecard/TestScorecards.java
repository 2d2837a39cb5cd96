package org.kpiengine.scorecard;

import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;

/** Scorecards and facts shared by the scorecard tests. */
final class TestScorecards {

    private TestScorecards() {
    }

    /** The classic sales-manager matrix of docs/reference/scoring.md, Rating. */
    static Scorecard salesManagerMatrix() {
        return Scorecard.builder()
                .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("50"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.1", Thresholds.plan("10000"), RatioCurve.uncapped())
                .build();
    }

    /** The facts of that matrix's worked example. */
    static Facts salesManagerFacts() {
        return Facts.builder().put("contacts", 570).put("deals", 49).put("conversion", "8.5").put("average-check", 12000).build();
    }

    /** A line scored by an uncapped ratio against a plan. */
    static ScorecardLine ratioLine(String id, String weight, String plan) {
        return new ScorecardLine(Indicator.higherIsBetter(id, Unit.COUNT), Weight.of(weight), Thresholds.plan(plan),
                RatioCurve.uncapped());
    }
}
