package org.kpiengine.json;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.kpiengine.credit.CreditLedger;
import org.kpiengine.credit.Hierarchy;
import org.kpiengine.credit.Reporting;

/**
 * A transactions document as read by {@link TransactionsJson}: the deals, refunds and payments of
 * one currency as a checked {@link CreditLedger}, and optionally the reporting lines with their
 * dates. The format is described in docs/guides/json.md, Transactions.
 *
 * <pre>{@code
 * TransactionsDocument deals = TransactionsJson.read(Path.of("deals.json"));
 * CreditedFacts q1 = deals.ledger().facts(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), CreditBasis.BOOKING_DATE);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TransactionsDocument {

    private final CreditLedger ledger;
    private final List<Reporting> reporting;
    private final @Nullable Hierarchy hierarchy;

    /**
     * Obtains a document.
     *
     * @param ledger the transactions, not null
     * @param reporting the reporting lines in the order written, empty when the document has no hierarchy, not null
     * @throws org.kpiengine.KpiInputException with {@link org.kpiengine.KpiInputException.Reason#INVALID_HIERARCHY}
     *     if the reporting lines give an employee two managers on one day or form a cycle
     */
    public TransactionsDocument(CreditLedger ledger, List<Reporting> reporting) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.reporting = List.copyOf(Objects.requireNonNull(reporting, "reporting"));
        this.hierarchy = this.reporting.isEmpty() ? null : Hierarchy.of(this.reporting);
    }

    /**
     * Returns the transactions as a checked ledger.
     *
     * @return the ledger, not null
     */
    public CreditLedger ledger() {
        return ledger;
    }

    /**
     * Returns the reporting lines, in the order written.
     *
     * @return the unmodifiable list, empty when the document has no hierarchy, not null
     */
    public List<Reporting> reporting() {
        return reporting;
    }

    /**
     * Returns the hierarchy built from the reporting lines.
     *
     * @return the hierarchy, or null when the document has no reporting lines
     */
    public @Nullable Hierarchy hierarchy() {
        return hierarchy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransactionsDocument that && ledger.transactions().equals(that.ledger.transactions())
                && reporting.equals(that.reporting);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ledger.transactions(), reporting);
    }

    @Override
    public String toString() {
        return "TransactionsDocument[" + ledger.transactions().size() + " transactions, " + reporting.size()
                + " reporting lines]";
    }
}
