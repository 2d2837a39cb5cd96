package org.kpiengine.planning;

/** A goal resolved against a plan and the current facts: a test of one exact evaluation. */
interface Target {

    /** Whether the goal is reached in this state. */
    boolean isMet(State state);

    /** The goal's own figure in this state, for a person ("rating 119.6", "gate ... : no"). */
    String valueAt(State state);

    /** The goal as resolved, such as "rating ≥ 120" or "rating ≥ 120 (band [120, ∞) of 'tiers')". */
    String describe();
}
