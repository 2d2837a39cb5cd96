package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kpiengine.curve.Bands;
import org.kpiengine.money.Money;

/**
 * What a pay plan reads and states: every scheme, modifier, condition and measure kind lists its
 * measures and amounts, and the plan gathers them.
 */
class PayPlanInputsTest {

    private static final Money EUR_500 = Money.of("EUR", "500");
    private static final Money EUR_900 = Money.of("EUR", "900");
    private static final Bands TIERS = Bands.from("0").upTo("100", "0").andAbove("10");

    @Test
    void everyMeasureKindIsListedAsItIs() {
        List<Measure> all = List.of(Measure.rating(), Measure.index("deals"), Measure.fact("calls"),
                Measure.attainment("revenue"), Measure.input("idle-hours"));
        PayPlan plan = PayPlan.builder()
                .modifier(Gate.zeroUnless("gate", Condition.allOf(
                        Condition.atLeast(all.get(0), "80"), Condition.atMost(all.get(1), "200"),
                        Condition.between(all.get(2), "1", "9"),
                        Condition.anyOf(Condition.atLeast(all.get(3), "90"), Condition.atLeast(all.get(4), "0")))))
                .build();
        assertEquals(all, plan.measures());
        assertEquals(Set.of("idle-hours"), plan.inputs());
        assertEquals(Set.of(), plan.currencies());
    }

    @Test
    void everySchemeKindListsItsMeasuresAndAmounts() {
        assertEquals(List.of(Measure.rating()), FixedScheme.of("f", Condition.atLeast(Measure.rating(), "100"), EUR_500).measures());
        assertEquals(List.of(EUR_500), FixedScheme.always("f", EUR_500).amounts());
        assertEquals(List.of(), FixedScheme.always("f", EUR_500).measures());
        LinearScheme linear = LinearScheme.of("l", Measure.attainment("revenue"), EUR_500);
        assertEquals(List.of(Measure.attainment("revenue")), linear.measures());
        assertEquals(List.of(EUR_500), linear.amounts());
        assertEquals(List.of(EUR_500, EUR_900), linear.withCap(EUR_900).amounts());
        TieredScheme tiers = TieredScheme.retroactive("t", Measure.rating(), TIERS, TieredScheme.Payment.PERCENT_OF_SALARY, null);
        assertEquals(List.of(Measure.rating()), tiers.measures());
        assertEquals(List.of(), tiers.amounts());
        TieredScheme onTurnover = TieredScheme.marginalOnTurnover("t", Measure.input("turnover"), TIERS);
        assertEquals(List.of(Measure.rating(), Measure.input("turnover")),
                TieredScheme.retroactive("t", Measure.rating(), TIERS, TieredScheme.Payment.PERCENT_OF_TURNOVER,
                        Measure.input("turnover")).measures());
        assertEquals(Measure.input("turnover"), onTurnover.measures().get(onTurnover.measures().size() - 1));
        CoefficientScheme coefficient = CoefficientScheme.of("c", Measure.input("turnover"), "3.5",
                List.of(WeightedCoefficient.of(Measure.index("deals"), "0.6", TIERS),
                        WeightedCoefficient.of(Measure.rating(), "0.4", TIERS)));
        assertEquals(List.of(Measure.input("turnover"), Measure.index("deals"), Measure.rating()), coefficient.measures());
        assertEquals(List.of(), coefficient.amounts());
        assertEquals(List.of(), PoolScheme.of("p", EUR_900).measures());
        assertEquals(List.of(EUR_900), PoolScheme.of("p", EUR_900).amounts());
        PerUnitScheme perUnit = PerUnitScheme.of("u", "contracts", Money.of("EUR", "25"));
        assertEquals(List.of(Measure.fact("contracts")), perUnit.measures());
        assertEquals(List.of(Money.of("EUR", "25")), perUnit.amounts());
        CustomScheme custom = context -> BigDecimal.ONE;
        assertEquals(List.of(), custom.measures());
        assertEquals(List.of(), custom.amounts());
    }

    @Test
    void everyModifierKindListsItsMeasuresAndAmounts() {
        Gate gate = Gate.reduceUnless("g", Condition.factAtLeastPlanTimes("revenue", "1.3"), "0.5");
        assertEquals(List.of(Measure.fact("revenue")), gate.measures());
        assertEquals(List.of(), gate.amounts());
        assertEquals(List.of(), Gate.zeroUnless("g", Condition.always()).measures());
        Deduction deduction = Deduction.perUnit("d", "idle-hours", Money.of("EUR", "12.50"));
        assertEquals(List.of(Measure.input("idle-hours")), deduction.measures());
        assertEquals(List.of(Money.of("EUR", "12.50")), deduction.amounts());
        assertEquals(List.of(Measure.index("deals")), Deduction.perUnit("d", Measure.index("deals"), EUR_500).measures());
        assertEquals(List.of(), VariableLimits.cap(EUR_900).measures());
        assertEquals(List.of(EUR_900), VariableLimits.cap(EUR_900).amounts());
        assertEquals(List.of(EUR_500), VariableLimits.floor(EUR_500).amounts());
        assertEquals(List.of(EUR_500), TotalLimits.floor(EUR_500).amounts());
        assertEquals(List.of(EUR_900), TotalLimits.cap(EUR_900).amounts());
        assertEquals(List.of(), TotalLimits.cap(EUR_900).measures());
    }

    @Test
    void aPlanGathersItsInputsAndCurrenciesOnceInPlanOrder() {
        Money usd = Money.of("USD", "100");
        PayPlan plan = PayPlan.builder()
                .scheme(CoefficientScheme.of("c", Measure.input("turnover"), "3.5",
                        List.of(WeightedCoefficient.of(Measure.rating(), "1", TIERS))))
                .scheme(PoolScheme.of("pool", usd))
                .modifier(Gate.zeroUnless("g", Condition.atMost(Measure.input("complaints"), "3")))
                .modifier(Deduction.perUnit("idle", "idle-hours", Money.of("EUR", "12.50")))
                .modifier(TotalLimits.cap(Money.of("EUR", "5000")))
                .build();
        assertEquals(List.of("turnover", "complaints", "idle-hours"), List.copyOf(plan.inputs()));
        assertEquals(List.of(Measure.input("turnover"), Measure.rating(), Measure.input("complaints"),
                Measure.input("idle-hours")), plan.measures());
        assertEquals(List.of(Currency.getInstance("USD"), Currency.getInstance("EUR")), List.copyOf(plan.currencies()));
        assertThrows(UnsupportedOperationException.class, () -> plan.inputs().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> plan.measures().add(Measure.rating()));
    }

    @Test
    void aCustomSchemeListsWhatItDeclares() {
        CustomScheme declared = new CustomScheme() {
            @Override
            public BigDecimal exactAmount(PayContext context) {
                return Measure.input("visits").value(context).multiply(BigDecimal.TEN);
            }

            @Override
            public List<Measure> measures() {
                return List.of(Measure.input("visits"));
            }
        };
        assertEquals(Set.of("visits"), PayPlan.builder().scheme(declared).build().inputs());
    }
}
