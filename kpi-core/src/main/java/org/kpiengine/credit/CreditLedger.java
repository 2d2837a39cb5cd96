package org.kpiengine.credit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;

/**
 * A checked list of transactions and the credits they give: the step from a CRM's deals to
 * each employee's facts.
 *
 * <p>Checked when built: ids are unique, every amount is in one currency, every refund reverses a
 * deal in the list, booked on or after it, the refunds of a deal total no more than the deal, and
 * the payments received against a deal never exceed what is left of it after the refunds booked
 * before each payment (so no payment after a refund that cancelled the deal).
 *
 * <p>The credits (see docs/reference/credit.md): by booking date, a deal's amount is split among
 * its receivers by {@link Allocation} on its booking date; a refund is split among the same
 * receivers in proportion to what each still holds from the deal, so a full refund takes back
 * exactly what the deal gave and no refund ever raises anyone's credit. On cash received, each
 * payment credits what it brings the credited total to (the money received, capped at the deal
 * less its refunds), split in proportion to what each receiver has not yet been credited; a
 * refund takes back only the money already credited beyond what is left of the deal. The order of
 * the transactions in the list changes nothing: a deal's refunds are taken by date, then id.
 *
 * <pre>{@code
 * CreditLedger ledger = CreditLedger.of(transactions);
 * CreditedFacts q1 = ledger.facts(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), CreditBasis.BOOKING_DATE,
 *         hierarchy, RollUp.DIRECT);
 * Facts anna = q1.facts("anna");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CreditLedger {

    private final List<Transaction> transactions;
    private final @Nullable Currency currency;
    /** Each deal's refunds by date, then id; only deals that have refunds are keys. */
    private final Map<String, List<Transaction>> refunds;
    /** Whether every amount's unscaled value fits a {@code long} with room to spare, so credits can be summed as minor units. */
    private final boolean small;
    /** Computed on first use; a race computes the same list twice, never a different one. */
    private volatile @Nullable List<Credit> byBooking;
    private volatile @Nullable List<Credit> byCash;

    private CreditLedger(List<Transaction> transactions) {
        this.transactions = transactions;
        Map<String, Transaction> byId = new HashMap<>(capacity(transactions.size()));
        Map<String, List<Transaction>> refunds = new HashMap<>();
        Currency common = null;
        boolean small = true;
        for (Transaction t : transactions) {
            if (byId.putIfAbsent(t.id(), t) != null) {
                throw new TransactionException(t.id(), Reason.INVALID_TRANSACTION, t.indicatorId(), "id", t.id(),
                        "transaction id '" + t.id() + "'" + (t.indicatorId() == null ? "" : " (towards '" + t.indicatorId() + "')")
                                + " is listed twice; each transaction needs its own id");
            }
            Currency currency = t.amount().currency();
            if (common == null) {
                common = currency;
            } else if (common != currency && !common.equals(currency)) {
                throw new TransactionException(t.id(), Reason.CURRENCY_MISMATCH, t.indicatorId(), "amount", t.amount().toString(),
                        "transaction '" + t.id() + "' (towards '" + t.indicatorId() + "') is in " + currency.getCurrencyCode() + " (" + t.amount() + ")"
                                + " but the ledger is in " + common.getCurrencyCode() + "; credit one currency at a time");
            }
            small &= t.amount().amount().unscaledValue().bitLength() <= SMALL_BITS;
            if (t.isRefund()) {
                refunds.computeIfAbsent(t.reverses(), k -> new ArrayList<>(2)).add(t);
            }
        }
        this.currency = common;
        this.small = small;
        for (Map.Entry<String, List<Transaction>> e : refunds.entrySet()) {
            Transaction deal = byId.get(e.getKey());
            if (deal == null || deal.isRefund()) {
                Transaction refund = e.getValue().get(0);
                Reason reason = deal != null ? Reason.INVALID_TRANSACTION : Reason.UNKNOWN_TRANSACTION;
                throw new TransactionException(refund.id(), reason, null, "reverses", e.getKey(),
                        "refund '" + refund.id() + "' reverses '" + e.getKey() + "', which is "
                                + (reason == Reason.UNKNOWN_TRANSACTION ? "not in the list of transactions" : "a refund, not a deal"));
            }
            e.getValue().sort(Comparator.comparing(Transaction::booked).thenComparing(Transaction::id));
        }
        for (Transaction t : transactions) {
            if (!t.isRefund()) {
                List<Transaction> mine = refunds.get(t.id());
                if (mine != null || !t.payments().isEmpty()) {
                    check(t, mine == null ? List.of() : mine);
                }
            }
        }
        this.refunds = refunds;
    }

    /**
     * The bit length up to which an amount counts as small: its minor units, and their negation,
     * fit a {@code long}. A split whose products or totals would not fit falls back to
     * {@code BigInteger}, and so does a ledger with a larger amount; the rule is the same.
     */
    private static final int SMALL_BITS = 62;

    private static int capacity(int size) {
        return (int) Math.min(1L << 30, (long) size * 4 / 3 + 16);
    }

    private List<Transaction> refundsOf(Transaction deal) {
        List<Transaction> mine = refunds.get(deal.id());
        return mine == null ? List.of() : mine;
    }

    private List<Credit> compute(CreditBasis basis) {
        List<Credit> out = new ArrayList<>();
        for (Transaction t : transactions) {
            if (!t.isRefund()) {
                List<Transaction> mine = refundsOf(t);
                if (basis == CreditBasis.BOOKING_DATE) {
                    creditByBooking(t, mine, out);
                } else {
                    creditByCash(t, mine, out);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Sums the credits of a period into {@code into}, transaction by transaction in ledger order,
     * without building a {@link Credit}: over small amounts in {@code long} minor units, by booking
     * date and on cash received alike (the same largest-remainder rules as {@link #creditByBooking}
     * and {@link #creditByCash}); otherwise from the credits.
     */
    void aggregate(CreditBasis basis, Aggregation into) {
        if (!small) {
            for (Credit c : credits(basis)) {
                into.add(c.transactionId(), c.indicatorId(), c.date(), c.employeeId(), c.amount().amount().unscaledValue());
            }
            return;
        }
        boolean cash = basis == CreditBasis.CASH_RECEIVED;
        long[] weights = new long[4];
        for (Transaction deal : transactions) {
            if (deal.isRefund()) {
                continue;
            }
            List<Receiver> receivers = deal.receivers();
            int n = receivers.size();
            if (weights.length < n) {
                weights = new long[n];
            }
            long amount = deal.amount().amount().unscaledValue().longValue();
            long[] held = Allocation.wholeWeights(receivers, weights)
                    ? Allocation.splitUnits(amount, weights, n)
                    : null;
            if (held == null) {
                held = longs(Allocation.splitUnits(deal.amount().amount().unscaledValue(), deal.weights()));
            }
            String indicator = indicatorOf(deal);
            List<Transaction> mine = refunds.get(deal.id());
            if (cash) {
                aggregateByCash(deal, indicator, amount, held, mine == null ? List.of() : mine, weights, into);
                continue;
            }
            into.add(deal.id(), indicator, deal.booked(), receivers, held);
            if (mine == null) {
                continue;
            }
            for (Transaction r : mine) {
                long[] parts = split(r.amount().amount().unscaledValue().longValue(), held, weights, n);
                for (int i = 0; i < n; i++) {
                    held[i] += parts[i];
                }
                into.add(r.id(), indicator, r.booked(), receivers, parts);
            }
        }
    }

    /**
     * {@link #creditByCash} in {@code long} minor units: credited total to date = min(paid to date,
     * deal − refunds to date), each change split by what each receiver can still gain (a payment)
     * or has gained (a refund); payments before refunds on one day.
     */
    private static void aggregateByCash(Transaction deal, String indicator, long amount, long[] held,
            List<Transaction> refunds, long[] weights, Aggregation into) {
        List<Payment> payments = deal.payments();
        if (payments.isEmpty()) {
            return;   // nothing received, nothing credited (a refund only lowers what payments gave)
        }
        if (payments.size() > 1) {
            payments = sortedPayments(deal);
        }
        List<Receiver> receivers = deal.receivers();
        int n = held.length;
        long[] credited = new long[n];
        long[] room = new long[n];
        long paid = 0;
        long refunded = 0;
        long total = 0;
        int p = 0;
        int r = 0;
        while (p < payments.size() || r < refunds.size()) {
            boolean payment = r >= refunds.size()
                    || (p < payments.size() && !payments.get(p).date().isAfter(refunds.get(r).booked()));
            if (payment) {
                Payment pay = payments.get(p++);
                paid += pay.amount().amount().unscaledValue().longValue();
                long target = Math.min(paid, amount - refunded);
                long change = target - total;
                if (change > 0) {
                    for (int i = 0; i < n; i++) {
                        room[i] = Math.max(held[i] - credited[i], 0);
                    }
                    long[] parts = split(change, room, weights, n);
                    for (int i = 0; i < n; i++) {
                        credited[i] += parts[i];
                    }
                    total = target;
                    into.add(deal.id(), indicator, pay.date(), receivers, parts);
                }
            } else {
                Transaction refund = refunds.get(r++);
                long back = refund.amount().amount().unscaledValue().longValue();
                long[] taken = split(back, held, weights, n);
                for (int i = 0; i < n; i++) {
                    held[i] += taken[i];
                }
                refunded -= back;
                long target = Math.min(paid, amount - refunded);
                long change = target - total;
                if (change < 0) {
                    long[] parts = split(change, credited, weights, n);
                    for (int i = 0; i < n; i++) {
                        credited[i] += parts[i];
                    }
                    total = target;
                    into.add(refund.id(), indicator, refund.booked(), receivers, parts);
                }
            }
        }
    }

    /**
     * Splits {@code units} by the magnitudes of {@code by} (copied into {@code scratch}), in
     * {@code long}s where the products fit, else through {@code BigInteger}: the same result.
     */
    private static long[] split(long units, long[] by, long[] scratch, int n) {
        for (int i = 0; i < n; i++) {
            scratch[i] = Math.abs(by[i]);
        }
        long[] parts = Allocation.splitUnits(units, scratch, n);
        if (parts == null) {
            List<BigDecimal> big = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                big.add(BigDecimal.valueOf(scratch[i]));
            }
            parts = longs(Allocation.splitUnits(BigInteger.valueOf(units), big));
        }
        return parts;
    }

    private static long[] longs(BigInteger[] units) {
        long[] result = new long[units.length];
        for (int i = 0; i < units.length; i++) {
            result[i] = units[i].longValueExact();
        }
        return result;
    }

    /**
     * Obtains a ledger from transactions in any order.
     *
     * @param transactions the deals and refunds, not null
     * @return the ledger, not null
     * @throws KpiInputException with {@link Reason#INVALID_TRANSACTION} for a duplicate id, a refund
     *     of a refund, a refund booked before its deal, refunds totalling more than their deal, or
     *     payments above what is left of a deal; with {@link Reason#UNKNOWN_TRANSACTION} for a refund
     *     of a deal not in the list; with {@link Reason#CURRENCY_MISMATCH} for two currencies; always
     *     a {@link TransactionException} naming the transaction concerned
     */
    public static CreditLedger of(List<Transaction> transactions) {
        Objects.requireNonNull(transactions, "transactions");
        List<Transaction> copy = List.copyOf(transactions);
        return new CreditLedger(copy);
    }

    private static void check(Transaction deal, List<Transaction> refunds) {
        Money left = deal.amount();
        for (Transaction r : refunds) {
            if (r.booked().isBefore(deal.booked())) {
                throw new TransactionException(r.id(), Reason.INVALID_TRANSACTION, deal.indicatorId(), "booked", r.booked().toString(),
                        "refund '" + r.id() + "' is booked on " + r.booked() + ", before the deal '" + deal.id() + "' of '" + deal.indicatorId()
                                + "' it reverses (" + deal.booked() + ")");
            }
            left = left.plus(r.amount());
            if (left.isNegative()) {
                throw new TransactionException(r.id(), Reason.INVALID_TRANSACTION, deal.indicatorId(), "amount", r.amount().toString(),
                        "refund '" + r.id() + "' of " + r.amount() + " takes deal '" + deal.id() + "' (" + deal.amount()
                                + " towards '" + deal.indicatorId() + "') below zero: its refunds total more than the deal");
            }
        }
        List<Payment> payments = sortedPayments(deal);
        Money paid = Money.zero(deal.amount().currency());
        for (Payment p : payments) {
            paid = paid.plus(p.amount());
            Money open = deal.amount();
            Transaction last = null;
            for (Transaction r : refunds) {
                if (r.booked().isBefore(p.date())) {
                    open = open.plus(r.amount());
                    last = r;
                }
            }
            if (paid.isGreaterThan(open)) {
                String why = open.isZero() && last != null
                        ? "after refund '" + last.id() + "' cancelled the deal on " + last.booked()
                        : "bringing the payments to " + paid.toAmountText() + ", more than the " + open.toAmountText()
                                + " left of the deal after its refunds";
                throw new TransactionException(deal.id(), Reason.INVALID_TRANSACTION, deal.indicatorId(), "payment", p.amount().toString(),
                        "deal '" + deal.id() + "' of '" + deal.indicatorId() + "' receives a payment of " + p.amount() + " on " + p.date() + " " + why);
            }
        }
    }

    private static List<Payment> sortedPayments(Transaction deal) {
        List<Payment> payments = new ArrayList<>(deal.payments());
        payments.sort(Comparator.comparing(Payment::date));
        return payments;
    }

    private static String indicatorOf(Transaction deal) {
        return Objects.requireNonNull(deal.indicatorId(), "indicator of a deal");
    }

    /** Deal split by its shares; each refund split by what each receiver still holds. */
    private static void creditByBooking(Transaction deal, List<Transaction> refunds, List<Credit> out) {
        int scale = deal.amount().amount().scale();
        BigInteger[] held = Allocation.splitUnits(deal.amount().amount().unscaledValue(), deal.weights());
        emit(deal, deal.id(), CreditKind.DEAL, deal.booked(), held, scale, out);
        for (Transaction r : refunds) {
            BigInteger[] parts = Allocation.splitUnits(r.amount().amount().unscaledValue(), asWeights(held));
            for (int i = 0; i < held.length; i++) {
                held[i] = held[i].add(parts[i]);
            }
            emit(deal, r.id(), CreditKind.REFUND, r.booked(), parts, scale, out);
        }
    }

    /**
     * Credited total to date = min(paid to date, deal − refunds to date); each change is split in
     * proportion to what each receiver can still gain (a payment) or has gained (a refund).
     */
    private static void creditByCash(Transaction deal, List<Transaction> refunds, List<Credit> out) {
        int scale = deal.amount().amount().scale();
        BigInteger amount = deal.amount().amount().unscaledValue();
        BigInteger[] held = Allocation.splitUnits(amount, deal.weights());
        int n = held.length;
        BigInteger[] credited = new BigInteger[n];
        Arrays.fill(credited, BigInteger.ZERO);
        BigInteger paid = BigInteger.ZERO;
        BigInteger refunded = BigInteger.ZERO;
        BigInteger total = BigInteger.ZERO;
        List<Payment> payments = sortedPayments(deal);
        int p = 0;
        int r = 0;
        while (p < payments.size() || r < refunds.size()) {
            // on one day, payments come before refunds
            boolean payment = r >= refunds.size()
                    || (p < payments.size() && !payments.get(p).date().isAfter(refunds.get(r).booked()));
            if (payment) {
                Payment pay = payments.get(p++);
                paid = paid.add(pay.amount().amount().unscaledValue());
                BigInteger target = paid.min(amount.subtract(refunded));
                BigInteger change = target.subtract(total);
                if (change.signum() > 0) {
                    List<BigDecimal> room = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        room.add(new BigDecimal(held[i].subtract(credited[i]).max(BigInteger.ZERO)));
                    }
                    BigInteger[] parts = Allocation.splitUnits(change, room);
                    add(credited, parts);
                    total = target;
                    emit(deal, deal.id(), CreditKind.PAYMENT, pay.date(), parts, scale, out);
                }
            } else {
                Transaction refund = refunds.get(r++);
                BigInteger back = refund.amount().amount().unscaledValue();
                add(held, Allocation.splitUnits(back, asWeights(held)));
                refunded = refunded.subtract(back);
                BigInteger target = paid.min(amount.subtract(refunded));
                BigInteger change = target.subtract(total);
                if (change.signum() < 0) {
                    BigInteger[] parts = Allocation.splitUnits(change, asWeights(credited));
                    add(credited, parts);
                    total = target;
                    emit(deal, refund.id(), CreditKind.REFUND, refund.booked(), parts, scale, out);
                }
            }
        }
    }

    private static void add(BigInteger[] into, BigInteger[] parts) {
        for (int i = 0; i < into.length; i++) {
            into[i] = into[i].add(parts[i]);
        }
    }

    private static List<BigDecimal> asWeights(BigInteger[] units) {
        List<BigDecimal> weights = new ArrayList<>(units.length);
        for (BigInteger u : units) {
            weights.add(new BigDecimal(u.abs()));
        }
        return weights;
    }

    private static void emit(Transaction deal, String transactionId, CreditKind kind, LocalDate date, BigInteger[] parts,
            int scale, List<Credit> out) {
        Currency currency = deal.amount().currency();
        String indicator = indicatorOf(deal);
        for (int i = 0; i < parts.length; i++) {
            Receiver receiver = deal.receivers().get(i);
            out.add(new Credit(transactionId, deal.id(), kind, receiver.employeeId(), indicator, date, receiver.share(),
                    deal.basis(), Money.of(currency, new BigDecimal(parts[i], scale))));
        }
    }

    /**
     * Returns the transactions, in the order given.
     *
     * @return the unmodifiable list, not null
     */
    public List<Transaction> transactions() {
        return transactions;
    }

    /**
     * Returns every credit the transactions give on a basis: deals in the order listed, each
     * followed by its refunds (and, on cash received, its payments) in date order.
     *
     * @param basis booking date or cash received, not null
     * @return the unmodifiable list, not null
     */
    public List<Credit> credits(CreditBasis basis) {
        if (Objects.requireNonNull(basis, "basis") == CreditBasis.BOOKING_DATE) {
            List<Credit> result = byBooking;
            if (result == null) {
                result = compute(basis);
                byBooking = result;
            }
            return result;
        }
        List<Credit> result = byCash;
        if (result == null) {
            result = compute(basis);
            byCash = result;
        }
        return result;
    }

    /**
     * Returns each employee's own credited facts for a period, with no roll-up.
     *
     * @param first the period's first day, not null
     * @param last the period's last day, inclusive, not null
     * @param basis booking date or cash received, not null
     * @return the facts and their explanations, not null
     * @throws KpiInputException with {@link Reason#OUT_OF_RANGE} if the last day is before the first
     */
    public CreditedFacts facts(LocalDate first, LocalDate last, CreditBasis basis) {
        return CreditedFacts.of(this, basis, first, last, null, RollUp.NONE);
    }

    /**
     * Returns each employee's credited facts for a period, rolled up over a dated hierarchy. Every
     * credit counts for its receiver and, on the credit's date, for their manager ({@link RollUp#DIRECT})
     * or every manager above them ({@link RollUp#SUBTREE}); the receivers keep their credit (overlay).
     * Every employee assigned in the period has a fact (0 if nothing was credited) for every
     * indicator credited in it.
     *
     * @param first the period's first day, not null
     * @param last the period's last day, inclusive, not null
     * @param basis booking date or cash received, not null
     * @param hierarchy the reporting hierarchy, not null
     * @param rollUp whose credits managers add, not null
     * @return the facts and their explanations, not null
     * @throws KpiInputException with {@link Reason#NO_ASSIGNMENT} if a credited employee has no
     *     assignment on the credit's date; with {@link Reason#OUT_OF_RANGE} if the last day is before
     *     the first
     */
    public CreditedFacts facts(LocalDate first, LocalDate last, CreditBasis basis, Hierarchy hierarchy, RollUp rollUp) {
        return CreditedFacts.of(this, basis, first, last, Objects.requireNonNull(hierarchy, "hierarchy"),
                Objects.requireNonNull(rollUp, "rollUp"));
    }

    @Override
    public String toString() {
        return "CreditLedger[" + transactions.size() + " transactions"
                + (currency == null ? "" : " in " + currency.getCurrencyCode()) + "]";
    }
}
