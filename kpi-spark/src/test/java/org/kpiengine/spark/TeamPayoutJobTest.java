package org.kpiengine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.spark.examples.SampleTeam;
import org.kpiengine.spark.examples.TeamPayoutJob;

/** The example job end to end in local mode: CSV in, Parquet out. */
class TeamPayoutJobTest {

    @TempDir
    Path dir;

    @Test
    void aCsvFileIsComputedIntoParquetAndABadNumberCostsOnlyItsEmployee() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path facts = dir.resolve("facts.csv");
        Files.writeString(facts, String.join("\n",
                "employee_id,role,indicator_id,fact,plan,salary",
                "M1,sales-manager,contacts,570,,4500.00",
                "M1,sales-manager,deals,49,,4500.00",
                "M1,sales-manager,conversion,8.5,,4500.00",
                "M1,sales-manager,average-check,12000,,4500.00",
                "M2,sales-manager,contacts,570,600,4500",
                "M2,sales-manager,deals,49,,4500",
                "M2,sales-manager,conversion,8.5,,4500",
                "M2,sales-manager,average-check,12000.123456789012345678901,,4500",
                "M3,sales-manager,contacts,51O000,,4500.00",
                ""), StandardCharsets.UTF_8);
        Path plan = dir.resolve("sales-manager.json");
        Files.writeString(plan, SampleTeam.planJson(SampleTeam.SALES_MANAGER), StandardCharsets.UTF_8);
        Path results = dir.resolve("results.parquet");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TeamPayoutJob.run(spark, new String[] {facts.toString(), results.toString(), "--plan",
            "sales-manager=" + plan, "--currency", "EUR"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("3 employees computed in "),
                out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(": 2 OK, 1 with an error row"));
        Map<String, Row> rows = new HashMap<>();
        for (Row row : spark.read().parquet(results.toString()).collectAsList()) {
            rows.put(row.getAs("employee_id"), row);
        }
        assertEquals(0, new BigDecimal("104.0000").compareTo(rows.get("M1").getAs("rating")));
        assertEquals(0, new BigDecimal("5400.00").compareTo(rows.get("M1").getAs("total")));
        // an individual contacts plan of 600: index 95 instead of 114; the average check is read with all its
        // 21 decimals (index 120.0012 rounded once): 0.4 × 95 + 0.3 × 98 + 0.2 × 85 + 0.1 × 120.0012 = 96.40012
        assertEquals(0, new BigDecimal("96.4001").compareTo(rows.get("M2").getAs("rating")));
        assertEquals("NOT_A_NUMBER", rows.get("M3").getAs("error_reason"));
        assertEquals("employee 'M3': bad number '51O000' in column 'fact' for indicator 'contacts' (expected a"
                + " decimal with a dot, such as 1234.5)", rows.get("M3").getAs("error"));
    }

    @Test
    void aBarePlanFileNameIsAFileShippedWithTheJob() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path facts = dir.resolve("facts.csv");
        Files.writeString(facts, String.join("\n",
                "employee_id,role,indicator_id,fact,salary",
                "M1,sales-manager,contacts,570,4500.00",
                "M1,sales-manager,deals,49,4500.00",
                "M1,sales-manager,conversion,8.5,4500.00",
                "M1,sales-manager,average-check,12000,4500.00",
                ""), StandardCharsets.UTF_8);
        // as spark-submit --files does: the file is added to the context and named by its file name only,
        // which the working directory does not have
        String name = "shipped-plan-" + System.nanoTime() + ".json";
        Path plan = Files.writeString(dir.resolve(name), SampleTeam.planJson(SampleTeam.SALES_MANAGER),
                StandardCharsets.UTF_8);
        assertFalse(Files.exists(Path.of(name)));
        spark.sparkContext().addFile(plan.toString());
        Path results = dir.resolve("results.parquet");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TeamPayoutJob.run(spark, new String[] {facts.toString(), results.toString(), "--plan",
            "sales-manager=" + name}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Row row = spark.read().parquet(results.toString()).collectAsList().get(0);
        assertEquals("M1", row.getAs("employee_id"));
        assertEquals(0, new BigDecimal("104.0000").compareTo(row.getAs("rating")));

        // a bare name that is neither in the working directory nor shipped is read through Spark, and fails there
        assertEquals(1, TeamPayoutJob.run(spark, new String[] {facts.toString(), dir.resolve("r2").toString(),
            "--plan", "sales-manager=not-shipped.json"}, System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not-shipped.json"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badArgumentsPrintTheUsageAndExitWith2() {
        SparkSession spark = LocalSpark.session();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, TeamPayoutJob.run(spark, new String[] {"facts.csv", "out"}, System.out, errors));
        assertEquals(2, TeamPayoutJob.run(spark, new String[] {"--sample", "x", "out"}, System.out, errors));
        assertEquals(2, TeamPayoutJob.run(spark, new String[] {"a", "b", "--plan", "noequals"}, System.out, errors));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("expected FACTS, RESULTS and at least one --plan"), text);
        assertTrue(text.contains("--plan takes ROLE=VALUE, not 'noequals'"), text);
        assertTrue(text.contains("usage: TeamPayoutJob"), text);
    }
}
