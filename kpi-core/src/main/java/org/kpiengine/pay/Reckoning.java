package org.kpiengine.pay;

/**
 * How the amount of one pay line was reckoned, as typed values: the salary, a scheme's inputs (the
 * measure and the value it read, the tier reached with its bounds and rate, the condition checked
 * with the value it saw) or a modifier's (the amount before, the limit, the factor), so that a
 * front end renders any line in its own words without parsing text. Each scheme and modifier of
 * the library builds its own kind when it accrues; a line made by an integrator's code without one
 * carries its text ({@link StatedReckoning}).
 *
 * <p>The kinds, and the statement texts built on them, are described in
 * docs/reference/explanations.md, "As data".
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Reckoning permits SalaryReckoning, LinearReckoning, TierReckoning, MarginalTierReckoning,
        ConditionReckoning, CoefficientReckoning, PoolReckoning, PerUnitReckoning, CustomReckoning, GateReckoning,
        LimitReckoning, DeductionReckoning, StatedReckoning {

    /**
     * Returns the kind's name as it appears in the data form, such as {@code "TIER"}.
     *
     * @return the kind, not null
     */
    String kind();
}
