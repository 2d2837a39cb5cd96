package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.kpiengine.curve.CurveGenerators;
import org.kpiengine.curve.Thresholds;

/** Properties of the weighted rating over generated scorecards of all five curves. */
class ScorecardProperties {

    @Test
    void ratingLiesBetweenTheSmallestAndLargestIndex() {
        qt().withExamples(1000).forAll(ScorecardGenerators.samples(), CurveGenerators.precisions()).checkAssert((sample, precision) -> {
            if (!sample.scorable()) {
                return;
            }
            Evaluation evaluation = Scorecard.of(sample.lines()).evaluate(sample.facts(), precision);
            BigDecimal min = evaluation.indices().stream().map(KpiIndex::index).min(BigDecimal::compareTo).orElseThrow();
            BigDecimal max = evaluation.indices().stream().map(KpiIndex::index).max(BigDecimal::compareTo).orElseThrow();
            BigDecimal rating = evaluation.rating();
            assertTrue(rating.compareTo(min) >= 0 && rating.compareTo(max) <= 0,
                    () -> "rating " + rating + " outside [" + min + ", " + max + "]");
            assertEquals(precision.indexScale(), rating.scale());
        });
    }

    @Test
    void ratingIsTheRoundedExactSumOfWeightTimesRoundedIndex() {
        qt().withExamples(500).forAll(ScorecardGenerators.samples(), CurveGenerators.precisions()).checkAssert((sample, precision) -> {
            if (!sample.scorable()) {
                return;
            }
            Evaluation evaluation = Scorecard.of(sample.lines()).evaluate(sample.facts(), precision);
            BigDecimal sum = BigDecimal.ZERO;
            for (KpiIndex index : evaluation.indices()) {
                assertEquals(precision.indexScale(), index.index().scale());
                sum = sum.add(index.weight().value().multiply(index.index()));
            }
            assertEquals(precision.roundIndex(sum), evaluation.rating());
        });
    }

    @Test
    void weightsScaledBy100Or10ThroughTheExplicitConstructorChangeNothing() {
        qt().withExamples(500).forAll(ScorecardGenerators.samples()).checkAssert(sample -> {
            if (!sample.scorable()) {
                return;
            }
            Scorecard unit = Scorecard.of(sample.lines());
            Scorecard percent = Scorecard.ofWeightsTotalling(100, sample.linesScaledBy(100));
            Scorecard.Builder builder = Scorecard.builder().weightsTotalling(10);
            sample.linesScaledBy(10).forEach(builder::add);
            Scorecard tenths = builder.build();
            assertEquals(unit, percent);
            assertEquals(unit, tenths);
            Evaluation expected = unit.evaluate(sample.facts());
            for (Scorecard scaled : List.of(percent, tenths)) {
                Evaluation actual = scaled.evaluate(sample.facts());
                assertEquals(0, expected.rating().compareTo(actual.rating()));
                assertEquals(expected.rating().scale(), actual.rating().scale());
                assertEquals(expected.indices(), actual.indices());
                assertEquals(expected.warnings(), actual.warnings());
            }
        });
    }

    @Test
    void theOrderOfIndicatorsAndFactsChangesNothing() {
        qt().withExamples(500).forAll(ScorecardGenerators.samples(), longs().all()).checkAssert((sample, shuffleSeed) -> {
            if (!sample.scorable()) {
                return;
            }
            Random random = new Random(shuffleSeed);
            List<ScorecardLine> lines = new ArrayList<>(sample.lines());
            Collections.shuffle(lines, random);
            List<String> factOrder = new ArrayList<>(sample.facts().ids());
            Collections.shuffle(factOrder, random);
            Facts.Builder shuffledFacts = Facts.builder();
            factOrder.forEach(id -> shuffledFacts.put(id, sample.facts().get(id)));

            Evaluation expected = Scorecard.of(sample.lines()).evaluate(sample.facts());
            Evaluation actual = Scorecard.of(lines).evaluate(shuffledFacts.build());
            assertEquals(expected.rating(), actual.rating());
            for (KpiIndex index : expected.indices()) {
                assertEquals(index, actual.index(index.id()));
            }
            assertEquals(Scorecard.of(sample.lines()).warnings().size(), Scorecard.of(lines).warnings().size());
        });
    }

    @Test
    void evaluationIsTheSameAsScoringEachLineAlone() {
        qt().withExamples(300).forAll(ScorecardGenerators.samples()).checkAssert(sample -> {
            if (!sample.scorable()) {
                return;
            }
            Evaluation evaluation = Scorecard.of(sample.lines()).evaluate(sample.facts());
            for (ScorecardGenerators.Row row : sample.rows()) {
                assertEquals(row.scored().index(row.fact(), Precision.DEFAULT),
                        evaluation.index(row.scored().indicator().id()).index());
            }
        });
    }

    @Test
    void eachIndexIsWhatTheLinesOwnCurveGivesWhateverTheOrderOfTheFacts() {
        // The scorecard scores a line by its curve's formula made once, and reads a fact by position
        // when the facts come in the scorecard's order: neither may change an index or its scale.
        qt().withExamples(500).forAll(ScorecardGenerators.samples(), CurveGenerators.precisions(), longs().all())
                .checkAssert((sample, precision, shuffleSeed) -> {
                    if (!sample.scorable()) {
                        return;
                    }
                    List<String> factOrder = new ArrayList<>(sample.facts().ids());
                    Collections.shuffle(factOrder, new Random(shuffleSeed));
                    Facts.Builder shuffled = Facts.builder();
                    factOrder.forEach(id -> shuffled.put(id, sample.facts().get(id)));
                    Scorecard scorecard = Scorecard.of(sample.lines());
                    for (Facts facts : List.of(sample.facts(), shuffled.build())) {
                        Evaluation evaluation = scorecard.evaluate(facts, precision);
                        for (ScorecardLine line : scorecard.lines()) {
                            BigDecimal fact = facts.get(line.id());
                            BigDecimal expected = line.curve().index(line.indicator(), line.thresholds(), fact, precision);
                            KpiIndex index = evaluation.index(line.id());
                            assertEquals(fact, index.fact());
                            assertEquals(expected, index.index());
                            assertEquals(line.weight().value().multiply(expected), index.contribution());
                        }
                    }
                });
    }

    @Test
    void aScorecardGivenOtherThresholdsEvaluatesAsOneBuiltFromItsLines() {
        // withThresholds shares the template's formulas, weights and checks with the copy: the copy
        // must score with its own thresholds exactly as a scorecard made from the same lines does.
        qt().withExamples(500).forAll(ScorecardGenerators.samples(), CurveGenerators.precisions()).checkAssert((sample, precision) -> {
            if (!sample.scorable()) {
                return;
            }
            List<ScorecardLine> lines = sample.lines();
            List<ScorecardLine> doubled = new ArrayList<>();
            Map<String, Thresholds> own = new LinkedHashMap<>();
            for (ScorecardLine line : lines) {
                doubled.add(line.withThresholds(doubled(line.thresholds())));
                own.put(line.id(), line.thresholds());
            }
            Scorecard template = Scorecard.of(doubled);
            Scorecard copy = template.withThresholds(own);
            Scorecard direct = Scorecard.of(lines);
            assertEquals(direct, copy);
            assertEquals(direct.warnings(), copy.warnings());
            Evaluation expected = direct.evaluate(sample.facts(), precision);
            Evaluation actual = copy.evaluate(sample.facts(), precision);
            assertEquals(expected.rating(), actual.rating());
            assertEquals(expected.indices(), actual.indices());
            assertEquals(expected.warnings(), actual.warnings());
        });
    }

    /** The same thresholds twice as large: still in order, a positive plan still positive. */
    private static Thresholds doubled(Thresholds t) {
        BigDecimal two = BigDecimal.valueOf(2);
        return new Thresholds(t.base() == null ? null : t.base().multiply(two), t.plan().multiply(two),
                t.target() == null ? null : t.target().multiply(two));
    }
}
