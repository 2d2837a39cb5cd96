package org.kpiengine.period;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.Reckoning;
import org.kpiengine.scorecard.Evaluation;

/**
 * How the amount of one period statement line was reckoned, as typed values: the part's pay line,
 * a true-up's earned and paid to date, the cap or draw compared with the variable pay, a
 * chargeback's refund and the rate paid then, the closed periods behind an adjustment. A statement
 * in the employee's language ({@code org.kpiengine.statement.Statement#withPeriod}) is written from
 * these values alone, never from the English {@link PeriodStatementLine#detail()} (see
 * docs/reference/periods.md, Statement).
 *
 * <p>Each kind is a record of this interface; the kind of a line follows from its
 * {@link PeriodStatementLine.Kind} (see {@link #kind()}).
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface PeriodReckoning {

    /**
     * Returns the kind's name as the data form writes it, such as {@code "DRAW"}.
     *
     * @return the kind, not null
     */
    String kind();

    /**
     * A line of a part's payout (salary, scheme or modifier), computed with the part's plan version
     * and prorated to its days.
     *
     * @param part the part, not null
     * @param line the part's pay line, with its own {@link Reckoning}, not null
     * @since 0.1.0
     */
    record Pay(PeriodPart part, PayLine line) implements PeriodReckoning {

        /**
         * Obtains the reckoning of a part's pay line.
         *
         * @param part the part, not null
         * @param line the pay line, not null
         */
        public Pay {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(line, "line");
        }

        /**
         * Returns whether the part covers fewer days than the period, so that its amounts are prorated.
         *
         * @return whether the part is prorated
         */
        public boolean prorated() {
            return part.days() != part.periodDays();
        }

        @Override
        public String kind() {
            return "PAY";
        }
    }

    /**
     * A cumulative scheme's true-up: earned to date minus paid to date in its window, or nothing
     * when the policy is never negative and the difference is.
     *
     * @param window the window, such as {@code "2026-Q1"}, not null
     * @param earnedToDate what the scheme earned on the facts to date against the thresholds to date, not null
     * @param paidToDate what the scheme paid in the window before this period, not null
     * @param heldAtZero whether the difference was negative and the never-negative policy paid 0 instead
     * @param evaluationToDate the evaluation of the facts to date against the thresholds to date, not null
     * @param toDate how the scheme reckoned earned to date, not null
     * @since 0.1.0
     */
    record TrueUp(String window, Money earnedToDate, Money paidToDate, boolean heldAtZero, Evaluation evaluationToDate,
            Reckoning toDate) implements PeriodReckoning {

        /**
         * Obtains a true-up's reckoning.
         *
         * @param window the window, not null
         * @param earnedToDate earned to date, not null
         * @param paidToDate paid to date before this period, not null
         * @param heldAtZero whether a negative difference was held at 0
         * @param evaluationToDate the evaluation to date, not null
         * @param toDate the scheme's reckoning to date, not null
         */
        public TrueUp {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(earnedToDate, "earnedToDate");
            Objects.requireNonNull(paidToDate, "paidToDate");
            Objects.requireNonNull(evaluationToDate, "evaluationToDate");
            Objects.requireNonNull(toDate, "toDate");
        }

        @Override
        public String kind() {
            return "TRUE_UP";
        }
    }

    /**
     * Variable pay above the period's cap, carried forward.
     *
     * @param variable the variable pay before the line, not null
     * @param cap the period's cap, not null
     * @since 0.1.0
     */
    record CarriedOut(Money variable, Money cap) implements PeriodReckoning {

        /**
         * Obtains the reckoning of a carry out.
         *
         * @param variable the variable pay, not null
         * @param cap the cap, not null
         */
        public CarriedOut {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(cap, "cap");
        }

        @Override
        public String kind() {
            return "CARRY_FORWARD_OUT";
        }
    }

    /**
     * Earnings carried forward from earlier periods, paid up to the period's cap.
     *
     * @param balance the carry-forward balance before the line, not null
     * @param cap the period's cap, null if the period has none (the balance is paid in full)
     * @since 0.1.0
     */
    record CarriedIn(Money balance, @Nullable Money cap) implements PeriodReckoning {

        /**
         * Obtains the reckoning of a carry in.
         *
         * @param balance the balance, not null
         * @param cap the cap, null if none
         */
        public CarriedIn {
            Objects.requireNonNull(balance, "balance");
        }

        @Override
        public String kind() {
            return "CARRY_FORWARD_IN";
        }
    }

    /**
     * The carry-forward balance paid at year end or at termination.
     *
     * @param atYearEnd true at year end, false at termination
     * @since 0.1.0
     */
    record CarryForwardPaid(boolean atYearEnd) implements PeriodReckoning {

        @Override
        public String kind() {
            return "CARRY_FORWARD_PAID";
        }
    }

    /**
     * The draw's top-up of the variable pay to the draw.
     *
     * @param variable the variable pay before the line, not null
     * @param draw the period's draw, not null
     * @param recoverable whether the top-up is added to the draw balance, to be recovered later
     * @since 0.1.0
     */
    record DrawTopUp(Money variable, Money draw, boolean recoverable) implements PeriodReckoning {

        /**
         * Obtains the reckoning of a draw's top-up.
         *
         * @param variable the variable pay, not null
         * @param draw the draw, not null
         * @param recoverable whether it is recoverable
         */
        public DrawTopUp {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(draw, "draw");
        }

        @Override
        public String kind() {
            return "DRAW";
        }
    }

    /**
     * Recovery of the draw balance from variable pay above the period's draw.
     *
     * @param balance the draw balance before the line, not null
     * @param variable the variable pay before the line, not null
     * @param draw the period's draw (zero if the period has none), below which recovery never goes, not null
     * @param maximum the most recovered in a period, null if unlimited
     * @since 0.1.0
     */
    record DrawRecovery(Money balance, Money variable, Money draw, @Nullable Money maximum) implements PeriodReckoning {

        /**
         * Obtains the reckoning of a draw recovery.
         *
         * @param balance the balance, not null
         * @param variable the variable pay, not null
         * @param draw the draw, not null
         * @param maximum the maximum recovery, null if none
         */
        public DrawRecovery {
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(draw, "draw");
        }

        @Override
        public String kind() {
            return "DRAW_RECOVERY";
        }
    }

    /**
     * A refund charged back at the rate paid in the original period: refund × payout ÷ fact, rounded
     * to the minor unit.
     *
     * @param refund the refunded amount of the indicator, not null
     * @param indicatorId the indicator the refund lowers, not null
     * @param originalPeriodId the period the refunded deal was paid in, not null
     * @param originalPayout what the scheme paid in that period, not null
     * @param originalFact the indicator's fact in that period, not null
     * @since 0.1.0
     */
    record Refund(BigDecimal refund, String indicatorId, String originalPeriodId, Money originalPayout,
            BigDecimal originalFact) implements PeriodReckoning {

        /**
         * Obtains the reckoning of a chargeback.
         *
         * @param refund the refund, not null
         * @param indicatorId the indicator, not null
         * @param originalPeriodId the original period, not null
         * @param originalPayout the scheme's payout then, not null
         * @param originalFact the fact then, not null
         */
        public Refund {
            Objects.requireNonNull(refund, "refund");
            Objects.requireNonNull(indicatorId, "indicatorId");
            Objects.requireNonNull(originalPeriodId, "originalPeriodId");
            Objects.requireNonNull(originalPayout, "originalPayout");
            Objects.requireNonNull(originalFact, "originalFact");
        }

        @Override
        public String kind() {
            return "CHARGEBACK";
        }
    }

    /**
     * Chargebacks not recovered in earlier periods, recovered now (the amount is the balance, negated).
     *
     * @since 0.1.0
     */
    record ChargebacksRecovered() implements PeriodReckoning {

        @Override
        public String kind() {
            return "CHARGEBACK_RECOVERY";
        }
    }

    /**
     * The part of the chargebacks the variable pay could not cover, carried forward: the variable
     * pay stays at its floor.
     *
     * @param floor the variable pay the chargebacks may not go below (zero, or lower when the pay
     *     plan's own variable pay was already negative), not null
     * @since 0.1.0
     */
    record ChargebacksCarried(Money floor) implements PeriodReckoning {

        /**
         * Obtains the reckoning of chargebacks carried forward.
         *
         * @param floor the floor, not null
         */
        public ChargebacksCarried {
            Objects.requireNonNull(floor, "floor");
        }

        @Override
        public String kind() {
            return "CHARGEBACK_CARRIED";
        }
    }

    /**
     * The adjustment of closed periods, settled in the first open one: each closed period as
     * recomputed now and as paid.
     *
     * @param closed the closed periods, in order, not null
     * @since 0.1.0
     */
    record Adjustment(List<Closed> closed) implements PeriodReckoning {

        /**
         * Obtains the reckoning of an adjustment, copying the list.
         *
         * @param closed the closed periods, not null
         */
        public Adjustment {
            closed = List.copyOf(Objects.requireNonNull(closed, "closed"));
        }

        @Override
        public String kind() {
            return "ADJUSTMENT";
        }
    }

    /**
     * A closed period behind an adjustment.
     *
     * @param periodId the period, not null
     * @param recomputed its total as computed now, not null
     * @param paid what the ledger says was paid, not null
     * @since 0.1.0
     */
    record Closed(String periodId, Money recomputed, Money paid) {

        /**
         * Obtains a closed period's figures.
         *
         * @param periodId the period, not null
         * @param recomputed the total as computed now, not null
         * @param paid what was paid, not null
         */
        public Closed {
            Objects.requireNonNull(periodId, "periodId");
            Objects.requireNonNull(recomputed, "recomputed");
            Objects.requireNonNull(paid, "paid");
        }

        /**
         * Returns the difference settled: recomputed − paid.
         *
         * @return the difference, not null
         */
        public Money difference() {
            return recomputed.minus(paid);
        }
    }
}
