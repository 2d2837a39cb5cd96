package org.kpiengine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.credit.Receiver;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.TargetBandCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.derived.CostItem;
import org.kpiengine.derived.PlanDecomposition;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.CoefficientScheme;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.WeightedCoefficient;
import org.kpiengine.planning.Goal;
import org.kpiengine.planning.ReviewSettings;
import org.kpiengine.planning.WhatIfGrid;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.Weight;

/**
 * Every public entry that reads a number from text, given text that is not a number: the
 * exception's {@code field()} names the parameter and its {@code indicatorId()} holds an indicator
 * id only where the value belongs to one, never a field name.
 */
class ParsedFieldsTest {

    private static final Bands STEPS = Bands.from("0").upTo("100", "0").andAbove("1");

    static Stream<Arguments> entries() {
        return Stream.of(
                entry("Goal.rating", () -> Goal.rating("x"), null, "level"),
                entry("Bands.from", () -> Bands.from("x"), null, "lowerInclusive"),
                entry("Bands.upTo bound", () -> Bands.from("0").upTo("x", "1"), null, "upperExclusive"),
                entry("Bands.upTo value", () -> Bands.from("0").upTo("1", "x"), null, "value"),
                entry("Bands.andAbove", () -> Bands.from("0").andAbove("x"), null, "value"),
                entry("Bands.boundary", () -> Bands.boundary("x", "1"), null, "band"),
                entry("Bands.boundary value", () -> Bands.boundary("0", "x"), null, "band value"),
                entry("LinearCurve.cappedAt", () -> LinearCurve.cappedAt("x"), null, "linear cap"),
                entry("TwoSlopeCurve.upTo", () -> TwoSlopeCurve.upTo("x"), null, "two-slope maximum"),
                entry("RatioCurve.cappedAt", () -> RatioCurve.cappedAt("x"), null, "ratio cap"),
                entry("TargetBandCurve.of", () -> TargetBandCurve.of("x", "1"), null, "tolerance"),
                entry("TargetBandCurve.withAbove", () -> TargetBandCurve.of("1", "2").withAbove("1", "x"), null,
                        "criticalAbove"),
                entry("Thresholds.plan", () -> Thresholds.plan("x"), null, "plan"),
                entry("Thresholds.of base", () -> Thresholds.of("x", "1", null), null, "base"),
                entry("Thresholds.of target", () -> Thresholds.of(null, "1", "x"), null, "target"),
                entry("Weight.of", () -> Weight.of("x"), null, "weight"),
                entry("Scorecard.Builder.add weight", () -> Scorecard.builder()
                        .add(Indicator.higherIsBetter("deals", Unit.COUNT), "x", Thresholds.plan("1"), RatioCurve.uncapped()),
                        "deals", "weight"),
                entry("Facts.Builder.put", () -> Facts.builder().put("deals", "x"), "deals", "fact"),
                entry("Money.of", () -> Money.of("EUR", "x"), null, "amount"),
                entry("PayInputs.with", () -> PayInputs.of(Money.of("EUR", "1")).with("idle-hours", "x"), null, "idle-hours"),
                entry("Gate.reduceUnless", () -> Gate.reduceUnless("g", Condition.always(), "x"), null, "factor"),
                entry("Condition.atLeast", () -> Condition.atLeast(Measure.rating(), "x"), null, "level"),
                entry("Condition.atMost", () -> Condition.atMost(Measure.index("deals"), "x"), null, "level"),
                entry("Condition.between", () -> Condition.between(Measure.rating(), "1", "x"), null, "high"),
                entry("TieredScheme.hybrid", () -> TieredScheme.hybrid("t", Measure.rating(), STEPS, "x",
                        TieredScheme.Payment.AMOUNT, null), null, "pivot"),
                entry("CoefficientScheme.of", () -> CoefficientScheme.of("c", Measure.input("turnover"), "x",
                        List.of(WeightedCoefficient.of(Measure.rating(), "1", STEPS))), null, "share"),
                entry("WeightedCoefficient.of", () -> WeightedCoefficient.of(Measure.rating(), "x", STEPS), null, "weight"),
                entry("Receiver.of", () -> Receiver.of("E1", "x"), null, "share"),
                entry("CostItem.hours", () -> CostItem.hours("rent", "x", "1"), null, "hours"),
                entry("PlanDecomposition.of", () -> PlanDecomposition.of("1000", "x", "10", 20), null, "average check"),
                entry("WhatIfGrid.of", () -> WhatIfGrid.of("0", "x", "1"), null, "toPercent"),
                entry("ReviewSettings.withCliffShare", () -> ReviewSettings.DEFAULT.withCliffShare("x"), null, "cliffShare"),
                entry("ReviewSettings.withStep", () -> ReviewSettings.DEFAULT.withStep("deals", "x"), "deals", "step"));
    }

    private static Arguments entry(String name, Executable call, @Nullable String indicatorId, String field) {
        return Arguments.of(name, call, indicatorId, field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void aFieldIsNamedAsAFieldAndOnlyAnIndicatorAsAnIndicator(String name, Executable call, @Nullable String indicatorId,
            String field) {
        KpiInputException e = assertThrows(KpiInputException.class, call);
        assertEquals(Reason.NOT_A_NUMBER, e.reason(), e::getMessage);
        assertEquals(indicatorId, e.indicatorId(), e::getMessage);
        assertEquals(field, e.field(), e::getMessage);
        assertEquals("x", e.value(), e::getMessage);
    }
}
