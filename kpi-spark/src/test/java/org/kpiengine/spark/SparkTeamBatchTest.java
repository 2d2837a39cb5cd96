package org.kpiengine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.spark.examples.SampleTeam;

/** Golden examples and input checks of {@link SparkTeamBatch}, in local mode. */
class SparkTeamBatchTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text).setScale(4);
    }

    private static Row fact(String employee, String role, String indicator, String fact, String salary) {
        return RowFactory.create(employee, role, indicator, d(fact), null, null, null, salary == null ? null : d(salary));
    }

    private static Map<String, Row> byEmployee(Dataset<Row> results) {
        Map<String, Row> out = new HashMap<>();
        for (Row row : results.collectAsList()) {
            assertNull(out.put(row.getString(0), row), "two results for " + row.getString(0));
        }
        return out;
    }

    @Test
    void theSalesManagerMatrixRatesAt104AndPaysTheTierOf20PercentOfSalary() {
        SparkSession spark = LocalSpark.session();
        String m = SampleTeam.SALES_MANAGER;
        List<Row> rows = List.of(
                fact("M1", m, "contacts", "570", "4500.00"),
                fact("M1", m, "deals", "49", "4500.00"),
                fact("M1", m, "conversion", "8.5", null),
                fact("M1", m, "average-check", "12000", "4500.00"),
                fact("M2", m, "contacts", "570", "4500.00"));
        Map<String, Row> results = byEmployee(SampleTeam.batch().evaluate(spark.createDataFrame(rows, SampleTeam.SCHEMA)));
        assertEquals(2, results.size());
        Row ok = results.get("M1");
        assertEquals("OK", ok.getAs("status"));
        assertEquals(0, new BigDecimal("104.0000").compareTo(ok.getAs("rating")));
        List<Row> components = ok.getList(ok.fieldIndex("components"));
        assertEquals(2, components.size());
        assertEquals("salary", components.get(0).getString(0));
        assertEquals(0, new BigDecimal("4500.00").compareTo(components.get(0).getDecimal(1)));
        assertEquals("bonus", components.get(1).getString(0));
        assertEquals(0, new BigDecimal("900.00").compareTo(components.get(1).getDecimal(1)));
        assertEquals(0, new BigDecimal("5400.00").compareTo(ok.getAs("total")));
        assertEquals("EUR", ok.getAs("currency"));
        assertNull(ok.getAs("error"));
        Row missing = results.get("M2");
        assertEquals("ERROR", missing.getAs("status"));
        assertEquals("MISSING_FACT", missing.getAs("error_reason"));
        assertTrue(missing.<String>getAs("error").startsWith("employee 'M2': "), missing.<String>getAs("error"));
        assertNull(missing.getAs("rating"));
    }

    @Test
    void aRatingTooLargeForTheResultColumnIsThatEmployeesErrorNotTheJobs() {
        SparkSession spark = LocalSpark.session();
        String m = SampleTeam.SALES_MANAGER;
        List<Row> rows = List.of(
                fact("M1", m, "contacts", "570", "4500.00"),
                fact("M1", m, "deals", "49", "4500.00"),
                fact("M1", m, "conversion", "8.5", "4500.00"),
                fact("M1", m, "average-check", "12000", "4500.00"),
                fact("HUGE", m, "contacts", "5" + "0".repeat(24), "4500.00"),
                fact("HUGE", m, "deals", "49", "4500.00"),
                fact("HUGE", m, "conversion", "8.5", "4500.00"),
                fact("HUGE", m, "average-check", "12000", "4500.00"));
        StructType wide = new StructType(java.util.Arrays.stream(SampleTeam.SCHEMA.fields())
                .map(f -> f.name().equals("fact") ? f.copy(f.name(), DataTypes.createDecimalType(38, 4), true, f.metadata())
                        : f).toArray(org.apache.spark.sql.types.StructField[]::new));
        Map<String, Row> results = byEmployee(SampleTeam.batch().evaluate(spark.createDataFrame(rows, wide)));
        assertEquals("OK", results.get("M1").getAs("status"));
        Row huge = results.get("HUGE");
        assertEquals("ERROR", huge.getAs("status"));
        assertEquals("OUT_OF_RANGE", huge.getAs("error_reason"));
        // contacts 5 × 10^24 against a plan of 500: index 10^24, rating 0.4 × 10^24 + 29.4 + 17 + 12
        assertEquals("employee 'HUGE': rating 400000000000000000000058.4000 is too large for the results'"
                + " decimal(38, 18) column", huge.getAs("error"));
    }

    @Test
    void rowsThatCannotBeStagedGiveTheirEmployeeAnErrorRowNamingTheRule() {
        SparkSession spark = LocalSpark.session();
        String m = SampleTeam.SALES_MANAGER;
        List<Row> rows = List.of(
                fact("A", m, "contacts", "570", "4500.00"),
                fact("A", m, "calls", "3", "4500.00"),
                fact("B", m, "deals", "5", "4500.00"),
                fact("B", m, "deals", "5", "4500.00"),
                fact("C", m, "deals", "5", "4500.00"),
                fact("C", m, "contacts", "5", "4600.00"),
                fact("D", "intern", "deals", "5", "4500.00"),
                fact("E", m, "deals", "5", "4500.00"),
                fact("E", SampleTeam.EVERY_TYPE, "contacts", "5", "4500.00"),
                RowFactory.create(null, m, "deals", d("5"), null, null, null, null),
                RowFactory.create(null, m, "deals", d("6"), null, null, null, null));
        Map<String, Row> results = byEmployee(SampleTeam.batch().evaluate(spark.createDataFrame(rows, SampleTeam.SCHEMA)));
        assertEquals(6, results.size());
        assertEquals("UNKNOWN_INDICATOR", results.get("A").getAs("error_reason"));
        assertTrue(results.get("A").<String>getAs("error").startsWith("employee 'A': unknown indicator 'calls' for role"
                + " 'sales-manager' (the plan has contacts, deals, conversion, average-check)"),
                results.get("A").<String>getAs("error"));
        assertEquals("employee 'B': a second row for indicator 'deals'", results.get("B").getAs("error"));
        assertEquals("employee 'C': the rows give two salaries, 4500.0000 and 4600.0000", results.get("C").getAs("error"));
        assertEquals("employee 'D': role 'intern' has no plan (the plans are for [sales-manager, every-type])",
                results.get("D").getAs("error"));
        assertEquals("INVALID_ID", results.get("E").getAs("error_reason"));
        assertEquals("employee (none): 2 rows have a null employee_id; they cannot be computed",
                results.get(null).getAs("error"));
        for (Row row : results.values()) {
            assertEquals("ERROR", row.getAs("status"));
        }
    }

    @Test
    void aDoubleColumnIsRefusedBeforeAnyTaskRuns() {
        SparkSession spark = LocalSpark.session();
        StructType schema = new StructType().add("employee_id", DataTypes.StringType).add("role", DataTypes.StringType)
                .add("indicator_id", DataTypes.StringType).add("fact", DataTypes.DoubleType);
        Dataset<Row> facts = spark.createDataFrame(List.of(RowFactory.create("A", "r", "deals", 0.1)), schema);
        KpiInputException e = assertThrows(KpiInputException.class, () -> SampleTeam.batch().evaluate(facts));
        assertEquals(Reason.NOT_A_NUMBER, e.reason());
        assertEquals("fact", e.field());
        assertEquals("double", e.value());
        KpiInputException missing = assertThrows(KpiInputException.class,
                () -> SampleTeam.batch().evaluate(facts.drop("role")));
        assertEquals("role", missing.field());
    }

    @Test
    void integerColumnsAreReadExactly() {
        SparkSession spark = LocalSpark.session();
        StructType schema = new StructType().add("employee_id", DataTypes.StringType).add("role", DataTypes.StringType)
                .add("indicator_id", DataTypes.StringType).add("fact", DataTypes.LongType)
                .add("salary", DataTypes.IntegerType);
        String m = SampleTeam.SALES_MANAGER;
        Dataset<Row> facts = spark.createDataFrame(List.of(
                RowFactory.create("M1", m, "contacts", 570L, 4500),
                RowFactory.create("M1", m, "deals", 49L, 4500),
                RowFactory.create("M1", m, "conversion", 10L, 4500),
                RowFactory.create("M1", m, "average-check", 12000L, 4500)), schema);
        Row row = SampleTeam.batch().evaluate(facts).first();
        assertEquals("OK", row.getAs("status"));
        // 0.4 × 114 + 0.3 × 98 + 0.2 × 100 + 0.1 × 120 = 107
        assertEquals(0, new BigDecimal("107.0000").compareTo(row.getAs("rating")));
        assertEquals(0, new BigDecimal("5400.00").compareTo(row.getAs("total")));
    }

    @Test
    void theBuilderRefusesABlankOrRepeatedRoleAndAnInputNamedLikeAnIndicator() {
        String json = SampleTeam.planJson(SampleTeam.SALES_MANAGER);
        java.util.Currency eur = java.util.Currency.getInstance("EUR");
        assertEquals("role", assertThrows(KpiInputException.class,
                () -> SparkTeamBatch.builder().plan(" ", json, eur)).field());
        assertEquals(Reason.INVALID_ID, assertThrows(KpiInputException.class,
                () -> SparkTeamBatch.builder().plan("a", json, eur).plan("a", json, eur)).reason());
        KpiInputException input = assertThrows(KpiInputException.class,
                () -> SparkTeamBatch.builder().plan("a", json, eur, "deals"));
        assertEquals("inputs", input.field());
        assertEquals("deals", input.value());
        assertEquals("plans", assertThrows(KpiInputException.class, () -> SparkTeamBatch.builder().build()).field());
        assertEquals("chunk", assertThrows(KpiInputException.class, () -> SparkTeamBatch.builder().chunk(0)).field());
    }
}
