package org.kpiengine.period;

import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;

/**
 * One employee's compensation year as figures: a {@link YearResult} without the statements'
 * lines, one {@link PeriodFigures} per computed period and the terms of the money conservation
 * (docs/reference/periods.md, Money conservation), which is checked when the figures are made.
 * {@link CompensationYear#compute(java.util.List)} gives these for many employees at once;
 * {@link YearResult#figures()} gives the same from one employee's statements.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param employeeId the employee, not null
 * @param periods the figures of each computed period, in order, not null
 * @param opening the balances the year opened with, not null
 * @param closing the balances at the end of the last computed period, not null
 * @param paid Σ paid, not null
 * @param earned Σ earned, not null
 * @param drawForgiven the draw balances forgiven, not null
 * @param carryForwardForfeited the carry-forward balances forfeited, not null
 * @param trueUpsOverpaid what cumulative schemes paid beyond earned to date in windows that ended, not null
 * @param pendingAdjustment the difference of closed periods not yet settled, not null
 * @since 0.1.0
 */
public record YearFigures(String employeeId, List<PeriodFigures> periods, Balances opening, Balances closing,
        Money paid, Money earned, Money drawForgiven, Money carryForwardForfeited, Money trueUpsOverpaid,
        Money pendingAdjustment) {

    /**
     * Obtains the figures of a year, checking the money conservation.
     *
     * @param employeeId the employee, not null
     * @param periods the figures of each period, not null
     * @param opening the opening balances, not null
     * @param closing the closing balances, not null
     * @param paid Σ paid, not null
     * @param earned Σ earned, not null
     * @param drawForgiven the draw forgiven, not null
     * @param carryForwardForfeited the carry-forward forfeited, not null
     * @param trueUpsOverpaid the true-ups overpaid in ended windows, not null
     * @param pendingAdjustment the unsettled adjustment, not null
     * @throws IllegalStateException if the terms do not conserve money
     */
    public YearFigures {
        Objects.requireNonNull(employeeId, "employeeId");
        periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(drawForgiven, "drawForgiven");
        Objects.requireNonNull(carryForwardForfeited, "carryForwardForfeited");
        Objects.requireNonNull(trueUpsOverpaid, "trueUpsOverpaid");
        Objects.requireNonNull(pendingAdjustment, "pendingAdjustment");
        Money expected = YearResult.conserved(earned, opening, closing, drawForgiven, carryForwardForfeited, trueUpsOverpaid);
        if (!expected.equals(paid)) {
            throw new IllegalStateException("money is not conserved for employee '" + employeeId + "': paid " + paid
                    + " but earned and the reported terms give " + expected);
        }
    }

    /**
     * Returns the figures of a period.
     *
     * @param periodId the period's id, not null
     * @return the figures, not null
     * @throws KpiInputException if the period was not computed
     */
    public PeriodFigures period(String periodId) {
        Objects.requireNonNull(periodId, "periodId");
        for (PeriodFigures period : periods) {
            if (period.period().id().equals(periodId)) {
                return period;
            }
        }
        throw new KpiInputException(Reason.OUT_OF_RANGE, null, "period", periodId,
                "period '" + periodId + "' of employee '" + employeeId + "' was not computed");
    }
}
