package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.CurveGenerators;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.internal.Decimals;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every invalid input of the list in the foundation issue throws {@link KpiInputException} with the
 * documented reason, a message that names the indicator and the value, and nothing else.
 */
class KpiInputProperties {

    /** One generated piece of bad input and what it must be rejected with. */
    record Fault(Reason reason, @Nullable String indicatorId, @Nullable String value, String what, Executable action) {
        @Override
        public String toString() {
            return reason + " (" + what + ")";
        }
    }

    /** How a scorecard is made: the three ways the API offers. */
    enum Making { OF, OF_TOTALLING, BUILDER }

    private static Scorecard make(Making making, int declaredTotal, List<ScorecardLine> lines) {
        switch (making) {
            case OF:
                return declaredTotal == 1 ? Scorecard.of(lines) : Scorecard.ofWeightsTotalling(declaredTotal, lines);
            case OF_TOTALLING:
                return Scorecard.ofWeightsTotalling(declaredTotal, lines);
            case BUILDER:
                Scorecard.Builder builder = Scorecard.builder().weightsTotalling(declaredTotal);
                lines.forEach(builder::add);
                return builder.build();
        }
        throw new AssertionError(making);
    }

    private static final Indicator UP = Indicator.higherIsBetter("revenue", Unit.MONEY);
    private static final Indicator DOWN = Indicator.lowerIsBetter("receivables", Unit.MONEY);

    private static Gen<BigDecimal> positive() {
        return Generate.pick(List.of(1L, 10_000L)).mix(Generate.longRange(1, 1_000_000_000L), 70).map(CurveGenerators::decimal);
    }

    private static Gen<BigDecimal> notPositive() {
        return Generate.pick(List.of(0L, -1L)).mix(Generate.longRange(-1_000_000_000L, 0), 60).map(CurveGenerators::decimal);
    }

    private static Gen<ScoringCurve> anyCurve() {
        return Generate.pick(List.of(RatioCurve.uncapped(), RatioCurve.cappedAt("150"), LinearCurve.basePlan(),
                LinearCurve.cappedAt("200")));
    }

    /** Thresholds out of order for their direction: base on the wrong side of plan, or target not beyond plan. */
    private static Gen<Fault> outOfOrder() {
        return Generate.booleans().zip(Generate.booleans(), positive(), positive(), Generate.pick(List.of(0L, 1L, 7L)),
                (higher, baseWrong, plan, gap, extra) -> {
                    Indicator indicator = higher ? UP : DOWN;
                    BigDecimal wrongSide = higher ? plan.add(gap) : plan.subtract(gap);
                    BigDecimal notBeyond = higher ? plan.subtract(CurveGenerators.decimal(extra))
                            : plan.add(CurveGenerators.decimal(extra));
                    BigDecimal rightBase = higher ? plan.subtract(gap) : plan.add(gap);
                    Thresholds t = baseWrong ? new Thresholds(wrongSide, plan, null) : new Thresholds(rightBase, plan, notBeyond);
                    BigDecimal offending = baseWrong ? wrongSide : notBeyond;
                    return new Fault(Reason.THRESHOLDS_OUT_OF_ORDER, indicator.id(), Decimals.text(Decimals.normalise(offending)),
                            t.toString(), () -> new ScorecardLine(indicator, Weight.of("1"), t, LinearCurve.basePlan()));
                });
    }

    private static Gen<Fault> planEqualsBase() {
        return Generate.booleans().zip(positive().mix(notPositive()), anyCurve(), (higher, plan, curve) -> {
            Indicator indicator = higher ? UP : DOWN;
            Thresholds t = new Thresholds(plan, plan, null);
            return new Fault(Reason.PLAN_EQUALS_BASE, indicator.id(), Decimals.text(Decimals.normalise(plan)), t.toString(),
                    () -> new ScorecardLine(indicator, Weight.of("1"), t, curve));
        });
    }

    private static Gen<Fault> ratioPlanNotPositive() {
        return Generate.booleans().zip(notPositive(), Generate.booleans(), (higher, plan, capped) -> {
            Indicator indicator = higher ? UP : DOWN;
            Thresholds t = Thresholds.plan(plan);
            RatioCurve curve = capped ? RatioCurve.cappedAt("150") : RatioCurve.uncapped();
            return new Fault(Reason.PLAN_NOT_POSITIVE, indicator.id(), Decimals.text(Decimals.normalise(plan)), t + " " + curve,
                    () -> new ScorecardLine(indicator, Weight.of("1"), t, curve));
        });
    }

    private static List<ScorecardLine> lines(List<BigDecimal> weights) {
        List<ScorecardLine> lines = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            lines.add(new ScorecardLine(Indicator.higherIsBetter("kpi" + i, Unit.COUNT), Weight.of(weights.get(i)),
                    Thresholds.plan("100"), RatioCurve.uncapped()));
        }
        return lines;
    }

    /** Weights that miss the declared total (1, 10 or 100) by a generated, non-zero amount. */
    private static Gen<Fault> weightsTotal() {
        return Generate.pick(List.of(1, 10, 100)).zip(integers().between(1, 7), Generate.longRange(-9_999, 9_999).assuming(d -> d != 0),
                Generate.enumValues(Making.class), (total, count, missUnits, making) -> {
                    BigDecimal declared = BigDecimal.valueOf(total);
                    BigDecimal miss = BigDecimal.valueOf(missUnits, 4).multiply(declared);
                    List<BigDecimal> weights = new ArrayList<>();
                    BigDecimal share = declared.divide(BigDecimal.valueOf(count), 4, java.math.RoundingMode.DOWN);
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int i = 0; i < count - 1; i++) {
                        weights.add(share);
                        sum = sum.add(share);
                    }
                    BigDecimal last = declared.subtract(sum).add(miss);
                    if (last.signum() < 0) {
                        last = BigDecimal.ZERO;
                    }
                    weights.add(last);
                    BigDecimal actual = sum.add(last);
                    String value = Decimals.text(Decimals.normalise(actual));
                    List<ScorecardLine> lines = lines(weights);
                    return new Fault(Reason.WEIGHTS_TOTAL, null, value, making + " total " + total + " weights " + weights,
                            () -> make(making, total, lines));
                });
    }

    private static Gen<Fault> undeclarableTotal() {
        return integers().between(-1000, 1000).assuming(t -> t != 1 && t != 10 && t != 100).zip(Generate.enumValues(Making.class),
                (total, making) -> new Fault(Reason.WEIGHTS_TOTAL, null, Integer.toString(total), "declared " + total,
                        () -> make(making == Making.OF ? Making.OF_TOTALLING : making, total, lines(List.of(BigDecimal.ONE)))));
    }

    private static Gen<Fault> negativeWeight() {
        return Generate.longRange(-1_000_000L, -1L).zip(Generate.booleans(), (units, text) -> {
            BigDecimal weight = CurveGenerators.decimal(units);
            String value = Decimals.text(Decimals.normalise(weight));
            Executable action = text
                    ? () -> Scorecard.builder().add(UP, weight.toPlainString(), Thresholds.plan("100"), RatioCurve.uncapped())
                    : () -> Scorecard.builder().add(UP, weight, Thresholds.plan("100"), RatioCurve.uncapped());
            return new Fault(Reason.NEGATIVE_WEIGHT, UP.id(), value, "weight " + weight, action);
        });
    }

    private static Gen<Fault> duplicateId() {
        return integers().between(2, 7).zip(integers().between(0, 6), Generate.enumValues(Making.class), Generate.pick(List.of(1, 10, 100)),
                (count, at, making, total) -> {
                    List<BigDecimal> weights = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        weights.add(i == 0 ? BigDecimal.valueOf(total) : BigDecimal.ZERO);
                    }
                    List<ScorecardLine> lines = lines(weights);
                    int copy = at % count;
                    lines.add(lines.get(copy).withWeight(Weight.of(BigDecimal.ZERO)));
                    String id = "kpi" + copy;
                    return new Fault(Reason.DUPLICATE_INDICATOR, id, id, making + " " + count + " lines, repeating " + id,
                            () -> make(making, total, lines));
                });
    }

    private static Gen<Fault> missingFact() {
        return integers().between(1, 7).zip(integers().between(0, 6), (count, at) -> {
            List<BigDecimal> weights = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                weights.add(i == 0 ? BigDecimal.ONE : BigDecimal.ZERO);
            }
            Scorecard scorecard = Scorecard.of(lines(weights));
            int missing = at % count;
            Facts.Builder facts = Facts.builder();
            for (int i = 0; i < count; i++) {
                if (i != missing) {
                    facts.put("kpi" + i, 100);
                }
            }
            Facts built = facts.build();
            return new Fault(Reason.MISSING_FACT, "kpi" + missing, null, count + " lines, no fact for kpi" + missing,
                    () -> scorecard.evaluate(built));
        });
    }

    private static Gen<Fault> unknownFact() {
        return integers().between(1, 7).zip(Generate.pick(List.of("revenue", "kpi99", "KPI0", "kpi0.")), (count, extra) -> {
            List<BigDecimal> weights = new ArrayList<>();
            Facts.Builder facts = Facts.builder();
            for (int i = 0; i < count; i++) {
                weights.add(i == 0 ? BigDecimal.ONE : BigDecimal.ZERO);
                facts.put("kpi" + i, 50);
            }
            Scorecard scorecard = Scorecard.of(lines(weights));
            Facts built = facts.put(extra, 1).build();
            return new Fault(Reason.UNKNOWN_INDICATOR, extra, extra, count + " lines, a fact for " + extra,
                    () -> scorecard.evaluate(built));
        });
    }

    private static Gen<Fault> notANumber() {
        return Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)).zip(
                Generate.pick(List.of("calls", "revenue", "csat")),
                (value, id) -> new Fault(Reason.NOT_A_NUMBER, id, Double.toString(value), id + " = " + value,
                        () -> Facts.builder().put(id, value)));
    }

    private static Gen<Fault> emptyScorecard() {
        return Generate.enumValues(Making.class).zip(Generate.pick(List.of(1, 10, 100)),
                (making, total) -> new Fault(Reason.EMPTY_SCORECARD, null, "0", making + " total " + total,
                        () -> make(making, total, List.of())));
    }

    private static Gen<Fault> twoSlopeWithoutTarget() {
        return Generate.booleans().zip(positive(), (higher, plan) -> {
            Indicator indicator = higher ? UP : DOWN;
            Thresholds t = new Thresholds(higher ? BigDecimal.ZERO : plan.add(BigDecimal.ONE), plan, null);
            return new Fault(Reason.MISSING_THRESHOLD, indicator.id(), null, t.toString(),
                    () -> new ScorecardLine(indicator, Weight.of("1"), t, TwoSlopeCurve.upTo("150")));
        });
    }

    private static Gen<Fault> faults() {
        return Generate.oneOf(outOfOrder(), planEqualsBase(), ratioPlanNotPositive(), weightsTotal(), undeclarableTotal(),
                negativeWeight(), duplicateId(), missingFact(), unknownFact(), notANumber(), emptyScorecard(),
                twoSlopeWithoutTarget());
    }

    private static void assertRejectedAsDocumented(Fault fault) {
        Throwable thrown = null;
        try {
            fault.action().execute();
        } catch (Throwable t) {
            thrown = t;
        }
        if (thrown == null) {
            fail("nothing thrown for " + fault);
        }
        if (!(thrown instanceof KpiInputException)) {
            throw new AssertionError("expected KpiInputException for " + fault + " but got " + thrown, thrown);
        }
        KpiInputException e = (KpiInputException) thrown;
        assertEquals(KpiInputException.class, e.getClass());
        assertEquals(fault.reason(), e.reason(), e.getMessage());
        assertEquals(fault.indicatorId(), e.indicatorId(), e.getMessage());
        assertEquals(fault.value(), e.value(), e.getMessage());
        if (fault.indicatorId() != null) {
            assertTrue(e.getMessage().contains("'" + fault.indicatorId() + "'"), e.getMessage());
        }
        if (fault.value() != null) {
            assertTrue(e.getMessage().contains(fault.value()), e.getMessage());
        }
    }

    @Test
    void everyInvalidInputThrowsTheDocumentedExceptionAndNothingElse() {
        qt().withExamples(3000).forAll(faults()).checkAssert(KpiInputProperties::assertRejectedAsDocumented);
    }

    @Test
    void everyKindOfFaultIsGenerated() {
        java.util.Set<Reason> seen = java.util.EnumSet.noneOf(Reason.class);
        qt().withExamples(2000).forAll(faults()).checkAssert(f -> seen.add(f.reason()));
        assertEquals(java.util.EnumSet.of(Reason.THRESHOLDS_OUT_OF_ORDER, Reason.PLAN_EQUALS_BASE, Reason.PLAN_NOT_POSITIVE,
                Reason.WEIGHTS_TOTAL, Reason.NEGATIVE_WEIGHT, Reason.DUPLICATE_INDICATOR, Reason.MISSING_FACT,
                Reason.UNKNOWN_INDICATOR, Reason.NOT_A_NUMBER, Reason.EMPTY_SCORECARD, Reason.MISSING_THRESHOLD), seen);
    }
}
