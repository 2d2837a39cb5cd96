package org.kpiengine.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/** Bad input to a compensation year: each rule, its reason, field and message. */
class PeriodBadInputTest {

    private static final CompensationYear YEAR = CompensationYear.builder(PlanYear.months(2026))
            .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), commission("1000"), eur("3000")))
            .build();

    private static EmployeeYear.Builder seller() {
        return EmployeeYear.builder("anna").assignment(Assignment.from("seller", JAN_1))
                .facts(month(1), revenueFact("100000"))
                .facts(month(2), revenueFact("100000"));
    }

    @Test
    void overlappingPeriods() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> PlanYear.of(List.of(
                Period.of("a", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                Period.of("b", LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 28)))));
        assertEquals(Reason.OUT_OF_RANGE, e.reason());
        assertEquals("start", e.field());
        assertEquals("2026-01-20", e.value());
        assertTrue(e.getMessage().contains("overlaps"), e.getMessage());
    }

    @Test
    void periodsWithAGap() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> PlanYear.of(List.of(
                Period.of("a", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 30)),
                Period.of("b", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))));
        assertTrue(e.getMessage().contains("leaves a gap"), e.getMessage());
    }

    @Test
    void periodEndingBeforeItStartsAndDuplicateIds() {
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> Period.of("a", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)));
        assertEquals("end", e.field());
        KpiInputException twice = assertThrows(KpiInputException.class, () -> PlanYear.of(List.of(
                Period.of("a", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)),
                Period.of("a", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))));
        assertEquals(Reason.INVALID_ID, twice.reason());
        assertThrows(KpiInputException.class, () -> PlanYear.of(List.of()));
    }

    @Test
    void versionDatedOutsideTheYear() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", LocalDate.of(2025, 12, 1), revenueCard("100000"), null, eur("3000")))
                .build());
        assertEquals(Reason.OUT_OF_RANGE, e.reason());
        assertEquals("effectiveFrom", e.field());
        assertEquals("2025-12-01", e.value());
        assertTrue(e.getMessage().contains("outside the plan year 2026-01-01 to 2026-12-31"), e.getMessage());
    }

    @Test
    void twoVersionsOfARoleOnOneDate() {
        PlanVersion v = PlanVersion.of("seller", JAN_1, revenueCard("100000"), null, eur("3000"));
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> CompensationYear.builder(PlanYear.months(2026)).version(v).version(v).build());
        assertEquals("effectiveFrom", e.field());
    }

    @Test
    void versionsInTwoCurrencies() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"), null, eur("3000")))
                .version(PlanVersion.of("buyer", JAN_1, revenueCard("100000"), null, org.kpiengine.money.Money.of("USD", "3000")))
                .build());
        assertEquals(Reason.CURRENCY_MISMATCH, e.reason());
    }

    @Test
    void assignmentEndingBeforeItStarts() {
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> Assignment.of("seller", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30)));
        assertEquals(Reason.OUT_OF_RANGE, e.reason());
        assertEquals("end", e.field());
        assertEquals("2026-04-30", e.value());
        assertTrue(e.getMessage().contains("ends on 2026-04-30, before it starts on 2026-05-01"), e.getMessage());
    }

    @Test
    void overlappingAssignments() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> EmployeeYear.builder("anna")
                .assignment(Assignment.of("seller", JAN_1, LocalDate.of(2026, 6, 30)))
                .assignment(Assignment.from("manager", LocalDate.of(2026, 6, 1)))
                .build());
        assertEquals("assignment", e.field());
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    }

    @Test
    void chargebackForAnUnknownPeriod() {
        EmployeeYear anna = seller().chargeback(new Chargeback(month(2), "2025-12", "commission", "revenue", BigDecimal.TEN)).build();
        KpiInputException e = assertThrows(KpiInputException.class, () -> YEAR.compute(anna));
        assertEquals(Reason.OUT_OF_RANGE, e.reason());
        assertEquals("originalPeriodId", e.field());
        assertEquals("2025-12", e.value());
    }

    @Test
    void chargebackAgainstTheSameOrALaterPeriod() {
        EmployeeYear anna = seller().chargeback(new Chargeback(month(1), month(2), "commission", "revenue", BigDecimal.TEN)).build();
        KpiInputException e = assertThrows(KpiInputException.class, () -> YEAR.compute(anna));
        assertEquals("revenue", e.indicatorId());
        assertTrue(e.getMessage().contains("must be against an earlier period"), e.getMessage());
    }

    @Test
    void chargebackForASchemeThatPaidNothingThen() {
        EmployeeYear anna = seller().chargeback(new Chargeback(month(2), month(1), "bonus", "revenue", BigDecimal.TEN)).build();
        KpiInputException e = assertThrows(KpiInputException.class, () -> YEAR.compute(anna));
        assertEquals(Reason.UNKNOWN_PAY_STEP, e.reason());
        assertEquals("bonus", e.value());
    }

    @Test
    void chargebackWithANonPositiveRefund() {
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> new Chargeback(month(2), month(1), "commission", "revenue", BigDecimal.ZERO));
        assertEquals("refund", e.field());
        assertEquals("revenue", e.indicatorId());
    }

    @Test
    void ledgerPaymentForAPeriodNotYetComputed() {
        EmployeeYear anna = seller().payment(new Payment(month(3), eur("4000.00"))).build();
        KpiInputException e = assertThrows(KpiInputException.class, () -> YEAR.compute(anna));
        assertEquals(Reason.OUT_OF_RANGE, e.reason());
        assertEquals("payment", e.field());
        assertEquals("2026-03", e.value());
        assertTrue(e.getMessage().contains("not yet computed (computed through '2026-02')"), e.getMessage());
    }

    @Test
    void ledgerClosingALaterPeriodBeforeAnEarlierOne() {
        EmployeeYear anna = seller().payment(new Payment(month(2), eur("4000.00"))).build();
        KpiInputException e = assertThrows(KpiInputException.class, () -> YEAR.compute(anna));
        assertEquals("2026-01", e.value());
        assertTrue(e.getMessage().contains("closed in order"), e.getMessage());
    }

    @Test
    void twoPaymentsForOnePeriod() {
        assertThrows(KpiInputException.class, () -> seller().payment(new Payment(month(1), eur("1.00")))
                .payment(new Payment(month(1), eur("2.00"))));
    }

    @Test
    void missingFactsForAPeriodWorked() {
        EmployeeYear anna = EmployeeYear.builder("anna").assignment(Assignment.from("seller", JAN_1))
                .facts(month(2), revenueFact("100000")).build();
        KpiInputException e = assertThrows(KpiInputException.class, () -> YEAR.compute(anna));
        assertEquals(Reason.MISSING_FACT, e.reason());
        assertEquals("2026-01", e.value());
    }

    @Test
    void factsForAPeriodOutsideTheYear() {
        EmployeeYear anna = seller().facts("2027-01", revenueFact("1")).build();
        KpiInputException e = assertThrows(KpiInputException.class, () -> YEAR.compute(anna));
        assertEquals("facts", e.field());
        assertEquals("2027-01", e.value());
    }

    @Test
    void assignmentToARoleWithoutVersionOrBeforeItsFirstVersion() {
        EmployeeYear manager = EmployeeYear.builder("bo").assignment(Assignment.from("manager", JAN_1))
                .facts(month(1), revenueFact("1")).build();
        KpiInputException unknown = assertThrows(KpiInputException.class, () -> YEAR.compute(manager));
        assertEquals("role", unknown.field());
        assertEquals("manager", unknown.value());
        CompensationYear late = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", LocalDate.of(2026, 2, 1), revenueCard("100000"), null, eur("3000"))).build();
        KpiInputException early = assertThrows(KpiInputException.class, () -> late.compute(seller().build()));
        assertTrue(early.getMessage().contains("no plan version of role 'seller' is in effect on 2026-01-01"), early.getMessage());
    }

    @Test
    void drawAndCapRules() {
        assertThrows(KpiInputException.class, () -> Draw.recoverable(eur("-1.00")));
        KpiInputException max = assertThrows(KpiInputException.class,
                () -> Draw.nonRecoverable(eur("100")).withMaxRecoveryPerPeriod(eur("10")));
        assertEquals("maxRecoveryPerPeriod", max.field());
        KpiInputException cap = assertThrows(KpiInputException.class, () -> PlanVersion.of("seller", JAN_1,
                revenueCard("100000"), null, eur("3000")).withCarryForwardCap(eur("-1")));
        assertEquals("carryForwardCap", cap.field());
    }

    @Test
    void cumulativeSchemeNamedLikeAPayPlanStep() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> PlanVersion.of("seller", JAN_1,
                revenueCard("100000"), commission("1000"), eur("3000"))
                .withCumulative(CumulativeScheme.of(org.kpiengine.pay.LinearScheme.of("commission",
                        org.kpiengine.pay.Measure.rating(), eur("1000")), Window.YEAR)));
        assertEquals(Reason.INVALID_SCHEME, e.reason());
        assertEquals("commission", e.value());
    }

    @Test
    void customSchemeInAProratedPeriodIsRejectedWithItsName() {
        org.kpiengine.pay.CustomScheme custom = new org.kpiengine.pay.CustomScheme() {
            @Override
            public String name() {
                return "own";
            }

            @Override
            public BigDecimal exactAmount(org.kpiengine.pay.PayContext context) {
                return BigDecimal.ONE;
            }
        };
        CompensationYear year = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", JAN_1, revenueCard("100000"),
                        org.kpiengine.pay.PayPlan.builder().scheme(custom).build(), eur("3000"))).build();
        EmployeeYear whole = seller().build();
        assertEquals(eur("3001.00"), year.compute(whole).statement(month(1)).paid());
        EmployeeYear hired = EmployeeYear.builder("x").assignment(Assignment.from("seller", LocalDate.of(2026, 1, 10)))
                .facts(month(1), revenueFact("1")).build();
        KpiInputException e = assertThrows(KpiInputException.class, () -> year.compute(hired));
        assertEquals(Reason.INVALID_SCHEME, e.reason());
        assertEquals("own", e.value());
    }
}
