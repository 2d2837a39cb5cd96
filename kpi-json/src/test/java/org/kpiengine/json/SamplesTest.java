package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;

/** The shipped samples in docs/samples: each reads, is in canonical form and pays the figures worked out by hand. */
class SamplesTest {

    static final Path SAMPLES = Path.of("..", "docs", "samples");

    static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void theSalesManagerMatrixRatesAt104AndPaysTheRetroactiveTierOf20PercentOfSalary() throws IOException {
        PlanDocument plan = PlanJson.standard().read(sample("sales-manager.json"));
        Facts facts = Facts.builder().put("contacts", 570).put("deals", 49).put("conversion", "8.5")
                .put("average-check", 12000).build();
        Evaluation evaluation = plan.evaluate(facts);
        assertEquals(new BigDecimal("114.0000"), evaluation.index("contacts").index());
        assertEquals(new BigDecimal("98.0000"), evaluation.index("deals").index());
        assertEquals(new BigDecimal("85.0000"), evaluation.index("conversion").index());
        assertEquals(new BigDecimal("120.0000"), evaluation.index("average-check").index());
        assertEquals(new BigDecimal("104.0000"), evaluation.rating());
        // rating 104 lies in the tier [100, 120): 20 % of the salary 4 500.00, for everything (retroactive)
        Payout payout = plan.pay(facts, PayInputs.of(Money.of("EUR", "4500.00")));
        assertEquals(Money.of("EUR", "900.00"), payout.line("bonus").amount());
        assertEquals(Money.of("EUR", "5400.00"), payout.total());
    }

    @Test
    void thePlanWithEveryCurveAndSchemePaysTheFiguresWorkedOutByHand() throws IOException {
        PlanDocument plan = PlanJson.standard().read(sample("every-type.json"));
        Facts facts = Facts.builder().put("revenue", 575000).put("deals", 25).put("conversion", 12)
                .put("receivables", 80000).put("quality", "4.5").build();
        Evaluation evaluation = plan.evaluate(facts);
        assertEquals(new BigDecimal("125.0000"), evaluation.index("revenue").index());      // 100 + 75 000 × 50 / 150 000
        assertEquals(new BigDecimal("125.0000"), evaluation.index("deals").index());        // 25 / 20
        assertEquals(new BigDecimal("120.0000"), evaluation.index("conversion").index());   // attainment 120 % in [110, ∞)
        assertEquals(new BigDecimal("120.0000"), evaluation.index("receivables").index());  // (80 000 − 200 000) / (100 000 − 200 000)
        assertEquals(new BigDecimal("90.0000"), evaluation.index("quality").index());       // 4.5 / 5
        assertEquals(new BigDecimal("120.0000"), evaluation.rating());                      // 50 + 25 + 12 + 24 + 9
        Payout payout = plan.pay(facts, PayInputs.of(Money.of("EUR", "4000.00")).with("idle-hours", "3"));
        assertEquals(Money.of("EUR", "1200.00"), payout.line("rating bonus").amount());    // 30 % of 4 000
        assertEquals(Money.of("EUR", "1200.00"), payout.line("deals bonus").amount());     // 1 250 capped at 1 200
        assertEquals(Money.of("EUR", "500.00"), payout.line("over-plan bonus").amount());  // 575 000 ≥ 1.1 × 500 000
        assertEquals(Money.of("EUR", "488.75"), payout.line("turnover share").amount());   // 575 000 × 0.1 % × (0.5 × 1.2 + 0.5 × 0.5)
        assertEquals(Money.of("EUR", "900.00"), payout.line("team pool").amount());        // 1 000 × (0.4 + 0.2 + 0.1 + 0.2)
        assertEquals(Money.of("EUR", "250.00"), payout.line("extra deals").amount());      // 5 deals × 50
        assertEquals(Money.of("EUR", "750.00"), payout.line("revenue tiers").amount());    // 75 000 × 1 %
        // variable 5 288.75 halved by the gate (attainment 90 < 95) to 2 644.38, capped at 2 500,
        // 3 idle hours × 20 deducted, the total capped at 6 400
        assertEquals(Money.of("EUR", "-2644.37"), payout.line("quality gate").amount());
        assertEquals(Money.of("EUR", "-144.38"), payout.line("variable cap").amount());
        assertEquals(Money.of("EUR", "-60.00"), payout.line("idle hours").amount());
        assertEquals(Money.of("EUR", "-40.00"), payout.line("total limits").amount());
        assertEquals(Money.of("EUR", "6400.00"), payout.total());
        assertEquals(Money.of("EUR", "2400.00"), payout.variable());
    }

    @Test
    void everySampleIsInCanonicalForm() throws IOException {
        try (var files = Files.list(SAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertEquals(text, PlanJson.standard().canonical(text), file.toString());
            }
        }
    }
}
