package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.derived.InsufficientData;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of {@link InsufficientDataRule#EXCLUDE_AND_RENORMALISE}. */
class InsufficientDataRuleProperties {

    private static final InsufficientData FEW = new InsufficientData("conversion", "contacts", 1, 500);

    /**
     * A scorecard of n equal weights (n such that 1/n is an exact decimal), each indicator scored
     * by the ratio curve on a plan of 100, so that its index is its fact; and a fact per indicator,
     * null where it is insufficient data.
     */
    private static Gen<List<BigDecimal>> facts() {
        Gen<BigDecimal> fact = longs().between(0, 30_000_000L).map(units -> BigDecimal.valueOf(units, 4))
                .mix(longs().between(0, 300).map(whole -> BigDecimal.valueOf(whole)), 20);
        return Generate.pick(List.of(1, 2, 4, 5, 8, 10)).flatMap(n -> lists().of(fact).ofSize(n));
    }

    private static Scorecard equalWeights(int n) {
        Scorecard.Builder builder = Scorecard.builder();
        BigDecimal weight = BigDecimal.ONE.divide(BigDecimal.valueOf(n));
        for (int i = 0; i < n; i++) {
            builder.add(Indicator.higherIsBetter("k" + i, Unit.COUNT), weight, Thresholds.plan("100"), RatioCurve.uncapped());
        }
        return builder.build();
    }

    @Test
    void withEqualWeightsTheRatingIsTheMeanOfTheRemainingIndices() {
        qt().withExamples(500).forAll(facts(), longs().all(), integers().between(0, 8)).checkAssert((values, mask, scale) -> {
            int n = values.size();
            long excludedMask = n == 1 ? 0 : mask & ((1L << n) - 1);
            if (Long.bitCount(excludedMask) == n) {
                excludedMask &= ~1L; // keep at least one indicator
            }
            Precision precision = Precision.DEFAULT.withIndexScale(scale);
            Facts.Builder facts = Facts.builder();
            BigDecimal sum = BigDecimal.ZERO;
            List<String> excluded = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((excludedMask & (1L << i)) != 0) {
                    facts.putInsufficient("k" + i, FEW);
                    excluded.add("k" + i);
                } else {
                    facts.put("k" + i, values.get(i));
                    sum = sum.add(precision.roundIndex(values.get(i)));
                }
            }
            Evaluation evaluation = equalWeights(n).evaluate(facts.build(), precision,
                    InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
            int remaining = n - excluded.size();
            assertEquals(precision.divideIndex(sum, BigDecimal.valueOf(remaining)), evaluation.rating());
            assertEquals(excluded, evaluation.excludedIds());
            assertEquals(remaining, evaluation.indices().size());
        });
    }

    @Test
    void withNothingExcludedTheRuleChangesNothing() {
        qt().withExamples(300).forAll(facts()).checkAssert(values -> {
            Facts.Builder facts = Facts.builder();
            for (int i = 0; i < values.size(); i++) {
                facts.put("k" + i, values.get(i));
            }
            Scorecard scorecard = equalWeights(values.size());
            assertEquals(scorecard.evaluate(facts.build()),
                    scorecard.evaluate(facts.build(), Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE));
        });
    }
}
