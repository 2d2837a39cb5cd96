package org.kpiengine.planning;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;

/**
 * The thresholds of a {@link PlanReview}. The defaults ({@link #DEFAULT}) are those of
 * docs/reference/planning.md: 3 to 5 indicators (7 for a manager), no weight below 0.10, a
 * variable part of at least 5 % of the total target pay, a cliff when one step raises the payout
 * by more than 10 % of the salary, cliffs searched over 0 to 200 % of each plan, and an employee
 * "next to" a cliff within 5 % of the plan.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param minIndicators the fewest indicators without a finding
 * @param maxIndicators the most indicators without a finding
 * @param maxIndicatorsForManager the most for a manager's scorecard
 * @param minWeight the lowest weight without a finding, not null
 * @param minVariableShare the lowest share of the variable part in the total target pay (0.05 for 5 %), not null
 * @param cliffShare a rise of more than this share of the salary in one step is a cliff (0.10 for 10 %), not null
 * @param grid the grid of percentages of plan searched for cliffs, not null
 * @param nearShare an employee within this share of the plan of a cliff's edge sits next to it, not null
 * @param steps the step of each indicator's facts, by indicator id; an indicator left out takes one
 *     unit of the last decimal place of its plan (or the employee's fact, whichever is finer), not null
 * @since 0.1.0
 */
public record ReviewSettings(int minIndicators, int maxIndicators, int maxIndicatorsForManager, BigDecimal minWeight,
        BigDecimal minVariableShare, BigDecimal cliffShare, WhatIfGrid grid, BigDecimal nearShare,
        Map<String, BigDecimal> steps) {

    /** The default thresholds. */
    public static final ReviewSettings DEFAULT = new ReviewSettings(3, 5, 7, new BigDecimal("0.10"),
            new BigDecimal("0.05"), new BigDecimal("0.10"), WhatIfGrid.DEFAULT, new BigDecimal("0.05"), Map.of());

    /**
     * Obtains settings.
     *
     * @param minIndicators the fewest indicators without a finding
     * @param maxIndicators the most indicators without a finding
     * @param maxIndicatorsForManager the most for a manager's scorecard
     * @param minWeight the lowest weight without a finding, not null
     * @param minVariableShare the lowest share of the variable part in the total target pay (0.05 for 5 %), not null
     * @param cliffShare a rise of more than this share of the salary in one step is a cliff (0.10 for 10 %), not null
     * @param grid the grid of percentages of plan searched for cliffs, not null
     * @param nearShare an employee within this share of the plan of a cliff's edge sits next to it, not null
     * @param steps the step of each indicator's facts, by indicator id; an indicator left out takes one
     *     unit of the last decimal place of its plan (or the employee's fact, whichever is finer), not null
     * @throws KpiInputException ({@code OUT_OF_RANGE}, naming the field) if a count or share is
     *     negative, the minimum count is above a maximum, or a step is not positive
     * @throws NullPointerException if a component is null
     */
    public ReviewSettings {
        Objects.requireNonNull(grid, "grid");
        minWeight = share("minWeight", minWeight);
        minVariableShare = share("minVariableShare", minVariableShare);
        cliffShare = share("cliffShare", cliffShare);
        nearShare = share("nearShare", nearShare);
        if (minIndicators < 0 || maxIndicators < minIndicators || maxIndicatorsForManager < minIndicators) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "minIndicators", Integer.toString(minIndicators),
                    "indicator counts must satisfy 0 ≤ minimum " + minIndicators + " ≤ maximum " + maxIndicators
                            + " and ≤ manager's maximum " + maxIndicatorsForManager);
        }
        steps = Map.copyOf(steps);
        for (Map.Entry<String, BigDecimal> step : steps.entrySet()) {
            if (step.getValue().signum() <= 0) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, step.getKey(), "step", Decimals.text(step.getValue()),
                        "step " + Decimals.text(step.getValue()) + " of indicator '" + step.getKey() + "' must be positive");
            }
        }
    }

    private static BigDecimal share(String field, BigDecimal value) {
        BigDecimal normal = Decimals.normalise(field, Objects.requireNonNull(value, field));
        if (normal.signum() < 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, field, Decimals.text(normal),
                    field + " " + Decimals.text(normal) + " must not be negative");
        }
        return normal;
    }

    /**
     * Returns a copy with another cliff share; this instance is immutable and unaffected.
     *
     * @param newCliffShare the share of salary, such as {@code "0.05"}, not null
     * @return the new settings, not null
     * @throws KpiInputException if the share is not a number or is negative
     */
    public ReviewSettings withCliffShare(String newCliffShare) {
        return new ReviewSettings(minIndicators, maxIndicators, maxIndicatorsForManager, minWeight, minVariableShare,
                Decimals.parse("cliffShare", newCliffShare), grid, nearShare, steps);
    }

    /**
     * Returns a copy with another share of plan within which an employee sits next to a cliff;
     * this instance is immutable and unaffected.
     *
     * @param newNearShare the share of plan, such as {@code "0.05"}, not null
     * @return the new settings, not null
     * @throws KpiInputException if the share is not a number or is negative
     */
    public ReviewSettings withNearShare(String newNearShare) {
        return new ReviewSettings(minIndicators, maxIndicators, maxIndicatorsForManager, minWeight, minVariableShare,
                cliffShare, grid, Decimals.parse("nearShare", newNearShare), steps);
    }

    /**
     * Returns a copy with another grid for the cliff search; this instance is immutable and unaffected.
     *
     * @param newGrid the grid, not null
     * @return the new settings, not null
     */
    public ReviewSettings withGrid(WhatIfGrid newGrid) {
        return new ReviewSettings(minIndicators, maxIndicators, maxIndicatorsForManager, minWeight, minVariableShare,
                cliffShare, newGrid, nearShare, steps);
    }

    /**
     * Returns a copy with a step for one indicator's facts; this instance is immutable and unaffected.
     *
     * @param indicatorId the indicator, not null
     * @param step the step, positive, such as {@code "0.1"}, not null
     * @return the new settings, not null
     * @throws KpiInputException if the step is not a number or not positive
     */
    public ReviewSettings withStep(String indicatorId, String step) {
        Map<String, BigDecimal> copy = new java.util.HashMap<>(steps);
        copy.put(Objects.requireNonNull(indicatorId, "indicatorId"), Decimals.parse(indicatorId, "step", step));
        return new ReviewSettings(minIndicators, maxIndicators, maxIndicatorsForManager, minWeight, minVariableShare,
                cliffShare, grid, nearShare, copy);
    }

    /**
     * Returns a copy with other limits on the number of indicators and the weights; this instance is
     * immutable and unaffected.
     *
     * @param newMin the fewest indicators
     * @param newMax the most indicators
     * @param newMaxForManager the most for a manager
     * @param newMinWeight the lowest weight, such as {@code "0.10"}, not null
     * @return the new settings, not null
     * @throws KpiInputException if the counts or the weight are invalid
     */
    public ReviewSettings withScorecardLimits(int newMin, int newMax, int newMaxForManager, String newMinWeight) {
        return new ReviewSettings(newMin, newMax, newMaxForManager, Decimals.parse("minWeight", newMinWeight),
                minVariableShare, cliffShare, grid, nearShare, steps);
    }

    /**
     * Returns a copy with another lowest share of the variable part; this instance is immutable and unaffected.
     *
     * @param newMinVariableShare the share, such as {@code "0.05"}, not null
     * @return the new settings, not null
     * @throws KpiInputException if the share is not a number or is negative
     */
    public ReviewSettings withMinVariableShare(String newMinVariableShare) {
        return new ReviewSettings(minIndicators, maxIndicators, maxIndicatorsForManager, minWeight,
                Decimals.parse("minVariableShare", newMinVariableShare), cliffShare, grid, nearShare, steps);
    }
}
