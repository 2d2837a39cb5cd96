package org.kpiengine.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.internal.Decimals;

/**
 * The answer to an inverse query ("what do I need?"): the smallest fact of one indicator (the
 * largest, for a lower-is-better indicator), on the lattice of its step, that reaches a goal with
 * every other fact held; or why there is none.
 *
 * <p>When {@link #outcome()} is {@link Outcome#REACHED} or {@link Outcome#ALREADY_MET},
 * {@link #fact()} reaches the goal and {@link #worseFact()}, one step worse, does not; both were
 * evaluated exactly. When {@link #isCertified()} is true, the plan is known to be monotone in this
 * indicator, so the fact is also the smallest (largest) one that reaches the goal; otherwise
 * {@link #uncertifiedBecause()} names the part of the plan that could not be certified, and the
 * answer was checked at sample points (see docs/reference/planning.md, Inverse).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param indicatorId the indicator moved, not null
 * @param goal the goal as resolved, such as {@code "rating ≥ 120"}, not null
 * @param outcome what the search found, not null
 * @param currentFact the fact the query started from, not null
 * @param step the unit of the lattice searched, positive, not null
 * @param fact the answer: the fact that reaches the goal, null unless reached or already met
 * @param worseFact the fact one step worse, which does not reach it, null when {@code fact} is null
 * @param bestFact when the goal is unreachable, the best fact the indicator can take (an edge of its
 *     domain: 0 for a lower-is-better count, or the last fact a curve can score), or null ("none")
 *     when the goal stays out of reach however far the fact improves; the counterexample when not
 *     monotone; else null
 * @param valueAtAnswer the goal's figure at the answer, or at the best (or, with no best fact, the
 *     farthest) fact tried, for a person, not null
 * @param obstacles why the goal is unreachable, empty otherwise, not null
 * @param uncertifiedBecause null when the plan is certified monotone in this indicator, else the reason
 * @param evaluations the number of exact evaluations made
 * @since 0.1.0
 */
public record Inverse(
        String indicatorId, String goal, Outcome outcome, BigDecimal currentFact, BigDecimal step,
        @Nullable BigDecimal fact, @Nullable BigDecimal worseFact, @Nullable BigDecimal bestFact,
        String valueAtAnswer, List<Obstacle> obstacles, @Nullable String uncertifiedBecause, int evaluations) {

    /**
     * What an inverse search found.
     *
     * @since 0.1.0
     */
    public enum Outcome {
        /** The goal is not met now; {@link Inverse#fact()} is the least improvement that meets it. */
        REACHED,
        /** The goal is met now; {@link Inverse#fact()} is the worst fact that still meets it. */
        ALREADY_MET,
        /** The goal is met at every fact the indicator can take (it does not depend on it). */
        MET_AT_ANY_FACT,
        /**
         * No fact of this indicator reaches the goal; {@link Inverse#obstacles()} say why, and
         * {@link Inverse#bestFact()} is the edge of the indicator's domain, or null (none) when the
         * goal stays out of reach however far the fact improves.
         */
        UNREACHABLE,
        /** A sample check found the plan not monotone; {@link Inverse#bestFact()} is the counterexample. */
        NOT_MONOTONE
    }

    /**
     * Obtains an answer; used by {@link Planner}.
     *
     * @param indicatorId the indicator moved, not null
     * @param goal the goal as resolved, such as {@code "rating ≥ 120"}, not null
     * @param outcome what the search found, not null
     * @param currentFact the fact the query started from, not null
     * @param step the unit of the lattice searched, positive, not null
     * @param fact the answer: the fact that reaches the goal, null unless reached or already met
     * @param worseFact the fact one step worse, which does not reach it, null when {@code fact} is null
     * @param bestFact when the goal is unreachable, the best fact the indicator can take, or null when
     *     it stays out of reach however far the fact improves; the counterexample when not monotone;
     *     else null
     * @param valueAtAnswer the goal's figure at the answer, or at the best fact tried, for a person, not null
     * @param obstacles why the goal is unreachable, empty otherwise, not null
     * @param uncertifiedBecause null when the plan is certified monotone in this indicator, else the reason
     * @param evaluations the number of exact evaluations made
     * @throws NullPointerException if a non-null component is null
     */
    public Inverse {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(currentFact, "currentFact");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(valueAtAnswer, "valueAtAnswer");
        obstacles = List.copyOf(obstacles);
    }

    /**
     * Whether the plan is known, from its structure, to be monotone in the indicator, so that the
     * answer is the smallest (largest) fact that reaches the goal and not just a boundary.
     *
     * @return true when certified
     */
    public boolean isCertified() {
        return uncertifiedBecause == null;
    }

    /**
     * Returns how far the answer is from the current fact: {@code fact − currentFact}.
     *
     * @return the difference, null when there is no answer
     */
    public @Nullable BigDecimal distance() {
        return fact == null ? null : Decimals.normalise(fact.subtract(currentFact));
    }

    @Override
    public String toString() {
        String head = indicatorId + " for " + goal + ": " + outcome;
        return switch (outcome) {
            case REACHED, ALREADY_MET -> head + " at " + Decimals.text(Objects.requireNonNull(fact)) + " (not at "
                    + Decimals.text(Objects.requireNonNull(worseFact)) + "), " + valueAtAnswer;
            case MET_AT_ANY_FACT -> head;
            case UNREACHABLE -> head + ", best fact " + (bestFact == null ? "none" : Decimals.text(bestFact)) + " "
                    + obstacles;
            case NOT_MONOTONE -> head + " at " + (bestFact == null ? "?" : Decimals.text(bestFact));
        };
    }
}
