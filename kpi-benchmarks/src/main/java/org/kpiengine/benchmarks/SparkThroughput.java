package org.kpiengine.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * {@link TeamBatch} with 1 and 2 threads, on the same generated team ({@link SampleTeam}: two
 * roles, one employee in twenty with a defect).
 *
 * <p>In-process ({@code batch1}, {@code batch2}): the facts are first turned into each role's
 * columns (not timed, once), then each role's batch is evaluated on 1 thread, or on 2 (the calling
 * thread and one more). Spark ({@code local1}, {@code local2}): a session with that many cores;
 * the generated facts are cached and counted first (not timed), then each run computes every
 * employee and writes the results to Spark's {@code noop} sink (so the whole plan runs, shuffle and
 * all, and nothing is collected), with {@code spark.sql.shuffle.partitions} = 4 × cores.
 *
 * <p>The modes run in the order given, and the whole sequence is repeated {@code rounds} times (a
 * new Spark session each time), so that a change of the machine's load affects every mode alike
 * rather than the last one; each run prints the load average (from {@code /proc/loadavg}) when it
 * ends. The summary gives each mode's best run and its median.
 *
 * <pre>
 * java [Spark's --add-opens flags] -Xmx6g -cp ... org.kpiengine.benchmarks.SparkThroughput \
 *     [employees [runs [modes [rounds]]]]
 * </pre>
 * Defaults: 1 000 000 employees, 3 runs, {@code batch1,batch2,local1,local2}, 1 round. See
 * docs/guides/spark.md for the command and the figures.
 */
public final class SparkThroughput {

    private static final long SEED = 20_261_201L;

    private SparkThroughput() {
    }

    /**
     * Runs the harness.
     *
     * @param args the number of employees (1 000 000 unless given), of timed runs per mode and round
     *     (3 unless given), the modes separated by commas ({@code batch1,batch2,local1,local2} unless
     *     given) and the number of rounds (1 unless given)
     */
    public static void main(String[] args) {
        int employees = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> modes = List.of((args.length > 2 ? args[2] : "batch1,batch2,local1,local2").split(","));
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (String mode : modes) {
            if (!List.of("batch1", "batch2", "local1", "local2").contains(mode)) {
                throw new IllegalArgumentException("unknown mode '" + mode + "': batch1, batch2, local1 or local2");
            }
        }
        System.out.printf(Locale.ROOT, "%d employees (seed %d), %d runs x %d rounds of %s; JDK %s, %d processors;"
                + " load %s%n", employees, SEED, runs, rounds, modes, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), load());
        Map<TeamBatch, TeamInput> inputs = modes.stream().anyMatch(m -> m.startsWith("batch"))
                ? inputs(employees) : Map.of();
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        modes.forEach(mode -> rates.put(mode, new ArrayList<>()));
        ExecutorService pool = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "batch2-worker");
            thread.setDaemon(true);
            return thread;
        });
        for (int round = 1; round <= rounds; round++) {
            for (String mode : modes) {
                List<Double> measured = mode.startsWith("batch")
                        ? inProcess(inputs, employees, runs, mode.equals("batch1") ? 1 : 2, pool, round)
                        : spark(employees, runs, mode.equals("local1") ? 1 : 2, round);
                rates.get(mode).addAll(measured);
            }
        }
        pool.shutdown();
        double reference = rates.containsKey("batch1") ? best(rates.get("batch1")) : Double.NaN;
        System.out.println("summary (employees per second; per core = divided by the threads or cores used):");
        rates.forEach((mode, measured) -> {
            int cores = mode.endsWith("2") ? 2 : 1;
            double best = best(measured);
            System.out.printf(Locale.ROOT, "  %-7s best %,10.0f (%,10.0f per core, %.2f of batch1 per core),"
                    + " median %,10.0f, %d runs%n", mode, best, best / cores, best / cores / reference,
                    median(measured), measured.size());
        });
        System.out.printf(Locale.ROOT, "load at the end %s%n", load());
    }

    private static double best(List<Double> rates) {
        return rates.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static double median(List<Double> rates) {
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The 1, 5 and 15 minute load averages, or "unknown" off Linux. */
    private static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Each role's batch and columns, built once (not timed). */
    private static Map<TeamBatch, TeamInput> inputs(int employees) {
        Map<String, List<List<Row>>> byRole = new LinkedHashMap<>();
        byRole.put(SampleTeam.SALES_MANAGER, new ArrayList<>());
        byRole.put(SampleTeam.EVERY_TYPE, new ArrayList<>());
        for (long i = 0; i < employees; i++) {
            List<Row> rows = SampleTeam.rows(i, SEED);
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
        return inputs;
    }

    private static List<Double> inProcess(Map<TeamBatch, TeamInput> inputs, int employees, int runs, int threads,
            ExecutorService pool, int round) {
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            int computed = 0;
            for (Map.Entry<TeamBatch, TeamInput> role : inputs.entrySet()) {
                computed += (threads == 1 ? role.getKey().evaluate(role.getValue())
                        : role.getKey().evaluate(role.getValue(), pool, threads)).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  round %d batch%d run %d: %d employees in %.2f s, load %s%n", round,
                    threads, run + 1, computed, seconds, load());
            rates.add(employees / seconds);
        }
        return rates;
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

    private static List<Double> spark(int employees, int runs, int cores, int round) {
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("kpi-spark throughput")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", Integer.toString(4 * cores))
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            Dataset<Row> facts = SampleTeam.generate(spark, employees, SEED, 4 * cores)
                    .persist(StorageLevel.MEMORY_ONLY());
            long rows = facts.count();
            SparkTeamBatch batch = SampleTeam.batch();
            List<Double> rates = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                batch.evaluate(facts).write().format("noop").mode("overwrite").save();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "  round %d local%d run %d: %d employees (%d rows) in %.2f s, load %s%n",
                        round, cores, run + 1, employees, rows, seconds, load());
                rates.add(employees / seconds);
            }
            facts.unpersist();
            return rates;
        } finally {
            spark.stop();
        }
    }
}
