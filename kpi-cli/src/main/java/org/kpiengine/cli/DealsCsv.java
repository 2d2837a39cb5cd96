package org.kpiengine.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.kpiengine.KpiInputException;
import org.kpiengine.credit.CreditLedger;
import org.kpiengine.credit.Payment;
import org.kpiengine.credit.Receiver;
import org.kpiengine.credit.ShareBasis;
import org.kpiengine.credit.Transaction;
import org.kpiengine.credit.TransactionException;
import org.kpiengine.money.Money;

/**
 * Reads a CRM's deals table as CSV: one row per deal, refund or payment received, the receivers
 * of a deal in one cell.
 *
 * <p>The file is UTF-8 CSV as RFC 4180 writes it (see {@link Csv}). Columns (header row required,
 * any order, names case-insensitive, spaces around cells ignored):
 * <ul>
 *   <li>{@code id}: the transaction's id, unique in the file (a payment row may leave it empty);</li>
 *   <li>{@code kind}: {@code deal}, {@code refund} or {@code payment};</li>
 *   <li>{@code date}: the booking date of a deal or refund, the date a payment was received ({@code YYYY-MM-DD});</li>
 *   <li>{@code indicator}: the indicator a deal counts towards; empty on refund and payment rows;</li>
 *   <li>{@code amount} and {@code currency}: a decimal with a dot and an ISO 4217 code; a refund's
 *       amount is negative;</li>
 *   <li>{@code refers_to}: the deal a refund reverses or a payment pays; empty on deal rows;</li>
 *   <li>{@code shares} (optional column): {@code percent} (the default when empty), {@code amount}
 *       or {@code weights}, how a deal's shares are written;</li>
 *   <li>{@code receivers}: a deal's receivers as {@code employee:share} pairs separated by
 *       semicolons, such as {@code anna:75;ben:25}; empty on refund and payment rows.</li>
 * </ul>
 *
 * <p>Reading is strict, as for the JSON form: the first row that cannot be read or that the
 * library refuses (shares not totalling 100, a refund of an unknown deal, payments after the deal
 * was cancelled) stops the reading with a {@link Problem} naming the file and that row's line.
 */
final class DealsCsv {

    /** The required columns. */
    static final List<String> REQUIRED = List.of("id", "kind", "date", "indicator", "amount", "currency", "refers_to",
            "receivers");

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private DealsCsv() {
    }

    /**
     * Reads a deals file into a checked ledger.
     *
     * @param fileName the file name, for messages
     * @param bytes the file, UTF-8, not null
     * @return the ledger, not null
     * @throws Unusable naming the file and the line of the first row that cannot be read or is refused
     */
    static CreditLedger read(String fileName, byte[] bytes) throws Unusable {
        Csv.Contents csv = Csv.read(bytes, true);
        if (csv.fileProblem() != null) {
            throw new Unusable(new Problem(fileName, 0, "", csv.fileProblem()));
        }
        List<Csv.Record> records = csv.records();
        if (records.isEmpty()) {
            throw new Unusable(new Problem(fileName, 0, "", "the file is empty; expected a header with "
                    + String.join(", ", REQUIRED)));
        }
        Csv.Record headerRecord = records.get(0);
        if (!headerRecord.isValid()) {
            throw new Unusable(new Problem(fileName, headerRecord.line(), "", "the header cannot be read: "
                    + headerRecord.problem()));
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = headerRecord.cells();
        for (int i = 0; i < header.size(); i++) {
            Integer earlier = columns.put(header.get(i).toLowerCase(Locale.ROOT), i);
            if (earlier != null && !header.get(i).isEmpty()) {
                throw new Unusable(new Problem(fileName, headerRecord.line(), "", "the header names column "
                        + Problem.show(header.get(i)) + " twice (columns " + (earlier + 1) + " and " + (i + 1) + ")"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                List<String> found = header.stream().map(Problem::show).toList();
                throw new Unusable(new Problem(fileName, headerRecord.line(), "", "the header lacks the required column '"
                        + required + "' (found: " + String.join(", ", found) + ")"));
            }
        }
        // transactions in file order; payments gathered by the deal they pay, attached once all rows are read
        Map<String, Row> byId = new LinkedHashMap<>();
        List<Row> paymentRows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Csv.Record record = records.get(i);
            try {
                if (!record.isValid()) {
                    throw new Reject(record.problem());
                }
                Row row = row(record, columns);
                if (row.payment != null) {
                    paymentRows.add(row);
                } else {
                    Row earlier = byId.putIfAbsent(row.transaction.id(), row);
                    if (earlier != null) {
                        throw new Reject("transaction id " + Problem.show(row.transaction.id())
                                + " is listed twice (first at line " + earlier.line + ")");
                    }
                }
            } catch (Reject | IllegalArgumentException e) {
                throw new Unusable(problem(fileName, record, e.getMessage()));
            }
        }
        Map<String, List<Row>> payments = new LinkedHashMap<>();
        for (Row p : paymentRows) {
            Row deal = byId.get(p.refersTo);
            String why = deal == null ? "a payment of " + Problem.show(p.refersTo) + ", which is not a deal of the file"
                    : deal.transaction.isRefund() ? "a payment of " + Problem.show(p.refersTo)
                            + ", which is a refund (line " + deal.line + "); payments are received against deals"
                    : null;
            if (why != null) {
                throw new Unusable(problem(fileName, p.record, why));
            }
            payments.computeIfAbsent(p.refersTo, k -> new ArrayList<>()).add(p);
        }
        List<Transaction> transactions = new ArrayList<>(byId.size());
        for (Row row : byId.values()) {
            List<Row> paid = payments.get(row.transaction.id());
            if (paid != null) {
                try {
                    row.transaction = row.transaction.withPayments(paid.stream().map(p -> p.payment).toList());
                } catch (KpiInputException e) {
                    throw new Unusable(problem(fileName, paid.get(paid.size() - 1).record, e.getMessage()));
                }
                row.lastPayment = paid.get(paid.size() - 1).record;
            }
            transactions.add(row.transaction);
        }
        try {
            return CreditLedger.of(transactions);
        } catch (KpiInputException e) {
            Row at = e instanceof TransactionException refused ? byId.get(refused.transactionId()) : null;
            if (at == null) {
                throw new Unusable(new Problem(fileName, 0, "", e.getMessage()));
            }
            Csv.Record where = "payment".equals(e.field()) && at.lastPayment != null ? at.lastPayment : at.record;
            throw new Unusable(problem(fileName, where, e.getMessage()));
        }
    }

    private static Problem problem(String file, Csv.Record record, String reason) {
        String said = record.lastLine() == record.line() ? reason : reason + " (the row runs from line "
                + record.line() + " to " + record.lastLine() + " through a quoted cell: if that is not meant, a quote is"
                + " missing or stray)";
        return new Problem(file, record.line(), "", said);
    }

    private static Row row(Csv.Record record, Map<String, Integer> columns) {
        String kind = required(record, columns, "kind");
        String id = cell(record, columns, "id");
        LocalDate date = date(required(record, columns, "date"));
        Money amount = money(required(record, columns, "amount"), required(record, columns, "currency"));
        String indicator = cell(record, columns, "indicator");
        String refersTo = cell(record, columns, "refers_to");
        String shares = cell(record, columns, "shares");
        String receivers = cell(record, columns, "receivers");
        Row row = new Row(record);
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "deal" -> {
                requireId(id, kind);
                empty(refersTo, "refers_to", "a deal");
                if (indicator.isEmpty()) {
                    throw new Reject("column 'indicator' is empty: a deal names the indicator it counts towards");
                }
                if (receivers.isEmpty()) {
                    throw new Reject("column 'receivers' is empty: a deal lists its receivers, such as anna:75;ben:25");
                }
                row.transaction = new Transaction(id, date, amount, indicator, null, basis(shares), receivers(receivers),
                        List.of());
            }
            case "refund" -> {
                requireId(id, kind);
                empty(indicator, "indicator", "a refund (it counts towards its deal's)");
                empty(receivers, "receivers", "a refund (its deal's receivers are credited)");
                empty(shares, "shares", "a refund");
                if (refersTo.isEmpty()) {
                    throw new Reject("column 'refers_to' is empty: a refund names the deal it reverses");
                }
                row.transaction = Transaction.refund(id, date, amount, refersTo);
            }
            case "payment" -> {
                empty(indicator, "indicator", "a payment");
                empty(receivers, "receivers", "a payment");
                empty(shares, "shares", "a payment");
                if (refersTo.isEmpty()) {
                    throw new Reject("column 'refers_to' is empty: a payment names the deal it pays");
                }
                row.payment = new Payment(date, amount);
                row.refersTo = refersTo;
            }
            default -> throw new Reject("unknown kind " + Problem.show(kind) + " (known: deal, refund, payment)");
        }
        return row;
    }

    private static void requireId(String id, String kind) {
        if (id.isEmpty()) {
            throw new Reject("column 'id' is empty: a " + kind.toLowerCase(Locale.ROOT) + " needs an id, unique in the file");
        }
    }

    private static void empty(String value, String column, String what) {
        if (!value.isEmpty()) {
            throw new Reject("column '" + column + "' is " + Problem.show(value) + " but must be empty for " + what);
        }
    }

    private static ShareBasis basis(String shares) {
        return switch (shares.toLowerCase(Locale.ROOT)) {
            case "", "percent" -> ShareBasis.PERCENT;
            case "amount" -> ShareBasis.AMOUNT;
            case "weights" -> ShareBasis.WEIGHTS;
            default -> throw new Reject("unknown shares " + Problem.show(shares) + " (known: percent, amount, weights)");
        };
    }

    /** Receivers written as {@code employee:share} pairs separated by semicolons. */
    private static List<Receiver> receivers(String cell) {
        List<Receiver> out = new ArrayList<>();
        for (String pair : cell.split(";", -1)) {
            String text = pair.strip();
            int colon = text.lastIndexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                throw new Reject("receiver " + Problem.show(text) + " in column 'receivers' is not written as"
                        + " employee:share, such as anna:75 (pairs separated by ';')");
            }
            String employee = text.substring(0, colon).strip();
            BigDecimal share = DecimalText.parse(text.substring(colon + 1).strip(), "as the share of "
                    + Problem.show(employee) + " in column 'receivers'");
            out.add(new Receiver(employee, share));
        }
        return out;
    }

    private static LocalDate date(String text) {
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new Reject("column 'date' is " + Problem.show(text) + ", not a date written as YYYY-MM-DD, such as 2026-01-12");
    }

    private static Money money(String amount, String code) {
        BigDecimal value = DecimalText.parse(amount, "in column 'amount'");
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new Reject("column 'currency' is " + Problem.show(code) + ", not an ISO 4217 currency code such as EUR");
        }
        return Money.of(currency, value);
    }

    private static String cell(Csv.Record row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null) {
            return "";   // an optional column the header does not have
        }
        if (i >= row.cells().size()) {
            throw new Reject("the row has " + row.cells().size() + " cells and lacks column '" + name + "'");
        }
        return row.cells().get(i);
    }

    private static String required(Csv.Record row, Map<String, Integer> columns, String name) {
        String value = cell(row, columns, name);
        if (value.isEmpty()) {
            throw new Reject("column '" + name + "' is empty");
        }
        return value;
    }

    /** One row: a transaction, or a payment with the deal it pays. */
    private static final class Row {
        final Csv.Record record;
        final int line;
        Transaction transaction;
        Payment payment;
        String refersTo;
        Csv.Record lastPayment;

        Row(Csv.Record record) {
            this.record = record;
            this.line = record.line();
        }
    }

    /** A row rejected with a reason: an expected outcome, so it carries no stack trace. */
    private static final class Reject extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Reject(String reason) {
            super(reason, null, false, false);
        }
    }
}
