package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kpiengine.curve.Bands.boundary;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
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

/** The worked examples of the target band, interpolated and hybrid tiers, through a team batch and the object API. */
class TeamBatchShapesTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static final Scorecard SCORECARD = Scorecard.builder()
            .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.5", Thresholds.plan("1000000"), RatioCurve.uncapped())
            .add(Indicator.higherIsBetter("on-time", Unit.PERCENT), "0.5", Thresholds.plan("95"), TargetBandCurve.of("2", "7"))
            .build();

    private static final PayPlan PLAN = PayPlan.builder()
            .scheme(TieredScheme.hybrid("commission", Measure.attainment("revenue"),
                    Bands.ofBoundaries(boundary("0", "5"), boundary("50", "10"), boundary("100", "15")), "100",
                    TieredScheme.Payment.PERCENT_OF_TURNOVER, Measure.fact("revenue")))
            .scheme(TieredScheme.interpolated("on-time bonus", Measure.index("on-time"),
                    Bands.ofBoundaries(boundary("50", "0"), boundary("100", "10")), TieredScheme.Payment.PERCENT_OF_SALARY, null))
            .build();

    @Test
    void theWorkedExamplesGiveTheSameFiguresThroughTheBatch() {
        TeamInput input = TeamInput.builder(3)
                .employeeIds("anna", "boris", "chen")
                .facts("revenue", DecimalColumn.ofUnscaled(new long[] {400_000, 700_000, 1_200_000}, 0))
                .facts("on-time", DecimalColumn.ofUnscaled(new long[] {96, 91, 88}, 0))
                .salaries(EUR, DecimalColumn.ofUnscaled(new long[] {10_000_000, 10_000_000, 10_000_000}, 2))
                .build();
        TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", SCORECARD, PLAN))).evaluate(input);
        String[] onTime = {"100.0000", "60.0000", "0.0000"};
        String[] commission = {"20000.00", "70000.00", "130000.00"};
        // on-time index 100 → rate 10 % of 100 000; 60 → 10 × 10 / 50 = 2 %; 0 → below the first boundary
        String[] bonus = {"10000.00", "2000.00", "0.00"};
        String[] revenue = {"400000", "700000", "1200000"};
        String[] delivered = {"96", "91", "88"};
        for (int row = 0; row < 3; row++) {
            assertEquals(new BigDecimal(onTime[row]), result.index(row, "on-time"));
            assertEquals(Money.of("EUR", commission[row]), result.component(row, "commission"));
            assertEquals(Money.of("EUR", bonus[row]), result.component(row, "on-time bonus"));
            Evaluation evaluation = SCORECARD.evaluate(Facts.builder()
                    .put("revenue", revenue[row]).put("on-time", delivered[row]).build());
            Payout payout = PLAN.evaluate(evaluation, PayInputs.of(Money.of("EUR", "100000")));
            assertEquals(evaluation.rating(), result.rating(row));
            assertEquals(payout.total(), result.total(row));
            assertEquals(payout.lines(), result.payout(row).lines());
        }
    }
}
