package org.kpiengine.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.period.PeriodFixtures.JAN_1;
import static org.kpiengine.period.PeriodFixtures.commission;
import static org.kpiengine.period.PeriodFixtures.eur;
import static org.kpiengine.period.PeriodFixtures.month;
import static org.kpiengine.period.PeriodFixtures.revenueCard;
import static org.kpiengine.period.PeriodFixtures.revenueFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.money.Money;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;

/** The worked examples of docs/reference/periods.md, each computed through a whole compensation year. */
class CompensationYearGoldenTest {

    private static Money variable(PeriodStatement statement) {
        Money salary = statement.total(PeriodStatementLine.Kind.SALARY);
        return statement.paid().minus(salary);
    }

    @Test
    void prorationOfAHireOnTheTenthOfAThirtyDayMonth() {
        // salary 30 000, plan 600 000, hired on 10 April (30 days) -> 21 days: salary 21 000.00, plan 420 000
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("600000"), commission("10000"), eur("30000")))
                .build();
        EmployeeYear anna = EmployeeYear.builder("anna")
                .assignment(Assignment.from("seller", LocalDate.of(2026, 4, 10)))
                .facts(month(4), revenueFact("420000"))
                .build();
        YearResult result = year.compute(anna);
        PeriodStatement april = result.statement(month(4));
        assertEquals(1, april.parts().size());
        PeriodPart part = april.parts().get(0);
        assertEquals(21, part.days());
        assertEquals(30, part.periodDays());
        assertEquals(eur("21000.00"), april.total(PeriodStatementLine.Kind.SALARY));
        assertEquals(0, new BigDecimal("420000").compareTo(part.evaluation().scorecard().line("revenue").thresholds().plan()));
        // a fact equal to the prorated plan is 100 %, so the commission is the prorated planned bonus 10 000 x 21 / 30
        assertEquals(eur("7000.00"), april.total(PeriodStatementLine.Kind.SCHEME));
        assertEquals(eur("28000.00"), april.paid());
        // no pay before the hire
        assertEquals(eur("0.00"), result.statement(month(1)).paid());
        assertTrue(result.statement(month(1)).parts().isEmpty());
    }

    private static CompensationYear trueUpYear(TrueUpPolicy policy) {
        // 2 000 per month at 100 % of a monthly plan of 100 000, paid on quarter-to-date attainment
        CumulativeScheme quarterly = new CumulativeScheme(
                LinearScheme.of("quarterly bonus", Measure.index("revenue"), eur("2000")), Window.QUARTER, policy);
        return CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), null, eur("0")).withCumulative(quarterly))
                .build();
    }

    private static EmployeeYear trueUpFacts() {
        // to date: 150 000 of 300 000... earned to date 3 000 (150 %), 5 000 (125 % of 200 000 with 4 000), 4 500 (75 % of 6 000)
        return EmployeeYear.builder("ben")
                .assignment(Assignment.from("seller", JAN_1))
                .facts(month(1), revenueFact("150000"))
                .facts(month(2), revenueFact("100000"))
                .facts(month(3), revenueFact("-25000"))
                .build();
    }

    @Test
    void trueUpNeverNegativePays3000Then2000Then0AndReportsOverpaid500() {
        YearResult result = trueUpYear(TrueUpPolicy.NEVER_NEGATIVE).compute(trueUpFacts());
        List<Money> paid = result.statements().stream().map(s -> s.total(PeriodStatementLine.Kind.TRUE_UP)).toList();
        assertEquals(List.of(eur("3000.00"), eur("2000.00"), eur("0.00")), paid);
        assertEquals(eur("500.00"), result.statement(month(3)).overpaidReported());
        assertEquals(eur("500.00"), result.statement(month(2)).balances().overpaid().plus(eur("500.00")));
        assertEquals(eur("500.00"), result.trueUpsOverpaid());
        assertEquals(eur("4500.00"), result.earned());
        assertEquals(eur("5000.00"), result.paid());
    }

    @Test
    void trueUpRecoverPays3000Then2000ThenMinus500() {
        YearResult result = trueUpYear(TrueUpPolicy.RECOVER).compute(trueUpFacts());
        List<Money> paid = result.statements().stream().map(s -> s.total(PeriodStatementLine.Kind.TRUE_UP)).toList();
        assertEquals(List.of(eur("3000.00"), eur("2000.00"), eur("-500.00")), paid);
        assertEquals(eur("0.00"), result.trueUpsOverpaid());
        assertEquals(eur("4500.00"), result.paid());
    }

    @Test
    void trueUpWindowRestartsInTheNextQuarter() {
        EmployeeYear ben = EmployeeYear.builder("ben")
                .assignment(Assignment.from("seller", JAN_1))
                .facts(month(1), revenueFact("150000"))
                .facts(month(2), revenueFact("100000"))
                .facts(month(3), revenueFact("-25000"))
                .facts(month(4), revenueFact("100000"))
                .build();
        YearResult result = trueUpYear(TrueUpPolicy.NEVER_NEGATIVE).compute(ben);
        // April starts a new quarter: 100 % of one month's plan earns 2 000, nothing of March's overpayment is recovered
        assertEquals(eur("2000.00"), result.statement(month(4)).total(PeriodStatementLine.Kind.TRUE_UP));
        assertEquals(eur("0.00"), result.closing().overpaid());
    }

    @Test
    void recoverableDrawPays1000Then1000Then1100Then1500() {
        // draw 1 000 recoverable, earned 400, 700, 2 000, 1 500 (planned bonus 1 000 at a plan of 100 000)
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("1000"), eur("3000"))
                        .withDraw(Draw.recoverable(eur("1000"))))
                .build();
        EmployeeYear cleo = EmployeeYear.builder("cleo")
                .assignment(Assignment.from("seller", JAN_1))
                .facts(month(1), revenueFact("40000"))
                .facts(month(2), revenueFact("70000"))
                .facts(month(3), revenueFact("200000"))
                .facts(month(4), revenueFact("150000"))
                .build();
        YearResult result = year.compute(cleo);
        assertEquals(List.of(eur("1000.00"), eur("1000.00"), eur("1100.00"), eur("1500.00")),
                result.statements().stream().map(CompensationYearGoldenTest::variable).toList());
        assertEquals(List.of(eur("600.00"), eur("900.00"), eur("0.00"), eur("0.00")),
                result.statements().stream().map(s -> s.balances().draw()).toList());
        assertEquals(eur("-900.00"), result.statement(month(3)).total(PeriodStatementLine.Kind.DRAW_RECOVERY));
        // Σ paid = Σ earned = 4 600 of variable pay (plus four salaries)
        assertEquals(eur("16600.00"), result.paid());
        assertEquals(eur("16600.00"), result.earned());
    }

    @Test
    void recoverableDrawWithMaximumRecoveryAndForgivenAtTermination() {
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("1000"), eur("0"))
                        .withDraw(Draw.recoverable(eur("1000")).withMaxRecoveryPerPeriod(eur("300"))))
                .build();
        EmployeeYear dan = EmployeeYear.builder("dan")
                .assignment(Assignment.of("seller", JAN_1, LocalDate.of(2026, 3, 31)))
                .facts(month(1), revenueFact("0"))
                .facts(month(2), revenueFact("200000"))
                .facts(month(3), revenueFact("200000"))
                .build();
        YearResult result = year.compute(dan);
        assertEquals(List.of(eur("1000.00"), eur("1700.00"), eur("1700.00")),
                result.statements().stream().map(PeriodStatement::paid).toList());
        // 1 000 advanced, 600 recovered, 400 forgiven at termination in March
        assertEquals(eur("400.00"), result.statement(month(3)).drawForgiven());
        assertEquals(eur("0.00"), result.closing().draw());
        assertEquals(eur("4400.00"), result.paid());
        assertEquals(eur("4000.00"), result.earned());
    }

    @Test
    void drawCarriedOverAtYearEndIsReportedAsBalance() {
        CompensationYear year = CompensationYear.builder(PlanYear.quarters(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("1000"), eur("0"))
                        .withDraw(Draw.recoverable(eur("1000"))))
                .drawSettlement(DrawSettlement.CARRIED)
                .build();
        EmployeeYear.Builder eve = EmployeeYear.builder("eve").assignment(Assignment.from("seller", JAN_1));
        for (int q = 1; q <= 4; q++) {
            eve.facts("2026-Q" + q, revenueFact("50000"));
        }
        YearResult result = year.compute(eve.build());
        assertEquals(eur("2000.00"), result.closing().draw());
        assertEquals(eur("0.00"), result.drawForgiven());
    }

    @Test
    void nonRecoverableDrawIsAFloorWithoutBalance() {
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("1000"), eur("0"))
                        .withDraw(Draw.nonRecoverable(eur("1000"))))
                .build();
        EmployeeYear fay = EmployeeYear.builder("fay")
                .assignment(Assignment.from("seller", JAN_1))
                .facts(month(1), revenueFact("40000"))
                .facts(month(2), revenueFact("200000"))
                .build();
        YearResult result = year.compute(fay);
        assertEquals(List.of(eur("1000.00"), eur("2000.00")), result.statements().stream().map(PeriodStatement::paid).toList());
        assertEquals(eur("0.00"), result.closing().draw());
        // the guarantee counts as earned: nothing is owed back
        assertEquals(result.paid(), result.earned());
    }

    @Test
    void capWithCarryForwardPays5000Then5000Then4000() {
        // cap 5 000, earned 7 000, 3 000, 4 000
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("1000"), eur("0"))
                        .withCarryForwardCap(eur("5000")))
                .build();
        EmployeeYear gil = EmployeeYear.builder("gil")
                .assignment(Assignment.from("seller", JAN_1))
                .facts(month(1), revenueFact("700000"))
                .facts(month(2), revenueFact("300000"))
                .facts(month(3), revenueFact("400000"))
                .build();
        YearResult result = year.compute(gil);
        assertEquals(List.of(eur("5000.00"), eur("5000.00"), eur("4000.00")),
                result.statements().stream().map(PeriodStatement::paid).toList());
        assertEquals(eur("-2000.00"), result.statement(month(1)).total(PeriodStatementLine.Kind.CARRY_FORWARD_OUT));
        assertEquals(eur("2000.00"), result.statement(month(2)).total(PeriodStatementLine.Kind.CARRY_FORWARD_IN));
        assertEquals(List.of(eur("2000.00"), eur("0.00"), eur("0.00")),
                result.statements().stream().map(s -> s.balances().carryForward()).toList());
    }

    @Test
    void carryForwardAtYearEndIsForfeitedByDefaultOrPaid() {
        PlanVersion capped = PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("1000"), eur("0"))
                .withCarryForwardCap(eur("5000"));
        EmployeeYear.Builder hal = EmployeeYear.builder("hal").assignment(Assignment.from("seller", JAN_1));
        for (int q = 1; q <= 4; q++) {
            hal.facts("2026-Q" + q, revenueFact(q == 4 ? "800000" : "100000"));
        }
        YearResult forfeited = CompensationYear.builder(PlanYear.quarters(2026)).version(capped).build().compute(hal.build());
        assertEquals(eur("3000.00"), forfeited.statement("2026-Q4").carryForwardForfeited());
        assertEquals(eur("5000.00"), forfeited.statement("2026-Q4").paid());
        YearResult paid = CompensationYear.builder(PlanYear.quarters(2026)).version(capped)
                .carryForwardSettlement(CarryForwardSettlement.PAID).build().compute(hal.build());
        assertEquals(eur("8000.00"), paid.statement("2026-Q4").paid());
        assertEquals(eur("3000.00"), paid.statement("2026-Q4").total(PeriodStatementLine.Kind.CARRY_FORWARD_PAID));
    }

    @Test
    void chargebackAtTheRatePaidInTheOriginalPeriodAndCarriedWhenNotCovered() {
        // January: 100 000 of revenue paid 2 000 (2 %); a refund of 10 000 in March takes back 200
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("2000"), eur("3000")))
                .build();
        EmployeeYear ida = EmployeeYear.builder("ida")
                .assignment(Assignment.from("seller", JAN_1))
                .facts(month(1), revenueFact("100000"))
                .facts(month(2), revenueFact("50000"))
                .facts(month(3), revenueFact("5000"))
                .facts(month(4), revenueFact("50000"))
                .chargeback(new Chargeback(month(3), month(1), "commission", "revenue", new BigDecimal("10000")))
                .chargeback(new Chargeback(month(3), month(2), "commission", "revenue", new BigDecimal("3333")))
                .build();
        YearResult result = year.compute(ida);
        PeriodStatement march = result.statement(month(3));
        // 200.00 and 3 333 x 1 000 / 50 000 = 66.66; March earned 100.00, so 166.66 is carried
        assertEquals(eur("-266.66"), march.total(PeriodStatementLine.Kind.CHARGEBACK));
        assertEquals(eur("166.66"), march.total(PeriodStatementLine.Kind.CHARGEBACK_CARRIED));
        assertEquals(eur("3000.00"), march.paid());
        assertEquals(eur("166.66"), march.balances().chargebacks());
        PeriodStatement april = result.statement(month(4));
        assertEquals(eur("-166.66"), april.total(PeriodStatementLine.Kind.CHARGEBACK_RECOVERY));
        assertEquals(eur("3833.34"), april.paid());
        assertEquals(eur("0.00"), result.closing().chargebacks());
    }

    @Test
    void closedPeriodRecomputedWithCorrectedFactsIsAdjustedInTheNextOpenPeriod() {
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("2000"), eur("3000")))
                .build();
        // January was paid on 100 000 (5 000.00); the CRM later corrects it to 110 000
        EmployeeYear jan = EmployeeYear.builder("jan")
                .assignment(Assignment.from("seller", JAN_1))
                .facts(month(1), revenueFact("110000"))
                .facts(month(2), revenueFact("100000"))
                .payment(new Payment(month(1), eur("5000.00")))
                .build();
        YearResult result = year.compute(jan);
        PeriodStatement january = result.statement(month(1));
        assertTrue(january.closed());
        assertEquals(eur("5000.00"), january.paid());
        assertEquals(eur("5200.00"), january.recomputed());
        PeriodStatement february = result.statement(month(2));
        assertFalse(february.closed());
        assertEquals(eur("200.00"), february.total(PeriodStatementLine.Kind.ADJUSTMENT));
        assertEquals(eur("5200.00"), february.paid());
        assertEquals(eur("10200.00"), result.paid());
    }

    @Test
    void planVersionChangeMidMonthSplitsAndProratesEachPart() {
        // plan raised from 100 000 to 160 000 on 16 June (30 days): 15 days each
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("2000"), eur("3000")))
                .version(PlanVersion.of("seller", LocalDate.of(2026, 6, 16), revenueCard("160000"), commission("2000"), eur("3600")))
                .build();
        EmployeeYear kim = EmployeeYear.builder("kim")
                .assignment(Assignment.from("seller", LocalDate.of(2026, 6, 1)))
                .facts(month(6), revenueFact("130000"))
                .computeThrough(month(6))
                .build();
        PeriodStatement june = year.compute(kim).statement(month(6));
        assertEquals(2, june.parts().size());
        // salaries 1 500.00 + 1 800.00; facts 65 000 each against plans 50 000 and 80 000: 130 % and 81.25 % of 1 000
        assertEquals(eur("3300.00"), june.total(PeriodStatementLine.Kind.SALARY));
        assertEquals(eur("2112.50"), june.total(PeriodStatementLine.Kind.SCHEME));
    }

    @Test
    void statementTextShowsEveryLineAndTheBalances() {
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("1000"), eur("3000"))
                        .withDraw(Draw.recoverable(eur("1000"))))
                .build();
        EmployeeYear lea = EmployeeYear.builder("lea").assignment(Assignment.from("seller", JAN_1))
                .facts(month(1), revenueFact("40000")).build();
        String text = year.compute(lea).statement(month(1)).toText();
        assertTrue(text.contains("Statement lea, period 2026-01"), text);
        assertTrue(text.contains("DRAW"), text);
        assertTrue(text.contains("paid EUR 4000.00"), text);
        assertTrue(text.contains("balances: draw 600.00"), text);
    }
}
