package org.kpiengine.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.json.PlanDocument;
import org.kpiengine.json.PlanJson;
import org.kpiengine.scorecard.ScorecardLine;
import org.kpiengine.spark.SparkTeamBatch;
import org.kpiengine.spark.examples.SampleTeam;

/**
 * A timed harness (not JMH: a Spark job is seconds long and starts its own threads): the
 * throughput of {@link SparkTeamBatch} in local mode with 1 and 2 cores against the in-process
 * {@link TeamBatch} on one core, on the same generated team ({@link SampleTeam}: two roles, one
 * employee in twenty with a defect).
 *
 * <p>In-process: the facts are first turned into each role's columns (not timed), then each
 * role's batch is evaluated on one thread; best of the runs. Spark: the generated facts are
 * cached and counted first (not timed), then each run computes every employee and writes the
 * results to Spark's {@code noop} sink (so the whole plan runs, shuffle and all, and nothing is
 * collected); best of the runs, with {@code spark.sql.shuffle.partitions} = 4 × cores.
 *
 * <pre>
 * java [Spark's --add-opens flags] -Xmx6g -cp ... org.kpiengine.benchmarks.SparkThroughput [employees] [runs]
 * </pre>
 * See docs/guides/spark.md for the command and the figures.
 */
public final class SparkThroughput {

    private SparkThroughput() {
    }

    /**
     * Runs the harness.
     *
     * @param args the number of employees (1 000 000 unless given) and of timed runs (3 unless given)
     */
    public static void main(String[] args) {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long seed = 20_261_201L;
        System.out.printf(Locale.ROOT, "%d employees (seed %d), best of %d runs; JDK %s, %d processors%n",
                employees, seed, runs, Runtime.version(), Runtime.getRuntime().availableProcessors());
        double inProcess = inProcess(employees, seed, runs);
        System.out.printf(Locale.ROOT, "in-process TeamBatch, 1 thread:  %,10.0f employees/s%n", inProcess);
        for (int cores = 1; cores <= 2; cores++) {
            double spark = spark(employees, seed, runs, cores);
            System.out.printf(Locale.ROOT, "Spark local[%d]:                 %,10.0f employees/s, %,10.0f per core"
                    + " (%.2f of the in-process rate per core)%n", cores, spark, spark / cores, spark / cores / inProcess);
        }
    }

    private static double inProcess(int employees, long seed, int runs) {
        Map<String, List<List<Row>>> byRole = new LinkedHashMap<>();
        byRole.put(SampleTeam.SALES_MANAGER, new ArrayList<>());
        byRole.put(SampleTeam.EVERY_TYPE, new ArrayList<>());
        for (long i = 0; i < employees; i++) {
            List<Row> rows = SampleTeam.rows(i, seed);
            List<List<Row>> role = byRole.get(rows.get(0).getString(1));
            if (role != null && rows.get(0).getString(0) != null) {
                role.add(rows);
            }
        }
        Map<TeamBatch, TeamInput> inputs = new LinkedHashMap<>();
        byRole.forEach((role, rows) -> {
            PlanDocument plan = PlanJson.standard().read(SampleTeam.planJson(role));
            inputs.put(plan.batch(), input(plan, rows));
        });
        byRole.clear();
        double best = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            int computed = 0;
            for (Map.Entry<TeamBatch, TeamInput> role : inputs.entrySet()) {
                computed += role.getKey().evaluate(role.getValue()).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  in-process run %d: %d employees in %.2f s%n", run + 1, computed, seconds);
            best = Math.max(best, employees / seconds);
        }
        return best;
    }

    /** The role's columns, as the Spark entry point builds them (an employee's rows in the role's order). */
    private static TeamInput input(PlanDocument plan, List<List<Row>> employees) {
        int n = employees.size();
        String[] ids = new String[n];
        List<String> lines = plan.template().scorecard().lines().stream().map(ScorecardLine::id).toList();
        Map<String, BigDecimal[][]> columns = new LinkedHashMap<>();
        lines.forEach(line -> columns.put(line, new BigDecimal[4][n]));
        BigDecimal[] idle = new BigDecimal[n];
        BigDecimal[] salaries = new BigDecimal[n];
        for (int e = 0; e < n; e++) {
            for (Row row : employees.get(e)) {
                ids[e] = row.getString(0);
                salaries[e] = row.getDecimal(7);
                BigDecimal[][] values = columns.get(row.getString(2));
                if (values == null) {
                    idle[e] = row.getDecimal(3);
                } else {
                    for (int k = 0; k < 4; k++) {
                        values[k][e] = row.getDecimal(3 + k);
                    }
                }
            }
        }
        TeamInput.Builder input = TeamInput.builder(n).employeeIds(ids)
                .salaries(Currency.getInstance("EUR"), DecimalColumn.of(salaries));
        columns.forEach((line, values) -> input.facts(line, DecimalColumn.of(values[0]))
                .plans(line, DecimalColumn.of(values[2])));
        if (plan.template().payPlan() != null && lines.contains("receivables")) {
            input.quantities(SampleTeam.IDLE_HOURS, DecimalColumn.of(idle));
        }
        return input.build();
    }

    private static double spark(int employees, long seed, int runs, int cores) {
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("kpi-spark throughput")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", Integer.toString(4 * cores))
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            Dataset<Row> facts = SampleTeam.generate(spark, employees, seed, 4 * cores).persist(StorageLevel.MEMORY_ONLY());
            long rows = facts.count();
            SparkTeamBatch batch = SampleTeam.batch();
            double best = 0;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                batch.evaluate(facts).write().format("noop").mode("overwrite").save();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "  local[%d] run %d: %d employees (%d rows) in %.2f s%n", cores, run + 1,
                        employees, rows, seconds);
                best = Math.max(best, employees / seconds);
            }
            facts.unpersist();
            return best;
        } finally {
            spark.stop();
        }
    }
}
