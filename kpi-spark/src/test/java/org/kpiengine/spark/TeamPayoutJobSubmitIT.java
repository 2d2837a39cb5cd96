package org.kpiengine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.spark.examples.SampleTeam;
import org.kpiengine.spark.examples.TeamPayoutJob;

/**
 * The example job as {@code spark-submit} runs it: the job jar ({@code kpi-spark-VERSION-job.jar},
 * built by the package phase) given to {@code org.apache.spark.deploy.SparkSubmit} in a JVM of its
 * own, whose class path is Spark's jars only (what a Spark distribution's {@code jars/} directory
 * holds, taken from the Maven dependency class path), the plan documents shipped with
 * {@code --files} and named by their file names. A generated team is written as a CSV file and as
 * Parquet; each is computed by the job, and the Parquet results are compared employee by employee
 * with the single-machine batch.
 */
class TeamPayoutJobSubmitIT {

    /** The team size: small, the point is the packaging, not the volume. */
    private static final int EMPLOYEES = Integer.getInteger("kpi.spark.submitEmployees", 3_000);

    /** How long one submission may take, Spark's start-up included, before the test gives up. */
    private static final long SUBMIT_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 420, unit = TimeUnit.SECONDS)
    void theJobJarComputesACsvAndAParquetFileThroughSparkSubmitAsTheSingleMachineBatchDoes() throws Exception {
        SparkSession spark = LocalSpark.session();
        long seed = new SplittableRandom().nextLong();
        System.out.println("[kpi-spark] spark-submit of the job jar, " + EMPLOYEES + " employees, seed " + seed);
        Path plans = Files.createDirectories(dir.resolve("plans"));
        for (String role : List.of(SampleTeam.SALES_MANAGER, SampleTeam.EVERY_TYPE)) {
            Files.writeString(plans.resolve(role + ".json"), SampleTeam.planJson(role), StandardCharsets.UTF_8);
        }
        Path csv = dir.resolve("facts.csv");
        writeCsv(csv, seed);
        Path parquet = dir.resolve("facts.parquet");
        SampleTeam.generate(spark, EMPLOYEES, seed, 3).write().parquet(parquet.toString());

        for (Path facts : List.of(csv, parquet)) {
            Path results = dir.resolve(facts.getFileName() + "-results.parquet");
            String out = submit(facts, results, plans);
            assertTrue(out.contains(" employees computed in "), out);
            List<Row> rows = spark.read().parquet(results.toString()).collectAsList();
            assertTrue(out.startsWith(rows.size() + " employees computed in "), out);
            SingleMachineEquivalenceTest.check(rows, EMPLOYEES, seed);
        }
    }

    /** The generated team as a CSV file with a header, numbers written in full, a null as an empty field. */
    private static void writeCsv(Path file, long seed) throws IOException {
        StringBuilder csv = new StringBuilder("employee_id,role,indicator_id,fact,base,plan,target,salary\n");
        for (long i = 0; i < EMPLOYEES; i++) {
            for (Row row : SampleTeam.rows(i, seed)) {
                for (int c = 0; c < row.length(); c++) {
                    Object value = row.get(c);
                    csv.append(c == 0 ? "" : ",").append(value == null ? ""
                            : value instanceof BigDecimal number ? number.toPlainString() : value.toString());
                }
                csv.append('\n');
            }
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    /**
     * Runs {@code spark-submit --master local[2] --class TeamPayoutJob --files PLANS JOB.jar FACTS RESULTS ...} as
     * Spark's launcher script does: {@code java [the --add-opens it adds] -cp SPARK_JARS SparkSubmit ...}.
     *
     * @return what the job printed on its standard output
     */
    private String submit(Path facts, Path results, Path plans) throws IOException, InterruptedException {
        String jobJar = System.getProperty("kpi.spark.jobJar");
        String classpathFile = System.getProperty("kpi.spark.classpath");
        if (jobJar == null || classpathFile == null || !Files.isRegularFile(Path.of(jobJar))) {
            fail("kpi.spark.jobJar and kpi.spark.classpath are set by the failsafe configuration of kpi-spark's pom;"
                    + " run this test with mvn verify (job jar: " + jobJar + ")");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : System.getProperty("kpi.spark.jvmArgs", "").trim().split("\\s+")) {
            if (!arg.isEmpty()) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-Xmx1g", "-cp", Files.readString(Path.of(classpathFile)).trim(),
                "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]",
                "--class", TeamPayoutJob.class.getName(),
                "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.sql.shuffle.partitions=4",
                "--conf", "spark.log.level=WARN",
                "--files", plans.resolve("sales-manager.json") + "," + plans.resolve("every-type.json"),
                jobJar,
                facts.toString(), results.toString(),
                "--plan", "sales-manager=sales-manager.json",
                "--plan", "every-type=every-type.json",
                "--inputs", "every-type=idle-hours",
                "--currency", "EUR"));
        // a working directory without the plans: the job finds them only as files shipped with --files
        Path work = Files.createDirectories(dir.resolve("work-" + facts.getFileName()));
        Path stdout = dir.resolve(facts.getFileName() + ".out");
        Path stderr = dir.resolve(facts.getFileName() + ".err");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(SUBMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("spark-submit of " + facts.getFileName() + " did not end within " + SUBMIT_SECONDS + " s:\n" + tail(stderr));
        }
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "spark-submit of " + facts.getFileName() + " failed:\n" + out + tail(stderr));
        System.out.printf("[kpi-spark] spark-submit of %s: %.1f s, %s", facts.getFileName(),
                (System.nanoTime() - started) / 1e9, out);
        assertNotNull(results.toFile().list(), results + " was not written");
        return out;
    }

    /** The last lines of a log, for a failure message. */
    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
