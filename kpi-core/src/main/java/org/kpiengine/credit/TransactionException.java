package org.kpiengine.credit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;

/**
 * A transaction, or a ledger of them, refused: a {@link KpiInputException} that also names the
 * transaction concerned as data, so that a reader of a CRM's deals table can point at its row
 * without reading the message.
 *
 * <p>{@link #transactionId()} is the transaction the refusal is about: for a refund of a deal not
 * in the list, a refund larger than what is left of its deal or booked before it, the refund; for a
 * payment above what is left of a deal (such as a payment after a refund that cancelled it), the
 * deal; for an id listed twice, that id; for a credited employee with no assignment in the
 * hierarchy on the credit's date, the deal or refund that credits them. The inherited
 * {@link #field()} and {@link #value()} name the member of that transaction and its value
 * ({@code reverses}, {@code amount}, {@code payment}, {@code booked}, {@code employeeId}…), and
 * {@link #indicatorId()} the indicator where one is known. See docs/reference/credit.md, Refusals.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public class TransactionException extends KpiInputException {

    private static final long serialVersionUID = 1L;

    /** The transaction concerned. */
    private final String transactionId;

    /**
     * Creates an exception about one transaction.
     *
     * @param transactionId the id of the transaction concerned, not null
     * @param reason the rule broken, not null
     * @param indicatorId the indicator concerned, null if none
     * @param field the member of the transaction concerned, null if none
     * @param value the offending value as text, null if none
     * @param message the rule and the values, not null
     */
    public TransactionException(String transactionId, Reason reason, @Nullable String indicatorId, @Nullable String field,
            @Nullable String value, String message) {
        super(reason, indicatorId, field, value, message);
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
    }

    /**
     * Returns the id of the transaction the refusal is about.
     *
     * @return the id, not null
     */
    public String transactionId() {
        return transactionId;
    }
}
