package org.kpiengine.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kpiengine.period.PeriodFixtures.JAN_1;
import static org.kpiengine.period.PeriodFixtures.eur;
import static org.kpiengine.period.PeriodFixtures.month;
import static org.kpiengine.period.PeriodFixtures.revenueCard;
import static org.kpiengine.period.PeriodFixtures.revenueFact;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kpiengine.curve.Bands;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.PerUnitScheme;
import org.kpiengine.pay.PoolScheme;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.VariableLimits;

/** What a part of a period prorates: every amount per period, and nothing per unit or per cent. */
class ProrationTest {

    private static Payout april(PayPlan plan, String revenue) {
        // hired on 10 April: 21 of 30 days; salary 30 000 -> 21 000.00, plan 600 000 -> 420 000
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("600000"), plan, eur("30000")))
                .build();
        EmployeeYear anna = EmployeeYear.builder("anna").assignment(Assignment.from("seller", LocalDate.of(2026, 4, 10)))
                .facts(month(4), revenueFact(revenue)).build();
        return year.compute(anna).statement(month(4)).parts().get(0).payout();
    }

    private static String amount(Payout payout, String line) {
        PayLine found = payout.line(line);
        return found.amount().toAmountText();
    }

    @Test
    void amountsPerPeriodAreProratedAndRatesAndAmountsPerUnitAreNot() {
        PayPlan plan = PayPlan.builder()
                .scheme(FixedScheme.always("guarantee", eur("300")))
                .scheme(TieredScheme.retroactive("amount tiers", Measure.rating(), Bands.from("0").andAbove("1000"),
                        TieredScheme.Payment.AMOUNT, null))
                .scheme(PoolScheme.of("pool", eur("600")))
                .scheme(LinearScheme.of("bonus", Measure.index("revenue"), eur("3000")).withCap(eur("1500")))
                .scheme(TieredScheme.retroactive("salary tiers", Measure.rating(), Bands.from("0").andAbove("10"),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                .scheme(PerUnitScheme.of("per unit", "revenue", eur("0.01")))
                .modifier(new VariableLimits("variable cap", null, eur("5000")))
                .build();
        Payout payout = april(plan, "430000");
        assertEquals("21000.00", payout.salary().toAmountText());
        assertEquals("210.00", amount(payout, "guarantee"));       // 300 x 21 / 30
        assertEquals("700.00", amount(payout, "amount tiers"));    // 1 000 x 21 / 30
        assertEquals("420.00", amount(payout, "pool"));            // 600 x 21 / 30, revenue met
        assertEquals("1050.00", amount(payout, "bonus"));          // 2 100 x 102.381 %, capped at 1 500 x 21 / 30
        assertEquals("2100.00", amount(payout, "salary tiers"));   // 10 % of the prorated salary; the rate stays
        assertEquals("100.00", amount(payout, "per unit"));        // 0.01 per unit above the prorated plan 420 000
        // 4 580.00 of schemes, capped at 5 000 x 21 / 30 = 3 500.00
        assertEquals("-1080.00", amount(payout, "variable cap"));
        assertEquals("3500.00", payout.variable().toAmountText());
    }

    @Test
    void aWholePeriodUsesThePlanAsWritten() {
        PayPlan plan = PayPlan.builder().scheme(FixedScheme.always("guarantee", eur("300"))).build();
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("600000"), plan, eur("30000"))).build();
        EmployeeYear anna = EmployeeYear.builder("anna").assignment(Assignment.from("seller", LocalDate.of(2026, 4, 1)))
                .facts(month(4), revenueFact("1")).build();
        PeriodStatement april = year.compute(anna).statement(month(4));
        assertEquals(eur("30300.00"), april.paid());
        assertEquals(true, april.parts().get(0).isWholePeriod());
    }
}
