package org.kpiengine.statement;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayLine;
import org.kpiengine.period.PeriodPart;
import org.kpiengine.period.PeriodReckoning;
import org.kpiengine.period.PeriodStatement;
import org.kpiengine.period.PeriodStatementLine;
import org.kpiengine.scorecard.Evaluation;

/**
 * A period statement in the words of a {@link Wording}: each line (item, signed amount, running
 * total, how it was reckoned) written from its {@link PeriodReckoning} alone, what was paid and
 * earned, and the balances at the end. No number is computed here: each is one the period
 * statement holds, written in the language's format.
 */
final class PeriodLines {

    private final PeriodStatement period;
    private final Wording words;
    private final Currency currency;
    /** The evaluation that names the indicators: the period's last part's, null if the employee did not work in it. */
    private final @Nullable Evaluation names;

    PeriodLines(PeriodStatement period, Wording words) {
        this.period = period;
        this.words = words;
        this.currency = period.paid().currency();
        List<PeriodPart> parts = period.parts();
        this.names = parts.isEmpty() ? null : parts.get(parts.size() - 1).evaluation();
    }

    /** The rows: item, signed amount, running total, how. */
    List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        for (PeriodStatementLine line : period.lines()) {
            rows.add(new String[] {name(line), words.money(line.amount()), words.money(line.after()), how(line)});
        }
        return rows;
    }

    /** Whether each row's amount is negative, in the order of {@link #rows()}. */
    List<Boolean> negative() {
        return period.lines().stream().map(line -> line.amount().isNegative()).toList();
    }

    /** What was paid (and, for a closed period, as recomputed now) and what was earned: label and value. */
    List<String[]> summary() {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {words.text(period.closed() ? "period.paid.closed" : "period.paid"), words.money(period.paid())});
        if (period.closed() && !period.recomputed().equals(period.paid())) {
            out.add(new String[] {words.text("period.recomputed"), words.money(period.recomputed())});
        }
        out.add(new String[] {words.text("period.earned"), words.money(period.earned())});
        return out;
    }

    /**
     * The balances at the end and what was settled in the period: label and value. A balance is
     * shown when it is not zero or when the period has its rule (a draw, a cap); a settlement when
     * it is not zero.
     */
    List<String[]> balances() {
        List<String[]> out = new ArrayList<>();
        if (period.draw() != null || !period.balances().draw().isZero()) {
            out.add(new String[] {words.text("balance.draw"), words.money(period.balances().draw())});
        }
        if (period.cap() != null || !period.balances().carryForward().isZero()) {
            out.add(new String[] {words.text("balance.carryForward"), words.money(period.balances().carryForward())});
        }
        if (!period.balances().chargebacks().isZero()) {
            out.add(new String[] {words.text("balance.chargebacks"), words.money(period.balances().chargebacks())});
        }
        if (!period.balances().overpaid().isZero()) {
            out.add(new String[] {words.text("balance.overpaid"), words.money(period.balances().overpaid())});
        }
        settled(out, "settled.drawForgiven", period.drawForgiven());
        settled(out, "settled.carryForwardForfeited", period.carryForwardForfeited());
        settled(out, "settled.overpaidReported", period.overpaidReported());
        return out;
    }

    private void settled(List<String[]> out, String key, Money amount) {
        if (!amount.isZero()) {
            out.add(new String[] {words.text(key), words.money(amount)});
        }
    }

    private String name(PeriodStatementLine line) {
        return switch (line.kind()) {
            case SALARY -> words.text("salary");
            case SCHEME, MODIFIER, TRUE_UP -> line.name();
            case CHARGEBACK -> words.text("period.name.chargeback", "name", line.name());
            case CARRY_FORWARD_OUT -> words.text("period.name.carryForwardOut");
            case CARRY_FORWARD_IN -> words.text("period.name.carryForwardIn");
            case CARRY_FORWARD_PAID -> words.text("period.name.carryForwardPaid");
            case DRAW -> words.text("period.name.draw");
            case DRAW_RECOVERY -> words.text("period.name.drawRecovery");
            case CHARGEBACK_RECOVERY -> words.text("period.name.chargebacksRecovered");
            case CHARGEBACK_CARRIED -> words.text("period.name.chargebacksCarried");
            case ADJUSTMENT -> words.text("period.name.adjustment");
        };
    }

    /** How a line was reckoned, from its typed values. */
    private String how(PeriodStatementLine line) {
        PeriodReckoning reckoning = line.reckoning();
        if (reckoning instanceof PeriodReckoning.Pay r) {
            PeriodPart part = r.part();
            String text = new Sentences(words, part.evaluation(), currency).of(r.line());
            if (!r.prorated()) {
                return text;
            }
            String days = words.text("period.part", "from", words.date(part.from()), "to", words.date(part.to()),
                    "days", Integer.toString(part.days()), "periodDays", Integer.toString(part.periodDays()));
            return words.text("period.part.line", "part", days, "text", text);
        } else if (reckoning instanceof PeriodReckoning.TrueUp r) {
            String toDate = new Sentences(words, r.evaluationToDate(), currency).of(r.toDate(), r.earnedToDate(), PayLine.Kind.SCHEME);
            return words.text(r.heldAtZero() ? "period.trueUp.held" : "period.trueUp", "earned", words.money(r.earnedToDate()),
                    "window", r.window(), "paid", words.money(r.paidToDate()), "toDate", toDate);
        } else if (reckoning instanceof PeriodReckoning.CarriedOut r) {
            return words.text("period.carryOut", "variable", words.money(r.variable()), "cap", words.money(r.cap()));
        } else if (reckoning instanceof PeriodReckoning.CarriedIn r) {
            Money cap = r.cap();
            return cap == null
                    ? words.text("period.carryIn.noCap", "balance", words.money(r.balance()))
                    : words.text("period.carryIn", "balance", words.money(r.balance()), "cap", words.money(cap));
        } else if (reckoning instanceof PeriodReckoning.CarryForwardPaid r) {
            return words.text(r.atYearEnd() ? "period.carryPaid.yearEnd" : "period.carryPaid.termination");
        } else if (reckoning instanceof PeriodReckoning.DrawTopUp r) {
            return words.text(r.recoverable() ? "period.draw.recoverable" : "period.draw.guaranteed",
                    "variable", words.money(r.variable()), "draw", words.money(r.draw()));
        } else if (reckoning instanceof PeriodReckoning.DrawRecovery r) {
            Money maximum = r.maximum();
            return words.text(maximum == null ? "period.drawRecovery" : "period.drawRecovery.max",
                    "balance", words.money(r.balance()), "variable", words.money(r.variable()), "draw", words.money(r.draw()),
                    "maximum", maximum == null ? "" : words.money(maximum));
        } else if (reckoning instanceof PeriodReckoning.Refund r) {
            return words.text("period.chargeback", "refund", words.number(r.refund()),
                    "name", new Sentences(words, names, currency).name(r.indicatorId()), "period", r.originalPeriodId(),
                    "payout", words.money(r.originalPayout()), "fact", words.number(r.originalFact()));
        } else if (reckoning instanceof PeriodReckoning.ChargebacksRecovered) {
            return words.text("period.chargebacksRecovered");
        } else if (reckoning instanceof PeriodReckoning.ChargebacksCarried r) {
            return words.text("period.chargebacksCarried", "floor", words.money(r.floor()));
        } else if (reckoning instanceof PeriodReckoning.Adjustment r) {
            List<String> parts = new ArrayList<>();
            for (PeriodReckoning.Closed closed : r.closed()) {
                parts.add(words.text("period.adjustment.part", "period", closed.periodId(),
                        "recomputed", words.money(closed.recomputed()), "paid", words.money(closed.paid())));
            }
            return words.text("period.adjustment", "parts", String.join(words.text("period.adjustment.separator"), parts));
        }
        throw new IllegalStateException("no sentence for period reckoning " + reckoning.kind());
    }
}
