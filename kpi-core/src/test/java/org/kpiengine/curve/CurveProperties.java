package org.kpiengine.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.internal.Decimals;

/** Properties every curve has, in both directions, with facts around the thresholds. */
class CurveProperties {

    @Test
    void indexIsNeverNegativeNorAboveTheCurvesCapAndHasThePrecisionsScale() {
        qt().withExamples(3000).forAll(CurveGenerators.scored(), CurveGenerators.precisions()).checkAssert((s, precision) -> {
            CurveGenerators.Case c = s.scored();
            if (c.cannotScore(s.fact())) {
                KpiInputException e = assertThrows(KpiInputException.class, () -> c.index(s.fact(), precision));
                assertEquals(KpiInputException.Reason.UNSCORABLE_FACT, e.reason());
                return;
            }
            BigDecimal index = c.index(s.fact(), precision);
            assertTrue(index.signum() >= 0, () -> "negative index " + index);
            assertEquals(precision.indexScale(), index.scale(), "scale");
            BigDecimal max = c.curve().maxIndex(c.indicator(), c.thresholds(), precision);
            if (max != null) {
                assertTrue(index.compareTo(max) <= 0, () -> "index " + index + " above the cap " + max);
            }
        });
    }

    @Test
    void indexNeverFallsAsTheFactImprovesInEitherDirection() {
        qt().withExamples(3000).forAll(CurveGenerators.factPairs(), CurveGenerators.precisions()).checkAssert((p, precision) -> {
            CurveGenerators.Case c = p.scored();
            if (c.cannotScore(p.lower()) || c.cannotScore(p.higher())) {
                return;
            }
            BigDecimal atLower = c.index(p.lower(), precision);
            BigDecimal atHigher = c.index(p.higher(), precision);
            if (c.indicator().isHigherBetter()) {
                assertTrue(atLower.compareTo(atHigher) <= 0,
                        () -> "higher is better, but fact " + p.lower() + " → " + atLower + " and " + p.higher() + " → " + atHigher);
            } else {
                assertTrue(atLower.compareTo(atHigher) >= 0,
                        () -> "lower is better, but fact " + p.lower() + " → " + atLower + " and " + p.higher() + " → " + atHigher);
            }
        });
    }

    @Test
    void thresholdsScoreExactlyAtTheirEdges() {
        qt().withExamples(1500).forAll(CurveGenerators.cases()).checkAssert(c -> {
            Thresholds t = c.thresholds();
            BigDecimal max = c.curve().maxIndex(c.indicator(), t, Precision.DEFAULT);
            BigDecimal atPlan = c.index(t.plan(), Precision.DEFAULT);
            boolean basePlanCurve = c.curve() instanceof LinearCurve || c.curve() instanceof TwoSlopeCurve;
            if (basePlanCurve || c.curve() instanceof RatioCurve) {
                BigDecimal expected = max == null ? Decimals.HUNDRED : max.min(Decimals.HUNDRED);
                assertEquals(0, atPlan.compareTo(expected), () -> "at plan " + atPlan);
            }
            if (basePlanCurve && t.base() != null) {
                assertEquals(0, c.index(t.base(), Precision.DEFAULT).signum(), "at base");
            }
            if (c.curve() instanceof TwoSlopeCurve) {
                assertEquals(max, c.index(t.target(), Precision.DEFAULT), "two-slope at target");
            }
            if (c.curve() instanceof LinearCurve && t.target() != null) {
                assertEquals(max, c.index(t.target(), Precision.DEFAULT), "linear at target");
            }
        });
    }

    @Test
    void capAndFloorBeforeRoundingEqualsClampingTheRoundedValue() {
        // docs/reference/scoring.md, Rounding: caps and floors apply to the exact value, then the rounding. Check against
        // an independent computation for the ratio curve: ROUND(MIN(cap; MAX(0; fact × 100 / plan)); scale), where
        // the cap is the lower of the curve's cap and the target's ratio, and a fact at or below base scores 0.
        qt().withExamples(2000).forAll(CurveGenerators.scored(), CurveGenerators.precisions()).checkAssert((s, precision) -> {
            CurveGenerators.Case c = s.scored();
            if (!(c.curve() instanceof RatioCurve) || !c.indicator().isHigherBetter()) {
                return;
            }
            Thresholds t = c.thresholds();
            BigDecimal cap = ((RatioCurve) c.curve()).cap();
            BigDecimal exact = s.fact().multiply(Decimals.HUNDRED).divide(t.plan(), 40, java.math.RoundingMode.HALF_EVEN);
            BigDecimal clamped = t.base() != null && s.fact().compareTo(t.base()) <= 0 ? BigDecimal.ZERO : exact.max(BigDecimal.ZERO);
            if (cap != null) {
                clamped = clamped.min(cap);
            }
            if (t.target() != null) {
                // the target's ratio is itself rounded like an index, then caps
                BigDecimal targetCap = precision.roundIndex(
                        t.target().multiply(Decimals.HUNDRED).divide(t.plan(), 40, java.math.RoundingMode.HALF_EVEN));
                assertEquals(precision.roundIndex(clamped).min(targetCap), c.index(s.fact(), precision));
                return;
            }
            assertEquals(precision.roundIndex(clamped), c.index(s.fact(), precision));
        });
    }
}
