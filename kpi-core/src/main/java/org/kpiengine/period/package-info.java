/**
 * A compensation year: a sequence of periods computed as a pure function of plan versions,
 * assignments, facts per period and the ledger of what was already paid
 * (docs/reference/periods.md).
 *
 * <p>A {@link org.kpiengine.period.PlanYear} cuts the year into periods; a
 * {@link org.kpiengine.period.CompensationYear} holds the plan versions of each role and the
 * year-end rules, and computes an {@link org.kpiengine.period.EmployeeYear} (assignments, facts,
 * chargebacks, payments) into a {@link org.kpiengine.period.YearResult}: one
 * {@link org.kpiengine.period.PeriodStatement} per period with its lines in the order they apply and the
 * balances at the end. Proration by participating days, cumulative schemes with true-up, draws,
 * cap with carry-forward, chargebacks and adjustments of closed periods are applied in one
 * documented order; each line carries the typed values it was reckoned from
 * ({@link org.kpiengine.period.PeriodReckoning}), from which {@code org.kpiengine.statement}
 * writes the statement in the employee's language. Nothing is stored between calls and no clock is read: the same inputs give
 * the same figures.
 *
 * @since 0.1.0
 */
@NullMarked
package org.kpiengine.period;

import org.jspecify.annotations.NullMarked;
