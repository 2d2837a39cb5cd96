package org.kpiengine.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.curve.Bands.boundary;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.TargetBandCurve;
import org.kpiengine.curve.Thresholds;
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

/** The target band, interpolated and hybrid tiers explain themselves in text and in data. */
class ExplanationShapesTest {

    private static final Scorecard SCORECARD = Scorecard.builder()
            .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.5", Thresholds.plan("1000000"), RatioCurve.uncapped())
            .add(Indicator.lowerIsBetter("on-time", Unit.PERCENT), "0.5", Thresholds.plan("95"), TargetBandCurve.of("2", "7"))
            .build();
    private static final PayPlan PLAN = PayPlan.builder()
            .scheme(TieredScheme.hybrid("commission", Measure.attainment("revenue"),
                    Bands.ofBoundaries(boundary("0", "5"), boundary("50", "10"), boundary("100", "15")), "100",
                    TieredScheme.Payment.PERCENT_OF_TURNOVER, Measure.fact("revenue")))
            .scheme(TieredScheme.interpolated("on-time bonus", Measure.index("on-time"),
                    Bands.ofBoundaries(boundary("50", "0"), boundary("100", "10")), TieredScheme.Payment.PERCENT_OF_SALARY, null))
            .build();
    private static final Evaluation MONTH = SCORECARD.evaluate(Facts.builder().put("revenue", "1200000").put("on-time", "91").build());
    private static final Payout PAYOUT = PLAN.evaluate(MONTH, PayInputs.of(Money.of("EUR", "100000")));

    private static final String HYBRID = "attainment of 'revenue' % 120.0000 ≥ pivot 100 (up to the pivot retroactive at"
            + " 10 %, above it marginal): 100 × 10 % + 20.0000 × 15 %, blended over 120.0000, of fact of 'revenue'"
            + " 1200000 = 130000.00";
    private static final String INTERPOLATED = "index of 'on-time' % 60.0000 between 50 → 0 % and 100: rate 2.0000 % of"
            + " salary 100000.00 = 2000.00";

    @Test
    void textShowsTheBandTheInterpolatedRateAndTheHybridsParts() {
        String text = Explanation.of(MONTH, PAYOUT).toText();
        assertTrue(text.contains("on-time         91     -       95       -  target band: 100 within ±2 of plan, 0 from ±7"
                + "   60.0000     0.5      30.00000"), text);
        assertTrue(text.contains("commission     scheme   130000.00  100000.00  230000.00  " + HYBRID), text);
        assertTrue(text.contains("on-time bonus  scheme     2000.00  230000.00  232000.00  " + INTERPOLATED), text);
        assertTrue(text.contains("salary EUR 100000.00, variable EUR 132000.00, total EUR 232000.00"), text);
    }

    @Test
    @SuppressWarnings("unchecked")
    void dataCarriesTheSameFigures() {
        Map<String, Object> data = Explanation.of(MONTH, PAYOUT).toData();
        Map<String, Object> onTime = (Map<String, Object>) ((List<Object>) data.get("indicators")).get(1);
        assertEquals("target band: 100 within ±2 of plan, 0 from ±7", onTime.get("curve"));
        assertEquals("60.0000", onTime.get("index"));
        assertEquals("95", onTime.get("plan"));
        List<Object> lines = (List<Object>) ((Map<String, Object>) data.get("payout")).get("lines");
        Map<String, Object> commission = (Map<String, Object>) lines.get(1);
        assertEquals(Map.of("kind", "MARGINAL_TIERS",
                "measure", Map.of("kind", "ATTAINMENT", "indicator", "revenue"), "value", "120",
                "portions", List.of(Map.of("lower", "0", "upper", "100", "rate", "10", "portion", "100"),
                        Map.of("lower", "100", "rate", "15", "portion", "20")),
                "payment", "PERCENT_OF_TURNOVER", "base", "1200000",
                "turnover", Map.of("kind", "FACT", "indicator", "revenue"), "pivot", "100"), commission.get("reckoning"));
        assertEquals("130000.00", commission.get("amount"));
        Map<String, Object> bonus = (Map<String, Object>) lines.get(2);
        assertEquals(Map.of("kind", "TIER", "measure", Map.of("kind", "INDEX", "indicator", "on-time"), "value", "60",
                "tier", Map.of("lower", "50", "upper", "100", "rate", "0"), "rate", "2", "payment", "PERCENT_OF_SALARY",
                "base", "100000", "interpolated", "yes"), bonus.get("reckoning"));
        assertEquals("2000.00", bonus.get("amount"));
    }
}
