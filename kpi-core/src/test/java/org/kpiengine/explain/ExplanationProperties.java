package org.kpiengine.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.CurveGenerators;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.PayPlanProperties;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.KpiIndex;
import org.kpiengine.scorecard.Scorecard;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ExplanationProperties {

    /** A plain decimal: optional minus, no leading zeros, digits after a dot only if there are any. */
    private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    /** The keys whose values are numbers, wherever they occur in the data. */
    private static final Set<String> NUMBERS = Set.of("indexScale", "fact", "base", "plan", "target", "index", "weight",
            "contribution", "rating", "salary", "variable", "total", "amount", "before", "after");

    @Test
    void theExplainedComponentsSumExactlyToTheTotal() {
        qt().withExamples(300).forAll(PayPlanProperties.periods(), PayPlanProperties.shapes(List.of(Deduction.Floor.values())))
                .checkAssert((period, shape) -> {
                    Payout payout = PayPlanProperties.plan(shape).evaluate(period.evaluation(), period.inputs());
                    Explanation explanation = Explanation.of(period.evaluation(), payout);
                    Map<?, ?> pay = (Map<?, ?>) explanation.toData().get("payout");
                    List<?> lines = (List<?>) pay.get("lines");
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int i = 0; i < lines.size(); i++) {
                        String amount = (String) ((Map<?, ?>) lines.get(i)).get("amount");
                        assertEquals(payout.lines().get(i).amount().amount(), new BigDecimal(amount));
                        sum = sum.add(new BigDecimal(amount));
                    }
                    assertEquals(new BigDecimal((String) pay.get("total")), sum);
                    assertEquals(payout.total().toAmountText(), pay.get("total"));
                    String text = explanation.toText();
                    assertTrue(text.contains("total " + payout.total()), text);
                    ExplanationTest.assertPlain(explanation.toData());
                });
    }

    /** One employee's month: an evaluation at some precision and its payout in some currency. */
    record Month(Evaluation evaluation, Payout payout) {
    }

    private static final List<RoundingMode> MODES = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
            RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);

    /** Facts whose {@code toString()} is in exponent form, or zeros at a high scale, besides the usual ones. */
    private static final List<BigDecimal> AWKWARD_FACTS = List.of(new BigDecimal("0.00000001"), new BigDecimal("0E-9"),
            new BigDecimal("1E+3"), new BigDecimal("0.0000001234"), new BigDecimal("123456789012345678901234.5"));

    /**
     * Months of 1 to 5 indicators of every curve and direction (CurveGenerators), weights totalling 1
     * at 1 to 12 decimal places, facts near the thresholds or awkward to print, index scales 0 to
     * 12 with every rounding mode, a tiered, gated payout with a deduction in EUR, JPY or BHD.
     */
    static Gen<Month> months() {
        Gen<CurveGenerators.Case> cases = CurveGenerators.cases();
        Gen<Integer> sizes = Generate.range(1, 5);
        Gen<Integer> scales = Generate.range(0, 12);
        Gen<Integer> weightScales = Generate.pick(List.of(1, 2, 3, 8, 12));
        Gen<RoundingMode> modes = Generate.pick(MODES);
        Gen<Integer> awkward = Generate.range(0, AWKWARD_FACTS.size() * 3);
        Gen<Currency> currencies = Generate.pick(List.of("EUR", "JPY", "BHD")).map(Currency::getInstance);
        Gen<Long> units = Generate.longRange(0, 100_000_000L);
        Gen<Long> hours = Generate.longRange(0, 400);
        return in -> {
            int size = sizes.generate(in);
            int weightScale = weightScales.generate(in);
            BigDecimal one = BigDecimal.ONE.movePointRight(weightScale);
            Scorecard.Builder scorecard = Scorecard.builder();
            Facts.Builder facts = Facts.builder();
            BigDecimal left = one;
            for (int i = 0; i < size; i++) {
                CurveGenerators.Case c = cases.generate(in).withId("k" + i);
                BigDecimal weight = i == size - 1 ? left
                        : BigDecimal.valueOf(Generate.longRange(0, left.longValueExact()).generate(in));
                left = left.subtract(weight);
                scorecard.add(c.indicator(), weight.movePointLeft(weightScale), c.thresholds(), c.curve());
                int pick = awkward.generate(in);
                BigDecimal fact = pick < AWKWARD_FACTS.size() ? AWKWARD_FACTS.get(pick)
                        : CurveGenerators.factsNear(c.thresholds()).generate(in).abs();
                facts.put("k" + i, c.cannotScore(fact) ? c.thresholds().plan() : fact);
            }
            Precision precision = Precision.DEFAULT.withIndexScale(scales.generate(in)).withIndexRounding(modes.generate(in))
                    .withMoneyRounding(modes.generate(in));
            Evaluation evaluation = scorecard.build().evaluate(facts.build(), precision);
            Currency currency = currencies.generate(in);
            PayPlan plan = PayPlan.builder()
                    .scheme(TieredScheme.retroactive("rating tiers", Measure.rating(),
                            Bands.from("0").upTo("80", "0").upTo("100", "3.333").upTo("120", "10").andAbove("12.5"),
                            TieredScheme.Payment.PERCENT_OF_SALARY, null))
                    .modifier(Gate.reduceUnless("k0 gate", Condition.atLeast(Measure.index("k0"), "90"), "0.333"))
                    .modifier(Deduction.perUnit("idle hours", Measure.input("idle-hours"),
                            Money.of(currency, new BigDecimal("12.5"), RoundingMode.HALF_UP)))
                    .build();
            Money salary = Money.of(currency, BigDecimal.valueOf(units.generate(in), currency.getDefaultFractionDigits()));
            Payout payout = plan.evaluate(evaluation,
                    PayInputs.of(salary).with("idle-hours", BigDecimal.valueOf(hours.generate(in), 1)));
            return new Month(evaluation, payout);
        };
    }

    @Test
    void noNumberInTheDataIsInExponentFormOrANegativeZero() {
        qt().withExamples(1000).forAll(months()).checkAssert(month -> {
            assertNumbersPlain(Explanation.of(month.evaluation(), month.payout()).toData());
            assertNumbersPlain(Explanation.of(month.evaluation()).toData());
        });
    }

    @Test
    void everyNumberIsAtItsStatedScaleAndIsTheCalculationsValue() {
        qt().withExamples(1000).forAll(months()).checkAssert(month -> {
            Evaluation evaluation = month.evaluation();
            Precision precision = evaluation.precision();
            int indexScale = precision.indexScale();
            Map<String, Object> data = Explanation.of(evaluation, month.payout()).toData();
            assertEquals("2", data.get("formatVersion"));
            assertEquals(Map.of("indexScale", Integer.toString(indexScale), "indexRounding", precision.indexRounding().name(),
                    "moneyRounding", precision.moneyRounding().name()), data.get("precision"));
            List<?> indicators = (List<?>) data.get("indicators");
            assertEquals(evaluation.indices().size(), indicators.size());
            BigDecimal contributions = BigDecimal.ZERO;
            for (int i = 0; i < indicators.size(); i++) {
                Map<?, ?> row = (Map<?, ?>) indicators.get(i);
                KpiIndex index = evaluation.indices().get(i);
                assertExact(index.fact(), row.get("fact"));
                assertExact(index.thresholds().base(), row.get("base"));
                assertExact(index.thresholds().plan(), row.get("plan"));
                assertExact(index.thresholds().target(), row.get("target"));
                assertExact(index.weight().value(), row.get("weight"));
                assertScaled(index.index(), indexScale, row.get("index"));
                BigDecimal contribution = index.weight().value().multiply(index.index())
                        .setScale(indexScale, precision.indexRounding());
                assertScaled(contribution, indexScale, row.get("contribution"));
                contributions = contributions.add(contribution);
            }
            assertScaled(evaluation.rating(), indexScale, data.get("rating"));
            // the rating is rounded from the exact sum: the rounded contributions stay within one unit
            // in the last place per indicator, plus one, of it
            BigDecimal unit = BigDecimal.ONE.movePointLeft(indexScale);
            BigDecimal bound = unit.multiply(BigDecimal.valueOf(indicators.size() + 1L));
            BigDecimal total = contributions;
            assertTrue(total.subtract(evaluation.rating()).abs().compareTo(bound) <= 0,
                    () -> "contributions total " + total + ", rating " + evaluation.rating());

            Payout payout = month.payout();
            int moneyScale = payout.total().currency().getDefaultFractionDigits();
            Map<?, ?> pay = (Map<?, ?>) data.get("payout");
            assertEquals(payout.total().currency().getCurrencyCode(), pay.get("currency"));
            assertScaled(payout.salary().amount(), moneyScale, pay.get("salary"));
            assertScaled(payout.variable().amount(), moneyScale, pay.get("variable"));
            assertScaled(payout.total().amount(), moneyScale, pay.get("total"));
            List<?> lines = (List<?>) pay.get("lines");
            assertEquals(payout.lines().size(), lines.size());
            for (int i = 0; i < lines.size(); i++) {
                Map<?, ?> row = (Map<?, ?>) lines.get(i);
                PayLine line = payout.lines().get(i);
                assertScaled(line.amount().amount(), moneyScale, row.get("amount"));
                assertScaled(line.before().amount(), moneyScale, row.get("before"));
                assertScaled(line.after().amount(), moneyScale, row.get("after"));
            }
        });
    }

    /** Every value under a number key is a plain decimal string, and never a negative zero. */
    static void assertNumbersPlain(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> {
                if (NUMBERS.contains(key)) {
                    assertTrue(v instanceof String, () -> key + " is " + v.getClass());
                    String text = (String) v;
                    assertTrue(PLAIN.matcher(text).matches(), () -> key + " " + text + " is not plain");
                    assertFalse(text.startsWith("-") && new BigDecimal(text).signum() == 0, () -> key + " " + text);
                } else {
                    assertNumbersPlain(v);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(ExplanationProperties::assertNumbersPlain);
        } else {
            assertTrue(value instanceof String, () -> "value " + value + " of " + value.getClass());
        }
    }

    /** An exact value: numerically equal, and written without trailing zeros after the point. */
    private static void assertExact(@Nullable BigDecimal expected, @Nullable Object actual) {
        if (expected == null) {
            assertEquals(null, actual);
            return;
        }
        String text = (String) actual;
        assertTrue(text != null && PLAIN.matcher(text).matches(), () -> "not plain: " + text);
        assertEquals(0, expected.compareTo(new BigDecimal(text)), () -> text + " is not " + expected.toPlainString());
        assertFalse(text.contains(".") && text.endsWith("0"), () -> "trailing zeros in " + text);
    }

    /** A value at a fixed scale: numerically equal, with exactly that many decimal places. */
    private static void assertScaled(BigDecimal expected, int scale, @Nullable Object actual) {
        String text = (String) actual;
        assertTrue(text != null && PLAIN.matcher(text).matches(), () -> "not plain: " + text);
        BigDecimal read = new BigDecimal(text);
        assertEquals(scale, read.scale(), () -> text + " is not at scale " + scale);
        assertEquals(0, expected.compareTo(read), () -> text + " is not " + expected.toPlainString());
    }

    @Test
    void theGeneratorReachesTheAwkwardCases() {
        // The properties above mean something only if months with tiny facts, scales above 6, JPY
        // and negative amounts come up.
        List<Month> sample = new ArrayList<>();
        qt().withExamples(300).forAll(months()).checkAssert(sample::add);
        assertTrue(sample.stream().anyMatch(m -> m.evaluation().precision().indexScale() > 6));
        assertTrue(sample.stream().anyMatch(m -> m.evaluation().indices().stream()
                .anyMatch(i -> i.fact().signum() != 0 && i.fact().toString().contains("E"))));
        assertTrue(sample.stream().anyMatch(m -> m.payout().total().currency().getDefaultFractionDigits() == 0));
        assertTrue(sample.stream().anyMatch(m -> m.payout().lines().stream().anyMatch(l -> l.amount().isNegative())));
        assertTrue(sample.stream().anyMatch(m -> m.evaluation().indices().stream()
                .anyMatch(i -> i.contribution().signum() == 0 && i.contribution().scale() > 6)));
    }
}
