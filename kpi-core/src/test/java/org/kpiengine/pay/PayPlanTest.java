package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.salary;

import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.curve.Bands;
import org.kpiengine.money.CurrencyMismatchException;
import org.kpiengine.money.Money;

class PayPlanTest {

    private static final Scheme TIERS = TieredScheme.retroactiveOnTurnover("sales tiers", Measure.fact("revenue"),
            Bands.from("0").upTo("100000", "2").andAbove("4"));

    @Test
    void appliesModifiersInTheFixedOrderWhateverTheyWereGivenIn() {
        PayPlan plan = PayPlan.builder()
                .scheme(TIERS)
                .modifier(TotalLimits.cap(eur("7000")))
                .modifier(Deduction.perUnit("idle hours", Measure.input("idle-hours"), eur("25")))
                .modifier(VariableLimits.cap(eur("5000")))
                .modifier(Gate.reduceUnless("gate", Condition.atLeast(Measure.rating(), "400"), "0.5"))
                .build();
        assertEquals(List.of("gate", "variable cap", "idle hours", "total cap"),
                plan.modifiers().stream().map(Modifier::name).collect(Collectors.toList()));
        Payout payout = plan.evaluate(PayFixtures.revenue("100000", "300000"), salary("3000").with("idle-hours", "10"));
        // 12 000 → gate ×0.5 → 6 000 → cap 5 000 → −250 → total 7 750 → total cap 7 000
        assertEquals(List.of("3000.00", "12000.00", "-6000.00", "-1000.00", "-250.00", "-750.00"),
                payout.lines().stream().map(l -> l.amount().toAmountText()).collect(Collectors.toList()));
        assertEquals(List.of(PayLine.Kind.SALARY, PayLine.Kind.SCHEME, PayLine.Kind.GATE, PayLine.Kind.VARIABLE_LIMITS,
                PayLine.Kind.DEDUCTION, PayLine.Kind.TOTAL_LIMITS),
                payout.lines().stream().map(PayLine::kind).collect(Collectors.toList()));
        assertEquals(eur("7000"), payout.total());
        assertEquals(eur("4000"), payout.variable());
        assertEquals(eur("3000"), payout.salary());
        assertEquals(eur("15000"), payout.line("gate").before());
        assertEquals(eur("9000"), payout.line("gate").after());
    }

    @Test
    void eachComponentIsRoundedOnceAndTheTotalIsTheirSum() {
        // three schemes of 1/3 each: 333.333… → 333.33 each; the total is 999.99, not ROUND(1000; 2)
        CustomScheme third = context -> new java.math.BigDecimal("333.333");
        PayPlan plan = PayPlan.of(List.of(third, withName("b", third), withName("c", third)), List.of());
        Payout payout = plan.evaluate(PayFixtures.salesManager(), salary("0"));
        assertEquals(eur("999.99"), payout.total());
        Payout down = plan.evaluate(PayFixtures.salesManager(), salary("0"), Precision.DEFAULT.withMoneyRounding(RoundingMode.UP));
        assertEquals(eur("1000.02"), down.total());
    }

    private static CustomScheme withName(String name, CustomScheme scheme) {
        return new CustomScheme() {
            @Override
            public java.math.BigDecimal exactAmount(PayContext context) {
                return scheme.exactAmount(context);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    @Test
    void carriesTheEvaluationWarningsAndTheStepWarnings() {
        PayPlan plan = PayPlan.builder().scheme(TIERS)
                .modifier(Deduction.perUnit("idle hours", Measure.input("idle-hours"), eur("1000"))).build();
        Payout payout = plan.evaluate(PayFixtures.revenue("100000", "100000"), salary("3000").with("idle-hours", "10"));
        assertEquals(eur("3000"), payout.total());
        // one indicator: "too few indicators" from the scorecard, then the limited deduction
        assertEquals(2, payout.warnings().size());
        assertEquals(org.kpiengine.Warning.Code.TOO_FEW_INDICATORS, payout.warnings().get(0).code());
    }

    @Test
    void rejectsAPlanWithoutSchemesOrWithRepeatedNames() {
        KpiInputException empty = assertThrows(KpiInputException.class, () -> PayPlan.builder().build());
        assertEquals("a pay plan needs at least one scheme", empty.getMessage());
        KpiInputException twice = assertThrows(KpiInputException.class, () -> PayPlan.builder().scheme(TIERS).scheme(TIERS).build());
        assertEquals("the name 'sales tiers' is used twice in the pay plan ('salary' is reserved); each step needs its own",
                twice.getMessage());
        assertThrows(KpiInputException.class, () -> PayPlan.builder()
                .scheme(FixedScheme.of("salary", Condition.atLeast(Measure.rating(), "0"), eur("1"))).build());
    }

    @Test
    void aSalaryInAnotherCurrencyIsAnError() {
        PayPlan plan = PayPlan.builder().scheme(PoolScheme.of("pool", eur("100"))).build();
        assertThrows(CurrencyMismatchException.class,
                () -> plan.evaluate(PayFixtures.salesManager(), PayInputs.of(Money.of("USD", "3000"))));
    }

    @Test
    void equalPlansAreEqual() {
        assertEquals(PayPlan.of(List.of(TIERS), List.of(VariableLimits.cap(eur("1")))),
                PayPlan.builder().scheme(TIERS).modifier(VariableLimits.cap(eur("1.00"))).build());
        assertEquals(PayPlan.of(List.of(TIERS), List.of()).hashCode(), PayPlan.of(List.of(TIERS), List.of()).hashCode());
        assertNotEquals(PayPlan.of(List.of(TIERS), List.of()), PayPlan.of(List.of(TIERS), List.of(VariableLimits.cap(eur("1")))));
        assertEquals("PayPlan[sales tiers] then [variable cap]",
                PayPlan.of(List.of(TIERS), List.of(VariableLimits.cap(eur("1")))).toString());
    }
}
