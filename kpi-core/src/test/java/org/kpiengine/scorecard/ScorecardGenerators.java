package org.kpiengine.scorecard;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kpiengine.curve.CurveGenerators;
import org.kpiengine.curve.CurveGenerators.Case;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of whole scorecards with their facts. */
final class ScorecardGenerators {

    private ScorecardGenerators() {
    }

    /** One line of a generated scorecard: the case, its weight in ten-thousandths, its fact. */
    record Row(Case scored, long weightUnits, BigDecimal fact) {

        BigDecimal weight() {
            return BigDecimal.valueOf(weightUnits, 4);
        }

        ScorecardLine line(BigDecimal weight) {
            return new ScorecardLine(scored.indicator(), Weight.of(weight), scored.thresholds(), scored.curve());
        }
    }

    /** A scorecard of 1 to 8 distinct indicators whose weights total exactly 1, and its facts. */
    record Sample(List<Row> rows) {

        List<ScorecardLine> lines() {
            List<ScorecardLine> lines = new ArrayList<>();
            rows.forEach(r -> lines.add(r.line(r.weight())));
            return lines;
        }

        /** The lines with every weight multiplied by a factor (10 or 100). */
        List<ScorecardLine> linesScaledBy(int factor) {
            List<ScorecardLine> lines = new ArrayList<>();
            rows.forEach(r -> lines.add(r.line(r.weight().multiply(BigDecimal.valueOf(factor)))));
            return lines;
        }

        Facts facts() {
            Facts.Builder builder = Facts.builder();
            rows.forEach(r -> builder.put(r.scored().indicator().id(), r.fact()));
            return builder.build();
        }

        boolean scorable() {
            return rows.stream().noneMatch(r -> r.scored().cannotScore(r.fact()));
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            rows.forEach(r -> text.append("\n  ").append(r.scored()).append(" weight ").append(r.weight())
                    .append(" fact ").append(r.fact().toPlainString()));
            return text.toString();
        }
    }

    private static Gen<Row> row() {
        return CurveGenerators.cases().flatMap(c -> CurveGenerators.factsNear(c.thresholds()).map(f -> new Row(c, 0, f)));
    }

    /** Weights in ten-thousandths totalling 10 000, from sorted cut points; zero weights included. */
    private static List<Long> weights(int count, List<Integer> cuts) {
        List<Integer> sorted = new ArrayList<>(cuts.subList(0, count - 1));
        Collections.sort(sorted);
        List<Long> weights = new ArrayList<>();
        int previous = 0;
        for (int cut : sorted) {
            weights.add((long) (cut - previous));
            previous = cut;
        }
        weights.add((long) (10_000 - previous));
        return weights;
    }

    static Gen<Sample> samples() {
        return lists().of(row()).ofSizeBetween(1, 8).zip(
                lists().of(integers().between(0, 10_000).mix(Generate.pick(List.of(0, 1000, 5000, 10_000)), 30)).ofSize(7),
                (rows, cuts) -> {
                    List<Long> weights = weights(rows.size(), cuts);
                    List<Row> out = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        Row r = rows.get(i);
                        out.add(new Row(r.scored().withId("kpi" + i), weights.get(i), r.fact()));
                    }
                    return new Sample(out);
                });
    }
}
