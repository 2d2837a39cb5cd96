package org.kpiengine.spark;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.json.PlanDocument;
import org.kpiengine.json.PlanJson;

/**
 * The team batch inside Apache Spark: from a {@code Dataset<Row>} of facts in the long format
 * (one row per employee and indicator) and a plan document per role, a {@code Dataset<Row>} of
 * results, one row per employee.
 *
 * <pre>{@code
 * SparkTeamBatch batch = SparkTeamBatch.builder()
 *         .plan("sales-manager", Files.readString(Path.of("sales-manager.json")), Currency.getInstance("EUR"))
 *         .build();
 * Dataset<Row> facts = spark.read().parquet("facts.parquet");   // employee_id, role, indicator_id, fact, ...
 * Dataset<Row> results = batch.evaluate(facts);                 // employee_id, role, status, rating, ...
 * results.write().parquet("results.parquet");
 * }</pre>
 *
 * <p><b>Facts.</b> Columns are found by name (case as Spark resolves it); others are ignored.
 * <ul>
 * <li>{@code employee_id}, {@code role}, {@code indicator_id}: strings, required;</li>
 * <li>{@code fact}: a decimal, required (a null cell is a missing fact);</li>
 * <li>{@code base}, {@code plan}, {@code target}: decimals, optional: the employee's individual
 *     thresholds for that indicator, null keeps the plan's;</li>
 * <li>{@code salary}: a decimal, optional: the salary of the period, repeated on each row of the
 *     employee (rows that give one must agree).</li>
 * </ul>
 * Number columns must be {@code DecimalType}, an integral type, or strings (as a CSV file is
 * read), each read exactly; a string cell that is not a plain decimal with a dot (such as
 * {@code 1234.5}) costs its employee an {@code ERROR} row ({@code NOT_A_NUMBER}), and a blank one
 * is absent. A {@code double} or {@code float} column is refused, so that no value passes through
 * binary floating point. An {@code indicator_id} that is not an indicator of the role's scorecard is a
 * pay input (such as idle hours) if the role declares it, and an error otherwise.
 *
 * <p><b>Results</b> ({@link #RESULT_SCHEMA}): {@code employee_id}, {@code role}, {@code status}
 * ({@code OK} or {@code ERROR}), {@code rating}, {@code components} (the pay components in the
 * plan's order, salary, each scheme, each modifier: an array of {@code name}, {@code amount}), {@code total},
 * {@code currency}, {@code error_reason} (a {@link Reason} name) and {@code error} (the message,
 * naming the employee). Ratings and amounts are decimals with 18 and 4 decimal places, exactly
 * the values {@link org.kpiengine.batch.TeamBatch} computes (no rounding happens on the way).
 *
 * <p><b>How it runs.</b> The facts are repartitioned by employee and sorted within each
 * partition, so that an employee's rows come together; each partition is then computed in
 * chunks of employees with the role's {@link org.kpiengine.batch.TeamBatch}. The plan documents
 * travel as a broadcast of their JSON text and are parsed once per executor JVM. Nothing is
 * collected to the driver. An employee whose rows break a rule (an unknown role or indicator, a
 * second fact for one indicator, salaries that disagree, a missing id) or whose data the batch
 * refuses gets an {@code ERROR} row; every other employee is still computed, and no employee
 * fails its partition. See docs/guides/spark.md.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SparkTeamBatch {

    /** The number of decimal places of the {@code rating} column. */
    public static final int RATING_SCALE = 18;
    /** The number of decimal places of the money columns (the largest minor unit of ISO 4217). */
    public static final int MONEY_SCALE = 4;

    /** The schema of the results. */
    public static final StructType RESULT_SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("employee_id", DataTypes.StringType, true),
        DataTypes.createStructField("role", DataTypes.StringType, true),
        DataTypes.createStructField("status", DataTypes.StringType, false),
        DataTypes.createStructField("rating", DataTypes.createDecimalType(38, RATING_SCALE), true),
        DataTypes.createStructField("components", DataTypes.createArrayType(new StructType(new StructField[] {
            DataTypes.createStructField("name", DataTypes.StringType, false),
            DataTypes.createStructField("amount", DataTypes.createDecimalType(38, MONEY_SCALE), false)
        }), false), true),
        DataTypes.createStructField("total", DataTypes.createDecimalType(38, MONEY_SCALE), true),
        DataTypes.createStructField("currency", DataTypes.StringType, true),
        DataTypes.createStructField("error_reason", DataTypes.StringType, true),
        DataTypes.createStructField("error", DataTypes.StringType, true)
    });

    /** The input columns, in the order the partition function reads them. */
    static final List<String> REQUIRED = List.of("employee_id", "role", "indicator_id", "fact");
    static final List<String> OPTIONAL = List.of("base", "plan", "target", "salary");

    private final Map<String, RolePlan> plans;
    private final int chunk;

    private SparkTeamBatch(Map<String, RolePlan> plans, int chunk) {
        this.plans = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(plans));
        this.chunk = chunk;
    }

    /**
     * Starts a batch definition.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the roles that have a plan.
     *
     * @return the roles, not null
     */
    public List<String> roles() {
        return List.copyOf(plans.keySet());
    }

    /**
     * Computes every employee of the facts: a lazy plan, run by the first action on the result.
     *
     * @param facts the facts in the long format (see the class documentation), not null
     * @return the results, one row per employee (including one row for all rows without an
     *     employee id, if any), with {@link #RESULT_SCHEMA}
     * @throws KpiInputException ({@code OTHER}, field the column name) if a required column is
     *     missing or a column has a type that cannot be read exactly
     */
    public Dataset<Row> evaluate(Dataset<Row> facts) {
        Objects.requireNonNull(facts, "facts");
        StructType schema = facts.schema();
        List<Column> columns = new ArrayList<>();
        for (String name : REQUIRED) {
            columns.add(column(schema, name, true));
        }
        for (String name : OPTIONAL) {
            columns.add(column(schema, name, false));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(facts.sparkSession().sparkContext());
        Broadcast<Map<String, RolePlan>> shared = context.broadcast(new LinkedHashMap<>(plans));
        Column employee = functions.col("employee_id");
        return facts.select(columns.toArray(new Column[0]))
                .repartition(employee)
                .sortWithinPartitions(employee)
                .mapPartitions(new PartitionEvaluator(shared, chunk), Encoders.row(RESULT_SCHEMA));
    }

    private static Column column(StructType schema, String name, boolean required) {
        StructField field = find(schema, name);
        int position = REQUIRED.indexOf(name);
        boolean text = position >= 0 && position < 3;
        if (field == null) {
            if (required) {
                throw new KpiInputException(Reason.OTHER, null, name, null, "the facts lack the required column '"
                        + name + "' (columns: " + String.join(", ", schema.fieldNames()) + ")");
            }
            return functions.lit(null).cast(DataTypes.createDecimalType(1, 0)).as(name);
        }
        DataType type = field.dataType();
        Column column = functions.col(field.name());
        if (text) {
            if (!type.equals(DataTypes.StringType)) {
                throw new KpiInputException(Reason.OTHER, null, name, type.simpleString(), "column '" + name
                        + "' is " + type.simpleString() + "; it must be a string");
            }
            return column.as(name);
        }
        if (type instanceof DecimalType) {
            return column.as(name);
        }
        if (type.equals(DataTypes.StringType)) {
            return column.as(name);
        }
        if (type instanceof IntegralType) {
            return column.cast(DataTypes.createDecimalType(20, 0)).as(name);
        }
        throw new KpiInputException(Reason.NOT_A_NUMBER, null, name, type.simpleString(), "column '" + name
                + "' is " + type.simpleString() + "; it must be a decimal, an integer or a string of decimals, read"
                + " exactly (a double or float column has already lost exactness)");
    }

    private static @Nullable StructField find(StructType schema, String name) {
        for (StructField field : schema.fields()) {
            if (field.name().equalsIgnoreCase(name)) {
                return field;
            }
        }
        return null;
    }

    /** The plans by role, in the order given. */
    Map<String, RolePlan> plans() {
        return plans;
    }

    @Override
    public String toString() {
        return "SparkTeamBatch[roles " + plans.keySet() + ", chunk " + chunk + "]";
    }

    /**
     * Builds a {@link SparkTeamBatch}: a plan document per role.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Map<String, RolePlan> plans = new LinkedHashMap<>();
        private int chunk = 8192;

        private Builder() {
        }

        /**
         * Adds the plan of a role. The document is read here once, so that a broken plan fails
         * on the driver before any task starts.
         *
         * @param role the role, as in the facts' {@code role} column, not null
         * @param planJson the plan document (see docs/reference/plan-format.md), not null
         * @param currency the currency of the role's salaries and amounts, not null
         * @param inputs the names of per-employee pay inputs that are not indicators (such as
         *     {@code "idle-hours"}), given as {@code indicator_id} rows
         * @return this builder
         * @throws org.kpiengine.json.PlanJsonException if the document cannot be read
         * @throws KpiInputException ({@code INVALID_ID}, field {@code role}) if the role is blank
         *     or already has a plan, or ({@code INVALID_ID}, field {@code inputs}) if an input
         *     name is an indicator of the plan
         */
        public Builder plan(String role, String planJson, Currency currency, String... inputs) {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(planJson, "planJson");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(inputs, "inputs");
            if (role.isBlank() || plans.containsKey(role)) {
                throw new KpiInputException(Reason.INVALID_ID, null, "role", role, "role '" + role + "' "
                        + (role.isBlank() ? "is blank" : "already has a plan"));
            }
            PlanDocument document = PlanJson.standard().read(planJson);
            for (String input : inputs) {
                Objects.requireNonNull(input, "inputs element");
                boolean indicator = document.template().scorecard().lines().stream()
                        .anyMatch(line -> line.id().equals(input));
                if (indicator) {
                    throw new KpiInputException(Reason.INVALID_ID, null, "inputs", input, "pay input '" + input
                            + "' of role '" + role + "' is an indicator of its scorecard; an input must not be");
                }
            }
            plans.put(role, new RolePlan(role, planJson, currency.getCurrencyCode(), List.of(inputs)));
            return this;
        }

        /**
         * Sets the number of employees computed together in one batch inside a partition
         * (8192 unless set): larger chunks amortise more, smaller ones hold less in memory.
         *
         * @param employees the chunk size, 1 to 1 000 000
         * @return this builder
         * @throws KpiInputException ({@code OUT_OF_RANGE}, field {@code chunk}) if outside the range
         */
        public Builder chunk(int employees) {
            if (employees < 1 || employees > 1_000_000) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "chunk", Integer.toString(employees),
                        "chunk " + employees + " must be between 1 and 1000000 employees");
            }
            this.chunk = employees;
            return this;
        }

        /**
         * Builds the batch.
         *
         * @return the batch, not null
         * @throws KpiInputException ({@code OTHER}, field {@code plans}) if no plan was added
         */
        public SparkTeamBatch build() {
            if (plans.isEmpty()) {
                throw new KpiInputException(Reason.OTHER, null, "plans", "0",
                        "a Spark team batch needs the plan of at least one role; none was added");
            }
            return new SparkTeamBatch(plans, chunk);
        }
    }
}
