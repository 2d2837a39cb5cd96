/**
 * Planning tools: what a plan pays as one indicator's fact moves (what-if curves, also for a
 * whole team through the batch path), the smallest fact that reaches a goal (the inverse,
 * "what do I need?"), and a review of a plan for the traps its authors should see before it
 * goes live (cliffs, unreachable or falling tiers, weak weights).
 *
 * <p>Every figure comes from exact evaluations of the scorecard and the pay plan, with the same
 * rounding as a payout; nothing here approximates. See docs/reference/planning.md.
 */
@NullMarked
package org.kpiengine.planning;

import org.jspecify.annotations.NullMarked;
