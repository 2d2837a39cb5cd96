package org.kpiengine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.EmployeeError;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.json.PlanDocument;
import org.kpiengine.json.PlanJson;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.ScorecardLine;
import org.kpiengine.spark.examples.SampleTeam;
import org.kpiengine.spark.examples.SampleTeam.Defect;

/**
 * 100 000 generated employees (one in twenty with a defect in their rows) computed in local mode
 * and, independently, by the single-machine {@link org.kpiengine.batch.TeamBatch} of each role over
 * all its employees at once: every employee's result must be the same, decimal for decimal.
 */
class SingleMachineEquivalenceTest {

    /** The team size; {@code -Dkpi.spark.employees=20000} on a machine too loaded for the full size. */
    private static final int EMPLOYEES = Integer.getInteger("kpi.spark.employees", 100_000);

    /** Defects that the rows themselves show, before any batch: the reason the error row must give. */
    private static final Map<Defect, String> STAGING = new EnumMap<>(Map.of(
            Defect.UNKNOWN_INDICATOR, "UNKNOWN_INDICATOR",
            Defect.DUPLICATE_ROW, "DUPLICATE_INDICATOR",
            Defect.TWO_SALARIES, "OTHER",
            Defect.UNKNOWN_ROLE, "INVALID_ID",
            Defect.TWO_ROLES, "INVALID_ID"));

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyEmployeeEqualsTheSingleMachineBatchDecimalForDecimal() {
        long started = System.nanoTime();
        SparkSession spark = LocalSpark.session();
        long seed = new SplittableRandom().nextLong();
        System.out.println("[kpi-spark] " + EMPLOYEES + " employees, seed " + seed);
        List<Row> collected = SampleTeam.batch().evaluate(SampleTeam.generate(spark, EMPLOYEES, seed, 2)).collectAsList();
        long computed = System.nanoTime();
        Set<Defect> seen = check(collected, EMPLOYEES, seed);
        assertTrue(seen.size() == Defect.values().length || EMPLOYEES < 10_000, "defects generated: " + seen);
        long end = System.nanoTime();
        System.out.printf("[kpi-spark] %d employees: Spark start, compute and collect %.1f s, reference and"
                + " comparison %.1f s%n", EMPLOYEES, (computed - started) / 1e9, (end - computed) / 1e9);
    }

    /**
     * Checks the results of generated employees 0 to {@code employees - 1}: one row per employee, the
     * reason of each error the rows show, and every other employee as the single-machine batch of their
     * role computes them over all its employees at once.
     *
     * @return the defects generated
     */
    static Set<Defect> check(List<Row> results, int employees, long seed) {
        Map<String, Row> actual = new HashMap<>();
        for (Row row : results) {
            assertEquals(null, actual.put(row.getString(0), row), "two results for " + row.getString(0));
        }

        Map<String, List<List<Row>>> byRole = new LinkedHashMap<>();
        byRole.put(SampleTeam.SALES_MANAGER, new ArrayList<>());
        byRole.put(SampleTeam.EVERY_TYPE, new ArrayList<>());
        Set<Defect> seen = EnumSet.noneOf(Defect.class);
        int withoutId = 0;
        int checked = 0;
        for (long i = 0; i < employees; i++) {
            Defect defect = SampleTeam.defect(i, seed);
            seen.add(defect);
            List<Row> rows = SampleTeam.rows(i, seed);
            String id = SampleTeam.employeeId(i);
            if (defect == Defect.NO_EMPLOYEE_ID) {
                withoutId += rows.size();
            } else if (STAGING.containsKey(defect)) {
                Row row = actual.get(id);
                assertNotNull(row, id);
                assertEquals("ERROR", row.getAs("status"), id);
                assertEquals(STAGING.get(defect), row.getAs("error_reason"), id + " " + defect);
                assertTrue(row.<String>getAs("error").startsWith("employee '" + id + "': "), row.<String>getAs("error"));
                checked++;
            } else {
                byRole.get(rows.get(0).getString(1)).add(rows);
            }
        }
        if (withoutId > 0) {
            assertEquals("employee (none): " + withoutId + " row" + (withoutId == 1 ? " has" : "s have")
                    + " a null employee_id; they cannot be computed", actual.get(null).getAs("error"));
        }
        for (Map.Entry<String, List<List<Row>>> role : byRole.entrySet()) {
            if (!role.getValue().isEmpty()) {
                checked += compare(role.getKey(), role.getValue(), actual);
            }
        }
        assertEquals(actual.size() - (withoutId > 0 ? 1 : 0), checked, "results for employees that do not exist");
        return seen;
    }

    /** The single-machine batch of one role over all its employees, compared employee by employee. */
    private static int compare(String role, List<List<Row>> employees, Map<String, Row> actual) {
        PlanDocument plan = PlanJson.standard().read(SampleTeam.planJson(role));
        TeamInput input = input(plan, role, employees);
        int n = input.size();
        String[] ids = new String[n];
        TeamResult expected = plan.batch().evaluate(input);
        for (int e = 0; e < n; e++) {
            ids[e] = input.employeeId(e);
            Row row = actual.get(ids[e]);
            assertNotNull(row, ids[e]);
            assertEquals(role, row.getAs("role"));
            if (!expected.isOk(e)) {
                EmployeeError error = expected.error(e);
                assertEquals("ERROR", row.getAs("status"), ids[e]);
                assertEquals(error.reason().name(), row.getAs("error_reason"), ids[e]);
                assertEquals(error.message(), row.getAs("error"), ids[e]);
                assertEquals("EUR", row.getAs("currency"));
                continue;
            }
            assertEquals("OK", row.getAs("status"), ids[e] + ": " + row);
            exact(expected.rating(e), row.getAs("rating"), ids[e]);
            List<Row> components = row.getList(row.fieldIndex("components"));
            List<Map.Entry<String, Money>> paid = new ArrayList<>(expected.components(e).entrySet());
            assertEquals(paid.size(), components.size(), ids[e]);
            for (int c = 0; c < paid.size(); c++) {
                assertEquals(paid.get(c).getKey(), components.get(c).getString(0), ids[e]);
                exact(paid.get(c).getValue().amount(), components.get(c).getDecimal(1), ids[e] + " " + paid.get(c).getKey());
            }
            exact(expected.total(e).amount(), row.getAs("total"), ids[e]);
            assertEquals("EUR", row.getAs("currency"));
        }
        return n;
    }

    /** The columns of one role's employees, as the single-machine batch takes them (their rows in the plan's order). */
    static TeamInput input(PlanDocument plan, String role, List<List<Row>> employees) {
        int n = employees.size();
        String[] ids = new String[n];
        List<String> lines = plan.template().scorecard().lines().stream().map(ScorecardLine::id).toList();
        Map<String, BigDecimal[][]> columns = new LinkedHashMap<>();
        for (String line : lines) {
            columns.put(line, new BigDecimal[4][n]);
        }
        BigDecimal[] idle = new BigDecimal[n];
        BigDecimal[] salaries = new BigDecimal[n];
        for (int e = 0; e < n; e++) {
            for (Row row : employees.get(e)) {
                ids[e] = row.getString(0);
                salaries[e] = row.getDecimal(7);
                if (row.getString(2).equals(SampleTeam.IDLE_HOURS)) {
                    idle[e] = row.getDecimal(3);
                } else {
                    BigDecimal[][] values = columns.get(row.getString(2));
                    for (int k = 0; k < 4; k++) {
                        values[k][e] = row.getDecimal(3 + k);
                    }
                }
            }
        }
        TeamInput.Builder input = TeamInput.builder(n).employeeIds(ids)
                .salaries(Currency.getInstance("EUR"), DecimalColumn.of(salaries));
        columns.forEach((line, values) -> input.facts(line, DecimalColumn.of(values[0]))
                .bases(line, DecimalColumn.of(values[1])).plans(line, DecimalColumn.of(values[2]))
                .targets(line, DecimalColumn.of(values[3])));
        if (role.equals(SampleTeam.EVERY_TYPE)) {
            input.quantities(SampleTeam.IDLE_HOURS, DecimalColumn.of(idle));
        }
        return input.build();
    }

    /** The same decimal: equal in value and, brought back to the expected scale without rounding, equal in form. */
    private static void exact(BigDecimal expected, BigDecimal actual, String what) {
        assertNotNull(actual, what);
        assertEquals(expected, actual.setScale(expected.scale()), what);
    }
}
