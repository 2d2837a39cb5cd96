package org.kpiengine.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.json.PlanDocument;
import org.kpiengine.json.PlanJson;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.planning.Planner;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/**
 * The expected figures of the planning commands, computed through the planning API directly from
 * the plan documents (not through the tool's own reading of the facts file).
 */
final class Planning {

    /** The sales-manager sample of docs/samples. */
    static final Path SALES_MANAGER = Samples.DIR.resolve("../sales-manager.json").normalize();

    private Planning() {
    }

    static PlanDocument document(Path plan) {
        try {
            return PlanJson.standard().read(new ByteArrayInputStream(Files.readAllBytes(plan)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sales-manager matrix, salary EUR 3 000.00. */
    static Planner salesManager() {
        PlanDocument document = document(SALES_MANAGER);
        return Planner.of(document.template().scorecard(), document.template().payPlan(),
                PayInputs.of(Money.of("EUR", "3000.00"))).withPrecision(document.precision());
    }

    /** The matrix facts of the docs: contacts 570, deals 49, conversion 8.5, average check 12 000 (rating 104). */
    static Facts salesManagerFacts() {
        return Facts.builder().put("contacts", new BigDecimal("570")).put("deals", new BigDecimal("49"))
                .put("conversion", new BigDecimal("8.5")).put("average-check", new BigDecimal("12000")).build();
    }

    /** The same employee as a facts file of the tool. */
    static Path salesManagerFactsFile(Path dir) throws IOException {
        Path facts = dir.resolve("matrix-facts.csv");
        Files.writeString(facts, "employee_id,salary,indicator_id,fact\nE1,3000.00,contacts,570\nE1,,deals,49\n"
                + "E1,,conversion,8.5\nE1,,average-check,12000\n", StandardCharsets.UTF_8);
        return facts;
    }

    /**
     * Employee e007 of the team sample, as in its facts file: salary 3 000.00, revenue 480 000 against an
     * individual plan of 450 000, deals 19, conversion 9.6, receivables 86 000, quality 4.8, 10 idle hours.
     */
    static Planner e007() {
        PlanDocument document = document(Samples.PLAN);
        Scorecard template = document.template().scorecard();
        Thresholds revenue = template.line("revenue").thresholds();
        Scorecard own = template.withThresholds(Map.of("revenue",
                new Thresholds(revenue.base(), new BigDecimal("450000"), revenue.target())));
        return Planner.of(own, document.template().payPlan(),
                PayInputs.of(Money.of("EUR", "3000.00")).with("idle_hours", new BigDecimal("10")))
                .withPrecision(document.precision());
    }

    static Facts e007Facts() {
        return Facts.builder().put("revenue", new BigDecimal("480000")).put("deals", new BigDecimal("19"))
                .put("conversion", new BigDecimal("9.6")).put("receivables", new BigDecimal("86000"))
                .put("quality", new BigDecimal("4.8")).build();
    }
}
