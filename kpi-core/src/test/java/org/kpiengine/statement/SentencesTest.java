package org.kpiengine.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpiengine.curve.Bands;
import org.kpiengine.explain.Explanation;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Accrual;
import org.kpiengine.pay.CoefficientScheme;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.CustomScheme;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayContext;
import org.kpiengine.pay.PayFixtures;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.PerUnitScheme;
import org.kpiengine.pay.PoolScheme;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.TotalLimits;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.pay.WeightedCoefficient;
import org.kpiengine.scorecard.Evaluation;

/**
 * The sentence of each kind of pay line, in English and Russian, on the sales-manager matrix
 * (contacts 114, deals 98, conversion 85, average check 120, rating 104; salary 3 000 EUR).
 */
class SentencesTest {

    private static final Evaluation MONTH = PayFixtures.salesManager();

    static List<Arguments> lines() {
        return List.of(
                Arguments.of(PayPlan.builder().scheme(LinearScheme.of("bonus", Measure.rating(), Money.of("EUR", "500"))).build(),
                        "planned bonus €500.00 × overall KPI score 104% = €520.00",
                        "плановая премия 500,00 € × итоговый KPI 104 % = 520,00 €"),
                Arguments.of(PayPlan.builder().scheme(LinearScheme.of("bonus", Measure.index("deals"), Money.of("EUR", "500"))
                        .withBase(new BigDecimal("99"))).build(),
                        "no bonus: achievement of deals 98% is not above the minimum 99%",
                        "премии нет: выполнение по «deals» 98 % не выше минимума 99 %"),
                Arguments.of(PayPlan.builder().scheme(LinearScheme.of("bonus", Measure.rating(), Money.of("EUR", "500"))
                        .withCap(Money.of("EUR", "510"))).build(),
                        "planned bonus €500.00 × overall KPI score 104%, limited to the cap €510.00",
                        "плановая премия 500,00 € × итоговый KPI 104 %, ограничено максимумом 510,00 €"),
                Arguments.of(PayPlan.builder().scheme(TieredScheme.marginal("tiers", Measure.fact("average-check"),
                        Bands.from("0").upTo("10000", "1").andAbove("2"), TieredScheme.Payment.AMOUNT, null)).build(),
                        "each band at its own rate, average-check 12,000: 10,000 at €1.00 each + 2,000 at €2.00 each = €14,000.00",
                        "по ступеням шкалы, каждая по своей ставке, «average-check» 12 000: 10 000 по 1,00 € + 2 000 по 2,00 € = 14 000,00 €"),
                Arguments.of(PayPlan.builder().scheme(TieredScheme.retroactive("tiers", Measure.rating(),
                        Bands.from("105").andAbove("10"), TieredScheme.Payment.PERCENT_OF_SALARY, null)).build(),
                        "no bonus: overall KPI score 104% is below the first band",
                        "премии нет: итоговый KPI 104 % ниже первой ступени шкалы"),
                Arguments.of(PayPlan.builder().scheme(FixedScheme.of("over plan", Condition.atLeast(Measure.index("contacts"), "110"),
                        Money.of("EUR", "200"))).build(),
                        "achievement of contacts 114%, required at least 110%: met, bonus €200.00",
                        "выполнение по «contacts» 114 %, нужно не менее 110 %: выполнено, премия 200,00 €"),
                Arguments.of(PayPlan.builder().scheme(FixedScheme.of("both", Condition.allOf(
                        Condition.atLeast(Measure.rating(), "100"), Condition.atMost(Measure.input("idle-hours"), "1")),
                        Money.of("EUR", "200"))).build(),
                        "all of (overall KPI score 104%, required at least 100%: met; idle-hours 2, allowed at most 1: not met):"
                                + " not met, no bonus",
                        "все условия (итоговый KPI 104 %, нужно не менее 100 %: выполнено; idle-hours 2, допускается не более 1: не выполнено):"
                                + " не выполнено, премии нет"),
                Arguments.of(PayPlan.builder().scheme(PoolScheme.of("pool", Money.of("EUR", "1000"))).build(),
                        "pool €1,000.00 × weights of KPIs at plan (contacts, average-check) 0.5 = €500.00",
                        "фонд 1 000,00 € × веса выполненных KPI (contacts, average-check) 0,5 = 500,00 €"),
                Arguments.of(PayPlan.builder().scheme(PerUnitScheme.of("extra contacts", "contacts", Money.of("EUR", "2.5"))).build(),
                        "€2.50 for each of 70 units of contacts above plan 500 = €175.00",
                        "2,50 € × 70 ед. «contacts» сверх плана 500 = 175,00 €"),
                Arguments.of(PayPlan.builder().scheme(CoefficientScheme.of("share", Measure.fact("average-check"), "1", List.of(
                        WeightedCoefficient.of(Measure.index("contacts"), "0.5", Bands.from("0").upTo("100", "0").andAbove("1.2")),
                        WeightedCoefficient.of(Measure.index("deals"), "0.5", Bands.from("0").upTo("100", "0.5").andAbove("1"))))).build(),
                        "average-check 12,000 × 1% × (0.5 × 1.2 + 0.5 × 0.5) = €102.00",
                        "«average-check» 12 000 × 1 % × (0,5 × 1,2 + 0,5 × 0,5) = 102,00 €"),
                Arguments.of(PayPlan.builder().scheme(new ExactAmount()).build(),
                        "calculated by the plan’s own rule: 42.125 = €42.13",
                        "по формуле, заданной в плане: 42,125 = 42,13 €"),
                Arguments.of(PayPlan.builder().scheme(new Stated()).build(),
                        "agreed with the head of sales",
                        "agreed with the head of sales"),
                Arguments.of(PayPlan.builder().modifier(VariableLimits.floor(Money.of("EUR", "100"))).build(),
                        "variable pay €0.00 raised to the minimum €100.00",
                        "премия 0,00 €: доведено до минимума 100,00 €"),
                Arguments.of(PayPlan.builder().modifier(TotalLimits.cap(Money.of("EUR", "5000"))).build(),
                        "total €3,000.00 within the limits",
                        "итог 3 000,00 €: в пределах ограничений"),
                Arguments.of(PayPlan.builder().scheme(FixedScheme.always("guaranteed", Money.of("EUR", "10")))
                        .modifier(Deduction.perUnit("idle", Measure.input("idle-hours"), Money.of("EUR", "20"))).build(),
                        "2 × €20.00 = €40.00, limited to €10.00 so that pay does not fall below the base salary",
                        "2 × 20,00 € = 40,00 €, удержано только 10,00 €, чтобы выплата не опустилась ниже оклада"));
    }

    @ParameterizedTest
    @MethodSource("lines")
    void eachKindOfLineReadsAsASentence(PayPlan plan, String english, String russian) {
        Payout payout = plan.evaluate(MONTH, PayInputs.of(Money.of("EUR", "3000")).with("idle-hours", "2"));
        Statement statement = Statement.of(Explanation.of(MONTH, payout), "A", "B");
        List<String[]> en = statement.payRows(Wording.of(Locale.ENGLISH), payout);
        List<String[]> ru = statement.payRows(Wording.of(Locale.forLanguageTag("ru")), payout);
        assertEquals(english, en.get(en.size() - 1)[3]);
        assertEquals(russian, ru.get(ru.size() - 1)[3].replace('\u00A0', ' '));
        // and every number the sentences show is one of the data form's
        StatementProperties.assertNumbersInData(statement, Wording.of(Locale.ENGLISH));
        StatementProperties.assertNumbersInData(statement, Wording.of(Locale.forLanguageTag("ru")));
    }

    /** A custom scheme paying an exact amount that needs rounding. */
    private static final class ExactAmount implements CustomScheme {
        @Override
        public BigDecimal exactAmount(PayContext context) {
            return new BigDecimal("42.125");
        }
    }

    /** An integrator's scheme that accrues with a text of its own. */
    private static final class Stated implements CustomScheme {
        @Override
        public BigDecimal exactAmount(PayContext context) {
            return BigDecimal.ONE;
        }

        @Override
        public Accrual accrue(PayContext context) {
            return new Accrual(Money.of("EUR", "1"), "agreed with the head of sales");
        }
    }
}
