package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    @Test
    void withoutAPrecisionThePlanUsesTheEvaluations() {
        // one calculation, one precision: an evaluation made with money rounding UP and indices to 2 places
        // keeps them in the pay plan unless another precision is passed explicitly
        Precision precision = Precision.DEFAULT.withIndexScale(2).withMoneyRounding(RoundingMode.UP);
        org.kpiengine.scorecard.Evaluation evaluation = PayFixtures.salesManagerMatrix().evaluate(
                org.kpiengine.scorecard.Facts.builder().put("contacts", 570).put("deals", 49).put("conversion", "8.5")
                        .put("average-check", "12000.6").build(), precision);
        PayPlan plan = PayPlan.builder()
                .scheme(LinearScheme.of("sales bonus", Measure.attainment("average-check"), eur("1000")))
                .build();
        // attainment 120.006 % → 120.01 at 2 places (UP is for money only; indices stay HALF_UP) → 1200.10, not 1200.06
        assertEquals(eur("1200.10"), plan.evaluate(evaluation, salary("0")).total());
        assertEquals(plan.evaluate(evaluation, salary("0"), precision), plan.evaluate(evaluation, salary("0")));
        // 3 × 1/3 of a cent rounded UP each: the evaluation's money rounding is used
        CustomScheme third = context -> new java.math.BigDecimal("333.333");
        assertEquals(eur("333.34"), PayPlan.of(List.of(third), List.of()).evaluate(evaluation, salary("0")).total());
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
    void rejectsAPlanWithRepeatedNames() {
        KpiInputException twice = assertThrows(KpiInputException.class, () -> PayPlan.builder().scheme(TIERS).scheme(TIERS).build());
        assertEquals("the name 'sales tiers' is used twice in the pay plan ('salary' is reserved); each step needs its own",
                twice.getMessage());
        assertThrows(KpiInputException.class, () -> PayPlan.builder()
                .scheme(FixedScheme.of("salary", Condition.atLeast(Measure.rating(), "0"), eur("1"))).build());
    }

    @Test
    void rejectsAFloorOfOneLimitAboveTheCapOfAnotherOnTheSameStage() {
        // applied in the order given, "cap 50" then "floor 100" would leave the variable part at 100, above its cap
        KpiInputException variable = assertThrows(KpiInputException.class, () -> PayPlan.builder().scheme(TIERS)
                .modifier(VariableLimits.cap(eur("50"))).modifier(VariableLimits.floor(eur("100"))).build());
        assertEquals(KpiInputException.Reason.INVALID_SCHEME, variable.reason());
        assertEquals("floor EUR 100.00 of 'variable floor' must not be above the cap EUR 50.00 of 'variable cap'",
                variable.getMessage());
        KpiInputException total = assertThrows(KpiInputException.class, () -> PayPlan.builder().scheme(TIERS)
                .modifier(TotalLimits.floor(eur("3100"))).modifier(TotalLimits.cap(eur("3050"))).build());
        assertEquals("floor EUR 3100.00 of 'total floor' must not be above the cap EUR 3050.00 of 'total cap'",
                total.getMessage());
        // a variable floor above a total cap is a different stage and stays allowed: the total cap is applied last
        PayPlan plan = PayPlan.builder().scheme(TIERS)
                .modifier(VariableLimits.floor(eur("100"))).modifier(VariableLimits.cap(eur("100")))
                .modifier(new TotalLimits("pay range", eur("3000"), eur("3050"))).build();
        Payout payout = plan.evaluate(PayFixtures.revenue("100000", "0"), salary("3000"));
        assertEquals(eur("3050"), payout.total());
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

    private static Money rub(String amount) {
        return Money.of("RUB", amount);
    }

    @Test
    void theIdleHoursSeedExampleIsOneDeductionFlooredAtZero() {
        // salary 20 000, 12 idle hours at 90: 20 000 − 12 × 90 = 18 920
        Payout payout = PayPlan.builder()
                .modifier(Deduction.perUnit("idle hours", "idle-hours", rub("90")).flooredAtZero())
                .build()
                .evaluate(PayInputs.of(rub("20000")).with("idle-hours", "12"));
        assertEquals(rub("18920"), payout.total());
        assertEquals(rub("-1080"), payout.variable());
        assertEquals(List.of("salary", "idle hours"), payout.lines().stream().map(PayLine::name).collect(Collectors.toList()));
        assertEquals(rub("-1080"), payout.line("idle hours").amount());
        assertEquals("12 × 90.00 = 1080.00", payout.line("idle hours").detail());
        assertEquals(List.of(), payout.warnings());
    }

    @Test
    void theDefaultDeductionFloorKeepsTheSalary() {
        // the same plan with the default floor: a deduction eats only the variable part, here none
        Payout payout = PayPlan.builder()
                .modifier(Deduction.perUnit("idle hours", "idle-hours", rub("90")))
                .build()
                .evaluate(PayInputs.of(rub("20000")).with("idle-hours", "12"));
        assertEquals(rub("20000"), payout.total());
        assertEquals(rub("0"), payout.line("idle hours").amount());
        assertEquals(1, payout.warnings().size());
        assertEquals("deduction 'idle hours' of RUB 1080.00 was limited to RUB 0.00 so the pay stays at or above the salary",
                payout.warnings().get(0).message());
        // with a variable part of 500 it takes 500 of the 1 080
        Payout withBonus = PayPlan.builder()
                .scheme(FixedScheme.always("monthly bonus", rub("500")))
                .modifier(Deduction.perUnit("idle hours", "idle-hours", rub("90")))
                .build()
                .evaluate(PayInputs.of(rub("20000")).with("idle-hours", "12"));
        assertEquals(rub("20000"), withBonus.total());
        assertEquals(rub("-500"), withBonus.line("idle hours").amount());
    }

    @Test
    void aPlanWithoutSchemesPaysTheSalaryAndItsModifiers() {
        Payout salaryOnly = PayPlan.builder().build().evaluate(salary("3000"));
        assertEquals(eur("3000"), salaryOnly.total());
        assertEquals(eur("0"), salaryOnly.variable());
        // a variable floor on a plan without schemes raises the variable part from 0
        Payout floored = PayPlan.builder().modifier(VariableLimits.floor(eur("150"))).build().evaluate(salary("3000"));
        assertEquals(eur("3150"), floored.total());
        // with a scorecard too: the same payout, and the evaluation's warnings
        Payout withScorecard = PayPlan.builder().modifier(VariableLimits.floor(eur("150"))).build()
                .evaluate(PayFixtures.salesManager(), salary("3000"));
        assertEquals(floored.lines(), withScorecard.lines());
    }

    @Test
    void aGuaranteedBonusIsPaidEveryPeriodAndExplainsItself() {
        PayPlan plan = PayPlan.builder().scheme(FixedScheme.always("guaranteed bonus", eur("200"))).build();
        Payout payout = plan.evaluate(salary("3000"));
        assertEquals(eur("3200"), payout.total());
        PayLine line = payout.line("guaranteed bonus");
        assertEquals("always: yes → 200.00", line.detail());
        assertEquals(1, line.conditions().size());
        assertEquals(Condition.always(), line.conditions().get(0).condition());
        // with a scorecard evaluation, whatever the rating
        assertEquals(eur("3200"), plan.evaluate(PayFixtures.revenue("100", "0"), salary("3000")).total());
        assertEquals(FixedScheme.of("guaranteed bonus", Condition.always(), eur("200")), plan.schemes().get(0));
    }

    @Test
    void aCommissionOnATurnoverNeedsNoScorecard() {
        // the worked example of marginal tiers: sales of 130 000, [0, 100 000) at 2 %, [100 000, ∞) at 4 %
        PayPlan retroactive = PayPlan.builder()
                .scheme(TieredScheme.retroactiveOnTurnover("commission", Measure.input("turnover"),
                        Bands.from("0").upTo("100000", "2").andAbove("4")))
                .build();
        PayPlan marginal = PayPlan.builder()
                .scheme(TieredScheme.marginalOnTurnover("commission", Measure.input("turnover"),
                        Bands.from("0").upTo("100000", "2").andAbove("4")))
                .build();
        PayInputs inputs = salary("3000").with("turnover", "130000");
        assertEquals(eur("5200"), retroactive.evaluate(inputs).variable());
        assertEquals(eur("3200"), marginal.evaluate(inputs).variable());
        // the same as with any scorecard evaluation, which the plan does not read
        assertEquals(retroactive.evaluate(inputs).lines(), retroactive.evaluate(PayFixtures.salesManager(), inputs).lines());
        // and with a precision: money rounded DOWN
        PayPlan linear = PayPlan.builder()
                .scheme(TieredScheme.retroactiveOnTurnover("commission", Measure.input("turnover"),
                        Bands.from("0").andAbove("3.3333")))
                .build();
        PayInputs odd = salary("3000").with("turnover", "100.5");
        assertEquals(eur("3.35"), linear.evaluate(odd).variable()); // 3.349996… HALF_UP
        assertEquals(eur("3.34"), linear.evaluate(odd, Precision.DEFAULT.withMoneyRounding(RoundingMode.DOWN)).variable());
    }

    @Test
    void aStepThatReadsTheScorecardOfAPlanEvaluatedWithoutOneIsNamed() {
        PayPlan plan = PayPlan.builder()
                .scheme(FixedScheme.always("guaranteed bonus", eur("200")))
                .scheme(LinearScheme.of("target bonus", Measure.index("revenue"), eur("1000")))
                .build();
        KpiInputException e = assertThrows(KpiInputException.class, () -> plan.evaluate(salary("3000")));
        assertEquals(KpiInputException.Reason.MISSING_INPUT, e.reason());
        assertEquals("revenue", e.indicatorId());
        assertEquals("evaluation", e.field());
        assertEquals("target bonus", e.value());
        assertEquals("pay step 'target bonus': index of 'revenue' % needs a scorecard evaluation, but the pay plan was"
                + " evaluated without one; evaluate it with PayPlan.evaluate(Evaluation, PayInputs)", e.getMessage());
        // a gate on the rating, a condition inside a compound, an over-plan condition, a custom scheme
        for (PayPlan reading : List.of(
                PayPlan.builder().modifier(Gate.zeroUnless("rating gate", Condition.atLeast(Measure.rating(), "90"))).build(),
                PayPlan.builder().scheme(FixedScheme.of("rating gate", Condition.anyOf(Condition.always(),
                        Condition.atMost(Measure.fact("overdue"), "15")), eur("1"))).build(),
                PayPlan.builder().scheme(FixedScheme.of("rating gate", Condition.factAtLeastPlanTimes("revenue", "1.3"),
                        eur("1"))).build(),
                PayPlan.builder().scheme((CustomScheme) context -> context.evaluation().rating()).build())) {
            KpiInputException err = assertThrows(KpiInputException.class, () -> reading.evaluate(salary("3000")), reading::toString);
            assertEquals(KpiInputException.Reason.MISSING_INPUT, err.reason());
            assertEquals("evaluation", err.field());
            assertTrue(err.getMessage().startsWith("pay step '" + reading.schemes().stream().map(Scheme::name)
                    .findFirst().orElse("rating gate") + "': "), err::getMessage);
        }
        // a missing input keeps its own error
        KpiInputException missing = assertThrows(KpiInputException.class, () -> PayPlan.builder()
                .modifier(Deduction.perUnit("idle hours", "idle-hours", eur("25"))).build().evaluate(salary("3000")));
        assertEquals(KpiInputException.Reason.MISSING_INPUT, missing.reason());
        assertEquals("idle-hours", missing.field());
    }

    @Test
    void eachModifierActsOnTheRoundedAmountOfTheStepBefore() {
        // scheme 1 000.01; gate ×0.333 → ROUND(333.00333; 2) = 333.00; variable cap 300 → 300.00;
        // 3.5 idle hours at 10.15 = ROUND(35.525; 2) = 35.53 → variable 264.47; total cap 3 270 → no change
        PayPlan plan = PayPlan.builder()
                .modifier(TotalLimits.cap(eur("3270")))
                .modifier(Deduction.perUnit("idle hours", "idle-hours", eur("10.15")))
                .modifier(VariableLimits.cap(eur("300")))
                .modifier(Gate.reduceUnless("gate", Condition.atLeast(Measure.input("quality"), "90"), "0.333"))
                .scheme(FixedScheme.always("bonus", eur("1000.01")))
                .build();
        Payout payout = plan.evaluate(salary("3000").with("idle-hours", "3.5").with("quality", "89.99"));
        assertEquals(List.of("3000.00", "1000.01", "-667.01", "-33.00", "-35.53", "0.00"),
                payout.lines().stream().map(l -> l.amount().toAmountText()).collect(Collectors.toList()));
        assertEquals(eur("3264.47"), payout.total());
        for (PayLine line : payout.lines()) {
            assertEquals(line.before().plus(line.amount()), line.after());
        }
        // the deduction after the variable cap: a deduction of 400 leaves 0 of the capped 300, not 333 − 400
        Payout deep = plan.evaluate(salary("3000").with("idle-hours", "40").with("quality", "89.99"));
        assertEquals(eur("-300"), deep.line("idle hours").amount());
        assertEquals(eur("3000"), deep.total());
        // the total cap after the deduction: 3 000 + 300 − 0 = 3 300 → 3 270
        Payout capped = plan.evaluate(salary("3000").with("idle-hours", "0").with("quality", "89.99"));
        assertEquals(eur("-30"), capped.line("total cap").amount());
        assertEquals(eur("3270"), capped.total());
    }
}
