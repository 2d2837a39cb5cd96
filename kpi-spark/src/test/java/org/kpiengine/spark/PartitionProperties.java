package org.kpiengine.spark;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.kpiengine.spark.examples.SampleTeam;

/**
 * The partition function alone, without Spark (so these run on every JDK): however the employees
 * are split into partitions and chunks, every result equals the single-machine batch's.
 */
class PartitionProperties {

    @Test
    void resultsDoNotDependOnPartitionsOrChunksAndEqualTheSingleMachineBatch() {
        qt().withExamples(40).forAll(longs().all(), integers().between(0, 300), integers().between(1, 40),
                integers().between(1, 4)).checkAssert((seed, employees, chunk, partitions) -> {
                    List<List<Row>> parts = new ArrayList<>();
                    for (int p = 0; p < partitions; p++) {
                        parts.add(new ArrayList<>());
                    }
                    for (long i = 0; i < employees; i++) {
                        List<Row> rows = SampleTeam.rows(i, seed);
                        // as the repartition by employee does: all rows of one id in one partition
                        String id = rows.get(0).getString(0);
                        parts.get(id == null ? 0 : Math.floorMod(id.hashCode(), partitions)).addAll(rows);
                    }
                    List<Row> results = new ArrayList<>();
                    for (List<Row> part : parts) {
                        part.sort(Comparator.comparing(row -> row.getString(0),
                                Comparator.nullsFirst(Comparator.<String>naturalOrder())));
                        PartitionEvaluator.evaluate(part.iterator(), SampleTeam.batch().plans(), chunk)
                                .forEachRemaining(results::add);
                    }
                    SingleMachineEquivalenceTest.check(results, employees, seed);
                });
    }
}
