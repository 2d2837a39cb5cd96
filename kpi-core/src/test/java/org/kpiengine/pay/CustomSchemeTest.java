package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.salary;
import static org.kpiengine.pay.SchemeAssertions.accrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

class CustomSchemeTest {

    /** 0.35 per contact, an integrator's own scheme. */
    record PerContact() implements CustomScheme {
        @Override
        public BigDecimal exactAmount(PayContext context) {
            return context.evaluation().index("contacts").fact().multiply(new BigDecimal("0.355"));
        }

        @Override
        public String name() {
            return "per contact";
        }
    }

    @Test
    void theLibraryRoundsTheExactAmountOnce() {
        Accrual accrual = accrue(new PerContact(), PayFixtures.salesManager(), salary("3000"));
        // 570 × 0.355 = 202.35 exactly; a lambda with 571 contacts would give 202.705 → 202.71
        assertEquals(eur("202.35"), accrual.amount());
        assertEquals("custom amount 202.350 = 202.35", accrual.detail());
        CustomScheme lambda = context -> new BigDecimal("202.705");
        assertEquals(eur("202.71"), accrue(lambda, PayFixtures.salesManager(), salary("3000")).amount());
        assertEquals(eur("202.35"), PayPlan.builder().scheme(new PerContact()).build()
                .evaluate(PayFixtures.salesManager(), salary("0")).line("per contact").amount());
    }

    @Test
    void aCustomSchemeAmongOtherSchemesIsTheOneWhoseFailureIsWrapped() {
        // which schemes are custom is known when the plan is built: a throwing custom scheme after a
        // tiered one fails with CUSTOM_CODE_FAILED naming it; the tiered one's own errors are not wrapped
        CustomScheme throwing = new CustomScheme() {
            @Override
            public BigDecimal exactAmount(PayContext context) {
                throw new IllegalStateException("no contacts today");
            }

            @Override
            public String name() {
                return "broken";
            }
        };
        TieredScheme tiers = TieredScheme.retroactive("bonus", Measure.rating(),
                org.kpiengine.curve.Bands.from("0").upTo("100", "0").andAbove("10"), TieredScheme.Payment.PERCENT_OF_SALARY,
                null);
        PayPlan plan = PayPlan.builder().scheme(tiers).scheme(throwing).build();
        KpiInputException e = assertThrows(KpiInputException.class, () -> plan.evaluate(PayFixtures.salesManager(), salary("3000")));
        assertEquals(Reason.CUSTOM_CODE_FAILED, e.reason());
        assertEquals("broken", e.field());
        assertEquals(IllegalStateException.class, e.getCause().getClass());
        PayPlan reversed = PayPlan.builder().scheme(new PerContact()).scheme(tiers).build();
        Payout payout = reversed.evaluate(PayFixtures.salesManager(), salary("3000"));
        assertEquals(eur("202.35"), payout.line("per contact").amount());
        assertEquals(eur("300.00"), payout.line("bonus").amount());
        KpiInputException unwrapped = assertThrows(KpiInputException.class, () -> PayPlan.builder()
                .scheme(new PerContact()).scheme(TieredScheme.retroactive("missing", Measure.input("turnover"),
                        org.kpiengine.curve.Bands.from("0").andAbove("1"), TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .build().evaluate(PayFixtures.salesManager(), salary("3000")));
        assertEquals(Reason.MISSING_INPUT, unwrapped.reason());
    }

    @Test
    void aLambdaIsNamedStablySoTwoUnnamedOnesInOnePlanAreRejected() {
        CustomScheme a = context -> BigDecimal.ONE;
        CustomScheme b = context -> BigDecimal.TEN;
        assertEquals("custom scheme", a.name());
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> PayPlan.of(java.util.List.of(a, b), java.util.List.of()));
        assertEquals(Reason.INVALID_SCHEME, e.reason());
    }

    @Test
    void aNegativeOrMissingAmountIsAnError() {
        CustomScheme negative = context -> new BigDecimal("-1");
        KpiInputException e = assertThrows(KpiInputException.class, () -> accrue(negative, PayFixtures.salesManager(), salary("1")));
        assertEquals(Reason.INVALID_SCHEME, e.reason());
        assertEquals("custom scheme '" + negative.name() + "' must pay an amount of 0 or more, not -1", e.getMessage());
        CustomScheme missing = context -> null;
        assertThrows(KpiInputException.class, () -> accrue(missing, PayFixtures.salesManager(), salary("1")));
    }
}
