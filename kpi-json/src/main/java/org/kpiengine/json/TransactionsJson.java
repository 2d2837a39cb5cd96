package org.kpiengine.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.credit.CreditLedger;
import org.kpiengine.credit.Payment;
import org.kpiengine.credit.Receiver;
import org.kpiengine.credit.Reporting;
import org.kpiengine.credit.ShareBasis;
import org.kpiengine.credit.Transaction;
import org.kpiengine.credit.TransactionException;
import org.kpiengine.money.Money;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes transactions documents: a CRM's deals (with their credit receivers by
 * percentages, amounts or weights, and the payments received), the refunds and credit notes that
 * reverse them, and optionally the reporting lines with their dates, as a versioned JSON document.
 * The format is described in docs/guides/json.md, Transactions, and by the JSON Schema
 * {@code org/kpiengine/json/transactions.schema.json} shipped in this jar; the crediting rules in
 * docs/reference/credit.md.
 *
 * <pre>{@code
 * TransactionsDocument deals = TransactionsJson.read(Path.of("deals.json"));
 * CreditedFacts q1 = deals.ledger().facts(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
 *         CreditBasis.BOOKING_DATE, deals.hierarchy(), RollUp.DIRECT);
 * String text = TransactionsJson.write(deals);   // the canonical form
 * }</pre>
 *
 * <p>Reading is strict, as for plans: an unknown member, a wrong type, a decimal written as a JSON
 * number with a fraction, or a transaction the model refuses (shares not totalling 100, a refund
 * of a deal not in the list, payments after the deal was cancelled) is a {@link PlanJsonException}
 * whose JSON Pointer names the transaction or its member, such as {@code /transactions/3/reverses}.
 * The same size limits as {@link PlanJson} apply.
 *
 * <p>Writing gives the canonical form: members in a fixed order, the share basis always written,
 * decimals without trailing zeros, money at its currency's scale; {@code write(read(doc))} is the
 * canonical form of {@code doc}.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TransactionsJson {

    /** The format version this library reads and writes. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonMapper MAPPER = PlanJson.mapper();
    private static final ObjectWriter WRITER = MAPPER.writer().with(PlanJson.prettyPrinter());
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private TransactionsJson() {
    }

    /**
     * Reads a transactions document.
     *
     * @param json the document, not null
     * @return the transactions and reporting lines, not null
     * @throws PlanJsonException if the document is malformed, breaks the format, or describes
     *     transactions or a hierarchy the model refuses; the pointer names the place
     */
    public static TransactionsDocument read(String json) {
        Objects.requireNonNull(json, "json");
        return read(PlanJson.parse(() -> MAPPER.readTree(json)));
    }

    /**
     * Reads a transactions document from a stream of characters; the reader is not closed.
     *
     * @param json the document, not null
     * @return the transactions and reporting lines, not null
     * @throws PlanJsonException as {@link #read(String)}
     */
    public static TransactionsDocument read(Reader json) {
        Objects.requireNonNull(json, "json");
        return read(PlanJson.parse(() -> MAPPER.readTree(json)));
    }

    /**
     * Reads a transactions document from a stream of bytes (UTF-8); the stream is not closed.
     *
     * @param json the document, not null
     * @return the transactions and reporting lines, not null
     * @throws PlanJsonException as {@link #read(String)}
     */
    public static TransactionsDocument read(InputStream json) {
        Objects.requireNonNull(json, "json");
        return read(PlanJson.parse(() -> MAPPER.readTree(json)));
    }

    /**
     * Reads a transactions document from a file (UTF-8).
     *
     * @param file the file, not null
     * @return the transactions and reporting lines, not null
     * @throws PlanJsonException as {@link #read(String)}
     * @throws UncheckedIOException if the file cannot be read
     */
    public static TransactionsDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A transaction read, with the cursor of its object (for the pointer of a ledger's refusal). */
    private record Read(Transaction transaction, In in) {
    }

    private static TransactionsDocument read(JsonNode root) {
        In in = In.object(root, "");
        if (!in.has("formatVersion")) {
            throw In.error(Reason.OTHER, "/formatVersion", null,
                    "the member 'formatVersion' is required; this library reads version " + FORMAT_VERSION);
        }
        int version = in.integer("formatVersion", FORMAT_VERSION, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (version != FORMAT_VERSION) {
            throw In.error(Reason.OUT_OF_RANGE, "/formatVersion", Integer.toString(version),
                    "format version " + version + " is not one this library reads (it reads " + FORMAT_VERSION + ")");
        }
        List<Read> read = in.array("transactions", false, element -> transaction(element.object()));
        List<In> lines = new ArrayList<>();
        List<Reporting> reporting = in.optionalArray("hierarchy", element -> {
            In line = element.object();
            lines.add(line);
            return reporting(line);
        });
        in.done();
        CreditLedger ledger;
        try {
            ledger = CreditLedger.of(read.stream().map(Read::transaction).toList());
        } catch (KpiInputException e) {
            throw culprit(read, e).wrap(e, fieldMember(e));
        }
        try {
            return new TransactionsDocument(ledger, reporting);
        } catch (KpiInputException e) {
            In at = null;
            for (int i = 0; i < reporting.size(); i++) {
                if (reporting.get(i).employeeId().equals(e.value())) {
                    at = lines.get(i);   // the later of an employee's overlapping lines
                }
            }
            if (at == null) {
                throw new PlanJsonException(e.reason(), e.indicatorId(), "/hierarchy", e.value(), e.getMessage(), e);
            }
            throw at.wrap(e, "manager");
        }
    }

    /**
     * The transaction a ledger's refusal is about, from the id it carries as data
     * ({@link TransactionException#transactionId()}): the refund, or the deal paid too much; for an id
     * listed twice, its later listing.
     */
    private static In culprit(List<Read> read, KpiInputException e) {
        if (e instanceof TransactionException refused) {
            for (int i = read.size() - 1; i >= 0; i--) {
                if (read.get(i).transaction().id().equals(refused.transactionId())) {
                    return read.get(i).in();
                }
            }
        }
        return In.object(JsonNodeFactory.instance.objectNode(), "/transactions");
    }

    /** The member of a transaction that a ledger's refusal names: the one its field names, {@code payments} for a payment. */
    private static String fieldMember(KpiInputException e) {
        return "payment".equals(e.field()) ? "payments" : "id";
    }

    private static Read transaction(In in) {
        String id = in.text("id");
        String type = in.text("type");
        LocalDate booked = date(in, "booked");
        Money amount = in.money("amount");
        Transaction transaction;
        switch (type) {
            case "deal" -> {
                String indicator = in.text("indicator");
                ShareBasis basis = in.enumeration("shares", ShareBasis.class);
                List<Receiver> receivers = in.array("receivers", false, element -> receiver(element.object()));
                List<Payment> payments = in.optionalArray("payments", element -> payment(element.object()));
                transaction = in.build(() -> new Transaction(id, booked, amount, indicator, null, basis, receivers, payments));
            }
            case "refund" -> {
                String reverses = in.text("reverses");
                transaction = in.build(() -> Transaction.refund(id, booked, amount, reverses));
            }
            default -> throw In.error(Reason.OTHER, in.pointer("type"), type,
                    "unknown transaction type '" + type + "'; known: deal, refund");
        }
        in.done();
        return new Read(transaction, in);
    }

    private static Receiver receiver(In in) {
        String employee = in.text("employee");
        BigDecimal share = in.decimal("share");
        in.done();
        return in.build(() -> new Receiver(employee, share), "share");
    }

    private static Payment payment(In in) {
        LocalDate date = date(in, "date");
        Money amount = in.money("amount");
        in.done();
        return in.build(() -> new Payment(date, amount), "amount");
    }

    private static Reporting reporting(In in) {
        String employee = in.text("employee");
        String manager = in.optionalText("manager");
        LocalDate from = date(in, "from");
        LocalDate to = in.has("to") ? date(in, "to") : null;
        in.done();
        try {
            return new Reporting(employee, manager, from, to);
        } catch (KpiInputException e) {
            throw in.wrap(e, "managerId".equals(e.field()) ? "manager" : "employee");
        }
    }

    /** A date written as an ISO 8601 calendar date, such as "2026-01-12". */
    private static LocalDate date(In in, String member) {
        String text = in.text(member);
        try {
            if (DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // refused below with the pointer
        }
        throw In.error(Reason.OTHER, in.pointer(member), text, "'" + text + "' is not a date written as YYYY-MM-DD, such as \"2026-01-12\"");
    }

    /**
     * Writes a document in the canonical form.
     *
     * @param document the transactions and reporting lines, not null
     * @return the JSON text, ending with a line break, not null
     */
    public static String write(TransactionsDocument document) {
        Objects.requireNonNull(document, "document");
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode transactions = root.putArray("transactions");
        for (Transaction t : document.ledger().transactions()) {
            transactions.add(transaction(t));
        }
        if (!document.reporting().isEmpty()) {
            ArrayNode hierarchy = root.putArray("hierarchy");
            for (Reporting r : document.reporting()) {
                ObjectNode line = hierarchy.addObject();
                line.put("employee", r.employeeId());
                if (r.managerId() != null) {
                    line.put("manager", r.managerId());
                }
                line.put("from", r.from().toString());
                if (r.to() != null) {
                    line.put("to", r.to().toString());
                }
            }
        }
        return WRITER.writeValueAsString(root) + "\n";
    }

    /**
     * Writes a ledger, without reporting lines, in the canonical form.
     *
     * @param ledger the transactions, not null
     * @return the JSON text, ending with a line break, not null
     */
    public static String write(CreditLedger ledger) {
        return write(new TransactionsDocument(ledger, List.of()));
    }

    private static ObjectNode transaction(Transaction t) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("id", t.id());
        out.put("type", t.isRefund() ? "refund" : "deal");
        out.put("booked", t.booked().toString());
        out.set("amount", Codec.money(t.amount()));
        if (t.isRefund()) {
            out.put("reverses", t.reverses());
            return out;
        }
        out.put("indicator", t.indicatorId());
        out.put("shares", Names.of(t.basis()));
        ArrayNode receivers = out.putArray("receivers");
        for (Receiver r : t.receivers()) {
            ObjectNode receiver = receivers.addObject();
            receiver.put("employee", r.employeeId());
            receiver.put("share", Codec.text(r.share()));
        }
        if (!t.payments().isEmpty()) {
            ArrayNode payments = out.putArray("payments");
            for (Payment p : t.payments()) {
                ObjectNode payment = payments.addObject();
                payment.put("date", p.date().toString());
                payment.set("amount", Codec.money(p.amount()));
            }
        }
        return out;
    }
}
