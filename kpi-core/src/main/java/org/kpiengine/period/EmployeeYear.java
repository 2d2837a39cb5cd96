package org.kpiengine.period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.scorecard.Facts;

/**
 * One employee's inputs for a compensation year: assignments, the facts (and pay-plan quantities
 * such as idle hours) of each period, chargebacks, the ledger of what was already paid, and the
 * balances the year opens with. Everything the year's figures depend on besides the plan is here;
 * nothing else is read (docs/reference/periods.md).
 *
 * <pre>{@code
 * EmployeeYear anna = EmployeeYear.builder("anna")
 *         .assignment(Assignment.from("seller", LocalDate.of(2026, 1, 10)))
 *         .facts("2026-01", Facts.builder().put("revenue", "480000").build())
 *         .payment(new Payment("2026-01", Money.of("EUR", "24000.00")))
 *         .build();
 * }</pre>
 *
 * <p>Periods are computed from the first through the last period that has facts (or through the
 * period given to {@link Builder#computeThrough(String)}); a period in which the employee does not
 * participate needs no facts. The order in which entries are given does not matter: assignments
 * are sorted by date, chargebacks and payments by period.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EmployeeYear {

    private final String employeeId;
    private final List<Assignment> assignments;
    private final Map<String, Facts> facts;
    private final Map<String, Map<String, BigDecimal>> quantities;
    private final List<Chargeback> chargebacks;
    private final Map<String, Payment> payments;
    private final @Nullable Balances opening;
    private final @Nullable String computeThrough;

    private EmployeeYear(Builder builder) {
        this.employeeId = Objects.requireNonNull(builder.employeeId, "employeeId");
        List<Assignment> sorted = new ArrayList<>(builder.assignments);
        sorted.sort(Comparator.comparing(Assignment::start));
        for (int i = 1; i < sorted.size(); i++) {
            Assignment previous = sorted.get(i - 1);
            Assignment next = sorted.get(i);
            if (previous.end() == null || !previous.end().isBefore(next.start())) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "assignment", next.start().toString(),
                        "the assignments of employee '" + employeeId + "' overlap: " + previous + " and " + next);
            }
        }
        this.assignments = List.copyOf(sorted);
        this.facts = Map.copyOf(builder.facts);
        Map<String, Map<String, BigDecimal>> q = new HashMap<>();
        builder.quantities.forEach((period, map) -> q.put(period, Map.copyOf(map)));
        this.quantities = Map.copyOf(q);
        List<Chargeback> charges = new ArrayList<>(builder.chargebacks);
        charges.sort(Comparator.comparing(Chargeback::periodId).thenComparing(Chargeback::originalPeriodId)
                .thenComparing(Chargeback::schemeName).thenComparing(Chargeback::indicatorId).thenComparing(Chargeback::refund));
        this.chargebacks = List.copyOf(charges);
        this.payments = Map.copyOf(builder.payments);
        this.opening = builder.opening;
        this.computeThrough = builder.computeThrough;
    }

    /**
     * Starts building an employee's year.
     *
     * @param employeeId the employee's id, shown on statements, not null
     * @return a new builder, not null
     */
    public static Builder builder(String employeeId) {
        return new Builder(Objects.requireNonNull(employeeId, "employeeId"));
    }

    /**
     * Returns the employee's id.
     *
     * @return the id, not null
     */
    public String employeeId() {
        return employeeId;
    }

    /**
     * Returns the assignments in date order.
     *
     * @return the unmodifiable list, not null
     */
    public List<Assignment> assignments() {
        return assignments;
    }

    /**
     * Returns the facts of a period.
     *
     * @param periodId the period's id, not null
     * @return the facts, or null if none were given
     */
    public @Nullable Facts facts(String periodId) {
        Objects.requireNonNull(periodId, "periodId");
        return facts.get(periodId);
    }

    /**
     * Returns the facts by period id.
     *
     * @return the unmodifiable map, not null
     */
    public Map<String, Facts> facts() {
        return facts;
    }

    /**
     * Returns the pay-plan quantities (such as idle hours) of a period.
     *
     * @param periodId the period's id, not null
     * @return the unmodifiable map, empty if none were given, not null
     */
    public Map<String, BigDecimal> quantities(String periodId) {
        Objects.requireNonNull(periodId, "periodId");
        return quantities.getOrDefault(periodId, Map.of());
    }

    /**
     * Returns the chargebacks, sorted by the period they are recorded in.
     *
     * @return the unmodifiable list, not null
     */
    public List<Chargeback> chargebacks() {
        return chargebacks;
    }

    /**
     * Returns the ledger: what was paid, by period id.
     *
     * @return the unmodifiable map, not null
     */
    public Map<String, Payment> payments() {
        return payments;
    }

    /**
     * Returns the balances the year opens with (a draw balance carried over, say).
     *
     * @return the balances, or null for all zero
     */
    public @Nullable Balances opening() {
        return opening;
    }

    /**
     * Returns the last period to compute, if given.
     *
     * @return the period id, or null to compute through the last period with facts
     */
    public @Nullable String computeThrough() {
        return computeThrough;
    }

    @Override
    public String toString() {
        return "EmployeeYear[" + employeeId + ", " + assignments + "]";
    }

    /**
     * Builds an employee's year; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final String employeeId;
        private final List<Assignment> assignments = new ArrayList<>();
        private final Map<String, Facts> facts = new LinkedHashMap<>();
        private final Map<String, Map<String, BigDecimal>> quantities = new LinkedHashMap<>();
        private final List<Chargeback> chargebacks = new ArrayList<>();
        private final Map<String, Payment> payments = new LinkedHashMap<>();
        private @Nullable Balances opening;
        private @Nullable String computeThrough;

        private Builder(String employeeId) {
            this.employeeId = employeeId;
        }

        /**
         * Adds an assignment.
         *
         * @param assignment the assignment, not null
         * @return this builder, not null
         */
        public Builder assignment(Assignment assignment) {
            assignments.add(Objects.requireNonNull(assignment, "assignment"));
            return this;
        }

        /**
         * Sets the facts of a period.
         *
         * @param periodId the period's id, not null
         * @param periodFacts the facts measured in the period, not null
         * @return this builder, not null
         * @throws KpiInputException if the period already has facts
         */
        public Builder facts(String periodId, Facts periodFacts) {
            Objects.requireNonNull(periodFacts, "facts");
            if (facts.putIfAbsent(Objects.requireNonNull(periodId, "periodId"), periodFacts) != null) {
                throw new KpiInputException(Reason.OTHER, null, "facts", periodId,
                        "period '" + periodId + "' of employee '" + employeeId + "' is given facts twice");
            }
            return this;
        }

        /**
         * Sets a pay-plan quantity (such as idle hours) of a period.
         *
         * @param periodId the period's id, not null
         * @param name the quantity's name, not null
         * @param value the quantity, not null
         * @return this builder, not null
         */
        public Builder quantity(String periodId, String name, BigDecimal value) {
            quantities.computeIfAbsent(Objects.requireNonNull(periodId, "periodId"), p -> new LinkedHashMap<>())
                    .put(Objects.requireNonNull(name, "name"), Decimals.normalise(name, Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * Adds a chargeback.
         *
         * @param chargeback the chargeback, not null
         * @return this builder, not null
         */
        public Builder chargeback(Chargeback chargeback) {
            chargebacks.add(Objects.requireNonNull(chargeback, "chargeback"));
            return this;
        }

        /**
         * Records a payment of the ledger, closing its period.
         *
         * @param payment the payment, not null
         * @return this builder, not null
         * @throws KpiInputException if the period already has a payment
         */
        public Builder payment(Payment payment) {
            Objects.requireNonNull(payment, "payment");
            if (payments.putIfAbsent(payment.periodId(), payment) != null) {
                throw new KpiInputException(Reason.OTHER, null, "payment", payment.periodId(),
                        "period '" + payment.periodId() + "' of employee '" + employeeId + "' has two payments in the ledger");
            }
            return this;
        }

        /**
         * Sets the balances the year opens with (a draw balance carried over, earnings carried
         * forward, chargebacks not yet recovered); the overpaid balance must be zero.
         *
         * @param balances the opening balances, not null
         * @return this builder, not null
         * @throws KpiInputException if a balance is negative or the overpaid balance is not zero
         */
        public Builder opening(Balances balances) {
            Objects.requireNonNull(balances, "balances");
            if (balances.draw().isNegative() || balances.carryForward().isNegative() || balances.chargebacks().isNegative()
                    || !balances.overpaid().isZero()) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "opening", balances.toString(),
                        "opening balances " + balances + " must not be negative, and a year opens with nothing overpaid");
            }
            this.opening = balances;
            return this;
        }

        /**
         * Sets the last period to compute; by default the last period with facts.
         *
         * @param periodId the period's id, not null
         * @return this builder, not null
         */
        public Builder computeThrough(String periodId) {
            this.computeThrough = Objects.requireNonNull(periodId, "periodId");
            return this;
        }

        /**
         * Builds the employee's year.
         *
         * @return the employee's year, not null
         * @throws KpiInputException if two assignments overlap
         */
        public EmployeeYear build() {
            return new EmployeeYear(this);
        }
    }
}
