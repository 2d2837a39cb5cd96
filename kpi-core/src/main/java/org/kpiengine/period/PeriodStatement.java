package org.kpiengine.period;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.money.Money;

/**
 * One employee's statement for one period: every line in the order it applies (salary and
 * schemes of each part, modifiers, true-ups, carry-forward out and in, draw and recovery,
 * chargebacks, adjustment), what was paid, what was earned, the balances at the end and what was
 * settled (docs/reference/periods.md, Statement).
 *
 * <p>For an open period {@code paid} is the last line's running total. A closed period (one with
 * a {@link Payment} in the ledger) keeps what was paid: its lines show it as recomputed now, and
 * {@code recomputed − paid} is settled in the next open period's adjustment line.
 *
 * <p>{@code earned} is the salary, the pay plan's variable part, each cumulative scheme's change
 * of earned to date, the chargebacks and the adjustment; for a closed period, less the difference
 * settled later. It is the figure of the year's money conservation ({@link YearResult}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param employeeId the employee, not null
 * @param period the period, not null
 * @param parts the parts computed with one plan version each, empty when the employee did not participate, not null
 * @param lines the lines in the order they apply, not null
 * @param draw the period's draw (prorated), null if none
 * @param cap the period's cap with carry-forward (prorated), null if none
 * @param earned what was earned in the period, not null
 * @param recomputed the total as computed now, the last line's running total, not null
 * @param paid what is paid for the period: the recomputed total, or the ledger's for a closed period, not null
 * @param closed whether the ledger has a payment for the period
 * @param balances the balances at the end of the period, not null
 * @param drawForgiven the draw balance forgiven at year end or termination in this period, not null
 * @param carryForwardForfeited the carry-forward balance forfeited in this period, not null
 * @param overpaidReported what cumulative schemes had paid beyond earned to date when their window ended in this period, not null
 * @since 0.1.0
 */
public record PeriodStatement(String employeeId, Period period, List<PeriodPart> parts, List<PeriodStatementLine> lines,
        @Nullable Money draw, @Nullable Money cap, Money earned, Money recomputed, Money paid, boolean closed,
        Balances balances, Money drawForgiven, Money carryForwardForfeited, Money overpaidReported) {

    /**
     * Obtains a statement, copying the lists.
     *
     * @param employeeId the employee, not null
     * @param period the period, not null
     * @param parts the parts, not null
     * @param lines the lines, not null
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
    public PeriodStatement {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(period, "period");
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        Objects.requireNonNull(earned, "earned");
        Objects.requireNonNull(recomputed, "recomputed");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(balances, "balances");
        Objects.requireNonNull(drawForgiven, "drawForgiven");
        Objects.requireNonNull(carryForwardForfeited, "carryForwardForfeited");
        Objects.requireNonNull(overpaidReported, "overpaidReported");
    }

    /**
     * Returns the sum of the amounts of the lines of one kind.
     *
     * @param kind the kind, not null
     * @return the sum, zero if there is no such line, not null
     */
    public Money total(PeriodStatementLine.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        Money sum = Money.zero(paid.currency());
        for (PeriodStatementLine line : lines) {
            if (line.kind() == kind) {
                sum = sum.plus(line.amount());
            }
        }
        return sum;
    }

    /**
     * Returns the lines of one kind, in order.
     *
     * @param kind the kind, not null
     * @return the lines, not null
     */
    public List<PeriodStatementLine> lines(PeriodStatementLine.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return lines.stream().filter(l -> l.kind() == kind).toList();
    }

    /**
     * Renders the statement as a plain-text table: one row per line with its amount and running
     * total, then what was paid and earned, the balances and what was settled. Amounts are written
     * with a dot and the currency code, whatever the default locale. This English table is for logs;
     * the employee's statement, in their language and as a printable page, is
     * {@code org.kpiengine.statement.Statement.of(periodStatement, employee, period)}.
     *
     * @return the text, not null
     */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Statement ").append(employeeId).append(", period ").append(period.id())
                .append(" (").append(period.start()).append(" to ").append(period.end()).append(")");
        if (closed) {
            out.append(", closed");
        }
        out.append('\n');
        int nameWidth = 4;
        for (PeriodStatementLine line : lines) {
            nameWidth = Math.max(nameWidth, line.name().length());
        }
        for (PeriodStatementLine line : lines) {
            out.append(String.format(java.util.Locale.ROOT, "  %-18s %-" + nameWidth + "s %14s %14s  %s%n",
                    line.kind(), line.name(), line.amount().toAmountText(), line.after().toAmountText(), line.detail()));
        }
        String code = paid.currency().getCurrencyCode();
        out.append("  paid ").append(code).append(' ').append(paid.toAmountText());
        if (closed) {
            out.append(" (recomputed ").append(recomputed.toAmountText()).append(", difference ")
                    .append(recomputed.minus(paid).toAmountText()).append(" settled in the next open period)");
        }
        out.append("; earned ").append(earned.toAmountText()).append('\n');
        out.append("  balances: draw ").append(balances.draw().toAmountText())
                .append(", carry-forward ").append(balances.carryForward().toAmountText())
                .append(", chargebacks not recovered ").append(balances.chargebacks().toAmountText())
                .append(", overpaid to date ").append(balances.overpaid().toAmountText()).append('\n');
        if (!drawForgiven.isZero()) {
            out.append("  draw balance forgiven ").append(drawForgiven.toAmountText()).append('\n');
        }
        if (!carryForwardForfeited.isZero()) {
            out.append("  carry-forward forfeited ").append(carryForwardForfeited.toAmountText()).append('\n');
        }
        if (!overpaidReported.isZero()) {
            out.append("  true-ups overpaid at window end (not recovered) ").append(overpaidReported.toAmountText()).append('\n');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "PeriodStatement[" + employeeId + " " + period.id() + ": paid " + paid + ", earned " + earned + "]";
    }
}
