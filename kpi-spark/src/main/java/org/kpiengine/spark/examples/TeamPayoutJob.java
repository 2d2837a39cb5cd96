package org.kpiengine.spark.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.SparkFiles;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.kpiengine.spark.SparkTeamBatch;

/**
 * The month's payout of a whole organisation as a Spark job: reads the facts (a CSV file with a
 * header, or Parquet), computes every employee with {@link SparkTeamBatch} and writes the results
 * as Parquet, one row per employee.
 *
 * <pre>
 * spark-submit --class org.kpiengine.spark.examples.TeamPayoutJob --files plans/sales-manager.json \
 *     kpi-spark-job.jar facts.csv results.parquet --plan sales-manager=sales-manager.json --currency EUR
 * spark-submit ... TeamPayoutJob --sample 1000000 results.parquet
 * </pre>
 *
 * <p>Options: {@code --plan ROLE=FILE} (once per role; the plan document, read through Spark, so
 * any file system Spark reads works; a bare file name is a file shipped with {@code --files}),
 * {@code --currency CODE} (of salaries and amounts, EUR unless given), {@code --inputs
 * ROLE=NAME,NAME} (the role's per-employee pay inputs). With
 * {@code --sample N} the facts are a generated team of N employees ({@link SampleTeam}) with the
 * sample plans. The job prints how many employees were computed and how many have an error row.
 * Exit codes: 0 done, 1 the job failed, 2 bad arguments. See docs/guides/spark.md.
 *
 * @since 0.1.0
 */
public final class TeamPayoutJob {

    private static final String USAGE = String.join(System.lineSeparator(),
            "usage: TeamPayoutJob FACTS RESULTS --plan ROLE=PLAN.json [--plan ...] [--currency CODE]"
                    + " [--inputs ROLE=NAME,...]",
            "       TeamPayoutJob --sample EMPLOYEES RESULTS",
            "  FACTS    a CSV file with a header (name ending in .csv) or Parquet: employee_id, role,"
                    + " indicator_id, fact [, base, plan, target, salary]",
            "  RESULTS  the Parquet directory written (must not exist): employee_id, role, status, rating,"
                    + " components, total, currency, error_reason, error");

    private TeamPayoutJob() {
    }

    /**
     * Runs the job in the session {@code spark-submit} (or a local master) provides.
     *
     * @param args the arguments, see the class documentation
     */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("kpi team payout").getOrCreate();
        int code;
        try {
            code = run(spark, args, System.out, System.err);
        } finally {
            spark.stop();
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the job in a given session, without exiting.
     *
     * @param spark the session, not null
     * @param args the arguments, not null
     * @param out where the summary goes, not null
     * @param err where usage and problems go, not null
     * @return the exit code: 0 done, 1 failed, 2 bad arguments
     */
    public static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(args, "args");
        List<String> positional = new ArrayList<>();
        Map<String, String> plans = new LinkedHashMap<>();
        Map<String, String[]> inputs = new LinkedHashMap<>();
        String currency = "EUR";
        long sample = -1;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--plan" -> {
                        String[] pair = pair(args, ++i, arg);
                        plans.put(pair[0], pair[1]);
                    }
                    case "--inputs" -> {
                        String[] pair = pair(args, ++i, arg);
                        inputs.put(pair[0], pair[1].split(","));
                    }
                    case "--currency" -> currency = value(args, ++i, arg);
                    case "--sample" -> sample = Long.parseLong(value(args, ++i, arg));
                    case "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> {
                        if (arg.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        positional.add(arg);
                    }
                }
            }
            if (sample >= 0 ? positional.size() != 1 || !plans.isEmpty() : positional.size() != 2 || plans.isEmpty()) {
                throw new IllegalArgumentException(sample >= 0 ? "--sample takes the results directory only"
                        : "expected FACTS, RESULTS and at least one --plan");
            }
        } catch (IllegalArgumentException e) {
            err.println("TeamPayoutJob: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            Dataset<Row> facts;
            SparkTeamBatch batch;
            String results;
            if (sample >= 0) {
                facts = SampleTeam.generate(spark, sample, System.nanoTime(), spark.sparkContext().defaultParallelism());
                batch = SampleTeam.batch();
                results = positional.get(0);
            } else {
                String source = positional.get(0);
                facts = source.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                        ? spark.read().option("header", "true").csv(source)
                        : spark.read().parquet(source);
                SparkTeamBatch.Builder builder = SparkTeamBatch.builder();
                Currency code = Currency.getInstance(currency);
                for (Map.Entry<String, String> plan : plans.entrySet()) {
                    builder.plan(plan.getKey(), planText(spark, plan.getValue()), code,
                            inputs.getOrDefault(plan.getKey(), new String[0]));
                }
                batch = builder.build();
                results = positional.get(1);
            }
            long started = System.nanoTime();
            batch.evaluate(facts).write().parquet(results);
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("OK", 0L);
            counts.put("ERROR", 0L);
            for (Row row : spark.read().parquet(results).groupBy("status").count().collectAsList()) {
                counts.put(row.getString(0), row.getLong(1));
            }
            out.printf(java.util.Locale.ROOT, "%d employees computed in %.1f s: %d OK, %d with an error row; results in %s%n",
                    counts.get("OK") + counts.get("ERROR"), seconds, counts.get("OK"), counts.get("ERROR"), results);
            return 0;
        } catch (Exception e) {
            // Spark's AnalysisException (a missing path, say) is a checked exception, thrown undeclared
            err.println("TeamPayoutJob: " + e);
            return 1;
        }
    }

    /**
     * Reads a plan document. A bare file name (no directory, no scheme) names a file shipped with
     * {@code spark-submit --files}: it is looked up in the working directory (where YARN puts such
     * files), then among the files Spark distributed ({@link SparkFiles}); anything else is read
     * through Spark's file systems (HDFS, S3, a local path).
     */
    private static String planText(SparkSession spark, String location) {
        if (!location.contains("/") && !location.contains(":") && !location.contains("\\")) {
            for (Path candidate : List.of(Path.of(location), Path.of(SparkFiles.get(location)))) {
                if (Files.isRegularFile(candidate)) {
                    try {
                        return Files.readString(candidate, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the plan document " + candidate, e);
                    }
                }
            }
        }
        return spark.read().option("wholetext", "true").text(location).first().getString(0);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String[] pair(String[] args, int i, String option) {
        String value = value(args, i, option);
        int eq = value.indexOf('=');
        if (eq <= 0 || eq == value.length() - 1) {
            throw new IllegalArgumentException(option + " takes ROLE=VALUE, not '" + value + "'");
        }
        return new String[] {value.substring(0, eq), value.substring(eq + 1)};
    }
}
