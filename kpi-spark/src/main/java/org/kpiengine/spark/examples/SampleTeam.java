package org.kpiengine.spark.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.kpiengine.spark.SparkTeamBatch;

/**
 * A generated team for trying the Spark job without data of one's own: two roles with the sample
 * plans ({@code sales-manager}, and {@code every-type} with every curve and scheme and the pay
 * input {@code idle-hours}), facts in the long format, and about one employee in twenty with a
 * defect of their data ({@link Defect}). Each employee's rows depend only on the seed and the
 * employee's number, so any part of the team can be generated anywhere, again.
 *
 * @since 0.1.0
 */
public final class SampleTeam {

    /** The type of every number column: 4 decimal places, exact. */
    public static final DataType NUMBER = DataTypes.createDecimalType(22, 4);

    /** The schema of the generated facts. */
    public static final StructType SCHEMA = new StructType()
            .add("employee_id", DataTypes.StringType, true)
            .add("role", DataTypes.StringType, true)
            .add("indicator_id", DataTypes.StringType, true)
            .add("fact", NUMBER, true)
            .add("base", NUMBER, true)
            .add("plan", NUMBER, true)
            .add("target", NUMBER, true)
            .add("salary", NUMBER, true);

    /** The role of the sales-manager sample plan. */
    public static final String SALES_MANAGER = "sales-manager";
    /** The role of the every-type sample plan. */
    public static final String EVERY_TYPE = "every-type";
    /** The per-employee pay input of the every-type plan. */
    public static final String IDLE_HOURS = "idle-hours";

    /**
     * What is wrong with a generated employee's data, if anything.
     *
     * @since 0.1.0
     */
    public enum Defect {
        /** Nothing. */
        NONE,
        /** One fact is null. */
        NULL_FACT,
        /** The row of one indicator is missing. */
        MISSING_ROW,
        /** The salary has a tenth of a cent. */
        SALARY_FINER_THAN_CENT,
        /** An individual plan of 0 for a ratio indicator. */
        PLAN_NOT_POSITIVE,
        /** No row gives a salary. */
        NO_SALARY,
        /** A row for an indicator the plan does not have. */
        UNKNOWN_INDICATOR,
        /** Two rows for one indicator. */
        DUPLICATE_ROW,
        /** Two rows give different salaries. */
        TWO_SALARIES,
        /** A role without a plan. */
        UNKNOWN_ROLE,
        /** One row names another role. */
        TWO_ROLES,
        /** The rows have no employee id. */
        NO_EMPLOYEE_ID
    }

    private SampleTeam() {
    }

    /**
     * Returns the batch of the two sample plans (amounts in euros).
     *
     * @return the batch, not null
     */
    public static SparkTeamBatch batch() {
        Currency eur = Currency.getInstance("EUR");
        return SparkTeamBatch.builder()
                .plan(SALES_MANAGER, planJson(SALES_MANAGER), eur)
                .plan(EVERY_TYPE, planJson(EVERY_TYPE), eur, IDLE_HOURS)
                .build();
    }

    /**
     * Returns a sample plan document shipped with this module.
     *
     * @param role {@link #SALES_MANAGER} or {@link #EVERY_TYPE}
     * @return the JSON text, not null
     * @throws IllegalArgumentException if there is no such sample
     */
    public static String planJson(String role) {
        try (InputStream in = SampleTeam.class.getResourceAsStream(role + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample plan for role '" + role + "'");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generates the facts of employees {@code 0} to {@code employees - 1} as a dataset.
     *
     * @param spark the session, not null
     * @param employees the number of employees, not negative
     * @param seed the seed
     * @param partitions the number of partitions, at least 1
     * @return the facts, with {@link #SCHEMA}
     */
    public static Dataset<Row> generate(SparkSession spark, long employees, long seed, int partitions) {
        Objects.requireNonNull(spark, "spark");
        FlatMapFunction<Long, Row> rows = index -> rows(index, seed).iterator();
        return spark.range(0, employees, 1, partitions).as(Encoders.LONG()).flatMap(rows, Encoders.row(SCHEMA));
    }

    /**
     * Returns the employee id of a generated employee (also when the generated rows carry none).
     *
     * @param index the employee's number
     * @return the id
     */
    public static String employeeId(long index) {
        return "E" + index;
    }

    /**
     * Returns the defect of a generated employee.
     *
     * @param index the employee's number
     * @param seed the seed
     * @return the defect, not null
     */
    public static Defect defect(long index, long seed) {
        return defect(random(index, seed));
    }

    /**
     * Returns the fact rows of a generated employee, in {@link #SCHEMA}.
     *
     * @param index the employee's number
     * @param seed the seed
     * @return the rows, not null
     */
    public static List<Row> rows(long index, long seed) {
        SplittableRandom random = random(index, seed);
        Defect defect = defect(random);
        boolean every = index % 3 == 0;
        String role = every ? EVERY_TYPE : SALES_MANAGER;
        String id = defect == Defect.NO_EMPLOYEE_ID ? null : employeeId(index);
        BigDecimal salary = defect == Defect.NO_SALARY ? null : decimal(random, 200_000, 800_000, 2);
        if (defect == Defect.SALARY_FINER_THAN_CENT) {
            salary = salary.add(new BigDecimal("0.001"));
        }
        if (defect == Defect.UNKNOWN_ROLE) {
            role = "intern";
        }
        List<Object[]> rows = new ArrayList<>();
        if (every) {
            rows.add(row(id, role, "revenue", decimal(random, 0, 100_000_000, 2), null, null, null, salary));
            rows.add(row(id, role, "deals", decimal(random, 0, 40, 0), null, null, null, salary));
            rows.add(row(id, role, "conversion", decimal(random, 0, 200, 1), null, null, null, salary));
            rows.add(row(id, role, "receivables", decimal(random, 0, 30_000_000, 2), null, null, null, salary));
            rows.add(row(id, role, "quality", decimal(random, 0, 50, 1), null, null, null, salary));
            rows.add(row(id, role, "on-time", decimal(random, 800, 1000, 1), null, null, null, salary));
            rows.add(row(id, role, IDLE_HOURS, decimal(random, 0, 10, 0), null, null, null, salary));
        } else {
            BigDecimal plan = random.nextInt(5) == 0 ? decimal(random, 300, 700, 0) : null;
            rows.add(row(id, role, "contacts", decimal(random, 0, 1000, 0), null, plan, null, salary));
            rows.add(row(id, role, "deals", decimal(random, 0, 100, 0), null, null, null, salary));
            rows.add(row(id, role, "conversion", decimal(random, 0, 200, 1), null, null, null, salary));
            rows.add(row(id, role, "average-check", decimal(random, 0, 2_000_000, 2), null, null, null, salary));
        }
        int victim = random.nextInt(rows.size() - 1);
        switch (defect) {
            case NULL_FACT -> rows.get(victim)[3] = null;
            case MISSING_ROW -> rows.remove(victim);
            case PLAN_NOT_POSITIVE -> rows.get(1)[5] = BigDecimal.ZERO.setScale(4);
            case UNKNOWN_INDICATOR -> rows.add(row(id, role, "calls", decimal(random, 0, 100, 0), null, null, null,
                    salary));
            case DUPLICATE_ROW -> rows.add(rows.get(victim).clone());
            case TWO_SALARIES -> rows.get(victim)[7] = salary.add(BigDecimal.ONE);
            case TWO_ROLES -> rows.get(victim)[1] = every ? SALES_MANAGER : EVERY_TYPE;
            default -> {
            }
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            for (int i = 3; i < row.length; i++) {
                if (row[i] != null) {
                    row[i] = ((BigDecimal) row[i]).setScale(4);
                }
            }
            out.add(RowFactory.create(row));
        }
        return out;
    }

    private static Object[] row(@Nullable String id, String role, String indicator, @Nullable BigDecimal fact,
            @Nullable BigDecimal base, @Nullable BigDecimal plan, @Nullable BigDecimal target,
            @Nullable BigDecimal salary) {
        return new Object[] {id, role, indicator, fact, base, plan, target, salary};
    }

    private static BigDecimal decimal(SplittableRandom random, long from, long to, int scale) {
        return BigDecimal.valueOf(random.nextLong(from, to + 1), scale);
    }

    private static Defect defect(SplittableRandom random) {
        Defect[] all = Defect.values();
        return random.nextInt(20) == 0 ? all[1 + random.nextInt(all.length - 1)] : Defect.NONE;
    }

    private static SplittableRandom random(long index, long seed) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }
}
