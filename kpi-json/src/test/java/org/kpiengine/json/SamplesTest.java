package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.TargetBandCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Category;
import org.kpiengine.indicator.Direction;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Timing;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.ConditionCheck;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

import tools.jackson.databind.JsonNode;

/**
 * The shipped plan samples in docs/samples: each reads, is in canonical form and pays the figures
 * worked out by hand (the transactions sample deals.json is in TransactionsJsonTest).
 */
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
                .put("receivables", 80000).put("quality", "4.5").put("on-time", "97.5").build();
        Evaluation evaluation = plan.evaluate(facts);
        assertEquals(new BigDecimal("125.0000"), evaluation.index("revenue").index());      // 100 + 75 000 × 50 / 150 000
        assertEquals(new BigDecimal("125.0000"), evaluation.index("deals").index());        // 25 / 20
        assertEquals(new BigDecimal("120.0000"), evaluation.index("conversion").index());   // attainment 120 % in [110, ∞)
        assertEquals(new BigDecimal("120.0000"), evaluation.index("receivables").index());  // (80 000 − 200 000) / (100 000 − 200 000)
        assertEquals(new BigDecimal("90.0000"), evaluation.index("quality").index());       // 4.5 / 5
        assertEquals(new BigDecimal("90.0000"), evaluation.index("on-time").index());       // 2.5 off plan 95: 100 × (7 − 2.5) / (7 − 2)
        assertEquals(new BigDecimal("120.0000"), evaluation.rating());                      // 50 + 25 + 12 + 24 + 4.5 + 4.5
        Payout payout = plan.pay(facts, PayInputs.of(Money.of("EUR", "4000.00")).with("idle-hours", "3"));
        assertEquals(Money.of("EUR", "1200.00"), payout.line("rating bonus").amount());    // 30 % of 4 000
        assertEquals(Money.of("EUR", "1200.00"), payout.line("deals bonus").amount());     // 1 250 capped at 1 200
        assertEquals(Money.of("EUR", "500.00"), payout.line("over-plan bonus").amount());  // 575 000 ≥ 1.1 × 500 000
        assertEquals(Money.of("EUR", "488.75"), payout.line("turnover share").amount());   // 575 000 × 0.1 % × (0.5 × 1.2 + 0.5 × 0.5)
        assertEquals(Money.of("EUR", "900.00"), payout.line("team pool").amount());        // 1 000 × (0.4 + 0.2 + 0.1 + 0.2)
        assertEquals(Money.of("EUR", "250.00"), payout.line("extra deals").amount());      // 5 deals × 50
        assertEquals(Money.of("EUR", "750.00"), payout.line("revenue tiers").amount());    // 75 000 × 1 %
        assertEquals(Money.of("EUR", "800.00"), payout.line("split bonus").amount());      // rate 10 + 20 × 20 / 40 = 20 % of 4 000
        // attainment 115 ≥ pivot 100: 0.2 % × 500 000 + 0.3 % × 75 000
        assertEquals(Money.of("EUR", "1225.00"), payout.line("commission").amount());
        assertEquals(Money.of("EUR", "100.00"), payout.line("guaranteed bonus").amount()); // always
        // on-time index 90 in [90, 100], and receivables 80 000 ≤ 100 000
        assertEquals(Money.of("EUR", "150.00"), payout.line("steady bonus").amount());
        assertEquals(List.of(true, true), payout.line("steady bonus").conditions().get(0).parts().stream()
                .map(ConditionCheck::held).toList());
        // variable 7 563.75 halved by the gate (attainment 90 < 95) to 3 781.88, capped at 2 500,
        // 3 idle hours × 20 deducted, the total capped at 6 400
        assertEquals(Money.of("EUR", "-3781.87"), payout.line("quality gate").amount());
        assertEquals(Money.of("EUR", "-1281.88"), payout.line("variable cap").amount());
        assertEquals(Money.of("EUR", "-60.00"), payout.line("idle hours").amount());
        assertEquals(Money.of("EUR", "-40.00"), payout.line("total limits").amount());
        assertEquals(Money.of("EUR", "6400.00"), payout.total());
        assertEquals(Money.of("EUR", "2400.00"), payout.variable());
    }

    @Test
    void theSampleWithEveryTypeUsesEveryTypeOfTheFormat() throws IOException {
        Set<String> used = new TreeSet<>();
        collectTypes(PlanJsonProperties.tree(sample("every-type.json")), used);
        Set<String> known = new TreeSet<>();
        PlanJson json = PlanJson.standard();
        for (Family<?> family : json.families()) {
            known.addAll(family.types());
        }
        assertEquals(known, used);
        Set<String> kinds = new TreeSet<>();
        PlanJsonProperties.tree(sample("every-type.json")).at("/pay/schemes").forEach(s -> {
            if (s.has("kind")) {
                kinds.add(s.get("kind").stringValue());
            }
        });
        assertEquals(Set.of("retroactive", "marginal", "interpolated", "hybrid"), kinds);
    }

    private static void collectTypes(JsonNode node, Set<String> types) {
        if (node.isObject() && node.has("type") && node.get("type").isString()) {
            types.add(node.get("type").stringValue());
        }
        node.forEach(child -> collectTypes(child, types));
    }

    /**
     * The stabilisation sample: on-time deliveries on a target band (plan 95, 2 / 7), stock on
     * hand on a band with other bounds below (2 / 10) than above (5 / 15) the plan of 30 days,
     * revenue (plan 200 000) and overdue receivables (plan 10 %, lower is better) on ratios capped
     * at 150; a hybrid commission on revenue attainment (0.5 % from 0, 1 % from 50 %, 1.5 % from
     * 100 %, pivot 100 %) and a gate that takes it all unless overdue receivables are at most 15 %.
     */
    static final String[][] STABILISATION = {
        // on-time, stock-days, revenue, overdue; on-time, stock-days, revenue, overdue indices; rating; commission, gate, total
        {"96", "27", "240000", "12", "100.0000", "87.5000", "120.0000", "83.3333", "101.8333", "2600.00", "0.00", "5600.00"},
        {"96", "27", "240000", "18", "100.0000", "87.5000", "120.0000", "55.5556", "99.0556", "2600.00", "-2600.00", "3000.00"},
        {"88", "38", "140000", "15", "0.0000", "70.0000", "70.0000", "66.6667", "41.6667", "1400.00", "0.00", "4400.00"},
    };

    private static Facts stabilisationFacts(String[] row) {
        return Facts.builder().put("on-time", row[0]).put("stock-days", row[1]).put("revenue", row[2]).put("overdue", row[3])
                .build();
    }

    @Test
    void theStabilisationPlanPaysTheFiguresWorkedOutByHand() throws IOException {
        // row 1: on time (1 off plan, within 2) 100; stock 3 days short: 100 × (10 − 3) / (10 − 2) = 87.5; revenue 120;
        //   overdue 10 / 12 = 83.3333; rating 40 + 17.5 + 36 + 8.33333 = 101.8333; attainment 120 ≥ pivot 100:
        //   1 % × 200 000 + 1.5 % × 40 000 = 2 600; overdue 12 ≤ 15, the gate passes: 3 000 + 2 600
        // row 2: overdue 18: 10 / 18 = 55.5556, rating 99.0556; 18 > 15, the gate takes the 2 600
        // row 3: 7 off plan: 0; stock 8 days over: 100 × (15 − 8) / (15 − 5) = 70; revenue 70; overdue 66.6667;
        //   rating 14 + 21 + 6.66667 = 41.6667; attainment 70 < pivot: 1 % of all 140 000 = 1 400; 15 ≤ 15 passes
        PlanDocument plan = PlanJson.standard().read(sample("stabilisation.json"));
        for (String[] row : STABILISATION) {
            Payout payout = plan.pay(stabilisationFacts(row), PayInputs.of(Money.of("EUR", "3000.00")));
            Evaluation evaluation = payout.evaluation();
            assertEquals(new BigDecimal(row[4]), evaluation.index("on-time").index(), row[0]);
            assertEquals(new BigDecimal(row[5]), evaluation.index("stock-days").index(), row[1]);
            assertEquals(new BigDecimal(row[6]), evaluation.index("revenue").index(), row[2]);
            assertEquals(new BigDecimal(row[7]), evaluation.index("overdue").index(), row[3]);
            assertEquals(new BigDecimal(row[8]), evaluation.rating());
            assertEquals(Money.of("EUR", row[9]), payout.line("commission").amount());
            assertEquals(Money.of("EUR", row[10]), payout.line("overdue gate").amount());
            assertEquals(Money.of("EUR", row[11]), payout.total());
        }
        Payout below = plan.pay(stabilisationFacts(STABILISATION[2]), PayInputs.of(Money.of("EUR", "3000.00")));
        assertEquals("attainment of 'revenue' % 70.0000 < pivot 100 (retroactive) in tier [50, 100) → 1 % of fact of "
                + "'revenue' 140000 = 1400.00", below.line("commission").detail());
        assertEquals("fact of 'overdue' 15 ≤ 15: yes → passed", below.line("overdue gate").detail());
    }

    /** The stabilisation plan as the object API builds it. */
    static RoleTemplate stabilisationTemplate() {
        Scorecard scorecard = Scorecard.builder()
                .add(new Indicator("on-time", "On-time deliveries, %", Unit.PERCENT, Direction.HIGHER_IS_BETTER,
                        Category.INTERNAL_PROCESSES, Timing.LAGGING), "0.4", Thresholds.plan("95"), TargetBandCurve.of("2", "7"))
                .add(new Indicator("stock-days", "Stock on hand, days", Unit.DURATION, Direction.HIGHER_IS_BETTER,
                        Category.INTERNAL_PROCESSES, Timing.LEADING), "0.2", Thresholds.plan("30"),
                        TargetBandCurve.of("5", "15").withBelow("2", "10"))
                .add(new Indicator("revenue", "Revenue", Unit.MONEY, Direction.HIGHER_IS_BETTER, Category.FINANCE, Timing.LAGGING),
                        "0.3", Thresholds.plan("200000"), RatioCurve.cappedAt("150"))
                .add(new Indicator("overdue", "Overdue receivables, %", Unit.PERCENT, Direction.LOWER_IS_BETTER, Category.FINANCE,
                        Timing.LAGGING), "0.1", Thresholds.plan("10"), RatioCurve.cappedAt("150"))
                .build();
        PayPlan pay = PayPlan.builder()
                .scheme(TieredScheme.hybrid("commission", Measure.attainment("revenue"),
                        Bands.ofBoundaries(Bands.boundary("0", "0.5"), Bands.boundary("50", "1"), Bands.boundary("100", "1.5")),
                        "100", TieredScheme.Payment.PERCENT_OF_TURNOVER, Measure.fact("revenue")))
                .modifier(Gate.zeroUnless("overdue gate", Condition.atMost(Measure.fact("overdue"), "15")))
                .build();
        return new RoleTemplate("logistics-coordinator", scorecard, pay);
    }

    @Test
    void theStabilisationSampleIsThePlanTheObjectApiBuildsAndPaysTheSameThroughATeamBatch() throws IOException {
        PlanDocument plan = PlanJson.standard().read(sample("stabilisation.json"));
        RoleTemplate template = stabilisationTemplate();
        assertEquals(PlanDocument.of(template), plan);
        assertEquals(sample("stabilisation.json"), PlanJson.standard().write(template));
        TeamInput.Builder input = TeamInput.builder(STABILISATION.length).employeeIds("A", "B", "C")
                .salaries(Currency.getInstance("EUR"), DecimalColumn.ofUnscaled(new long[] {300_000, 300_000, 300_000}, 2));
        String[] ids = {"on-time", "stock-days", "revenue", "overdue"};
        for (int k = 0; k < ids.length; k++) {
            BigDecimal[] column = new BigDecimal[STABILISATION.length];
            for (int row = 0; row < STABILISATION.length; row++) {
                column[row] = new BigDecimal(STABILISATION[row][k]);
            }
            input.facts(ids[k], DecimalColumn.of(column));
        }
        TeamResult team = plan.batch().evaluate(input.build());
        for (int row = 0; row < STABILISATION.length; row++) {
            Payout object = template.payPlan().evaluate(template.scorecard().evaluate(stabilisationFacts(STABILISATION[row])),
                    PayInputs.of(Money.of("EUR", "3000.00")));
            assertEquals(Money.of("EUR", STABILISATION[row][11]), object.total());
            assertEquals(object.total(), team.total(row));
            assertEquals(object.evaluation().rating(), team.rating(row));
        }
    }

    @Test
    void everySampleIsInCanonicalForm() throws IOException {
        try (var files = Files.list(SAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String canonical = TransactionsJsonTest.SAMPLE.equals(file.getFileName().toString())
                        ? TransactionsJson.write(TransactionsJson.read(text)) : PlanJson.standard().canonical(text);
                assertEquals(text, canonical, file.toString());
            }
        }
    }
}
