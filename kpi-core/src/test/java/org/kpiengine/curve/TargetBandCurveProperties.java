package org.kpiengine.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.internal.Decimals;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the target band: bounded by 0 and 100, symmetric around the plan, falling with the deviation. */
class TargetBandCurveProperties {

    private static final Indicator UP = Indicator.higherIsBetter("stock", Unit.COUNT);
    private static final Indicator DOWN = Indicator.lowerIsBetter("discount", Unit.PERCENT);

    /** A band side: tolerance and critical deviation at scale 4, tolerance 0 and width 0.0001 often. */
    private record Side(BigDecimal tolerance, BigDecimal critical) {
    }

    private static Gen<Side> sides() {
        Gen<Long> tolerances = Generate.pick(List.of(0L, 1L, 20_000L)).mix(Generate.longRange(0, 100_000_000L), 60);
        Gen<Long> widths = Generate.pick(List.of(1L, 50_000L)).mix(Generate.longRange(1, 100_000_000L), 60);
        return tolerances.zip(widths, (t, w) -> new Side(CurveGenerators.decimal(t), CurveGenerators.decimal(t + w)));
    }

    private static Gen<TargetBandCurve> curves() {
        return sides().zip(sides(), Generate.booleans(), (below, above, symmetric) -> symmetric
                ? TargetBandCurve.of(below.tolerance(), below.critical())
                : new TargetBandCurve(below.tolerance(), below.critical(), above.tolerance(), above.critical()));
    }

    private static Gen<BigDecimal> plans() {
        return Generate.pick(List.of(0L, 950_000L, -10_000L)).mix(Generate.longRange(-1_000_000_000L, 1_000_000_000L), 60)
                .map(CurveGenerators::decimal);
    }

    /** Deviations that land on a curve's tolerance or critical deviation (or a unit either side) often. */
    private static Gen<BigDecimal> deviations(TargetBandCurve curve) {
        List<BigDecimal> edges = List.of(curve.toleranceBelow(), curve.criticalBelow(), curve.toleranceAbove(),
                curve.criticalAbove(), BigDecimal.ZERO);
        Gen<BigDecimal> offsets = Generate.pick(List.of(BigDecimal.ZERO, new BigDecimal("0.0001"), new BigDecimal("-0.0001"),
                new BigDecimal("0.00005")));
        return Generate.pick(edges).zip(offsets, BigDecimal::add).map(d -> d.abs())
                .mix(Generate.longRange(0, 200_000_000L).map(CurveGenerators::decimal), 40);
    }

    private record Point(TargetBandCurve curve, BigDecimal plan, BigDecimal deviation, BigDecimal other) {
    }

    private static Gen<Point> points() {
        return curves().zip(plans(), (c, p) -> new Object[] {c, p}).flatMap(cp -> {
            TargetBandCurve c = (TargetBandCurve) cp[0];
            return deviations(c).zip(deviations(c), (d, e) -> new Point(c, (BigDecimal) cp[1], d, e));
        });
    }

    private static BigDecimal index(Indicator indicator, TargetBandCurve curve, BigDecimal plan, BigDecimal fact,
            Precision precision) {
        return curve.index(indicator, Thresholds.plan(plan), fact, precision);
    }

    @Test
    void indexLiesBetween0And100WithThePrecisionsScale() {
        qt().withExamples(3000).forAll(points(), CurveGenerators.precisions(), Generate.booleans())
                .checkAssert((p, precision, above) -> {
                    BigDecimal fact = above ? p.plan().add(p.deviation()) : p.plan().subtract(p.deviation());
                    BigDecimal index = index(UP, p.curve(), p.plan(), fact, precision);
                    assertEquals(precision.indexScale(), index.scale());
                    assertTrue(index.signum() >= 0 && index.compareTo(Decimals.HUNDRED) <= 0, () -> "index " + index);
                    assertEquals(index, index(DOWN, p.curve(), p.plan(), fact, precision), "the direction plays no part");
                });
    }

    @Test
    void aSymmetricBandScoresTheSameAboveAndBelowThePlan() {
        qt().withExamples(2000).forAll(points(), CurveGenerators.precisions()).checkAssert((p, precision) -> {
            TargetBandCurve symmetric = TargetBandCurve.of(p.curve().toleranceAbove(), p.curve().criticalAbove());
            assertEquals(index(UP, symmetric, p.plan(), p.plan().add(p.deviation()), precision),
                    index(UP, symmetric, p.plan(), p.plan().subtract(p.deviation()), precision));
        });
    }

    @Test
    void theIndexNeverRisesAsTheDeviationGrowsOnEitherSide() {
        qt().withExamples(3000).forAll(points(), CurveGenerators.precisions(), Generate.booleans())
                .checkAssert((p, precision, above) -> {
                    BigDecimal near = p.deviation().min(p.other());
                    BigDecimal far = p.deviation().max(p.other());
                    BigDecimal sign = above ? BigDecimal.ONE : BigDecimal.ONE.negate();
                    BigDecimal atNear = index(UP, p.curve(), p.plan(), p.plan().add(sign.multiply(near)), precision);
                    BigDecimal atFar = index(UP, p.curve(), p.plan(), p.plan().add(sign.multiply(far)), precision);
                    assertTrue(atNear.compareTo(atFar) >= 0, () -> "deviation " + near + " → " + atNear + " but " + far + " → " + atFar);
                });
    }

    @Test
    void eachSideReadsOnlyItsOwnBoundsAndTheEdgesScoreExactly() {
        qt().withExamples(2000).forAll(curves(), sides(), plans()).checkAssert((curve, other, plan) -> {
            Precision precision = Precision.DEFAULT;
            BigDecimal hundred = precision.roundIndex(Decimals.HUNDRED);
            BigDecimal below = plan.subtract(curve.criticalBelow().add(curve.toleranceBelow()).divide(BigDecimal.valueOf(2)));
            TargetBandCurve otherAbove = new TargetBandCurve(curve.toleranceBelow(), curve.criticalBelow(),
                    other.tolerance(), other.critical());
            assertEquals(index(UP, curve, plan, below, precision), index(UP, otherAbove, plan, below, precision));
            assertEquals(hundred, index(UP, curve, plan, plan.subtract(curve.toleranceBelow()), precision));
            assertEquals(hundred, index(UP, curve, plan, plan.add(curve.toleranceAbove()), precision));
            assertEquals(precision.zeroIndex(), index(UP, curve, plan, plan.subtract(curve.criticalBelow()), precision));
            assertEquals(precision.zeroIndex(), index(UP, curve, plan, plan.add(curve.criticalAbove()), precision));
            assertEquals(new BigDecimal("50.0000"), index(UP, curve, plan, below, precision), "half-way between t and c");
        });
    }

    @Test
    void aBandIsMadeExactlyWhenEachToleranceIsNotNegativeAndBelowItsCriticalDeviation() {
        Gen<BigDecimal> values = Generate.pick(List.of(0L, 1L, -1L)).mix(Generate.longRange(-1_000_000L, 1_000_000L), 70)
                .map(CurveGenerators::decimal);
        qt().withExamples(2000).forAll(values, values, values, values).checkAssert((tb, cb, ta, ca) -> {
            boolean symmetric = tb.compareTo(ta) == 0 && cb.compareTo(ca) == 0;
            String expectedField = null;
            BigDecimal expectedValue = null;
            if (tb.signum() < 0) {
                expectedField = symmetric ? "tolerance" : "toleranceBelow";
                expectedValue = tb;
            } else if (cb.compareTo(tb) <= 0) {
                expectedField = symmetric ? "criticalDeviation" : "criticalBelow";
                expectedValue = cb;
            } else if (ta.signum() < 0) {
                expectedField = "toleranceAbove";
                expectedValue = ta;
            } else if (ca.compareTo(ta) <= 0) {
                expectedField = "criticalAbove";
                expectedValue = ca;
            }
            if (expectedField == null) {
                TargetBandCurve curve = new TargetBandCurve(tb, cb, ta, ca);
                assertEquals(0, curve.criticalAbove().compareTo(ca));
                return;
            }
            KpiInputException e = assertThrows(KpiInputException.class, () -> new TargetBandCurve(tb, cb, ta, ca));
            assertEquals(KpiInputException.Reason.INVALID_CURVE, e.reason());
            assertEquals(expectedField, e.field());
            assertEquals(Decimals.text(Decimals.normalise(expectedValue)), e.value());
            String value = e.value();
            assertTrue(e.getMessage().contains(value), () -> "message names the value: " + e.getMessage());
        });
    }
}
