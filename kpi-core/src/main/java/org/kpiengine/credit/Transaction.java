package org.kpiengine.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;

/**
 * A transaction as a CRM records it: a deal with its credit receivers, or a refund (credit note)
 * that reverses part or all of a deal.
 *
 * <p>A <b>deal</b> has an amount of 0 or more, the indicator it counts towards (revenue, gross
 * profit…), its receivers with shares (percentages totalling exactly 100, amounts totalling
 * exactly the amount, or relative weights such as 1, 1, 1 for equal thirds) and optionally the payments received against it. A <b>refund</b> has a
 * negative amount and names the deal it reverses; it has no receivers of its own, because it is
 * split among the deal's receivers in proportion to what each still holds from the deal (see
 * docs/reference/credit.md, Refunds), and it counts towards the deal's indicator.
 *
 * <pre>{@code
 * Transaction deal = Transaction.deal("D-1", LocalDate.of(2026, 1, 12), "revenue", Money.of("EUR", "99.99"),
 *         List.of(Receiver.of("anna", "75"), Receiver.of("ben", "25")));
 * Transaction refund = Transaction.refund("R-1", LocalDate.of(2026, 2, 3), Money.of("EUR", "-99.99"), "D-1");
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the transaction id, unique in a ledger, not blank
 * @param booked the booking date, not null
 * @param amount the amount: 0 or more for a deal, below 0 for a refund, not null
 * @param indicatorId the indicator a deal counts towards; null for a refund (it counts towards its deal's)
 * @param reverses the id of the deal a refund reverses; null for a deal
 * @param basis how the receivers' shares are written, not null
 * @param receivers the credit receivers of a deal, in listing order (which decides ties); empty for a refund
 * @param payments the payments received against a deal; empty for a refund and when none are recorded
 * @since 0.1.0
 */
public record Transaction(String id, LocalDate booked, Money amount, @Nullable String indicatorId,
        @Nullable String reverses, ShareBasis basis, List<Receiver> receivers, List<Payment> payments) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Validates the transaction.
     *
     * @param id the transaction id, unique in a ledger, not blank
     * @param booked the booking date, not null
     * @param amount the amount: 0 or more for a deal, below 0 for a refund, not null
     * @param indicatorId the indicator a deal counts towards; null for a refund (it counts towards its deal's)
     * @param reverses the id of the deal a refund reverses; null for a deal
     * @param basis how the receivers' shares are written, not null
     * @param receivers the credit receivers of a deal, in listing order (which decides ties); empty for a refund
     * @param payments the payments received against a deal; empty for a refund and when none are recorded
     * @throws KpiInputException with {@link Reason#INVALID_ID} for a blank id or indicator id,
     *     {@link Reason#SHARES_TOTAL} when percentages do not total 100, amounts do not total
     *     the amount, or weights are all 0,
     *     {@link Reason#INVALID_TRANSACTION} for a deal with a negative amount, no receivers or a
     *     receiver listed twice, a refund that is not negative, has receivers or payments or reverses
     *     itself, or payments above the deal's amount, {@link Reason#CURRENCY_MISMATCH} for a share or
     *     payment in another currency; every refusal but a blank id is a {@link TransactionException}
     *     naming this transaction's id
     */
    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(booked, () -> "booking date of transaction '" + id + "'");
        Objects.requireNonNull(amount, () -> "amount of transaction '" + id + "'");
        Objects.requireNonNull(basis, () -> "share basis of transaction '" + id + "'");
        receivers = List.copyOf(Objects.requireNonNull(receivers, () -> "receivers of transaction '" + id + "'"));
        payments = List.copyOf(Objects.requireNonNull(payments, () -> "payments of transaction '" + id + "'"));
        if (id.isBlank()) {
            throw new KpiInputException(Reason.INVALID_ID, null, "id", id, "a transaction id must not be blank");
        }
        if (reverses == null) {
            validateDeal(id, amount, indicatorId, basis, receivers, payments);
        } else {
            validateRefund(id, amount, indicatorId, reverses, receivers, payments);
        }
    }

    /**
     * Obtains a deal whose receivers' shares are percentages totalling exactly 100.
     *
     * @param id the transaction id, not blank
     * @param booked the booking date, not null
     * @param indicatorId the indicator it counts towards, not blank
     * @param amount the amount, 0 or more, not null
     * @param receivers the receivers with percentage shares, not empty
     * @return the deal, not null
     * @throws KpiInputException as the canonical constructor
     */
    public static Transaction deal(String id, LocalDate booked, String indicatorId, Money amount, List<Receiver> receivers) {
        return new Transaction(id, booked, amount, indicatorId, null, ShareBasis.PERCENT, receivers, List.of());
    }

    /**
     * Obtains a deal whose receivers' shares are amounts totalling exactly the deal's amount.
     *
     * @param id the transaction id, not blank
     * @param booked the booking date, not null
     * @param indicatorId the indicator it counts towards, not blank
     * @param amount the amount, 0 or more, not null
     * @param receivers the receivers with amount shares in the deal's currency, not empty
     * @return the deal, not null
     * @throws KpiInputException as the canonical constructor
     */
    public static Transaction dealByAmounts(String id, LocalDate booked, String indicatorId, Money amount,
            List<Receiver> receivers) {
        return new Transaction(id, booked, amount, indicatorId, null, ShareBasis.AMOUNT, receivers, List.of());
    }

    /**
     * Obtains a deal whose receivers' shares are relative weights, such as {@code 1, 1, 1} for equal
     * thirds.
     *
     * @param id the transaction id, not blank
     * @param booked the booking date, not null
     * @param indicatorId the indicator it counts towards, not blank
     * @param amount the amount, 0 or more, not null
     * @param receivers the receivers with weights, not empty, not all 0
     * @return the deal, not null
     * @throws KpiInputException as the canonical constructor
     */
    public static Transaction dealByWeights(String id, LocalDate booked, String indicatorId, Money amount,
            List<Receiver> receivers) {
        return new Transaction(id, booked, amount, indicatorId, null, ShareBasis.WEIGHTS, receivers, List.of());
    }

    /**
     * Obtains a refund (credit note) of part or all of a deal.
     *
     * @param id the transaction id, not blank
     * @param booked the booking date, not null
     * @param amount the amount, below 0, not null
     * @param reverses the id of the deal it reverses, not blank
     * @return the refund, not null
     * @throws KpiInputException as the canonical constructor
     */
    public static Transaction refund(String id, LocalDate booked, Money amount, String reverses) {
        return new Transaction(id, booked, amount, null, Objects.requireNonNull(reverses, "reverses"),
                ShareBasis.PERCENT, List.of(), List.of());
    }

    /**
     * Returns a copy of this deal with the payments received against it; this instance is immutable
     * and unaffected.
     *
     * @param received the payments, not null
     * @return the new transaction, not null
     * @throws KpiInputException as the canonical constructor (a refund has no payments; payments may
     *     not total more than the amount)
     */
    public Transaction withPayments(List<Payment> received) {
        return new Transaction(id, booked, amount, indicatorId, reverses, basis, receivers, received);
    }

    /**
     * Returns whether this is a refund.
     *
     * @return true if it reverses a deal
     */
    public boolean isRefund() {
        return reverses != null;
    }

    /**
     * Returns the receivers' shares as split weights, in listing order.
     *
     * @return the weights, not null
     */
    List<BigDecimal> weights() {
        List<BigDecimal> weights = new ArrayList<>(receivers.size());
        for (Receiver r : receivers) {
            weights.add(r.share());
        }
        return weights;
    }

    private static void validateDeal(String id, Money amount, @Nullable String indicatorId, ShareBasis basis,
            List<Receiver> receivers, List<Payment> payments) {
        if (indicatorId == null || indicatorId.isBlank()) {
            throw new TransactionException(id, Reason.INVALID_ID, indicatorId, "indicatorId", indicatorId,
                    "deal '" + id + "' must name the indicator it counts towards");
        }
        if (amount.isNegative()) {
            throw new TransactionException(id, Reason.INVALID_TRANSACTION, indicatorId, "amount", amount.toString(),
                    "deal '" + id + "' of '" + indicatorId + "' has a negative amount " + amount + "; a negative amount is a refund and must name the deal it reverses");
        }
        if (receivers.isEmpty()) {
            throw new TransactionException(id, Reason.INVALID_TRANSACTION, indicatorId, "receivers", id,
                    "deal '" + id + "' of '" + indicatorId + "' has no credit receivers; every deal is credited to at least one employee");
        }
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Receiver r : receivers) {
            if (!seen.add(r.employeeId())) {
                throw new TransactionException(id, Reason.INVALID_TRANSACTION, indicatorId, "receivers", r.employeeId(),
                        "deal '" + id + "' of '" + indicatorId + "' lists receiver '" + r.employeeId() + "' twice; give each employee one share");
            }
            total = total.add(r.share());
        }
        if (basis == ShareBasis.PERCENT) {
            if (total.compareTo(HUNDRED) != 0) {
                throw new TransactionException(id, Reason.SHARES_TOTAL, indicatorId, "share", Decimals.text(total),
                        "the shares of deal '" + id + "' of '" + indicatorId + "' total " + Decimals.text(total) + " percent; they must total exactly 100");
            }
        } else if (basis == ShareBasis.WEIGHTS) {
            if (total.signum() == 0) {
                throw new TransactionException(id, Reason.SHARES_TOTAL, indicatorId, "share", "0",
                        "the share weights of deal '" + id + "' of '" + indicatorId + "' are all 0; at least one must be above 0");
            }
        } else {
            int scale = amount.amount().scale();
            for (Receiver r : receivers) {
                if (r.share().stripTrailingZeros().scale() > scale) {
                    throw new TransactionException(id, Reason.MONEY_SCALE, indicatorId, "share", Decimals.text(r.share()),
                            "share " + Decimals.text(r.share()) + " of receiver '" + r.employeeId() + "' in deal '" + id + "' of '" + indicatorId
                                    + "' has more decimal places than the minor unit of " + amount.currency().getCurrencyCode());
                }
            }
            if (total.compareTo(amount.amount()) != 0) {
                throw new TransactionException(id, Reason.SHARES_TOTAL, indicatorId, "share", Decimals.text(total),
                        "the share amounts of deal '" + id + "' of '" + indicatorId + "' total " + Decimals.text(total) + "; they must total exactly its amount "
                                + amount.toAmountText());
            }
        }
        Money paid = Money.zero(amount.currency());
        for (Payment p : payments) {
            if (!p.amount().currency().equals(amount.currency())) {
                throw new TransactionException(id, Reason.CURRENCY_MISMATCH, indicatorId, "payment", p.amount().toString(),
                        "payment " + p.amount() + " of deal '" + id + "' of '" + indicatorId + "' is not in the deal's currency "
                                + amount.currency().getCurrencyCode());
            }
            paid = paid.plus(p.amount());
        }
        if (paid.isGreaterThan(amount)) {
            throw new TransactionException(id, Reason.INVALID_TRANSACTION, indicatorId, "payment", paid.toAmountText(),
                    "the payments of deal '" + id + "' of '" + indicatorId + "' total " + paid.toAmountText() + ", more than its amount " + amount.toAmountText());
        }
    }

    private static void validateRefund(String id, Money amount, @Nullable String indicatorId, String reverses,
            List<Receiver> receivers, List<Payment> payments) {
        if (indicatorId != null) {
            throw new TransactionException(id, Reason.INVALID_TRANSACTION, indicatorId, "indicatorId", indicatorId,
                    "refund '" + id + "' counts towards the indicator of the deal it reverses; it must not name one of its own");
        }
        if (reverses.isBlank() || reverses.equals(id)) {
            throw new TransactionException(id, Reason.INVALID_TRANSACTION, null, "reverses", reverses,
                    "refund '" + id + "' must reverse another transaction, not '" + reverses + "'");
        }
        if (!amount.isNegative()) {
            throw new TransactionException(id, Reason.INVALID_TRANSACTION, null, "amount", amount.toString(),
                    "refund '" + id + "' of deal '" + reverses + "' must have a negative amount, not " + amount);
        }
        if (!receivers.isEmpty() || !payments.isEmpty()) {
            throw new TransactionException(id, Reason.INVALID_TRANSACTION, null, receivers.isEmpty() ? "payments" : "receivers", id,
                    "refund '" + id + "' is split by the shares of deal '" + reverses
                            + "'; it has no receivers or payments of its own");
        }
    }
}
