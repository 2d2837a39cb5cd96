package org.kpiengine.pay;

import java.math.BigDecimal;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/** Scorecards, evaluations and amounts shared by the pay and explanation tests. */
public final class PayFixtures {

    private PayFixtures() {
    }

    /** EUR amount. */
    public static Money eur(String amount) {
        return Money.of("EUR", amount);
    }

    /** Inputs with a salary in EUR. */
    public static PayInputs salary(String amount) {
        return PayInputs.of(eur(amount));
    }

    /** A one-indicator scorecard on revenue (ratio curve, uncapped) evaluated on a fact. */
    public static Evaluation revenue(String plan, String fact) {
        return Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "1", Thresholds.plan(plan), RatioCurve.uncapped())
                .build()
                .evaluate(Facts.builder().put("revenue", fact).build());
    }

    /** The same, with exact values. */
    public static Evaluation revenue(BigDecimal plan, BigDecimal fact) {
        return Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), BigDecimal.ONE, Thresholds.plan(plan),
                        RatioCurve.uncapped())
                .build()
                .evaluate(Facts.builder().put("revenue", fact).build());
    }

    /** The classic sales-manager matrix of docs/reference/scoring.md, Rating (rating 104.0). */
    public static Scorecard salesManagerMatrix() {
        return Scorecard.builder()
                .add(Indicator.higherIsBetter("contacts", Unit.COUNT), "0.4", Thresholds.plan("500"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("50"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.1", Thresholds.plan("10000"),
                        RatioCurve.uncapped())
                .build();
    }

    /** The matrix evaluated on the facts of docs/reference/scoring.md, Rating: indices 114, 98, 85, 120; rating 104. */
    public static Evaluation salesManager() {
        return salesManagerMatrix().evaluate(Facts.builder()
                .put("contacts", 570).put("deals", 49).put("conversion", "8.5").put("average-check", 12000).build());
    }

    /**
     * A five-indicator scorecard: revenue (weight 0.4), deals (0.2), calls (0.15), quality (0.15),
     * receivables (0.1, lower is better), evaluated on the given facts.
     */
    public static Scorecard fiveIndicators() {
        return Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.4", Thresholds.plan("500000"), RatioCurve.cappedAt("150"))
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.2", Thresholds.plan("50"), RatioCurve.cappedAt("150"))
                .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.15", Thresholds.plan("600"), RatioCurve.cappedAt("150"))
                .add(Indicator.higherIsBetter("quality", Unit.PERCENT), "0.15", Thresholds.plan("100"), RatioCurve.cappedAt("150"))
                .add(Indicator.lowerIsBetter("receivables", Unit.MONEY), "0.1", Thresholds.plan("40000"), RatioCurve.cappedAt("150"))
                .build();
    }

    /** Facts for {@link #fiveIndicators()}. */
    public static Facts fiveFacts(String revenue, String deals, String calls, String quality, String receivables) {
        return Facts.builder().put("revenue", revenue).put("deals", deals).put("calls", calls).put("quality", quality)
                .put("receivables", receivables).build();
    }
}
