package org.kpiengine.period;

import java.util.List;
import java.util.Objects;
import org.kpiengine.money.Money;

/**
 * One employee's compensation year as computed through its last computed period: the statements
 * and the terms of the money conservation (docs/reference/periods.md, Money conservation):
 *
 * <pre>
 * Σ paid = Σ earned + draw balance forgiven + (draw balance at end − at opening)
 *        + (chargebacks not recovered at end − at opening) + true-ups overpaid (reported and current)
 *        − carry-forward forfeited − (carry-forward at end − at opening)
 * </pre>
 *
 * which over a whole year with a forgiven draw and forfeited carry-forward, and nothing at
 * opening, reads {@code Σ paid = Σ earned + draw forgiven + chargebacks not recovered + true-ups
 * overpaid − carry-forward forfeited}. The identity is checked when the result is made; an
 * adjustment of closed periods not yet settled (no open period computed) is reported apart, in
 * neither sum.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param employeeId the employee, not null
 * @param statements the statements, one per computed period, in order, not null
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
public record YearResult(String employeeId, List<PeriodStatement> statements, Balances opening, Balances closing,
        Money paid, Money earned, Money drawForgiven, Money carryForwardForfeited, Money trueUpsOverpaid,
        Money pendingAdjustment) {

    /**
     * Obtains a result, checking the money conservation.
     *
     * @param employeeId the employee, not null
     * @param statements the statements, not null
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
    public YearResult {
        Objects.requireNonNull(employeeId, "employeeId");
        statements = List.copyOf(Objects.requireNonNull(statements, "statements"));
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(drawForgiven, "drawForgiven");
        Objects.requireNonNull(carryForwardForfeited, "carryForwardForfeited");
        Objects.requireNonNull(trueUpsOverpaid, "trueUpsOverpaid");
        Objects.requireNonNull(pendingAdjustment, "pendingAdjustment");
        Money expected = conserved(earned, opening, closing, drawForgiven, carryForwardForfeited, trueUpsOverpaid);
        if (!expected.equals(paid)) {
            throw new IllegalStateException("money is not conserved for employee '" + employeeId + "': paid " + paid
                    + " but earned and the reported terms give " + expected);
        }
    }

    static Money conserved(Money earned, Balances opening, Balances closing, Money drawForgiven, Money carryForwardForfeited,
            Money trueUpsOverpaid) {
        return earned.plus(drawForgiven).plus(closing.draw()).minus(opening.draw())
                .plus(closing.chargebacks()).minus(opening.chargebacks())
                .plus(trueUpsOverpaid).plus(closing.overpaid())
                .minus(carryForwardForfeited).minus(closing.carryForward()).plus(opening.carryForward());
    }

    /**
     * Returns the statement of a period.
     *
     * @param periodId the period's id, not null
     * @return the statement, not null
     * @throws org.kpiengine.KpiInputException if the period was not computed
     */
    public PeriodStatement statement(String periodId) {
        Objects.requireNonNull(periodId, "periodId");
        for (PeriodStatement statement : statements) {
            if (statement.period().id().equals(periodId)) {
                return statement;
            }
        }
        throw new org.kpiengine.KpiInputException(org.kpiengine.KpiInputException.Reason.OUT_OF_RANGE, null, "period",
                periodId, "period '" + periodId + "' of employee '" + employeeId + "' was not computed");
    }

    /**
     * Returns the year's figures without the statements' lines: what
     * {@link CompensationYear#compute(List)} gives for this employee.
     *
     * @return the figures, not null
     */
    public YearFigures figures() {
        return new YearFigures(employeeId, statements.stream().map(PeriodFigures::of).toList(), opening, closing, paid,
                earned, drawForgiven, carryForwardForfeited, trueUpsOverpaid, pendingAdjustment);
    }

    /**
     * Renders the money conservation with each term, one per line.
     *
     * @return the text, not null
     */
    public String conservationText() {
        return "paid " + paid.toAmountText() + " = earned " + earned.toAmountText()
                + "\n  + draw forgiven " + drawForgiven.toAmountText()
                + "\n  + draw balance " + closing.draw().toAmountText() + " − opening " + opening.draw().toAmountText()
                + "\n  + chargebacks not recovered " + closing.chargebacks().toAmountText() + " − opening " + opening.chargebacks().toAmountText()
                + "\n  + true-ups overpaid " + trueUpsOverpaid.toAmountText() + " + still overpaid " + closing.overpaid().toAmountText()
                + "\n  − carry-forward forfeited " + carryForwardForfeited.toAmountText()
                + "\n  − carry-forward balance " + closing.carryForward().toAmountText() + " + opening " + opening.carryForward().toAmountText()
                + (pendingAdjustment.isZero() ? "" : "\n  (adjustment of closed periods not yet settled: " + pendingAdjustment.toAmountText() + ")")
                + "\n";
    }
}
