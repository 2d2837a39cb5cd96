package org.kpiengine.spark;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.batch.EmployeeError;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.money.Money;

/**
 * The work of one partition: reads the rows (sorted by employee), gathers each employee's rows,
 * stages the employee under their role, and every {@code chunk} employees computes the staged
 * ones with each role's batch, emitting one result row per employee. Lazy: at most one chunk of
 * employees and its results are held at a time.
 */
final class PartitionEvaluator implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<Map<String, RolePlan>> plans;
    private final int chunk;

    PartitionEvaluator(Broadcast<Map<String, RolePlan>> plans, int chunk) {
        this.plans = plans;
        this.chunk = chunk;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return evaluate(rows, plans.value(), chunk);
    }

    /**
     * The results of a partition's rows, which must come grouped by employee.
     *
     * @param rows the projected fact rows (employee_id, role, indicator_id, fact, base, plan, target, salary)
     * @param plans the plans by role
     * @param chunk the number of employees computed together
     * @return the lazy results, one row per employee
     */
    static Iterator<Row> evaluate(Iterator<Row> rows, Map<String, RolePlan> plans, int chunk) {
        Map<String, RoleChunk> roles = new LinkedHashMap<>();
        for (RolePlan plan : plans.values()) {
            roles.put(plan.role(), new RoleChunk(plan, Plans.of(plan.json())));
        }
        return new Results(rows, roles, chunk);
    }

    /** The lazy iterator of a partition's results. */
    private static final class Results implements Iterator<Row> {
        private final Iterator<Row> rows;
        private final Map<String, RoleChunk> roles;
        private final int chunk;
        private final ArrayDeque<Row> ready = new ArrayDeque<>();
        private @Nullable Row pending;
        private int staged;

        Results(Iterator<Row> rows, Map<String, RoleChunk> roles, int chunk) {
            this.rows = rows;
            this.roles = roles;
            this.chunk = chunk;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && (pending != null || rows.hasNext() || staged > 0)) {
                if (pending == null && !rows.hasNext()) {
                    flush();
                } else {
                    stageNextEmployee();
                    if (staged >= chunk) {
                        flush();
                    }
                }
            }
            return !ready.isEmpty();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        private void flush() {
            for (RoleChunk role : roles.values()) {
                role.evaluate(ready);
            }
            staged = 0;
        }

        /** Reads the rows of the next employee (consecutive, since the partition is sorted). */
        private void stageNextEmployee() {
            Row first = pending != null ? pending : rows.next();
            pending = null;
            String id = first.getString(0);
            List<Row> mine = new ArrayList<>();
            mine.add(first);
            while (rows.hasNext()) {
                Row row = rows.next();
                if (sameEmployee(id, row.getString(0))) {
                    mine.add(row);
                } else {
                    pending = row;
                    break;
                }
            }
            Row error = stage(id, mine);
            if (error != null) {
                ready.add(error);
            } else {
                staged++;
            }
        }

        private static boolean sameEmployee(@Nullable String a, @Nullable String b) {
            return a == null ? b == null : a.equals(b);
        }

        /** Stages one employee under their role, or returns their error row. */
        private @Nullable Row stage(@Nullable String id, List<Row> mine) {
            if (id == null || id.isBlank()) {
                return errorRow(id, null, null, new KpiInputException(Reason.INVALID_ID, null, "employee_id", id,
                        mine.size() + " row" + (mine.size() == 1 ? " has" : "s have") + " a "
                                + (id == null ? "null" : "blank") + " employee_id; they cannot be computed"));
            }
            String role = null;
            for (Row row : mine) {
                String r = row.getString(1);
                if (r == null) {
                    return errorRow(id, null, null, new KpiInputException(Reason.INVALID_ID, null, "role", null,
                            "a row for indicator " + show(row.getString(2)) + " has a null role"));
                }
                if (role != null && !role.equals(r)) {
                    return errorRow(id, null, null, new KpiInputException(Reason.INVALID_ID, null, "role", r,
                            "the rows name two roles, " + show(role) + " and " + show(r)));
                }
                role = r;
            }
            RoleChunk target = roles.get(role);
            if (target == null) {
                return errorRow(id, role, null, new KpiInputException(Reason.INVALID_ID, null, "role", role,
                        "role " + show(role) + " has no plan (the plans are for " + roles.keySet() + ")"));
            }
            KpiInputException problem = target.stage(id, mine);
            return problem == null ? null : errorRow(id, role, target.currencyIfPaid(), problem);
        }
    }

    static String show(@Nullable String text) {
        if (text == null) {
            return "null";
        }
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }

    /** A result row, carrying its schema so that its fields can be read by name. */
    private static Row resultRow(@Nullable Object... values) {
        return new GenericRowWithSchema(values, SparkTeamBatch.RESULT_SCHEMA);
    }

    static Row errorRow(@Nullable String id, @Nullable String role, @Nullable String currency,
            KpiInputException problem) {
        String message = "employee " + (id == null ? "(none)" : "'" + id + "'") + ": " + problem.getMessage();
        return resultRow(id, role, "ERROR", null, null, null, currency, problem.reason().name(), message);
    }

    static Row errorRow(String role, @Nullable String currency, EmployeeError error) {
        return resultRow(error.employeeId(), role, "ERROR", null, null, null, currency,
                error.reason().name(), error.message());
    }

    /** The first magnitude the rating column cannot hold. */
    private static final BigDecimal RATING_LIMIT = BigDecimal.TEN.pow(38 - SparkTeamBatch.RATING_SCALE);
    /** The first magnitude the money columns cannot hold. */
    private static final BigDecimal MONEY_LIMIT = BigDecimal.TEN.pow(38 - SparkTeamBatch.MONEY_SCALE);

    static Row okRow(String role, TeamResult result, int row, boolean paid) {
        BigDecimal rating = result.rating(row);
        String id = result.employeeId(row);
        String currency = paid ? Objects.requireNonNull(result.currency()).getCurrencyCode() : null;
        if (rating.abs().compareTo(RATING_LIMIT) >= 0) {
            return errorRow(id, role, currency, tooLarge("rating", rating, "decimal(38, " + SparkTeamBatch.RATING_SCALE
                    + ")"));
        }
        if (paid) {
            for (Map.Entry<String, Money> line : result.components(row).entrySet()) {
                if (line.getValue().amount().abs().compareTo(MONEY_LIMIT) >= 0) {
                    return errorRow(id, role, currency, tooLarge(line.getKey(), line.getValue().amount(),
                            "decimal(38, " + SparkTeamBatch.MONEY_SCALE + ")"));
                }
            }
            if (result.total(row).amount().abs().compareTo(MONEY_LIMIT) >= 0) {
                return errorRow(id, role, currency, tooLarge("total", result.total(row).amount(),
                        "decimal(38, " + SparkTeamBatch.MONEY_SCALE + ")"));
            }
        }
        if (!paid) {
            return resultRow(result.employeeId(row), role, "OK", rating, null, null, null, null, null);
        }
        List<Row> components = new ArrayList<>();
        for (Map.Entry<String, Money> line : result.components(row).entrySet()) {
            components.add(RowFactory.create(line.getKey(), line.getValue().amount()));
        }
        Money total = result.total(row);
        return resultRow(result.employeeId(row), role, "OK", rating,
                scala.jdk.javaapi.CollectionConverters.asScala(components).toSeq(), total.amount(),
                total.currency().getCurrencyCode(), null, null);
    }

    /** A computed value that the results' decimal columns cannot hold: the employee's error, not the job's. */
    private static KpiInputException tooLarge(String field, BigDecimal value, String type) {
        String text = value.toString();
        return new KpiInputException(Reason.OUT_OF_RANGE, null, field, text.length() > 40 ? value.round(
                new java.math.MathContext(10, java.math.RoundingMode.HALF_UP)).toString() : text, field + " "
                + (text.length() > 40 ? "of about " + value.round(new java.math.MathContext(10,
                java.math.RoundingMode.HALF_UP)) : text) + " is too large for the results' " + type + " column");
    }

    /** The longest number text read from a string column. */
    static final int MAX_NUMBER_CHARS = 100;
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final String[] NUMBER_COLUMNS = {"fact", "base", "plan", "target", "salary"};

    /**
     * Reads a number cell: a decimal as it is, or a string parsed exactly (blank is absent).
     *
     * @throws KpiInputException ({@code NOT_A_NUMBER}) for a string that is not a plain decimal
     */
    static @Nullable BigDecimal number(Row row, int position, @Nullable String indicatorId) {
        Object cell = row.get(position);
        if (cell == null || cell instanceof BigDecimal) {
            return (BigDecimal) cell;
        }
        String text = ((String) cell).strip();
        if (text.isEmpty()) {
            return null;
        }
        String column = NUMBER_COLUMNS[position - 3];
        if (text.length() > MAX_NUMBER_CHARS) {
            throw new KpiInputException(Reason.NOT_A_NUMBER, indicatorId, column, show(text), "bad number "
                    + show(text) + " (" + text.length() + " characters) in column '" + column + "': a number may"
                    + " have at most " + MAX_NUMBER_CHARS + " characters");
        }
        if (PLAIN_DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        throw new KpiInputException(Reason.NOT_A_NUMBER, indicatorId, column, show(text), "bad number "
                + show(text) + " in column '" + column + "'" + (indicatorId == null ? "" : " for indicator "
                + show(indicatorId)) + " (expected a decimal with a dot, such as 1234.5)");
    }

    /** The staged employees of one role in the current chunk, as columns under construction. */
    static final class RoleChunk {
        private final RolePlan plan;
        private final Plans.Parsed parsed;
        private final Currency currency;
        private final boolean paid;
        private final Map<String, Integer> indicators = new HashMap<>();
        private final Map<String, Integer> inputs = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        /** Per employee: fact, base, plan, target per indicator, then each input, then the salary. */
        private final List<BigDecimal[]> values = new ArrayList<>();

        RoleChunk(RolePlan plan, Plans.Parsed parsed) {
            this.plan = plan;
            this.parsed = parsed;
            this.currency = Currency.getInstance(plan.currencyCode());
            this.paid = parsed.document().template().payPlan() != null;
            List<String> lines = parsed.document().template().scorecard().lines().stream().map(l -> l.id()).toList();
            for (int i = 0; i < lines.size(); i++) {
                indicators.put(lines.get(i), i);
            }
            for (int i = 0; i < plan.inputs().size(); i++) {
                inputs.put(plan.inputs().get(i), i);
            }
        }

        @Nullable String currencyIfPaid() {
            return paid ? currency.getCurrencyCode() : null;
        }

        private int width() {
            return 4 * indicators.size() + inputs.size() + 1;
        }

        /** Stages an employee, or returns why their rows cannot be computed. */
        @Nullable KpiInputException stage(String id, List<Row> rows) {
            BigDecimal[] mine = new BigDecimal[width()];
            boolean[] seen = new boolean[indicators.size() + inputs.size()];
            int salary = width() - 1;
            for (Row row : rows) {
                String indicator = row.getString(2);
                if (indicator == null) {
                    return new KpiInputException(Reason.INVALID_ID, null, "indicator_id", null,
                            "a row has a null indicator_id");
                }
                Integer line = indicators.get(indicator);
                Integer input = line == null ? inputs.get(indicator) : null;
                if (line == null && input == null) {
                    return new KpiInputException(Reason.UNKNOWN_INDICATOR, indicator, "indicator_id", indicator,
                            "unknown indicator " + show(indicator) + " for role " + show(plan.role())
                                    + " (the plan has " + String.join(", ", parsed.document().template().scorecard()
                                            .lines().stream().map(l -> l.id()).toList())
                                    + (inputs.isEmpty() ? "" : "; inputs " + String.join(", ", plan.inputs())) + ")");
                }
                int slot = line != null ? line : indicators.size() + input;
                if (seen[slot]) {
                    return new KpiInputException(Reason.DUPLICATE_INDICATOR, line != null ? indicator : null, "fact",
                            indicator, "a second row for " + (line != null ? "indicator " : "input ")
                                    + show(indicator));
                }
                seen[slot] = true;
                try {
                    if (line != null) {
                        for (int k = 0; k < 4; k++) {
                            mine[4 * line + k] = number(row, 3 + k, indicator);
                        }
                    } else {
                        mine[4 * indicators.size() + input] = number(row, 3, null);
                    }
                } catch (KpiInputException e) {
                    return e;
                }
                BigDecimal s;
                try {
                    s = number(row, 7, null);
                } catch (KpiInputException e) {
                    return e;
                }
                if (s != null) {
                    if (mine[salary] != null && mine[salary].compareTo(s) != 0) {
                        return new KpiInputException(Reason.OTHER, null, "salary", s.toPlainString(),
                                "the rows give two salaries, " + mine[salary].toPlainString() + " and "
                                        + s.toPlainString());
                    }
                    mine[salary] = s;
                }
            }
            ids.add(id);
            values.add(mine);
            return null;
        }

        /** Computes the staged employees and adds their rows to {@code out}; then starts afresh. */
        void evaluate(ArrayDeque<Row> out) {
            if (ids.isEmpty()) {
                return;
            }
            try {
                TeamResult result = parsed.batch().evaluate(Columns.input(this, 0, ids.size()));
                emit(result, out);
            } catch (RuntimeException whole) {
                // The batch refused the chunk as a whole, which staging is meant to prevent: compute each
                // employee alone, so that the one whose data caused it gets the error row, not the chunk.
                for (int i = 0; i < ids.size(); i++) {
                    try {
                        emit(parsed.batch().evaluate(Columns.input(this, i, i + 1)), out);
                    } catch (KpiInputException e) {
                        out.add(errorRow(ids.get(i), plan.role(), currencyIfPaid(), e));
                    } catch (RuntimeException e) {
                        out.add(errorRow(ids.get(i), plan.role(), currencyIfPaid(), new KpiInputException(
                                Reason.OTHER, null, null, null, "the batch failed: " + e, e)));
                    }
                }
            } finally {
                ids.clear();
                values.clear();
            }
        }

        private void emit(TeamResult result, ArrayDeque<Row> out) {
            for (int row = 0; row < result.size(); row++) {
                out.add(result.isOk(row) ? okRow(plan.role(), result, row, paid)
                        : errorRow(plan.role(), currencyIfPaid(), Objects.requireNonNull(result.error(row))));
            }
        }

        RolePlan plan() {
            return plan;
        }

        boolean paid() {
            return paid;
        }

        Currency currency() {
            return currency;
        }

        Map<String, Integer> indicators() {
            return indicators;
        }

        Map<String, Integer> inputs() {
            return inputs;
        }

        List<String> ids() {
            return ids;
        }

        List<BigDecimal[]> values() {
            return values;
        }
    }
}
