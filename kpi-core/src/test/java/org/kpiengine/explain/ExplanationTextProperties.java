package org.kpiengine.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kpiengine.curve.Bands;
import org.kpiengine.money.Money;
import org.kpiengine.pay.CoefficientScheme;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.CustomScheme;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayContext;
import org.kpiengine.pay.PayFixtures;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.PerUnitScheme;
import org.kpiengine.pay.PoolScheme;
import org.kpiengine.pay.Reckoning;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.TotalLimits;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.pay.WeightedCoefficient;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.KpiIndex;
import org.kpiengine.scorecard.Scorecard;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The English texts are written from the typed data: every number a pay line's {@link PayLine#detail()}
 * shows is a number of that line's data (its amount, before, after or a value of its reckoning), and
 * every number of {@link Explanation#toText()} is a number of {@link Explanation#toData()}, over plans
 * that use every built-in scheme, modifier and condition, so every kind of reckoning.
 */
class ExplanationTextProperties {

    private static final Scorecard SCORECARD = PayFixtures.fiveIndicators();

    /** A number as the texts write it: plain, a dot before the decimals. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** One employee's period under one plan of the catalogue. */
    record Case(int plan, Evaluation evaluation, PayInputs inputs) {
        Payout payout() {
            return plans().get(plan).evaluate(evaluation, inputs);
        }
    }

    /** An integrator's scheme: the exact amount is 0.1 % of the revenue fact. */
    private record Commission() implements CustomScheme {
        @Override
        public BigDecimal exactAmount(PayContext context) {
            return context.evaluation().index("revenue").fact().movePointLeft(3);
        }

        @Override
        public String name() {
            return "custom commission";
        }
    }

    /** Plans that, between them, use every built-in scheme, modifier, measure and condition. */
    static List<PayPlan> plans() {
        Measure revenue = Measure.fact("revenue");
        Bands rating = Bands.from("0").upTo("80", "0").upTo("100", "3.333").upTo("120", "10").andAbove("12.5");
        Bands turnover = Bands.from("0").upTo("400000", "2").upTo("500000", "3").upTo("650000", "4.5").andAbove("6");
        Bands amounts = Bands.from("10").upTo("40", "100").upTo("60", "150.50").andAbove("300");
        Bands attainment = Bands.from("50").upTo("100", "1").upTo("120", "1.5").andAbove("2");
        Bands steps = Bands.from("0").upTo("90", "0.5").upTo("110", "1").andAbove("1.2");
        Condition quality = Condition.atLeast(Measure.attainment("quality"), "90");
        return List.of(
                PayPlan.builder()
                        .scheme(LinearScheme.of("rating bonus", Measure.rating(), Money.of("EUR", "1500"))
                                .withCap(Money.of("EUR", "1800")))
                        .modifier(new VariableLimits("variable limits", Money.of("EUR", "100"), Money.of("EUR", "1700")))
                        .modifier(new TotalLimits("total limits", Money.of("EUR", "2500"), Money.of("EUR", "9000")))
                        .build(),
                PayPlan.builder()
                        .scheme(LinearScheme.of("revenue bonus", Measure.index("revenue"), Money.of("EUR", "2000"))
                                .withBase(new BigDecimal("80")))
                        .modifier(Gate.reduceUnless("quality gate", quality, "0.5"))
                        .modifier(new Deduction("idle hours", Measure.input("idle-hours"), Money.of("EUR", "12.5"),
                                Deduction.Floor.SALARY))
                        .build(),
                PayPlan.builder()
                        .scheme(TieredScheme.retroactive("rating tiers", Measure.rating(), rating,
                                TieredScheme.Payment.PERCENT_OF_SALARY, null))
                        .scheme(TieredScheme.marginalOnTurnover("sales tiers", revenue, turnover))
                        .modifier(Gate.zeroUnless("collection gate", Condition.allOf(
                                Condition.atMost(Measure.fact("receivables"), "30000"),
                                Condition.between(Measure.input("idle-hours"), "0", "20"))))
                        .modifier(new Deduction("idle hours", Measure.input("idle-hours"), Money.of("EUR", "40"),
                                Deduction.Floor.ZERO))
                        .build(),
                PayPlan.builder()
                        .scheme(TieredScheme.interpolated("sliding rate", Measure.rating(), rating,
                                TieredScheme.Payment.PERCENT_OF_SALARY, null))
                        .scheme(TieredScheme.hybridOnTurnover("commission", revenue, turnover, "500000"))
                        .scheme(TieredScheme.hybrid("attainment commission", Measure.attainment("revenue"), attainment,
                                "100", TieredScheme.Payment.PERCENT_OF_TURNOVER, revenue))
                        .scheme(FixedScheme.of("over plan", Condition.anyOf(
                                Condition.factAtLeastPlanTimes("revenue", "1.2"),
                                Condition.factAtLeastPlanTimes("receivables", "2")), Money.of("EUR", "250")))
                        .modifier(new Deduction("idle hours", Measure.input("idle-hours"), Money.of("EUR", "7.5"),
                                Deduction.Floor.NONE))
                        .build(),
                PayPlan.builder()
                        .scheme(CoefficientScheme.of("turnover share", revenue, "0.1", List.of(
                                WeightedCoefficient.of(Measure.index("deals"), "0.5", steps),
                                WeightedCoefficient.of(Measure.attainment("calls"), "0.5", steps))))
                        .scheme(PoolScheme.of("pool", Money.of("EUR", "1000")))
                        .scheme(new PoolScheme("stretch pool", Money.of("EUR", "600"), PoolScheme.Rule.EXCEEDED))
                        .scheme(PerUnitScheme.of("per deal", "deals", Money.of("EUR", "35")))
                        .scheme(new Commission())
                        .scheme(FixedScheme.always("allowance", Money.of("EUR", "120")))
                        .modifier(TotalLimits.cap(Money.of("EUR", "8000")))
                        .build(),
                PayPlan.builder()
                        .scheme(TieredScheme.retroactive("deal steps", Measure.fact("deals"), amounts,
                                TieredScheme.Payment.AMOUNT, null))
                        .scheme(TieredScheme.interpolated("deal slope", Measure.fact("deals"), amounts,
                                TieredScheme.Payment.AMOUNT, null))
                        .scheme(TieredScheme.marginal("deal ladder", Measure.fact("deals"), amounts,
                                TieredScheme.Payment.AMOUNT, null))
                        .scheme(TieredScheme.retroactive("receivables tiers", Measure.attainment("receivables"), attainment,
                                TieredScheme.Payment.PERCENT_OF_TURNOVER, revenue))
                        .modifier(Gate.reduceUnless("quality gate", quality, "0.333"))
                        .modifier(VariableLimits.floor(Money.of("EUR", "50")))
                        .build());
    }

    /** Facts near and away from the plans (receivables sometimes 0: the unbounded best attainment). */
    static Gen<Case> cases() {
        Gen<Integer> plan = Generate.range(0, plans().size() - 1);
        Gen<Long> revenue = Generate.longRange(0, 100_000_000L);
        Gen<Long> count = Generate.longRange(0, 1_200L);
        Gen<Long> receivables = Generate.longRange(0, 8_000_000L).mix(Generate.constant(0L), 10);
        Gen<Long> cents = Generate.longRange(0, 1_000_000L);
        Gen<Long> hours = Generate.longRange(0, 400L);
        return in -> {
            Evaluation evaluation = SCORECARD.evaluate(PayFixtures.fiveFacts(
                    BigDecimal.valueOf(revenue.generate(in), 2).toPlainString(),
                    BigDecimal.valueOf(count.generate(in), 1).toPlainString(),
                    Long.toString(count.generate(in)),
                    BigDecimal.valueOf(count.generate(in), 1).toPlainString(),
                    BigDecimal.valueOf(receivables.generate(in), 2).toPlainString()));
            PayInputs inputs = PayInputs.of(Money.of("EUR", BigDecimal.valueOf(cents.generate(in), 2).toPlainString()))
                    .with("idle-hours", BigDecimal.valueOf(hours.generate(in), 1));
            return new Case(plan.generate(in), evaluation, inputs);
        };
    }

    @Test
    void everyNumberOfALinesTextIsInThatLinesData() {
        qt().withExamples(600).forAll(cases()).checkAssert(c -> {
            Payout payout = c.payout();
            List<?> rows = (List<?>) ((Map<?, ?>) Explanation.of(c.evaluation(), payout).toData().get("payout")).get("lines");
            for (int i = 0; i < payout.lines().size(); i++) {
                PayLine line = payout.lines().get(i);
                List<BigDecimal> data = new ArrayList<>();
                collect(rows.get(i), data);
                assertShownInData(line.detail(), data);
            }
        });
    }

    @Test
    void everyNumberOfTheExplanationTextIsInItsData() {
        qt().withExamples(300).forAll(cases()).checkAssert(c -> {
            Explanation explanation = Explanation.of(c.evaluation(), c.payout());
            List<BigDecimal> data = new ArrayList<>();
            collect(explanation.toData(), data);
            String text = explanation.toText();
            // the curve column describes the plan's curve in its own words, and a warning is a message
            for (KpiIndex index : c.evaluation().indices()) {
                text = text.replace(index.curve().describe(), "");
            }
            // the table shows a contribution exact (weight × index), the data rounded to the index scale:
            // the table's last column is checked against the weight and index of its row instead
            StringBuilder kept = new StringBuilder();
            boolean indicators = true;
            for (String row : text.split("\n")) {
                if (row.startsWith("rating ")) {
                    indicators = false;
                }
                if (indicators && !row.startsWith("indicator") && !row.startsWith("-")) {
                    String contribution = row.substring(row.lastIndexOf(' ') + 1);
                    KpiIndex index = c.evaluation().index(row.substring(0, row.indexOf(' ')));
                    assertEquals(0, index.weight().value().multiply(index.index()).compareTo(new BigDecimal(contribution)), row);
                    row = row.substring(0, row.lastIndexOf(' '));
                }
                if (!row.startsWith("warning: ")) {
                    kept.append(row).append('\n');
                }
            }
            assertShownInData(kept.toString(), data);
        });
    }

    @Test
    void theCatalogueWritesEveryKindOfReckoning() {
        Set<String> kinds = new HashSet<>();
        qt().withExamples(300).forAll(cases()).checkAssert(c -> {
            for (PayLine line : c.payout().lines()) {
                Reckoning reckoning = line.reckoning();
                kinds.add(reckoning.kind());
            }
        });
        // every kind but STATED, which only an integrator's own accrual carries
        assertEquals(Set.of("SALARY", "LINEAR", "TIER", "MARGINAL_TIERS", "CONDITION", "COEFFICIENT", "POOL", "PER_UNIT",
                "CUSTOM", "GATE", "LIMITS", "DEDUCTION"), kinds);
    }

    /**
     * Every number of a text is one of the data's (as a decimal, sign aside: a deduction's text
     * speaks of the penalty, its data of the signed change as well). Quoted identifiers are not
     * figures, nor are the constant 100 of the linear formula's {@code / 100} and {@code (100 − base)}.
     */
    static void assertShownInData(String text, List<BigDecimal> data) {
        String figures = text.replaceAll("'[^']*'", "''").replace(" / 100", " / ").replace("(100 − ", "( − ");
        Matcher matcher = NUMBER.matcher(figures);
        while (matcher.find()) {
            BigDecimal shown = new BigDecimal(matcher.group());
            assertTrue(data.stream().anyMatch(d -> d.abs().compareTo(shown) == 0),
                    () -> shown + " is shown but not in the data " + data + "\n" + text);
        }
    }

    private static void collect(Object value, List<BigDecimal> out) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (value instanceof String text && text.matches("-?\\d+(\\.\\d+)?")) {
            out.add(new BigDecimal(text));
        }
    }
}
