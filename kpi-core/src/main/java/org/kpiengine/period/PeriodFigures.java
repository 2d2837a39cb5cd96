package org.kpiengine.period;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.money.Money;

/**
 * The figures of one employee's period without its lines: what a {@link PeriodStatement} reports
 * besides the lines and parts, as computed by {@link CompensationYear#compute(java.util.List)}
 * for many employees at once (docs/reference/periods.md, Many employees at once). Every field has
 * the meaning of the statement's field of the same name.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param period the period, not null
 * @param draw the period's draw (prorated), null if none
 * @param cap the period's cap with carry-forward (prorated), null if none
 * @param earned what was earned in the period, not null
 * @param recomputed the total as computed now, not null
 * @param paid what is paid for the period: the recomputed total, or the ledger's for a closed period, not null
 * @param closed whether the ledger has a payment for the period
 * @param balances the balances at the end of the period, not null
 * @param drawForgiven the draw balance forgiven at year end or termination in this period, not null
 * @param carryForwardForfeited the carry-forward balance forfeited in this period, not null
 * @param overpaidReported what cumulative schemes had paid beyond earned to date when their window ended in this period, not null
 * @since 0.1.0
 */
public record PeriodFigures(Period period, @Nullable Money draw, @Nullable Money cap, Money earned, Money recomputed,
        Money paid, boolean closed, Balances balances, Money drawForgiven, Money carryForwardForfeited,
        Money overpaidReported) {

    /**
     * Obtains the figures of a period.
     *
     * @param period the period, not null
     * @param draw the period's draw, null if none
     * @param cap the period's cap, null if none
     * @param earned what was earned, not null
     * @param recomputed the total as computed now, not null
     * @param paid what is paid for the period, not null
     * @param closed whether the period is closed
     * @param balances the balances at the end, not null
     * @param drawForgiven the draw balance forgiven, not null
     * @param carryForwardForfeited the carry-forward forfeited, not null
     * @param overpaidReported the true-up overpayment reported, not null
     */
    public PeriodFigures {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(recomputed, "recomputed");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(balances, "balances");
        Objects.requireNonNull(drawForgiven, "drawForgiven");
        Objects.requireNonNull(carryForwardForfeited, "carryForwardForfeited");
        Objects.requireNonNull(overpaidReported, "overpaidReported");
    }

    /**
     * Obtains the figures a statement reports.
     *
     * @param statement the statement, not null
     * @return its figures, not null
     */
    public static PeriodFigures of(PeriodStatement statement) {
        Objects.requireNonNull(statement, "statement");
        return new PeriodFigures(statement.period(), statement.draw(), statement.cap(), statement.earned(),
                statement.recomputed(), statement.paid(), statement.closed(), statement.balances(), statement.drawForgiven(),
                statement.carryForwardForfeited(), statement.overpaidReported());
    }
}
