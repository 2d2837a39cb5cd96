package org.kpiengine.pay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.Warning;
import org.kpiengine.internal.ImmutableArrayList;
import org.kpiengine.internal.Nulls;
import org.kpiengine.money.CurrencyMismatchException;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Evaluation;

/**
 * A pay plan: bonus {@link Scheme}s and the {@link Modifier}s that follow them. With an employee's
 * {@link PayInputs} (the fixed salary and named quantities) it turns a scorecard
 * {@link Evaluation} into a {@link Payout}.
 *
 * <p>A plan may have no scheme at all: salary minus idle-hour deductions is a plan of modifiers
 * only, its variable part 0 before the modifiers. A plan that reads nothing of the scorecard (a
 * commission on a turnover input, a guaranteed amount, deductions on inputs) is evaluated without
 * one, by {@link #evaluate(PayInputs)}; a step that does read the scorecard then fails with an
 * error naming it.
 *
 * <p>The steps, in this fixed order:
 * <ol>
 *   <li>the salary;</li>
 *   <li>each scheme, in the order given; their sum is the variable part;</li>
 *   <li>the modifiers, by {@link Modifier.Stage} whatever order they were given in: gates, then
 *       cap and floor on the variable part, then deductions, then cap and floor on the total.</li>
 * </ol>
 *
 * <p>Rounding (docs/reference/pay.md, Rounding): each component (one scheme's payout, one gate's result, one
 * deduction) is computed exactly and rounded once, to the salary currency's minor unit with
 * {@link Precision#moneyRounding()} (HALF_UP by default); the total is the exact sum of the
 * rounded components. A payroll clerk reproduces a payout in a spreadsheet with
 * {@code component = ROUND(exact formula; 2)} for each line and {@code total = SUM(components)}.
 * Every comparison with a tier edge or gate uses the rounded index, rating and attainment values.
 *
 * <pre>{@code
 * PayPlan plan = PayPlan.builder()
 *         .scheme(TieredScheme.retroactive("rating tiers", Measure.rating(),
 *                 Bands.from("0").upTo("80", "0").upTo("100", "10").andAbove("20"),
 *                 TieredScheme.Payment.PERCENT_OF_SALARY, null))
 *         .modifier(Gate.reduceUnless("quality gate", Condition.atLeast(Measure.attainment("quality"), "90"), "0.5"))
 *         .modifier(VariableLimits.cap(Money.of("EUR", "1000")))
 *         .build();
 * Payout payout = plan.evaluate(scorecard.evaluate(facts), PayInputs.of(Money.of("EUR", "3000")));
 *
 * // salary 20 000, 12 idle hours at 90 each, the deduction allowed to eat into the salary: 18 920
 * Payout idle = PayPlan.builder()
 *         .modifier(Deduction.perUnit("idle hours", "idle-hours", Money.of("RUB", "90")).flooredAtZero())
 *         .build()
 *         .evaluate(PayInputs.of(Money.of("RUB", "20000")).with("idle-hours", "12"));
 * }</pre>
 *
 * <p>Advisory warnings about the plan's own parameters (a tier paying more than 100 % of salary)
 * are in {@link #warnings()} and in every payout's {@link Payout#warnings()}; a payout also
 * records the evaluation it was computed from ({@link Payout#evaluation()}). See
 * docs/guides/errors.md for what is refused when a plan is evaluated (a turnover that is not
 * money, an amount finer than the currency's minor unit, an unbounded attainment used as an amount).
 *
 * <p>This class is immutable and thread-safe; one plan may be evaluated from many threads at once.
 *
 * @since 0.1.0
 */
public final class PayPlan {

    private final List<Scheme> schemes;
    /**
     * Whether each scheme, by position, is a {@link CustomScheme}: known when the plan is built, so a
     * payout does not test each scheme against that interface (on JDK 17 a failed test of a class
     * against an interface scans all the interfaces the class has, on every payout).
     */
    private final boolean[] custom;
    private final List<Modifier> modifiers;
    private final List<Warning> warnings;

    private PayPlan(List<Scheme> schemes, List<Modifier> modifiers) {
        this.schemes = Nulls.copyOf(schemes, "schemes");
        this.custom = new boolean[this.schemes.size()];
        for (int i = 0; i < custom.length; i++) {
            custom[i] = this.schemes.get(i) instanceof CustomScheme;
        }
        List<Modifier> ordered = new ArrayList<>(Nulls.copyOf(modifiers, "modifiers"));
        ordered.sort(Comparator.comparing(Modifier::stage));
        this.modifiers = List.copyOf(ordered);
        Set<String> names = new HashSet<>();
        names.add("salary");
        for (Scheme scheme : this.schemes) {
            unique(names, scheme.name());
        }
        for (Modifier modifier : this.modifiers) {
            unique(names, modifier.name());
        }
        requireFloorsBelowCaps(this.modifiers);
        List<Warning> found = new ArrayList<>();
        for (Scheme scheme : this.schemes) {
            found.addAll(scheme.warnings());
        }
        this.warnings = List.copyOf(found);
    }

    /**
     * Checks that no floor of a limits modifier lies above a cap of another modifier of the same
     * stage: applied one after the other, the later one would win and the cap would be exceeded.
     * With every floor at or below every cap, applying them in any order leaves the amount within
     * all of them. Limits in another currency than each other are left to the evaluation, which
     * reports the mismatch.
     */
    private static void requireFloorsBelowCaps(List<Modifier> modifiers) {
        for (Modifier withFloor : modifiers) {
            Money floor = limitsFloor(withFloor);
            if (floor == null) {
                continue;
            }
            for (Modifier withCap : modifiers) {
                Money cap = limitsCap(withCap);
                if (cap != null && withCap.stage() == withFloor.stage() && cap.currency().equals(floor.currency())
                        && floor.isGreaterThan(cap)) {
                    throw new KpiInputException(Reason.INVALID_SCHEME, null, withFloor.name(), floor.toString(),
                            "floor " + floor + " of '" + withFloor.name() + "' must not be above the cap " + cap
                                    + " of '" + withCap.name() + "'");
                }
            }
        }
    }

    private static @Nullable Money limitsFloor(Modifier modifier) {
        if (modifier instanceof VariableLimits limits) {
            return limits.floor();
        }
        return modifier instanceof TotalLimits limits ? limits.floor() : null;
    }

    private static @Nullable Money limitsCap(Modifier modifier) {
        if (modifier instanceof VariableLimits limits) {
            return limits.cap();
        }
        return modifier instanceof TotalLimits limits ? limits.cap() : null;
    }

    private static void unique(Set<String> names, String name) {
        if (!names.add(name)) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, name, name,
                    "the name '" + name + "' is used twice in the pay plan ('salary' is reserved); each step needs its own");
        }
    }

    /**
     * Obtains a pay plan.
     *
     * @param schemes the schemes, possibly none, not null
     * @param modifiers the modifiers, in any order (they are applied by stage), not null
     * @return the plan, not null
     * @throws KpiInputException if two steps share a name, or a floor on the
     *     variable part (or the total) lies above a cap on the same
     */
    public static PayPlan of(List<Scheme> schemes, List<Modifier> modifiers) {
        return new PayPlan(schemes, modifiers);
    }

    /**
     * Starts building a pay plan.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the schemes, in the order they are applied.
     *
     * @return the unmodifiable list, not null
     */
    public List<Scheme> schemes() {
        return schemes;
    }

    /**
     * Returns the modifiers, in the order they are applied (by stage, then as given).
     *
     * @return the unmodifiable list, not null
     */
    public List<Modifier> modifiers() {
        return modifiers;
    }

    /**
     * Returns every measure the plan reads, each once, in plan order (schemes, then modifiers):
     * the rating, the indices, facts and attainments of indicators, and named pay inputs. An
     * integrator's {@link CustomScheme} contributes what its {@link CustomScheme#measures()}
     * lists.
     *
     * @return the unmodifiable list, not null
     * @since 0.1.0
     */
    public List<Measure> measures() {
        Set<Measure> measures = new java.util.LinkedHashSet<>();
        schemes.forEach(scheme -> measures.addAll(scheme.measures()));
        modifiers.forEach(modifier -> measures.addAll(modifier.measures()));
        return List.copyOf(measures);
    }

    /**
     * Returns the names of the pay inputs the plan reads (see {@link PayInputs#with(String,
     * java.math.BigDecimal)}), such as {@code "idle-hours"} or {@code "turnover"}, each once, in
     * plan order: what {@link PayInputs} must supply besides the salary.
     *
     * <pre>{@code
     * for (String name : plan.inputs()) {
     *     inputs = inputs.with(name, crm.valueOf(employee, name));
     * }
     * }</pre>
     *
     * @return the unmodifiable set, not null
     * @since 0.1.0
     */
    public Set<String> inputs() {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Measure measure : measures()) {
            if (measure instanceof InputMeasure input) {
                names.add(input.name());
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }

    /**
     * Returns the currencies of the money amounts the plan states (fixed amounts, planned
     * bonuses, pools, amounts per unit, floors and caps), each once, in plan order; empty when it
     * states none (a plan paying percentages of the salary only). Every one must be the salary's.
     *
     * @return the unmodifiable set, not null
     * @since 0.1.0
     */
    public Set<java.util.Currency> currencies() {
        Set<java.util.Currency> currencies = new java.util.LinkedHashSet<>();
        schemes.forEach(scheme -> scheme.amounts().forEach(amount -> currencies.add(amount.currency())));
        modifiers.forEach(modifier -> modifier.amounts().forEach(amount -> currencies.add(amount.currency())));
        return java.util.Collections.unmodifiableSet(currencies);
    }

    /**
     * Returns the advisory warnings about the plan's own parameters, found without any employee's
     * figures: each scheme's {@link Scheme#warnings()}, such as a tier paying more than 100 % of
     * salary ({@code HIGH_RATE}). Every {@link Payout} of this plan lists them too, after the
     * evaluation's warnings. Warnings never change a number.
     *
     * @return the unmodifiable list, not null
     * @since 0.1.0
     */
    public List<Warning> warnings() {
        return warnings;
    }

    /**
     * Evaluates the plan with the evaluation's own {@link Precision} ({@link Evaluation#precision()},
     * {@link Precision#DEFAULT} for {@code scorecard.evaluate(facts)}), so that one calculation
     * rounds one way throughout: attainment like the indices, money with its money rounding.
     *
     * @param evaluation the scorecard evaluation, not null
     * @param inputs the salary and named quantities, not null
     * @return the payout, not null
     * @throws KpiInputException if a scheme or modifier cannot read what it needs (an unknown
     *     indicator, a missing input, a negative quantity)
     * @throws CurrencyMismatchException if an amount of the plan is not in the salary's currency
     */
    public Payout evaluate(Evaluation evaluation, PayInputs inputs) {
        return evaluate(evaluation, inputs, Objects.requireNonNull(evaluation, "evaluation").precision());
    }

    /**
     * Evaluates the plan: the salary, each scheme, then the modifiers in their fixed order, each
     * component rounded once with the precision's money rounding; the total is their sum.
     *
     * @param evaluation the scorecard evaluation, not null
     * @param inputs the salary and named quantities, not null
     * @param precision the rounding rule (attainment and money), not null
     * @return the payout, which records the evaluation it came from, not null
     * @throws KpiInputException if a scheme or modifier cannot read what it needs (an unknown
     *     indicator, a missing input, a negative quantity)
     * @throws CurrencyMismatchException if an amount of the plan is not in the salary's currency
     */
    public Payout evaluate(Evaluation evaluation, PayInputs inputs, Precision precision) {
        Objects.requireNonNull(evaluation, "evaluation");
        return run(new PayContext(evaluation, inputs, precision), evaluation.warnings());
    }

    /**
     * Evaluates a plan that reads nothing of a scorecard, with {@link Precision#DEFAULT}: a
     * commission on a turnover input, a guaranteed amount, deductions on inputs. The steps and the
     * rounding are those of {@link #evaluate(Evaluation, PayInputs, Precision)}.
     *
     * <pre>{@code
     * PayPlan commission = PayPlan.builder()
     *         .scheme(TieredScheme.retroactiveOnTurnover("commission", Measure.input("turnover"),
     *                 Bands.from("0").upTo("100000", "2").andAbove("4")))
     *         .build();
     * Payout payout = commission.evaluate(PayInputs.of(Money.of("EUR", "3000")).with("turnover", "130000"));
     * }</pre>
     *
     * @param inputs the salary and named quantities, not null
     * @return the payout, not null
     * @throws KpiInputException if a step reads the scorecard (reason {@code MISSING_INPUT}, field
     *     {@code "evaluation"}, the message naming the step and what it reads), or cannot read what
     *     it needs (a missing input, a negative quantity)
     * @throws CurrencyMismatchException if an amount of the plan is not in the salary's currency
     */
    public Payout evaluate(PayInputs inputs) {
        return evaluate(inputs, Precision.DEFAULT);
    }

    /**
     * Evaluates a plan that reads nothing of a scorecard, with a precision (see
     * {@link #evaluate(PayInputs)}).
     *
     * @param inputs the salary and named quantities, not null
     * @param precision the rounding rule, not null
     * @return the payout, not null
     * @throws KpiInputException if a step reads the scorecard (reason {@code MISSING_INPUT}, field
     *     {@code "evaluation"}, the message naming the step and what it reads), or cannot read what
     *     it needs (a missing input, a negative quantity)
     * @throws CurrencyMismatchException if an amount of the plan is not in the salary's currency
     */
    public Payout evaluate(PayInputs inputs, Precision precision) {
        return run(new PayContext(null, inputs, precision), List.of());
    }

    private Payout run(PayContext context, List<Warning> evaluationWarnings) {
        Money salary = context.salary();
        int schemeCount = schemes.size();
        int modifierCount = modifiers.size();
        // The lines go into an array handed to the payout as its list, and the warnings into a list
        // made only when there is one: a payout is made once, not filled and then copied.
        PayLine[] lines = new PayLine[1 + schemeCount + modifierCount];
        @Nullable List<Warning> warnings = more(more(null, evaluationWarnings), this.warnings);
        Money zero = Money.zero(salary.currency());
        lines[0] = new PayLine("salary", PayLine.Kind.SALARY, salary, zero, salary, List.of(), new SalaryReckoning(salary));
        Money total = salary;
        // total − salary, kept as the sum of the steps' amounts (exact, all at the currency's scale):
        // with one scheme it is that scheme's amount, made by no subtraction; null while no step has run
        @Nullable Money variable = null;
        for (int i = 0; i < schemeCount; i++) {
            Scheme scheme = schemes.get(i);
            Accrual accrual;
            try {
                accrual = custom[i] ? accrueCustom((CustomScheme) scheme, context) : scheme.accrue(context);
            } catch (KpiInputException e) {
                throw withoutScorecard(context, scheme.name(), e);
            }
            Money after = total.plus(accrual.amount());
            lines[1 + i] = new PayLine(scheme.name(), PayLine.Kind.SCHEME, accrual.amount(), total, after,
                    accrual.conditions(), accrual.reckoning());
            warnings = more(warnings, accrual.warnings());
            total = after;
            variable = variable == null ? accrual.amount() : variable.plus(accrual.amount());
        }
        for (int i = 0; i < modifierCount; i++) {
            Modifier modifier = modifiers.get(i);
            Accrual accrual;
            try {
                accrual = modifier.apply(context, variable == null ? zero : variable, total);
            } catch (KpiInputException e) {
                throw withoutScorecard(context, modifier.name(), e);
            }
            Money after = total.plus(accrual.amount());
            lines[1 + schemeCount + i] = new PayLine(modifier.name(), kindOf(modifier.stage()), accrual.amount(), total,
                    after, accrual.conditions(), accrual.reckoning());
            warnings = more(warnings, accrual.warnings());
            total = after;
            variable = variable == null ? accrual.amount() : variable.plus(accrual.amount());
        }
        return new Payout(salary, ImmutableArrayList.of(lines, lines.length), variable == null ? zero : variable, total,
                warnings == null ? List.of() : warnings, context.hasEvaluation() ? context.evaluation() : null);
    }

    /** Adds warnings to those collected so far, making the list at the first one; null while there is none. */
    private static @Nullable List<Warning> more(@Nullable List<Warning> collected, List<Warning> more) {
        if (more.isEmpty()) {
            return collected;
        }
        List<Warning> all = collected == null ? new ArrayList<>() : collected;
        all.addAll(more);
        return all;
    }

    /**
     * Names the step in the error of a step that read the scorecard of a plan evaluated without
     * one; any other error is returned as it is.
     */
    private static KpiInputException withoutScorecard(PayContext context, String step, KpiInputException e) {
        if (context.hasEvaluation() || e.reason() != Reason.MISSING_INPUT || !"evaluation".equals(e.field())) {
            return e;
        }
        return new KpiInputException(Reason.MISSING_INPUT, e.indicatorId(), "evaluation", step,
                "pay step '" + step + "': " + e.getMessage(), e);
    }

    /**
     * Accrues an integrator's {@link CustomScheme}: one that throws anything but a
     * {@link KpiInputException} fails with {@link Reason#CUSTOM_CODE_FAILED}, naming the scheme as
     * the field and carrying the cause.
     */
    private static Accrual accrueCustom(CustomScheme custom, PayContext context) {
        try {
            return custom.accrue(context);
        } catch (KpiInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new KpiInputException(Reason.CUSTOM_CODE_FAILED, null, custom.name(), null,
                    "custom scheme '" + custom.name() + "' failed: " + e, e);
        }
    }

    private static PayLine.Kind kindOf(Modifier.Stage stage) {
        switch (stage) {
            case GATE:
                return PayLine.Kind.GATE;
            case VARIABLE_LIMITS:
                return PayLine.Kind.VARIABLE_LIMITS;
            case DEDUCTION:
                return PayLine.Kind.DEDUCTION;
            case TOTAL_LIMITS:
                return PayLine.Kind.TOTAL_LIMITS;
            default:
                throw new AssertionError(stage);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PayPlan other && schemes.equals(other.schemes) && modifiers.equals(other.modifiers);
    }

    @Override
    public int hashCode() {
        return schemes.hashCode() * 31 + modifiers.hashCode();
    }

    @Override
    public String toString() {
        return "PayPlan" + schemes.stream().map(Scheme::name).toList() + " then " + modifiers.stream().map(Modifier::name).toList();
    }

    /**
     * Builds a pay plan step by step; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<Scheme> schemes = new ArrayList<>();
        private final List<Modifier> modifiers = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a scheme; schemes are applied in the order added.
         *
         * @param scheme the scheme, not null
         * @return this builder, not null
         */
        public Builder scheme(Scheme scheme) {
            schemes.add(Objects.requireNonNull(scheme, "scheme"));
            return this;
        }

        /**
         * Adds a modifier; modifiers are applied by stage (see {@link Modifier}), then in the order added.
         *
         * @param modifier the modifier, not null
         * @return this builder, not null
         */
        public Builder modifier(Modifier modifier) {
            modifiers.add(Objects.requireNonNull(modifier, "modifier"));
            return this;
        }

        /**
         * Builds the plan.
         *
         * @return the plan, not null
         * @throws KpiInputException if two steps share a name, or a floor on the
         *     variable part (or the total) lies above a cap on the same
         */
        public PayPlan build() {
            return new PayPlan(schemes, modifiers);
        }
    }
}
