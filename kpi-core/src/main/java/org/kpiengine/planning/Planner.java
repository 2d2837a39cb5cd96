package org.kpiengine.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.curve.Band;
import org.kpiengine.internal.Attainment;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.PayContext;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.Reading;
import org.kpiengine.pay.Scheme;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * The planning questions about one employee's scorecard and pay plan: what the plan pays as one
 * indicator's fact moves (the what-if curve) and the fact one indicator needs to reach a goal
 * (the inverse). Every answer comes from exact evaluations of the scorecard and the pay plan, with
 * the calculation's {@link Precision}, so a point of a curve equals a payout computed directly.
 *
 * <pre>{@code
 * Planner planner = Planner.of(matrix, payPlan, PayInputs.of(Money.of("EUR", "3000")));
 * Inverse deals = planner.inverse(facts, "deals", Goal.nextBand("rating tiers"));
 * deals.fact();       // 76: the fewest deals that lift the rating into the next band
 * WhatIfCurve curve = planner.whatIf(facts, "deals");   // 0 to 200 % of plan, step 1 %
 * }</pre>
 *
 * <p><b>How the inverse works.</b> The facts searched are the multiples of a step (by default
 * one unit of the last decimal place of the current fact: 49 → 1, 8.5 → 0.1; or a step given).
 * From the current fact the search moves in the better direction by 1, 2, 4, 8… steps until the
 * goal is met (or, if it is met already, in the worse direction until it is not), then halves the
 * interval between the last miss and the first hit until they are one step apart. Each probe is
 * one exact evaluation, so a query takes a few dozen evaluations. The answer reaches the goal and
 * the fact one step worse does not, by construction; both are returned. That the answer is also
 * the smallest such fact (the largest, for a lower-is-better indicator) rests on the plan being
 * monotone in the indicator: the built-in curves, schemes and modifiers are (a step or tier table
 * whose values fall is not), and the planner certifies it from the plan's structure
 * ({@link Inverse#isCertified()}). A plan with a custom curve or scheme, a target band curve or a
 * condition type it does not know is searched all the same and then checked at sample points on
 * both sides of the answer: a failed check gives {@link Inverse.Outcome#NOT_MONOTONE} with the
 * counterexample, never a wrong answer presented as certain; a passed check still leaves the
 * answer uncertified, with the reason. See docs/reference/planning.md.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Planner {

    private final Scorecard scorecard;
    private final @Nullable PayPlan payPlan;
    private final @Nullable PayInputs inputs;
    private final Precision precision;

    private Planner(Scorecard scorecard, @Nullable PayPlan payPlan, @Nullable PayInputs inputs, Precision precision) {
        this.scorecard = Objects.requireNonNull(scorecard, "scorecard");
        this.payPlan = payPlan;
        this.inputs = inputs;
        this.precision = Objects.requireNonNull(precision, "precision");
    }

    /**
     * Obtains a planner for a scorecard alone: rating goals and curves without pay.
     *
     * @param scorecard the scorecard, not null
     * @return the planner, not null
     */
    public static Planner of(Scorecard scorecard) {
        return new Planner(scorecard, null, null, Precision.DEFAULT);
    }

    /**
     * Obtains a planner for a scorecard, a pay plan and the employee's pay inputs.
     *
     * @param scorecard the scorecard, not null
     * @param payPlan the pay plan, not null
     * @param inputs the salary and named quantities, held fixed, not null
     * @return the planner, not null
     */
    public static Planner of(Scorecard scorecard, PayPlan payPlan, PayInputs inputs) {
        return new Planner(scorecard, Objects.requireNonNull(payPlan, "payPlan"),
                Objects.requireNonNull(inputs, "inputs"), Precision.DEFAULT);
    }

    /**
     * Returns a copy of this planner that evaluates with another precision; this instance is
     * immutable and unaffected.
     *
     * @param newPrecision the precision, not null
     * @return the new planner, not null
     */
    public Planner withPrecision(Precision newPrecision) {
        return new Planner(scorecard, payPlan, inputs, newPrecision);
    }

    /**
     * Returns the scorecard.
     *
     * @return the scorecard, not null
     */
    public Scorecard scorecard() {
        return scorecard;
    }

    /**
     * Returns the pay plan.
     *
     * @return the pay plan, null for a planner of a scorecard alone
     */
    public @Nullable PayPlan payPlan() {
        return payPlan;
    }

    /**
     * Evaluates the plan at one fact of one indicator, the other facts held: exactly what
     * {@code scorecard.evaluate(facts.with(indicatorId, fact))} and the pay plan give.
     *
     * @param facts the facts, not null
     * @param indicatorId the indicator moved, not null
     * @param fact its fact, not null
     * @return the point, not null
     * @throws KpiInputException if the indicator is unknown or the evaluation refuses the facts
     */
    public WhatIfPoint at(Facts facts, String indicatorId, BigDecimal fact) {
        ScorecardLine line = line(indicatorId);
        return point(line, null, state(facts, indicatorId, fact));
    }

    /**
     * Computes the what-if curve of one indicator over the default grid, 0 to 200 % of its plan in
     * steps of 1 % (201 points), the other facts held.
     *
     * @param facts the facts, not null
     * @param indicatorId the indicator moved, not null
     * @return the curve, not null
     * @throws KpiInputException if the indicator is unknown or an evaluation refuses the facts
     */
    public WhatIfCurve whatIf(Facts facts, String indicatorId) {
        return whatIf(facts, indicatorId, WhatIfGrid.DEFAULT);
    }

    /**
     * Computes the what-if curve of one indicator over a grid of percentages of its plan, the other
     * facts held. The fact of each point is {@code plan × percent / 100}, exact. A grid point at which
     * the indicator's curve has no value (an uncapped lower-is-better ratio at fact 0,
     * {@code UNSCORABLE_FACT}) is left out of the curve.
     *
     * @param facts the facts, not null
     * @param indicatorId the indicator moved, not null
     * @param grid the grid, not null
     * @return the curve, not null
     * @throws KpiInputException if the indicator is unknown or an evaluation refuses the facts
     */
    public WhatIfCurve whatIf(Facts facts, String indicatorId, WhatIfGrid grid) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(grid, "grid");
        ScorecardLine line = line(indicatorId);
        BigDecimal plan = line.thresholds().plan();
        List<WhatIfPoint> points = new ArrayList<>(grid.size());
        for (BigDecimal percent : grid.percents()) {
            State state;
            try {
                state = state(facts, indicatorId, WhatIfGrid.factAt(plan, percent));
            } catch (KpiInputException e) {
                if (e.reason() == Reason.UNSCORABLE_FACT && indicatorId.equals(e.indicatorId())) {
                    continue; // the curve has no value at this fact (an uncapped lower-is-better ratio at 0)
                }
                throw e;
            }
            points.add(point(line, percent, state));
        }
        return new WhatIfCurve(indicatorId, plan, points);
    }

    /**
     * Finds the fact of one indicator that reaches a goal, the other facts held, on the lattice of
     * the current fact's own step: one unit of its last decimal place (570 → 1, 8.5 → 0.1, 0.25 → 0.01).
     *
     * @param facts the facts, including the indicator's current fact, not null
     * @param indicatorId the indicator moved, not null
     * @param goal the goal, not null
     * @return the answer, not null
     * @throws KpiInputException if the indicator is unknown or has no fact, the goal names a step
     *     the pay plan does not have, needs a pay plan the planner lacks, or an evaluation refuses
     *     the facts
     */
    public Inverse inverse(Facts facts, String indicatorId, Goal goal) {
        BigDecimal current = currentFact(facts, indicatorId);
        return inverse(facts, indicatorId, goal, BigDecimal.ONE.movePointLeft(current.scale()));
    }

    /**
     * Finds the fact of one indicator that reaches a goal, the other facts held, among the
     * multiples of a given step (such as 1 for deals, 0.01 for a percentage).
     *
     * @param facts the facts, including the indicator's current fact, not null
     * @param indicatorId the indicator moved, not null
     * @param goal the goal, not null
     * @param step the step, positive, such that the current fact is a multiple of it, not null
     * @return the answer, not null
     * @throws KpiInputException if the step is not positive or the current fact is not a multiple of
     *     it ({@code OUT_OF_RANGE}, field {@code "step"}), the indicator is unknown or has no fact,
     *     the goal names a step the pay plan does not have, needs a pay plan the planner lacks, or an
     *     evaluation refuses the facts
     */
    public Inverse inverse(Facts facts, String indicatorId, Goal goal, BigDecimal step) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(step, "step");
        ScorecardLine line = line(indicatorId);
        BigDecimal current = currentFact(facts, indicatorId);
        BigDecimal unit = Decimals.normalise("step", step);
        if (unit.signum() <= 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, indicatorId, "step", Decimals.text(unit),
                    "step " + Decimals.text(unit) + " of the search on indicator '" + indicatorId + "' must be positive");
        }
        if (current.remainder(unit).signum() != 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, indicatorId, "step", Decimals.text(unit),
                    "the current fact " + Decimals.text(current) + " of indicator '" + indicatorId
                            + "' is not a multiple of the step " + Decimals.text(unit));
        }
        State now = state(facts, indicatorId, current);
        Monotonicity monotonicity = new Monotonicity(line);
        Resolved resolved = resolve(goal, now, monotonicity);
        if (resolved.noNextBand != null) {
            return new Inverse(indicatorId, goal.describe(), Inverse.Outcome.UNREACHABLE, current, unit, null, null,
                    current, resolved.noNextBand.detail(), List.of(resolved.noNextBand), null, 1);
        }
        return new Search(this, facts, line, resolved.target, unit, resolved.uncertified).run(now);
    }

    private BigDecimal currentFact(Facts facts, String indicatorId) {
        line(indicatorId);
        BigDecimal current = facts.get(indicatorId);
        if (current == null) {
            throw new KpiInputException(Reason.MISSING_FACT, indicatorId, "fact", null,
                    "an inverse search on indicator '" + indicatorId + "' starts from its current fact, but none was given");
        }
        return Decimals.normalise(current);
    }

    ScorecardLine line(String indicatorId) {
        Objects.requireNonNull(indicatorId, "indicatorId");
        if (!scorecard.has(indicatorId)) {
            throw new KpiInputException(Reason.UNKNOWN_INDICATOR, indicatorId, "indicatorId", indicatorId,
                    "indicator '" + indicatorId + "' is not on the scorecard");
        }
        return scorecard.line(indicatorId);
    }

    State state(Facts facts, String indicatorId, BigDecimal fact) {
        BigDecimal value = Decimals.normalise(fact);
        Evaluation evaluation = scorecard.evaluate(facts.with(indicatorId, value), precision);
        if (inputs == null) {
            return new State(value, evaluation, null, null);
        }
        PayContext context = new PayContext(evaluation, inputs, precision);
        Payout payout = payPlan == null ? null : payPlan.evaluate(evaluation, inputs, precision);
        return new State(value, evaluation, payout, context);
    }

    private WhatIfPoint point(ScorecardLine line, @Nullable BigDecimal percent, State state) {
        BigDecimal plan = line.thresholds().plan();
        BigDecimal attainment = plan.signum() == 0 ? null
                : Attainment.percent(line.indicator().isHigherBetter(), plan, state.fact(), precision);
        Map<String, Money> lines = new LinkedHashMap<>();
        Money total = null;
        Payout payout = state.payout();
        if (payout != null) {
            for (PayLine payLine : payout.lines()) {
                lines.put(payLine.name(), payLine.amount());
            }
            total = payout.total();
        }
        return new WhatIfPoint(percent, state.fact(), attainment, state.evaluation().index(line.id()).index(),
                state.evaluation().rating(), total, lines);
    }

    /** A goal resolved into a test, or the obstacle that there is no next band. */
    private record Resolved(Target target, @Nullable String uncertified, @Nullable Obstacle noNextBand) {
    }

    private Resolved resolve(Goal goal, State now, Monotonicity monotonicity) {
        if (goal instanceof RatingGoal rating) {
            return new Resolved(ratingTarget(rating.level()), monotonicity.curve(), null);
        }
        if (goal instanceof PayoutGoal payoutGoal) {
            PayPlan plan = requirePlan(goal);
            if (!payoutGoal.amount().currency().equals(now.requireContext().currency())) {
                throw new KpiInputException(Reason.CURRENCY_MISMATCH, null, "amount", payoutGoal.amount().toString(),
                        "the goal " + payoutGoal.describe() + " is not in the salary's currency "
                                + now.requireContext().currency());
            }
            return new Resolved(payoutTarget(payoutGoal), monotonicity.plan(plan), null);
        }
        if (goal instanceof ConditionGoal conditionGoal) {
            requireInputs(goal);
            return new Resolved(conditionTarget(conditionGoal.condition(), goal.describe()),
                    monotonicity.condition(conditionGoal.condition()), null);
        }
        if (goal instanceof GateGoal gateGoal) {
            Gate gate = gate(requirePlan(goal), gateGoal.gateName());
            return new Resolved(conditionTarget(gate.condition(), goal.describe()),
                    monotonicity.condition(gate.condition()), null);
        }
        NextBandGoal next = (NextBandGoal) goal;
        TieredScheme tiers = tiered(requirePlan(goal), next.schemeName());
        Reading reading = tiers.measure().read(now.requireContext());
        Band nextBand = null;
        if (!reading.isUnboundedBest()) {
            for (Band band : tiers.tiers().bands()) {
                if (band.lowerInclusive().compareTo(reading.value()) > 0) {
                    nextBand = band;
                    break;
                }
            }
        }
        if (nextBand == null) {
            Obstacle top = new Obstacle(Obstacle.Kind.TOP_BAND, next.schemeName(), tiers.measure().describe() + " "
                    + reading.text() + " is already in the top band of '" + next.schemeName() + "'");
            return new Resolved(ratingTarget(BigDecimal.ZERO), null, top);
        }
        BigDecimal edge = nextBand.lowerInclusive();
        String describe = tiers.measure().describe() + " ≥ " + Decimals.text(edge) + " (band " + nextBand + " of '"
                + next.schemeName() + "')";
        Target target = new Target() {
            @Override
            public boolean isMet(State state) {
                return tiers.measure().read(state.requireContext()).isAtLeast(edge);
            }

            @Override
            public String valueAt(State state) {
                return tiers.measure().describe() + " = " + tiers.measure().read(state.requireContext()).text();
            }

            @Override
            public String describe() {
                return describe;
            }
        };
        return new Resolved(target, monotonicity.measure(tiers.measure()), null);
    }

    private static Target ratingTarget(BigDecimal level) {
        return new Target() {
            @Override
            public boolean isMet(State state) {
                return state.evaluation().rating().compareTo(level) >= 0;
            }

            @Override
            public String valueAt(State state) {
                return "rating " + Decimals.text(state.evaluation().rating());
            }

            @Override
            public String describe() {
                return "rating ≥ " + Decimals.text(level);
            }
        };
    }

    private static Target payoutTarget(PayoutGoal goal) {
        return new Target() {
            private Money part(State state) {
                Payout payout = state.requirePayout();
                return goal.part() == PayoutGoal.Part.TOTAL ? payout.total() : payout.variable();
            }

            @Override
            public boolean isMet(State state) {
                return !part(state).isLessThan(goal.amount());
            }

            @Override
            public String valueAt(State state) {
                return (goal.part() == PayoutGoal.Part.TOTAL ? "total payout " : "variable part ") + part(state);
            }

            @Override
            public String describe() {
                return goal.describe();
            }
        };
    }

    private static Target conditionTarget(Condition condition, String describe) {
        return new Target() {
            @Override
            public boolean isMet(State state) {
                return condition.isMet(state.requireContext());
            }

            @Override
            public String valueAt(State state) {
                return condition.explain(state.requireContext());
            }

            @Override
            public String describe() {
                return describe;
            }
        };
    }

    private PayPlan requirePlan(Goal goal) {
        if (payPlan == null) {
            throw new KpiInputException(Reason.OTHER, null, "goal", goal.describe(),
                    "the goal " + goal.describe() + " needs a pay plan; obtain the planner with Planner.of(scorecard, payPlan, inputs)");
        }
        return payPlan;
    }

    private void requireInputs(Goal goal) {
        if (inputs == null) {
            throw new KpiInputException(Reason.MISSING_INPUT, null, "goal", goal.describe(),
                    "the goal " + goal.describe() + " reads pay inputs; obtain the planner with Planner.of(scorecard, payPlan, inputs)");
        }
    }

    private static Gate gate(PayPlan plan, String name) {
        for (Modifier modifier : plan.modifiers()) {
            if (modifier instanceof Gate gate && gate.name().equals(name)) {
                return gate;
            }
        }
        throw new KpiInputException(Reason.UNKNOWN_PAY_STEP, null, "gate", name,
                "the pay plan has no gate named '" + name + "'");
    }

    private static TieredScheme tiered(PayPlan plan, String name) {
        for (Scheme scheme : plan.schemes()) {
            if (scheme.name().equals(name)) {
                if (scheme instanceof TieredScheme tiered) {
                    return tiered;
                }
                throw new KpiInputException(Reason.INVALID_SCHEME, null, "scheme", name,
                        "scheme '" + name + "' is not a tier table, so it has no next band");
            }
        }
        throw new KpiInputException(Reason.UNKNOWN_PAY_STEP, null, "scheme", name,
                "the pay plan has no scheme named '" + name + "'");
    }

    @Override
    public String toString() {
        return "Planner[" + scorecard + (payPlan == null ? "" : ", " + payPlan) + "]";
    }
}
