package org.kpiengine.batch;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;

/**
 * The employees of a team batch, as columns: per employee a role number (an index into the
 * batch's {@link RoleTemplate}s), optionally an id, per indicator a column of facts and
 * optional columns of individual plans, bases and targets that replace the template's where
 * they hold a value, and for pay plans the salaries (in one currency) and named pay inputs.
 * No object per employee or per value is needed.
 *
 * <pre>{@code
 * TeamInput input = TeamInput.builder(3)
 *         .employeeIds("E1", "E2", "E3")
 *         .roles(new int[] {0, 0, 1})
 *         .facts("revenue", DecimalColumn.ofUnscaled(new long[] {5_700_000, 4_900_000, 6_100_000}, 2))
 *         .plans("revenue", DecimalColumn.ofUnscaled(new long[] {50_000, 50_000, 60_000}, 0))
 *         .salaries(Currency.getInstance("EUR"), DecimalColumn.ofUnscaled(new long[] {300_000, 320_000, 450_050}, 2))
 *         .build();
 * }</pre>
 *
 * <p>The integrator's own rows (CRM records, a JDBC result set) fill the same columns row by row
 * through {@link #fromRows(List, RowReader)} or {@link #rowBuilder()}, with no object per value
 * given as a {@code long} (see docs/guides/team-batches.md, Row-wise input).
 *
 * <p>A column may name an indicator that only some roles' scorecards have; employees of other
 * roles ignore it. Every column must hold exactly one value per employee. The arrays are shared,
 * not copied: they must not change while a batch runs. Otherwise this class is immutable and
 * thread-safe.
 *
 * <p>The declared size must be backed by the columns: {@link #builder(int)} refuses a negative
 * size and {@link Builder#build()} a positive one when no column (ids, roles, facts, thresholds,
 * salaries or quantities) was given, since every column must hold exactly {@code size} values.
 * So the size never exceeds what the caller's own arrays already hold, and a declared size such
 * as {@code Integer.MAX_VALUE} is a {@link KpiInputException} ({@code OUT_OF_RANGE}, field
 * {@code size}) rather than an attempt to allocate gigabytes. A column of the wrong length is
 * likewise a {@link KpiInputException} naming the column (and the indicator, for facts and
 * thresholds).
 *
 * @since 0.1.0
 */
public final class TeamInput {

    private final int size;
    private final String @Nullable [] employeeIds;
    private final int[] roles;
    private final Map<String, DecimalColumn> facts;
    private final Map<String, DecimalColumn> bases;
    private final Map<String, DecimalColumn> plans;
    private final Map<String, DecimalColumn> targets;
    private final @Nullable Currency currency;
    private final @Nullable DecimalColumn salaries;
    private final Map<String, DecimalColumn> quantities;

    private TeamInput(Builder builder) {
        this.currency = builder.currency;
        this.salaries = builder.salaries;
        this.quantities = Collections.unmodifiableMap(new LinkedHashMap<>(builder.quantities));
        this.size = builder.size;
        this.employeeIds = builder.employeeIds;
        this.roles = builder.roles == null ? new int[size] : builder.roles;
        this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(builder.facts));
        this.bases = Collections.unmodifiableMap(new LinkedHashMap<>(builder.bases));
        this.plans = Collections.unmodifiableMap(new LinkedHashMap<>(builder.plans));
        this.targets = Collections.unmodifiableMap(new LinkedHashMap<>(builder.targets));
    }

    /**
     * Starts building the input of {@code size} employees.
     *
     * @param size the number of employees, not negative; at build time it must be the length of
     *     the columns given
     * @return a new builder, not null
     * @throws KpiInputException ({@code OUT_OF_RANGE}, field {@code size}) if the size is negative
     */
    public static Builder builder(int size) {
        return new Builder(size);
    }

    /**
     * Obtains the input of a list of the integrator's own rows (CRM records, entities), each
     * written into the columns by a reader: no object is made per employee or per value given
     * as a {@code long}. The reader is called once per row, in order; row {@code i} of the list
     * is employee {@code i} of the batch.
     *
     * <pre>{@code
     * TeamInput input = TeamInput.fromRows(sellers, (seller, row) -> row
     *         .employeeId(seller.login())
     *         .role(seller.isManager() ? 1 : 0)
     *         .fact("revenue", seller.revenueCents(), 2)
     *         .plan("revenue", seller.revenuePlan())
     *         .salary(EUR, seller.salaryCents(), 2));
     * }</pre>
     *
     * <p>Each value may be written once per row; a value a row does not write is absent for that
     * employee (an absent fact is that employee's error, an absent threshold keeps the template's).
     * Employee ids are optional, but if one row has one, every row must.
     *
     * @param <T> the type of the integrator's rows
     * @param rows the rows, not null, no null element
     * @param reader writes one row's values into the cursor, not null
     * @return the input, not null
     * @throws NullPointerException if the list, an element or the reader is null, or the reader
     *     passes a null id or name (naming the row)
     * @throws KpiInputException if a row writes a value twice ({@code DUPLICATE_INDICATOR} for a
     *     fact or threshold), gives a salary in another currency than earlier rows
     *     ({@code CURRENCY_MISMATCH}), or some rows have an employee id and others not
     *     ({@code INVALID_ID}); the message names the row (from 0) and its employee
     */
    public static <T> TeamInput fromRows(List<? extends T> rows, RowReader<? super T> reader) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(reader, "reader");
        RowBuilder builder = new RowBuilder(rows.size());
        int i = 0;
        for (T source : rows) {
            if (source == null) {
                throw new NullPointerException("rows [" + i + "] is null");
            }
            reader.read(source, builder.next());
            i++;
        }
        return builder.build();
    }

    /**
     * Starts building the input row by row, for rows that come one at a time (a JDBC result
     * set, a stream of records): {@link RowBuilder#next()} starts each employee's row and
     * returns the cursor its values are written into.
     *
     * <pre>{@code
     * TeamInput.RowBuilder rows = TeamInput.rowBuilder();
     * while (resultSet.next()) {
     *     rows.next()
     *             .employeeId(resultSet.getString("login"))
     *             .fact("revenue", resultSet.getBigDecimal("revenue"))
     *             .fact("calls", resultSet.getLong("calls"))
     *             .salary(EUR, resultSet.getBigDecimal("salary"));
     * }
     * TeamInput input = rows.build();
     * }</pre>
     *
     * @return a new row builder, not null
     */
    public static RowBuilder rowBuilder() {
        return new RowBuilder(64);
    }

    /**
     * Returns the number of employees.
     *
     * @return the size, not negative
     */
    public int size() {
        return size;
    }

    /**
     * Returns an employee's id: the one given, or {@code "row N"} (from 0) when none was given.
     *
     * @param row the row, from 0
     * @return the id, not null
     */
    public String employeeId(int row) {
        Objects.checkIndex(row, size);
        return employeeIds == null ? "row " + row : employeeIds[row];
    }

    /**
     * Returns an employee's role number.
     *
     * @param row the row, from 0
     * @return the role number, an index into the batch's templates
     */
    public int role(int row) {
        return roles[row];
    }

    int[] roles() {
        return roles;
    }

    /**
     * Returns the fact columns, by indicator id.
     *
     * @return the unmodifiable map, not null
     */
    public Map<String, DecimalColumn> facts() {
        return facts;
    }

    /**
     * Returns the columns of individual bases, by indicator id.
     *
     * @return the unmodifiable map, not null
     */
    public Map<String, DecimalColumn> bases() {
        return bases;
    }

    /**
     * Returns the columns of individual plans, by indicator id.
     *
     * @return the unmodifiable map, not null
     */
    public Map<String, DecimalColumn> plans() {
        return plans;
    }

    /**
     * Returns the columns of individual targets, by indicator id.
     *
     * @return the unmodifiable map, not null
     */
    public Map<String, DecimalColumn> targets() {
        return targets;
    }

    /**
     * Returns the currency of the salaries and of every payout.
     *
     * @return the currency, or null if no salaries were given
     */
    public @Nullable Currency currency() {
        return currency;
    }

    /**
     * Returns the salaries.
     *
     * @return the column, or null if none was given
     */
    public @Nullable DecimalColumn salaries() {
        return salaries;
    }

    /**
     * Returns the columns of named pay inputs (such as {@code "idle-hours"}), by name.
     *
     * @return the unmodifiable map, not null
     */
    public Map<String, DecimalColumn> quantities() {
        return quantities;
    }

    @Override
    public String toString() {
        return "TeamInput[" + size + " employees, facts " + facts.keySet() + "]";
    }

    /**
     * Collects the columns of a team batch; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final int size;
        private String @Nullable [] employeeIds;
        private int @Nullable [] roles;
        private final Map<String, DecimalColumn> facts = new LinkedHashMap<>();
        private final Map<String, DecimalColumn> bases = new LinkedHashMap<>();
        private final Map<String, DecimalColumn> plans = new LinkedHashMap<>();
        private final Map<String, DecimalColumn> targets = new LinkedHashMap<>();
        private final Map<String, DecimalColumn> quantities = new LinkedHashMap<>();
        private @Nullable Currency currency;
        private @Nullable DecimalColumn salaries;
        /** Whether a column of exactly {@code size} values was given. */
        private boolean backed;

        private Builder(int size) {
            if (size < 0) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "size", Integer.toString(size),
                        "size " + size + " must not be negative");
            }
            this.size = size;
        }

        /**
         * Sets the employees' ids, used in results and error messages; without them an employee
         * is called {@code "row N"}.
         *
         * @param ids one id per employee, not null, no null element
         * @return this builder, not null
         * @throws KpiInputException ({@code OUT_OF_RANGE}) if the number of ids is not the size
         */
        public Builder employeeIds(String... ids) {
            Objects.requireNonNull(ids, "ids");
            sized(null, "employeeIds", ids.length);
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == null) {
                    throw new NullPointerException("ids [" + i + "] is null");
                }
            }
            this.employeeIds = ids;
            return this;
        }

        /**
         * Sets the employees' role numbers, indices into the batch's templates; without them
         * every employee has role 0. The array is shared, not copied.
         *
         * @param roleNumbers one role number per employee, not null
         * @return this builder, not null
         * @throws KpiInputException ({@code OUT_OF_RANGE}) if the number of roles is not the size
         */
        public Builder roles(int[] roleNumbers) {
            Objects.requireNonNull(roleNumbers, "roleNumbers");
            sized(null, "roles", roleNumbers.length);
            this.roles = roleNumbers;
            return this;
        }

        /**
         * Sets the facts of one indicator.
         *
         * @param indicatorId the indicator id, not null
         * @param column one fact per employee, not null
         * @return this builder, not null
         * @throws KpiInputException ({@code OUT_OF_RANGE}) if the column's size is not the size
         */
        public Builder facts(String indicatorId, DecimalColumn column) {
            return put(facts, "facts", indicatorId, column);
        }

        /**
         * Sets individual bases of one indicator; an absent value keeps the template's base.
         *
         * @param indicatorId the indicator id, not null
         * @param column one base (or absent) per employee, not null
         * @return this builder, not null
         * @throws KpiInputException ({@code OUT_OF_RANGE}) if the column's size is not the size
         */
        public Builder bases(String indicatorId, DecimalColumn column) {
            return put(bases, "bases", indicatorId, column);
        }

        /**
         * Sets individual plans of one indicator; an absent value keeps the template's plan.
         *
         * @param indicatorId the indicator id, not null
         * @param column one plan (or absent) per employee, not null
         * @return this builder, not null
         * @throws KpiInputException ({@code OUT_OF_RANGE}) if the column's size is not the size
         */
        public Builder plans(String indicatorId, DecimalColumn column) {
            return put(plans, "plans", indicatorId, column);
        }

        /**
         * Sets individual targets of one indicator; an absent value keeps the template's target.
         *
         * @param indicatorId the indicator id, not null
         * @param column one target (or absent) per employee, not null
         * @return this builder, not null
         * @throws KpiInputException ({@code OUT_OF_RANGE}) if the column's size is not the size
         */
        public Builder targets(String indicatorId, DecimalColumn column) {
            return put(targets, "targets", indicatorId, column);
        }

        /**
         * Sets the employees' fixed salaries, which the roles' pay plans need; each must fit the
         * currency's minor unit ({@code 1234.50} for EUR) and not be negative, or the employee
         * gets an error result. To the cent in a long column: {@code ofUnscaled(cents, 2)}.
         *
         * @param salaryCurrency the currency of the salaries and of every payout, not null
         * @param column one salary per employee, not null
         * @return this builder, not null
         * @throws KpiInputException ({@code OUT_OF_RANGE}) if the column's size is not the size
         */
        public Builder salaries(Currency salaryCurrency, DecimalColumn column) {
            Objects.requireNonNull(salaryCurrency, "salaryCurrency");
            Objects.requireNonNull(column, "column");
            sized(null, "salaries", column.size());
            this.currency = salaryCurrency;
            this.salaries = column;
            return this;
        }

        /**
         * Sets a named pay input that is not a scorecard indicator (see
         * {@link org.kpiengine.pay.PayInputs}), such as {@code "idle-hours"}; an absent value is
         * not supplied for that employee.
         *
         * @param name the input's name, not null
         * @param column one value (or absent) per employee, not null
         * @return this builder, not null
         * @throws KpiInputException ({@code OUT_OF_RANGE}) if the column's size is not the size
         */
        public Builder quantities(String name, DecimalColumn column) {
            return put(quantities, "quantities", name, column);
        }

        private Builder put(Map<String, DecimalColumn> map, String what, String indicatorId, DecimalColumn column) {
            Objects.requireNonNull(indicatorId, what.equals("quantities") ? "name" : "indicatorId");
            Objects.requireNonNull(column, "column");
            if (what.equals("quantities")) {
                sized(null, indicatorId, column.size());
            } else {
                sized(indicatorId, what, column.size());
            }
            map.put(indicatorId, column);
            return this;
        }

        private void sized(@Nullable String indicatorId, String field, int length) {
            if (length != size) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, indicatorId, field, Integer.toString(length),
                        field + (indicatorId == null ? "" : " of indicator '" + indicatorId + "'") + " hold " + length
                                + " values for " + size + " employees");
            }
            backed = true;
        }

        /**
         * Builds the input.
         *
         * @return the input, not null
         * @throws KpiInputException ({@code OUT_OF_RANGE}, field {@code size}) if the size is positive
         *     but no column was given to back it
         */
        public TeamInput build() {
            if (size > 0 && !backed) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "size", Integer.toString(size),
                        "size " + size + ": a batch of " + size + " employees needs at least one column (ids, roles,"
                                + " facts, thresholds, salaries or quantities) holding a value per employee, but none"
                                + " was given");
            }
            return new TeamInput(this);
        }
    }

    /**
     * Collects the rows of a team input one employee at a time; not thread-safe. Made by
     * {@link TeamInput#rowBuilder()}. The columns grow as rows arrive (doubling), so filling
     * costs amortised constant time per value.
     *
     * @since 0.1.0
     */
    public static final class RowBuilder {
        private final RowColumns columns;
        private final Row row;

        RowBuilder(int expectedRows) {
            this.columns = new RowColumns(expectedRows);
            this.row = new Row(columns);
        }

        /**
         * Starts the next employee's row (the first is row 0) and returns the cursor its values
         * are written into; it is the same cursor for every row.
         *
         * @return the cursor, not null
         * @throws IllegalStateException if the rows were already built
         */
        public Row next() {
            columns.next();
            return row;
        }

        /**
         * Starts the next employee's row with the employee's id, as {@code next().employeeId(id)}.
         *
         * @param employeeId the employee's id, not null
         * @return the cursor, not null
         * @throws NullPointerException if the id is null, naming the row
         * @throws IllegalStateException if the rows were already built
         */
        public Row next(String employeeId) {
            columns.next();
            return row.employeeId(employeeId);
        }

        /**
         * Returns the number of rows started so far.
         *
         * @return the number of rows, not negative
         */
        public int size() {
            return columns.rows();
        }

        /**
         * Builds the input from the rows written; the builder accepts no more rows afterwards.
         *
         * @return the input, not null
         * @throws KpiInputException ({@code INVALID_ID}, field {@code employeeId}) if some rows
         *     have an employee id and others not, naming the first row without one
         * @throws IllegalStateException if the rows were already built
         */
        public TeamInput build() {
            return columns.build();
        }

        @Override
        public String toString() {
            return "TeamInput.RowBuilder[" + columns.rows() + " rows]";
        }
    }

    /**
     * The cursor onto one employee's row: each method writes one value of the current row and
     * returns this cursor, so the values of a row read as one chain. Values come as exact
     * decimals, whole numbers, unscaled values with a scale (the fast form, no object made) or
     * doubles; each value may be written once per row, in any order (writing a row's values in
     * the same order as the previous row's is fastest). Not thread-safe; obtained from
     * {@link RowBuilder#next()} or given to a {@link RowReader}.
     *
     * <p>An error names the row (from 0) and, once given, the employee:
     * {@code row 3 (employee 'E3'): fact of indicator 'revenue' was given twice; each value is
     * written once per row}.
     *
     * @since 0.1.0
     */
    public static final class Row {
        private final RowColumns columns;

        Row(RowColumns columns) {
            this.columns = columns;
        }

        /**
         * Returns the number of the current row, from 0.
         *
         * @return the row number, or -1 before the first row
         */
        public int rowNumber() {
            return columns.rows() - 1;
        }

        /**
         * Sets the employee's id, used in results and error messages.
         *
         * @param employeeId the id, not null
         * @return this cursor, not null
         * @throws NullPointerException if the id is null, naming the row
         * @throws KpiInputException ({@code INVALID_ID}) if the row already has an id
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row employeeId(String employeeId) {
            columns.employeeId(employeeId);
            return this;
        }

        /**
         * Sets the employee's role number, an index into the batch's templates; a row without
         * one has role 0.
         *
         * @param role the role number
         * @return this cursor, not null
         * @throws KpiInputException if the row already has a role
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row role(int role) {
            columns.role(role);
            return this;
        }

        /**
         * Writes the fact of an indicator, as an exact decimal; a null value leaves the fact absent, which the batch reports as that employee's error (no fact for the indicator).
         *
         * @param indicatorId the indicator id, not null
         * @param value the value, null for absent
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row fact(String indicatorId, @Nullable BigDecimal value) {
            columns.put(RowColumns.Kind.FACT, indicatorId, value);
            return this;
        }

        /**
         * Writes the fact of an indicator, as a whole number.
         *
         * @param indicatorId the indicator id, not null
         * @param value the value
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row fact(String indicatorId, long value) {
            columns.put(RowColumns.Kind.FACT, indicatorId, value, 0);
            return this;
        }

        /**
         * Writes the fact of an indicator, as an unscaled value and a scale (value = unscaled × 10<sup>−scale</sup>):
         * {@code fact(id, 123450, 2)} is 1234.50. The fast form: no object is made.
         *
         * @param indicatorId the indicator id, not null
         * @param unscaled the unscaled value
         * @param scale the number of decimal places; 0 to 18 is the fast form, any other is read
         *     as an exact decimal
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row fact(String indicatorId, long unscaled, int scale) {
            columns.put(RowColumns.Kind.FACT, indicatorId, unscaled, scale);
            return this;
        }

        /**
         * Writes the fact of an indicator, as a double read through its shortest decimal form (so 0.1 is exactly
         * 0.1); NaN or an infinity gives the employee an error result
         * ({@link KpiInputException.Reason#NOT_A_NUMBER}).
         *
         * @param indicatorId the indicator id, not null
         * @param value the value
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row fact(String indicatorId, double value) {
            columns.put(RowColumns.Kind.FACT, indicatorId, value);
            return this;
        }

        /**
         * Writes the employee's individual base of an indicator, as an exact decimal; a null value keeps the template's base.
         *
         * @param indicatorId the indicator id, not null
         * @param value the value, null for absent
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row base(String indicatorId, @Nullable BigDecimal value) {
            columns.put(RowColumns.Kind.BASE, indicatorId, value);
            return this;
        }

        /**
         * Writes the employee's individual base of an indicator, as a whole number.
         *
         * @param indicatorId the indicator id, not null
         * @param value the value
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row base(String indicatorId, long value) {
            columns.put(RowColumns.Kind.BASE, indicatorId, value, 0);
            return this;
        }

        /**
         * Writes the employee's individual base of an indicator, as an unscaled value and a scale (value = unscaled × 10<sup>−scale</sup>):
         * {@code base(id, 123450, 2)} is 1234.50. The fast form: no object is made.
         *
         * @param indicatorId the indicator id, not null
         * @param unscaled the unscaled value
         * @param scale the number of decimal places; 0 to 18 is the fast form, any other is read
         *     as an exact decimal
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row base(String indicatorId, long unscaled, int scale) {
            columns.put(RowColumns.Kind.BASE, indicatorId, unscaled, scale);
            return this;
        }

        /**
         * Writes the employee's individual base of an indicator, as a double read through its shortest decimal form (so 0.1 is exactly
         * 0.1); NaN or an infinity gives the employee an error result
         * ({@link KpiInputException.Reason#NOT_A_NUMBER}).
         *
         * @param indicatorId the indicator id, not null
         * @param value the value
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row base(String indicatorId, double value) {
            columns.put(RowColumns.Kind.BASE, indicatorId, value);
            return this;
        }

        /**
         * Writes the employee's individual plan of an indicator, as an exact decimal; a null value keeps the template's plan.
         *
         * @param indicatorId the indicator id, not null
         * @param value the value, null for absent
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row plan(String indicatorId, @Nullable BigDecimal value) {
            columns.put(RowColumns.Kind.PLAN, indicatorId, value);
            return this;
        }

        /**
         * Writes the employee's individual plan of an indicator, as a whole number.
         *
         * @param indicatorId the indicator id, not null
         * @param value the value
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row plan(String indicatorId, long value) {
            columns.put(RowColumns.Kind.PLAN, indicatorId, value, 0);
            return this;
        }

        /**
         * Writes the employee's individual plan of an indicator, as an unscaled value and a scale (value = unscaled × 10<sup>−scale</sup>):
         * {@code plan(id, 123450, 2)} is 1234.50. The fast form: no object is made.
         *
         * @param indicatorId the indicator id, not null
         * @param unscaled the unscaled value
         * @param scale the number of decimal places; 0 to 18 is the fast form, any other is read
         *     as an exact decimal
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row plan(String indicatorId, long unscaled, int scale) {
            columns.put(RowColumns.Kind.PLAN, indicatorId, unscaled, scale);
            return this;
        }

        /**
         * Writes the employee's individual plan of an indicator, as a double read through its shortest decimal form (so 0.1 is exactly
         * 0.1); NaN or an infinity gives the employee an error result
         * ({@link KpiInputException.Reason#NOT_A_NUMBER}).
         *
         * @param indicatorId the indicator id, not null
         * @param value the value
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row plan(String indicatorId, double value) {
            columns.put(RowColumns.Kind.PLAN, indicatorId, value);
            return this;
        }

        /**
         * Writes the employee's individual target of an indicator, as an exact decimal; a null value keeps the template's target.
         *
         * @param indicatorId the indicator id, not null
         * @param value the value, null for absent
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row target(String indicatorId, @Nullable BigDecimal value) {
            columns.put(RowColumns.Kind.TARGET, indicatorId, value);
            return this;
        }

        /**
         * Writes the employee's individual target of an indicator, as a whole number.
         *
         * @param indicatorId the indicator id, not null
         * @param value the value
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row target(String indicatorId, long value) {
            columns.put(RowColumns.Kind.TARGET, indicatorId, value, 0);
            return this;
        }

        /**
         * Writes the employee's individual target of an indicator, as an unscaled value and a scale (value = unscaled × 10<sup>−scale</sup>):
         * {@code target(id, 123450, 2)} is 1234.50. The fast form: no object is made.
         *
         * @param indicatorId the indicator id, not null
         * @param unscaled the unscaled value
         * @param scale the number of decimal places; 0 to 18 is the fast form, any other is read
         *     as an exact decimal
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row target(String indicatorId, long unscaled, int scale) {
            columns.put(RowColumns.Kind.TARGET, indicatorId, unscaled, scale);
            return this;
        }

        /**
         * Writes the employee's individual target of an indicator, as a double read through its shortest decimal form (so 0.1 is exactly
         * 0.1); NaN or an infinity gives the employee an error result
         * ({@link KpiInputException.Reason#NOT_A_NUMBER}).
         *
         * @param indicatorId the indicator id, not null
         * @param value the value
         * @return this cursor, not null
         * @throws NullPointerException if the indicator id is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row target(String indicatorId, double value) {
            columns.put(RowColumns.Kind.TARGET, indicatorId, value);
            return this;
        }

        /**
         * Writes a named pay input that is not a scorecard indicator (see {@link org.kpiengine.pay.PayInputs}), such as {@code "idle-hours"}, as an exact decimal; a null value leaves it not supplied for this employee.
         *
         * @param name the input's name, not null
         * @param value the value, null for absent
         * @return this cursor, not null
         * @throws NullPointerException if the name is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row quantity(String name, @Nullable BigDecimal value) {
            columns.put(RowColumns.Kind.QUANTITY, name, value);
            return this;
        }

        /**
         * Writes a named pay input that is not a scorecard indicator (see {@link org.kpiengine.pay.PayInputs}), such as {@code "idle-hours"}, as a whole number.
         *
         * @param name the input's name, not null
         * @param value the value
         * @return this cursor, not null
         * @throws NullPointerException if the name is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row quantity(String name, long value) {
            columns.put(RowColumns.Kind.QUANTITY, name, value, 0);
            return this;
        }

        /**
         * Writes a named pay input that is not a scorecard indicator (see {@link org.kpiengine.pay.PayInputs}), such as {@code "idle-hours"}, as an unscaled value and a scale (value = unscaled × 10<sup>−scale</sup>):
         * {@code quantity(name, 123450, 2)} is 1234.50. The fast form: no object is made.
         *
         * @param name the input's name, not null
         * @param unscaled the unscaled value
         * @param scale the number of decimal places; 0 to 18 is the fast form, any other is read
         *     as an exact decimal
         * @return this cursor, not null
         * @throws NullPointerException if the name is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row quantity(String name, long unscaled, int scale) {
            columns.put(RowColumns.Kind.QUANTITY, name, unscaled, scale);
            return this;
        }

        /**
         * Writes a named pay input that is not a scorecard indicator (see {@link org.kpiengine.pay.PayInputs}), such as {@code "idle-hours"}, as a double read through its shortest decimal form (so 0.1 is exactly
         * 0.1); NaN or an infinity gives the employee an error result
         * ({@link KpiInputException.Reason#NOT_A_NUMBER}).
         *
         * @param name the input's name, not null
         * @param value the value
         * @return this cursor, not null
         * @throws NullPointerException if the name is null, naming the row
         * @throws KpiInputException if the row already has this value
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row quantity(String name, double value) {
            columns.put(RowColumns.Kind.QUANTITY, name, value);
            return this;
        }

        /**
         * Writes the employee's fixed salary as an exact decimal; it must fit the currency's minor
         * unit and not be negative, or the employee gets an error result, as does a null salary
         * where the role's pay plan needs one.
         *
         * @param salaryCurrency the currency of the salaries and of every payout, the same for
         *     every row, not null
         * @param salary the salary, null for absent
         * @return this cursor, not null
         * @throws NullPointerException if the currency is null
         * @throws KpiInputException ({@code CURRENCY_MISMATCH}) if an earlier row's salary has
         *     another currency; if the row already has a salary
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row salary(Currency salaryCurrency, @Nullable BigDecimal salary) {
            columns.currency(Objects.requireNonNull(salaryCurrency, "salaryCurrency"));
            columns.put(RowColumns.Kind.SALARY, null, salary);
            return this;
        }

        /**
         * Writes the employee's fixed salary as an unscaled value and a scale, such as
         * {@code salary(EUR, 300050, 2)} for 3000.50; the fast form.
         *
         * @param salaryCurrency the currency of the salaries and of every payout, the same for
         *     every row, not null
         * @param unscaled the unscaled salary
         * @param scale the number of decimal places
         * @return this cursor, not null
         * @throws NullPointerException if the currency is null
         * @throws KpiInputException ({@code CURRENCY_MISMATCH}) if an earlier row's salary has
         *     another currency; if the row already has a salary
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row salary(Currency salaryCurrency, long unscaled, int scale) {
            columns.currency(Objects.requireNonNull(salaryCurrency, "salaryCurrency"));
            columns.put(RowColumns.Kind.SALARY, null, unscaled, scale);
            return this;
        }

        /**
         * Writes the employee's fixed salary as money.
         *
         * @param salary the salary, not null
         * @return this cursor, not null
         * @throws NullPointerException if the salary is null
         * @throws KpiInputException ({@code CURRENCY_MISMATCH}) if an earlier row's salary has
         *     another currency; if the row already has a salary
         * @throws IllegalStateException if no row was started or the rows were built
         */
        public Row salary(Money salary) {
            Objects.requireNonNull(salary, "salary");
            return salary(salary.currency(), salary.amount());
        }

        @Override
        public String toString() {
            return "TeamInput.Row[" + columns.where() + "]";
        }
    }
}
