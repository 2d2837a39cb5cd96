package org.kpiengine.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.period.PeriodFixtures.JAN_1;
import static org.kpiengine.period.PeriodFixtures.commission;
import static org.kpiengine.period.PeriodFixtures.eur;
import static org.kpiengine.period.PeriodFixtures.month;
import static org.kpiengine.period.PeriodFixtures.revenueCard;
import static org.kpiengine.period.PeriodFixtures.revenueFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/** Assignments: a role change inside a month, a leave, a termination, and facts shared among parts. */
class AssignmentsTest {

    private static final CompensationYear TWO_ROLES = CompensationYear.builder(PlanYear.months(2026))
            .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("1000"), eur("3000")))
            .version(PlanVersion.of("lead", JAN_1, revenueCard("200000"), commission("4000"), eur("6000")))
            .build();

    @Test
    void aRoleChangeOnThe11thOfAThirtyOneDayMonthSplitsItTenToTwentyOne() {
        EmployeeYear promoted = EmployeeYear.builder("ola")
                .assignment(Assignment.of("seller", JAN_1, LocalDate.of(2026, 1, 10)))
                .assignment(Assignment.from("lead", LocalDate.of(2026, 1, 11)))
                .facts(month(1), revenueFact("155000"))
                .build();
        PeriodStatement january = TWO_ROLES.compute(promoted).statement(month(1));
        assertEquals(2, january.parts().size());
        assertEquals("seller", january.parts().get(0).role());
        assertEquals(10, january.parts().get(0).days());
        assertEquals("lead", january.parts().get(1).role());
        assertEquals(21, january.parts().get(1).days());
        // salaries ROUND(3 000 x 10 / 31; 2) = 967.74 and ROUND(6 000 x 21 / 31; 2) = 4 064.52
        assertEquals(eur("5032.26"), january.total(PeriodStatementLine.Kind.SALARY));
        // revenue 155 000 shared 10 : 21 -> 50 000 and 105 000, against plans 32 258.0645 and 135 483.871
        assertEquals(0, new BigDecimal("50000").compareTo(january.parts().get(0).evaluation().index("revenue").fact()));
        assertEquals(0, new BigDecimal("32258.0645").compareTo(
                january.parts().get(0).evaluation().scorecard().line("revenue").thresholds().plan()));
        assertEquals(0, new BigDecimal("135483.8710").compareTo(
                january.parts().get(1).evaluation().scorecard().line("revenue").thresholds().plan()));
    }

    @Test
    void aLeaveIsNotPaidAndNeedsNoFacts() {
        EmployeeYear away = EmployeeYear.builder("pia")
                .assignment(Assignment.of("seller", JAN_1, LocalDate.of(2026, 1, 31)))
                .assignment(Assignment.from("seller", LocalDate.of(2026, 3, 16)))
                .facts(month(1), revenueFact("100000"))
                .facts(month(3), revenueFact("50000"))
                .build();
        YearResult result = TWO_ROLES.compute(away);
        assertTrue(result.statement(month(2)).parts().isEmpty());
        assertEquals(eur("0.00"), result.statement(month(2)).paid());
        // back on 16 March: 16 of 31 days; 50 000 against a plan of 51 612.9032 -> 96.8750 % of 516.13
        PeriodStatement march = result.statement(month(3));
        assertEquals(16, march.parts().get(0).days());
        assertEquals(eur("1548.39"), march.total(PeriodStatementLine.Kind.SALARY));
        assertEquals(eur("500.00"), march.total(PeriodStatementLine.Kind.SCHEME));
    }

    @Test
    void aNonAdditiveIndicatorKeepsItsThresholdsAndItsFactInEveryPart() {
        Scorecard card = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.5", Thresholds.plan("100000"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.5", Thresholds.plan("10"), RatioCurve.uncapped())
                .build();
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, card, null, eur("3000")))
                .version(PlanVersion.of("seller", LocalDate.of(2026, 4, 16), card, null, eur("3000")))
                .build();
        EmployeeYear rae = EmployeeYear.builder("rae").assignment(Assignment.from("seller", LocalDate.of(2026, 4, 1)))
                .facts(month(4), Facts.builder().put("revenue", "90000").put("conversion", "12").build())
                .build();
        PeriodStatement april = year.compute(rae).statement(month(4));
        for (PeriodPart part : april.parts()) {
            assertEquals(15, part.days());
            assertEquals(0, new BigDecimal("10").compareTo(part.evaluation().scorecard().line("conversion").thresholds().plan()));
            assertEquals(0, new BigDecimal("12").compareTo(part.evaluation().index("conversion").fact()));
            assertEquals(0, new BigDecimal("50000").compareTo(part.evaluation().scorecard().line("revenue").thresholds().plan()));
            assertEquals(0, new BigDecimal("45000").compareTo(part.evaluation().index("revenue").fact()));
        }
        // an average check in money says it is not additive
        assertEquals(false, Indicator.higherIsBetter("average-check", Unit.MONEY).withAdditive(false).additive());
    }

    @Test
    void aYearOpensWithTheBalancesCarriedOver() {
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("1000"), eur("0"))
                        .withDraw(Draw.recoverable(eur("500"))).withCarryForwardCap(eur("3000")))
                .build();
        EmployeeYear sam = EmployeeYear.builder("sam").assignment(Assignment.from("seller", JAN_1))
                .opening(new Balances(eur("400"), eur("1000"), eur("100"), eur("0")))
                .facts(month(1), revenueFact("150000"))
                .build();
        YearResult result = year.compute(sam);
        PeriodStatement january = result.statement(month(1));
        // earned 1 500; carry in 1 000 (up to the cap 3 000) -> 2 500; recovery min(400, 2 000) -> 2 100;
        // the 100 of chargebacks carried over -> 2 000
        assertEquals(eur("1000.00"), january.total(PeriodStatementLine.Kind.CARRY_FORWARD_IN));
        assertEquals(eur("-400.00"), january.total(PeriodStatementLine.Kind.DRAW_RECOVERY));
        assertEquals(eur("-100.00"), january.total(PeriodStatementLine.Kind.CHARGEBACK_RECOVERY));
        assertEquals(eur("2000.00"), january.paid());
        assertEquals(eur("1500.00"), result.earned());
    }
}
