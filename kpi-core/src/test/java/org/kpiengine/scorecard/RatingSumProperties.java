package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.kpiengine.curve.CustomCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;

/**
 * The rating is the exact sum of the contributions rounded once, whether the sum fits a long or
 * not: indices as large as a curve may give, at up to 12 places, over five lines.
 */
class RatingSumProperties {

    /** A curve whose index is the fact itself: any size the library accepts. */
    private static final CustomCurve FACT_AS_INDEX = (indicator, thresholds, fact) -> fact;

    private static final RoundingMode[] MODES = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
        RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};

    @Test
    void theRatingIsTheRoundedExactSumWhateverItsSize() {
        qt().withExamples(2_000).forAll(longs().all(), integers().between(0, 12)).checkAssert((seed, indexScale) -> {
            Random random = new Random(seed);
            String[] weights = random.nextBoolean() ? new String[] {"0.2", "0.2", "0.2", "0.2", "0.2"}
                    : new String[] {"0.35", "0.25", "0.125", "0.125", "0.15"};
            List<ScorecardLine> lines = new ArrayList<>();
            Facts.Builder facts = Facts.builder();
            for (int k = 0; k < weights.length; k++) {
                Indicator indicator = Indicator.higherIsBetter("kpi" + k, Unit.MONEY);
                lines.add(new ScorecardLine(indicator, Weight.of(weights[k]), Thresholds.plan("100"), FACT_AS_INDEX));
                // up to 10^(2..8) with up to 14 places: sums from everyday sizes to beyond a long at scale 12
                long unscaled = random.nextLong() % (long) Math.pow(10, 2 + random.nextInt(7) + random.nextInt(15));
                facts.put("kpi" + k, BigDecimal.valueOf(Math.abs(unscaled), random.nextInt(15)));
            }
            Precision precision = new Precision(indexScale, MODES[random.nextInt(MODES.length)], RoundingMode.HALF_UP);
            Evaluation evaluation = Scorecard.of(lines).evaluate(facts.build(), precision);
            BigDecimal sum = BigDecimal.ZERO;
            for (KpiIndex index : evaluation.indices()) {
                assertEquals(index.weight().value().multiply(index.index()), index.contribution());
                sum = sum.add(index.contribution());
            }
            BigDecimal expected = sum.setScale(indexScale, precision.indexRounding());
            assertEquals(expected, evaluation.rating(), sum::toPlainString);
        });
    }
}
