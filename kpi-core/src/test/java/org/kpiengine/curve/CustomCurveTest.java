package org.kpiengine.curve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.KpiAssertions.assertDecimal;
import static org.kpiengine.KpiAssertions.assertRejected;

import java.math.BigDecimal;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.internal.Decimals;

class CustomCurveTest {

    private static final Indicator CALLS = Indicator.higherIsBetter("calls", Unit.COUNT);

    /**
     * An integrator's own curve: a square root of attainment (diminishing returns), capped at 150,
     * that needs a positive plan.
     */
    static final class SquareRootCurve implements CustomCurve {
        @Override
        public BigDecimal score(Indicator indicator, Thresholds thresholds, BigDecimal fact) {
            if (fact.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            return fact.divide(thresholds.plan(), MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64)
                    .multiply(Decimals.HUNDRED);
        }

        @Override
        public void validate(Indicator indicator, Thresholds thresholds) {
            if (thresholds.plan().signum() <= 0) {
                throw new KpiInputException(Reason.PLAN_NOT_POSITIVE, indicator.id(), Decimals.text(thresholds.plan()),
                        "plan " + Decimals.text(thresholds.plan()) + " of indicator '" + indicator.id()
                                + "' must be positive for a square-root curve");
            }
        }

        @Override
        public BigDecimal maxIndex(Indicator indicator, Thresholds thresholds, Precision precision) {
            return new BigDecimal("150");
        }

        @Override
        public String describe() {
            return "square root of attainment, cap 150";
        }
    }

    private static BigDecimal index(CustomCurve curve, String plan, String fact) {
        return curve.index(CALLS, Thresholds.plan(plan), new BigDecimal(fact), Precision.DEFAULT);
    }

    @ParameterizedTest
    @CsvSource({
        "100, 25, 50.0000",
        "100, 100, 100.0000",
        "100, 121, 110.0000",
        "3, 2, 81.6497",
        "100, 224.9999, 150.0000",
        "100, 224.99, 149.9967",
        "100, 225, 150.0000",
        "100, 400, 150.0000",
        "100, 0, 0.0000",
        "100, -4, 0.0000",
    })
    void theLibraryFloorsCapsAndRoundsACustomScore(String plan, String fact, String expected) {
        assertDecimal(expected, index(new SquareRootCurve(), plan, fact));
    }

    @Test
    void customValidationRunsThroughTheLibrary() {
        assertRejected(Reason.PLAN_NOT_POSITIVE, "calls", "0", () -> index(new SquareRootCurve(), "0", "5"));
        // Thresholds out of order are still the library's concern.
        assertRejected(Reason.THRESHOLDS_OUT_OF_ORDER, "calls", "200",
                () -> new SquareRootCurve().index(CALLS, Thresholds.of("200", "100", null), BigDecimal.TEN, Precision.DEFAULT));
    }

    @Test
    void aLambdaIsACurveWithDefaults() {
        CustomCurve doubled = (indicator, thresholds, fact) -> fact.multiply(BigDecimal.valueOf(2));
        assertNull(doubled.maxIndex(CALLS, Thresholds.plan("1"), Precision.DEFAULT));
        assertDecimal("246.9136", index(doubled, "1", "123.45678"));
        assertDecimal("0.0000", index(doubled, "1", "-3"));
        assertEquals("custom curve", doubled.describe(), "a lambda's hidden class name must not reach explanations");
    }

    /** A named implementation without its own description. */
    static final class Tripled implements CustomCurve {
        @Override
        public BigDecimal score(Indicator indicator, Thresholds thresholds, BigDecimal fact) {
            return fact.multiply(BigDecimal.valueOf(3));
        }
    }

    @Test
    void aNamedClassIsDescribedByItsName() {
        assertEquals("custom Tripled", new Tripled().describe());
    }

    @Test
    void aNullScoreIsAnError() {
        CustomCurve broken = new CustomCurve() {
            @Override
            public @Nullable BigDecimal score(Indicator indicator, Thresholds thresholds, BigDecimal fact) {
                return null;
            }

            @Override
            public String describe() {
                return "broken";
            }
        };
        String message = assertRejected(Reason.UNSCORABLE_FACT, "calls", "7", () -> index(broken, "10", "7")).getMessage();
        assertEquals("custom curve broken gave no index for fact 7 of indicator 'calls'", message);
    }

    @Test
    void aScorecardScoresACustomLineLikeAnyOther() {
        org.kpiengine.scorecard.Scorecard scorecard = org.kpiengine.scorecard.Scorecard.builder()
                .add(CALLS, "0.5", Thresholds.plan("100"), new SquareRootCurve())
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.5", Thresholds.plan("50"), RatioCurve.uncapped())
                .build();
        org.kpiengine.scorecard.Evaluation evaluation = scorecard.evaluate(
                org.kpiengine.scorecard.Facts.builder().put("calls", 121).put("deals", 45).build());
        // sqrt(121 / 100) × 100 = 110; 45 / 50 = 90; 0.5 × 110 + 0.5 × 90 = 100.
        assertDecimal("110.0000", evaluation.index("calls").index());
        assertDecimal("100.0000", evaluation.rating());
        assertEquals("square root of attainment, cap 150", evaluation.index("calls").curve().describe());
        assertRejected(Reason.PLAN_NOT_POSITIVE, "calls", "0",
                () -> scorecard.withThresholds("calls", Thresholds.plan("0")));
    }

    @Test
    void describeIsTheIntegrators() {
        assertEquals("square root of attainment, cap 150", new SquareRootCurve().describe());
        assertDecimal("150.0000", new SquareRootCurve().index(CALLS, Thresholds.plan("1"), new BigDecimal("9"), Precision.DEFAULT));
    }
}
