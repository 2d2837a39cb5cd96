package org.kpiengine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.credit.CreditBasis;
import org.kpiengine.credit.CreditLedger;
import org.kpiengine.credit.CreditedFacts;
import org.kpiengine.credit.Hierarchy;
import org.kpiengine.credit.Payment;
import org.kpiengine.credit.RollUp;
import org.kpiengine.credit.Transaction;
import org.kpiengine.credit.TransactionException;
import org.kpiengine.json.TransactionsDocument;
import org.kpiengine.json.TransactionsJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of {@code kpi pay} that feed indicators from a CRM's deals: {@code --transactions},
 * {@code --credit}, {@code --from}, {@code --to}, {@code --cash}, {@code --roll-up}.
 */
final class DealsOptions {

    @Option(names = "--transactions", paramLabel = "DEALS",
            description = "A transactions document in JSON (deals, refunds, payments, reporting lines; see docs/guides/json.md)"
                    + " or a deals table in CSV (one row per deal, refund or payment; see docs/guides/cli.md)"
                    + " whose credits give the facts of the indicators named by --credit.")
    @Nullable String transactions;

    @Option(names = "--credit", paramLabel = "INDICATOR", split = ",",
            description = "The plan indicator(s) the transactions feed, such as revenue; required with --transactions."
                    + " The facts file must not give them.")
    @Nullable List<String> credit;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "The period's first day; by default the earliest date of the transactions.")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD",
            description = "The period's last day, inclusive; by default the latest date of the transactions.")
    @Nullable String to;

    @Option(names = "--cash", description = "Credit on cash received (the deals' payments) instead of the booking date.")
    boolean cash;

    @Option(names = "--roll-up", paramLabel = "ROLL-UP",
            description = "none (default), direct or subtree: managers also count their reports' credits, over the"
                    + " document's hierarchy.")
    @Nullable RollUp rollUp;

    /**
     * Reads the transactions and credits the period, or returns null if no {@code --transactions} was given.
     *
     * @param plan the plan, or null if it could not be used (then the indicators are not checked against it)
     * @throws ParameterException for options that do not fit together or an indicator the plan does not have
     * @throws Unusable if the transactions file cannot be read or is refused
     */
    TeamRun.@Nullable Credited read(@Nullable PlanFile plan, CommandSpec spec) throws Unusable {
        if (transactions == null) {
            if (credit != null || from != null || to != null || cash || rollUp != null) {
                throw new ParameterException(spec.commandLine(),
                        "--credit, --from, --to, --cash and --roll-up need a transactions file: give --transactions");
            }
            return null;
        }
        if (credit == null || credit.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--transactions needs --credit: name the plan indicator(s)"
                    + " its credits feed, such as --credit revenue");
        }
        Set<String> indicators = new LinkedHashSet<>(credit);
        if (plan != null) {
            for (String indicator : indicators) {
                if (!plan.indicatorIds().contains(indicator)) {
                    throw new ParameterException(spec.commandLine(), "--credit " + Problem.show(indicator)
                            + " is not an indicator of the plan " + plan.name() + " (" + String.join(", ", plan.indicatorIds()) + ")");
                }
            }
        }
        LocalDate first = date(spec, "--from", from);
        LocalDate last = date(spec, "--to", to);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(transactions));
        } catch (IOException | InvalidPathException | UncheckedIOException e) {
            throw new Unusable(new Problem(transactions, 0, "", "cannot read the transactions: " + PlanFile.describe(e)));
        }
        CreditLedger ledger;
        Hierarchy hierarchy;
        boolean json = isJson(bytes);
        if (json) {
            TransactionsDocument document;
            try {
                document = TransactionsJson.read(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            } catch (KpiInputException e) {
                // the message of a PlanJsonException starts with the JSON Pointer of the place
                throw new Unusable(new Problem(transactions, 0, "", "not a valid transactions document: " + e.getMessage()));
            }
            ledger = document.ledger();
            hierarchy = document.hierarchy();
        } else {
            ledger = DealsCsv.read(transactions, bytes);
            hierarchy = null;
        }
        CreditBasis basis = cash ? CreditBasis.CASH_RECEIVED : CreditBasis.BOOKING_DATE;
        if (first == null || last == null) {
            LocalDate[] range = range(ledger.transactions());
            if (range == null) {
                throw new Unusable(new Problem(transactions, 0, "", "lists no transactions: give --from and --to for an"
                        + " empty period, or a file with deals"));
            }
            first = first == null ? range[0] : first;
            last = last == null ? range[1] : last;
        }
        RollUp chosen = rollUp == null ? RollUp.NONE : rollUp;
        if (chosen != RollUp.NONE && hierarchy == null) {
            throw new Unusable(new Problem(transactions, 0, "", "has no hierarchy, so --roll-up " + chosen.name().toLowerCase(
                    java.util.Locale.ROOT) + " has no managers to roll up to: " + (json ? "add its reporting lines"
                            : "a CSV deals file has none; give the deals and the reporting lines as a JSON transactions document")));
        }
        CreditedFacts facts;
        try {
            facts = hierarchy == null ? ledger.facts(first, last, basis) : ledger.facts(first, last, basis, hierarchy, chosen);
        } catch (TransactionException e) {
            throw new Unusable(new Problem(transactions, 0, "", "transaction " + Problem.show(e.transactionId()) + ": "
                    + e.getMessage()));
        } catch (KpiInputException e) {
            throw new Unusable(new Problem(transactions, 0, "", e.getMessage()));
        }
        return new TeamRun.Credited(transactions, List.copyOf(indicators), facts);
    }

    private static @Nullable LocalDate date(CommandSpec spec, String option, @Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + " " + Problem.show(text)
                    + " is not a date written as YYYY-MM-DD, such as 2026-01-01");
        }
    }

    /**
     * Whether the file is a JSON document rather than a CSV deals table: its first character other
     * than a byte order mark or white space is an opening brace (a CSV header starts with a column name).
     */
    static boolean isJson(byte[] bytes) {
        int i = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }

    /** The earliest and latest date of the transactions (booking and payment dates), or null if there are none. */
    private static LocalDate @Nullable [] range(List<Transaction> transactions) {
        List<LocalDate> dates = new ArrayList<>();
        for (Transaction t : transactions) {
            dates.add(t.booked());
            for (Payment p : t.payments()) {
                dates.add(p.date());
            }
        }
        if (dates.isEmpty()) {
            return null;
        }
        LocalDate min = dates.get(0);
        LocalDate max = min;
        for (LocalDate d : dates) {
            min = d.isBefore(min) ? d : min;
            max = d.isAfter(max) ? d : max;
        }
        return new LocalDate[] {min, max};
    }
}
