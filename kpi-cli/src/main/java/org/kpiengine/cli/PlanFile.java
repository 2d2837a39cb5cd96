package org.kpiengine.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kpiengine.KpiInputException;
import org.kpiengine.json.PlanDocument;
import org.kpiengine.json.PlanJson;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * A plan document read from a file, with what the tool needs to know about it beyond the model:
 * the names of the pay inputs its pay plan reads (the ids of the facts file that are not
 * indicators, such as {@code idle_hours}) and the currencies its money amounts are in.
 *
 * @param name the file name, as given
 * @param document the plan, not null
 * @param inputs the pay input names the pay plan reads, sorted
 * @param currencies the currencies of the plan's money amounts, sorted by code
 */
record PlanFile(String name, PlanDocument document, Set<String> inputs, Set<Currency> currencies) {

    PlanFile {
        inputs = Collections.unmodifiableSet(new TreeSet<>(inputs));
        Set<Currency> sorted = new TreeSet<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        sorted.addAll(currencies);
        currencies = Collections.unmodifiableSet(sorted);
    }

    /**
     * Reads a plan file.
     *
     * @param name the file name, as given on the command line
     * @return the plan, not null
     * @throws Unusable if the file cannot be read or is not a valid plan document; the message
     *     is {@code name: reason}, with the JSON Pointer of the place for a document error
     */
    static PlanFile read(String name) throws Unusable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(name));
        } catch (IOException | InvalidPathException | UncheckedIOException e) {
            throw new Unusable(new Problem(name, 0, "", "cannot read the plan: " + describe(e)));
        }
        return parse(name, bytes);
    }

    /**
     * Reads a plan document from bytes.
     *
     * @param name the file name, for messages
     * @param bytes the document, not null
     * @return the plan, not null
     * @throws Unusable if the bytes are not a valid plan document
     */
    static PlanFile parse(String name, byte[] bytes) throws Unusable {
        PlanDocument document;
        try {
            document = PlanJson.standard().read(new ByteArrayInputStream(bytes));
        } catch (KpiInputException e) {
            // PlanJsonException's message starts with the JSON Pointer of the place.
            throw new Unusable(new Problem(name, 0, "", "not a valid plan: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new Unusable(new Problem(name, 0, "", "cannot read the plan: " + describe(e)));
        }
        PayPlan pay = document.template().payPlan();
        return pay == null ? new PlanFile(name, document, Set.of(), Set.of())
                : new PlanFile(name, document, pay.inputs(), pay.currencies());
    }

    /** The indicator ids of the scorecard, in its order. */
    List<String> indicatorIds() {
        List<String> ids = new ArrayList<>();
        for (ScorecardLine line : document.template().scorecard().lines()) {
            ids.add(line.id());
        }
        return ids;
    }

    /** Every id a facts file may name: the indicators, then the pay inputs. */
    Set<String> knownIds() {
        Set<String> known = new LinkedHashSet<>(indicatorIds());
        known.addAll(inputs);
        return known;
    }

    /** The pay component names in the order a payout lists them: salary, schemes, modifiers; empty without pay. */
    List<String> lineNames() {
        PayPlan pay = document.template().payPlan();
        List<String> names = new ArrayList<>();
        if (pay != null) {
            names.add("salary");
            pay.schemes().forEach(s -> names.add(s.name()));
            pay.modifiers().forEach(m -> names.add(m.name()));
        }
        return names;
    }

    /** Whether the plan has a pay plan (and so needs salaries). */
    boolean pays() {
        return document.template().payPlan() != null;
    }

    static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String kind = cause.getClass().getSimpleName();
        return cause.getMessage() == null ? kind : cause.getMessage() + " (" + kind + ")";
    }
}
