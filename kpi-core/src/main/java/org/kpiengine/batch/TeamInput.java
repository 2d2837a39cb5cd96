package org.kpiengine.batch;

import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

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
}
