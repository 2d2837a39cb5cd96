package org.kpiengine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Currency;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of a command that reads a plan and a facts file: {@code --plan}, {@code --facts}, {@code --currency}. */
final class TeamFiles {

    @Option(names = "--plan", required = true, paramLabel = "PLAN.json",
            description = "The plan: a JSON plan document (see docs/guides/json.md).")
    String plan;

    @Option(names = "--facts", required = true, paramLabel = "FACTS.csv",
            description = "The facts: UTF-8 CSV, one row per employee and indicator (employee_id, indicator_id,"
                    + " fact; optional salary, base, plan, target).")
    String facts;

    @Option(names = "--currency", paramLabel = "CODE",
            description = "The currency of the salaries (ISO 4217, such as EUR); by default the currency of the"
                    + " plan's money amounts.")
    @Nullable String currency;

    byte[] readFacts() throws Unusable {
        try {
            return Files.readAllBytes(Path.of(facts));
        } catch (IOException | InvalidPathException | UncheckedIOException e) {
            throw new Unusable(new Problem(facts, 0, "", "cannot read the facts: " + PlanFile.describe(e)));
        }
    }

    /**
     * The currency of the salaries: {@code --currency} if given, else the one currency of the plan's
     * money amounts; null if the plan pays nothing.
     *
     * @throws ParameterException if neither tells it, or they disagree
     */
    @Nullable Currency currency(PlanFile planFile, CommandSpec spec) {
        if (!planFile.pays()) {
            return null;
        }
        String codes = planFile.currencies().stream().map(Currency::getCurrencyCode).collect(Collectors.joining(", "));
        if (currency != null) {
            Currency given;
            try {
                given = Currency.getInstance(currency.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--currency " + Problem.show(currency)
                        + " is not an ISO 4217 currency code (such as EUR)");
            }
            if (!planFile.currencies().isEmpty() && !planFile.currencies().contains(given)) {
                throw new ParameterException(spec.commandLine(), "--currency " + given + " differs from the plan's"
                        + " money amounts (" + codes + ")");
            }
            return given;
        }
        if (planFile.currencies().size() == 1) {
            return planFile.currencies().iterator().next();
        }
        throw new ParameterException(spec.commandLine(), planFile.currencies().isEmpty()
                ? "the plan " + planFile.name() + " names no currency: give the salaries' currency with --currency"
                : "the plan " + planFile.name() + " has amounts in " + codes + ": give the salaries' currency with"
                        + " --currency");
    }
}
