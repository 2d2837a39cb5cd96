package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.scorecard.Scorecard;

/**
 * A batch in which 1 % of the rows are bad returns exactly those rows as errors, with the right
 * reason, and every other row as a result: none lost, none duplicated.
 */
class BadRowsProperties {

    private static final int SIZE = 50_000;

    @Test
    void exactlyTheBadRowsAreErrors() {
        qt().withExamples(3).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            long[] revenue = new long[SIZE];
            double[] calls = new double[SIZE];
            long[] plans = new long[SIZE];
            long[] bases = new long[SIZE];
            long[] targets = new long[SIZE];
            for (int i = 0; i < SIZE; i++) {
                plans[i] = random.nextLong(100, 10_001);
                bases[i] = DecimalColumn.MISSING;
                targets[i] = 13 * plans[i];
                revenue[i] = random.nextLong(0, 2 * plans[i] * 100);
                calls[i] = random.nextInt(0, 900);
            }
            // 1 % of the rows, chosen at random, each broken one way
            TreeMap<Integer, Reason> bad = new TreeMap<>();
            while (bad.size() < SIZE / 100) {
                int row = random.nextInt(SIZE);
                if (bad.containsKey(row)) {
                    continue;
                }
                switch (random.nextInt(4)) {
                    case 0:
                        revenue[row] = DecimalColumn.MISSING;
                        bad.put(row, Reason.MISSING_FACT);
                        break;
                    case 1:
                        bases[row] = plans[row] * 100;
                        bad.put(row, Reason.PLAN_EQUALS_BASE);
                        break;
                    case 2:
                        bases[row] = plans[row] * 100 + 1;
                        bad.put(row, Reason.THRESHOLDS_OUT_OF_ORDER);
                        break;
                    default:
                        calls[row] = Double.NaN;
                        bad.put(row, Reason.NOT_A_NUMBER);
                        break;
                }
            }
            String[] ids = new String[SIZE];
            for (int i = 0; i < SIZE; i++) {
                ids[i] = "E" + i;
            }
            Scorecard scorecard = Scorecard.builder()
                    .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.7", Thresholds.of("0", "100", "130"), TwoSlopeCurve.upTo("150"))
                    .add(Indicator.higherIsBetter("calls", Unit.COUNT), "0.3", Thresholds.of("100", "500", "700"), TwoSlopeCurve.upTo("120"))
                    .build();
            TeamInput input = TeamInput.builder(SIZE).employeeIds(ids)
                    .facts("revenue", DecimalColumn.ofUnscaled(revenue, 2))
                    .plans("revenue", DecimalColumn.ofUnscaled(plans, 0))
                    .bases("revenue", DecimalColumn.ofUnscaled(bases, 2))
                    .targets("revenue", DecimalColumn.ofUnscaled(targets, 1))
                    .facts("calls", DecimalColumn.ofDoubles(calls))
                    .build();
            TeamResult result = TeamBatch.of(List.of(RoleTemplate.of("seller", scorecard))).evaluateInParallel(input);

            assertEquals(SIZE, result.size());
            assertEquals(bad.size(), result.errorCount());
            assertEquals(SIZE - bad.size(), result.okCount());
            List<Integer> errorRows = new ArrayList<>();
            result.errors().forEach(e -> {
                errorRows.add(e.row());
                assertEquals(bad.get(e.row()), e.reason(), e::message);
                assertTrue(e.message().startsWith("employee 'E" + e.row() + "': "), e::message);
            });
            assertEquals(List.copyOf(bad.keySet()), errorRows, "every bad row once, in row order");
            int ok = 0;
            for (int row = 0; row < SIZE; row++) {
                if (result.isOk(row)) {
                    ok++;
                    assertTrue(result.rating(row).signum() >= 0);
                } else {
                    assertTrue(bad.containsKey(row));
                }
            }
            assertEquals(SIZE - bad.size(), ok);
            assertEquals(SIZE - bad.size(), result.ratingDistribution().count());
        });
    }
}
