package org.kpiengine.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;

/**
 * A compensation year: the calendar, the plan versions of each role and the year-end rules. It
 * computes one employee's year as a pure function of these, the employee's
 * {@link EmployeeYear} (assignments, facts per period, chargebacks, the ledger of what was paid)
 * and nothing else: no clock, no stored state (docs/reference/periods.md).
 *
 * <pre>{@code
 * CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
 *         .version(PlanVersion.of("seller", LocalDate.of(2026, 1, 1), scorecard, payPlan, Money.of("EUR", "3000")))
 *         .version(PlanVersion.of("seller", LocalDate.of(2026, 7, 1), raisedScorecard, payPlan, Money.of("EUR", "3300")))
 *         .build();
 * YearResult anna = year.compute(annasYear);
 * anna.statement("2026-03").toText();
 * }</pre>
 *
 * <p>Each period is computed in one fixed order: each part (split at assignment changes and
 * version dates) with its prorated scorecard and pay plan; the true-ups of cumulative schemes; the
 * cap with carry-forward; the draw; chargebacks; the adjustment of closed periods; at year end or
 * termination the settlement of the draw and carry-forward balances.
 *
 * <p>This class is immutable and thread-safe; one year may compute many employees at once.
 *
 * @since 0.1.0
 */
public final class CompensationYear {

    private final PlanYear calendar;
    private final Map<String, List<PlanVersion>> versions;
    private final DrawSettlement drawSettlement;
    private final CarryForwardSettlement carryForwardSettlement;
    private final Precision precision;
    private final Currency currency;

    private CompensationYear(Builder builder) {
        this.calendar = Objects.requireNonNull(builder.calendar, "calendar");
        this.drawSettlement = builder.drawSettlement;
        this.carryForwardSettlement = builder.carryForwardSettlement;
        this.precision = builder.precision;
        if (builder.versions.isEmpty()) {
            throw new KpiInputException(Reason.OTHER, null, "versions", null, "a compensation year needs at least one plan version");
        }
        Map<String, List<PlanVersion>> byRole = new HashMap<>();
        Currency first = builder.versions.get(0).salary().currency();
        for (PlanVersion version : builder.versions) {
            if (!calendar.contains(version.effectiveFrom())) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "effectiveFrom", version.effectiveFrom().toString(),
                        "plan version of role '" + version.role() + "' takes effect on " + version.effectiveFrom()
                                + ", outside the plan year " + calendar.start() + " to " + calendar.end());
            }
            if (!version.salary().currency().equals(first)) {
                throw new KpiInputException(Reason.CURRENCY_MISMATCH, null, "salary", version.salary().toString(),
                        "plan version of role '" + version.role() + "' from " + version.effectiveFrom() + " pays in "
                                + version.salary().currency().getCurrencyCode() + ", the year in " + first.getCurrencyCode());
            }
            byRole.computeIfAbsent(version.role(), r -> new ArrayList<>()).add(version);
        }
        Map<String, List<PlanVersion>> sorted = new HashMap<>();
        byRole.forEach((role, list) -> {
            list.sort(Comparator.comparing(PlanVersion::effectiveFrom));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).effectiveFrom().equals(list.get(i - 1).effectiveFrom())) {
                    throw new KpiInputException(Reason.OTHER, null, "effectiveFrom", list.get(i).effectiveFrom().toString(),
                            "role '" + role + "' has two plan versions taking effect on " + list.get(i).effectiveFrom());
                }
            }
            sorted.put(role, List.copyOf(list));
        });
        this.versions = Map.copyOf(sorted);
        this.currency = first;
    }

    /**
     * Starts building a compensation year.
     *
     * @param calendar the periods of the year, not null
     * @return a new builder, not null
     */
    public static Builder builder(PlanYear calendar) {
        return new Builder(Objects.requireNonNull(calendar, "calendar"));
    }

    /**
     * Returns the calendar.
     *
     * @return the plan year, not null
     */
    public PlanYear calendar() {
        return calendar;
    }

    /**
     * Returns the versions of a role, by effective date.
     *
     * @param role the role, not null
     * @return the unmodifiable list, empty if the role has none, not null
     */
    public List<PlanVersion> versions(String role) {
        Objects.requireNonNull(role, "role");
        return versions.getOrDefault(role, List.of());
    }

    /**
     * Returns what happens to a draw balance at year end or termination.
     *
     * @return the rule, not null
     */
    public DrawSettlement drawSettlement() {
        return drawSettlement;
    }

    /**
     * Returns what happens to a carry-forward balance at year end or termination.
     *
     * @return the rule, not null
     */
    public CarryForwardSettlement carryForwardSettlement() {
        return carryForwardSettlement;
    }

    /**
     * Returns the rounding rule.
     *
     * @return the precision, not null
     */
    public Precision precision() {
        return precision;
    }

    Currency currency() {
        return currency;
    }

    @Nullable PlanVersion versionOn(String role, LocalDate date) {
        PlanVersion found = null;
        for (PlanVersion version : versions(role)) {
            if (version.effectiveFrom().isAfter(date)) {
                break;
            }
            found = version;
        }
        return found;
    }

    /**
     * Computes one employee's year through its last computed period.
     *
     * @param employee the employee's inputs, not null
     * @return the statements and the year's terms, not null
     * @throws KpiInputException if an input breaks a rule: an unknown period, role or scheme, a
     *     day assigned with no plan version in effect, missing facts, a chargeback against a
     *     period not before the one it is recorded in, a ledger payment for a period not yet
     *     computed or after an open one, or any rule of the scorecard and pay plan
     */
    public YearResult compute(EmployeeYear employee) {
        return new YearComputation(this, Objects.requireNonNull(employee, "employee")).compute();
    }

    /**
     * Computes the years of many employees at once, over columns: per period, one team batch
     * prices every employee's parts (prorated plans, thresholds and salaries), then each
     * employee's true-ups, carry-forward, draw, chargebacks, adjustment and settlement follow as
     * in {@link #compute(EmployeeYear)}. Each employee's figures equal that method's
     * ({@link YearResult#figures()}); an employee whose inputs break a rule gets that method's
     * {@link KpiInputException} as its result and the others are still computed. Statements are
     * built on demand ({@link YearBatchResult#result(int)}). See docs/reference/periods.md, Many
     * employees at once.
     *
     * <p>To recompute "this month", give each employee's facts through this month (or
     * {@link EmployeeYear.Builder#computeThrough(String)}) and the ledger of the months paid: the
     * earlier months are recomputed over columns and closed by the ledger, and this month carries
     * their adjustment.
     *
     * @param employees the employees' inputs, not null, no null element
     * @return one result per employee, in input order, not null
     */
    public YearBatchResult compute(List<EmployeeYear> employees) {
        return YearBatch.compute(this, employees);
    }

    @Override
    public String toString() {
        return "CompensationYear[" + calendar.start() + " to " + calendar.end() + ", roles " + versions.keySet() + "]";
    }

    /**
     * Builds a compensation year; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final PlanYear calendar;
        private final List<PlanVersion> versions = new ArrayList<>();
        private DrawSettlement drawSettlement = DrawSettlement.FORGIVEN;
        private CarryForwardSettlement carryForwardSettlement = CarryForwardSettlement.FORFEITED;
        private Precision precision = Precision.DEFAULT;

        private Builder(PlanYear calendar) {
            this.calendar = calendar;
        }

        /**
         * Adds a plan version; versions may be given in any order.
         *
         * @param version the version, not null
         * @return this builder, not null
         */
        public Builder version(PlanVersion version) {
            versions.add(Objects.requireNonNull(version, "version"));
            return this;
        }

        /**
         * Sets what happens to a draw balance at year end or termination (default forgiven).
         *
         * @param settlement the rule, not null
         * @return this builder, not null
         */
        public Builder drawSettlement(DrawSettlement settlement) {
            this.drawSettlement = Objects.requireNonNull(settlement, "settlement");
            return this;
        }

        /**
         * Sets what happens to a carry-forward balance at year end or termination (default forfeited).
         *
         * @param settlement the rule, not null
         * @return this builder, not null
         */
        public Builder carryForwardSettlement(CarryForwardSettlement settlement) {
            this.carryForwardSettlement = Objects.requireNonNull(settlement, "settlement");
            return this;
        }

        /**
         * Sets the rounding rule (default {@link Precision#DEFAULT}).
         *
         * @param newPrecision the precision, not null
         * @return this builder, not null
         */
        public Builder precision(Precision newPrecision) {
            this.precision = Objects.requireNonNull(newPrecision, "precision");
            return this;
        }

        /**
         * Builds the year.
         *
         * @return the compensation year, not null
         * @throws KpiInputException if there is no version, a version takes effect outside the
         *     year, two versions of a role share a date, or versions pay in different currencies
         */
        public CompensationYear build() {
            return new CompensationYear(this);
        }
    }
}
