package org.kpiengine.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.KpiAssertions.assertRejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;

class RollUpTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);
    private static final LocalDate FEB_15 = LocalDate.of(2026, 2, 15);

    /** maria heads the team; oleg reports to her; anna and (from Feb 15) ben report to oleg. */
    private static Hierarchy team() {
        return Hierarchy.of(List.of(
                Reporting.of("maria", null, JAN_1),
                Reporting.of("oleg", "maria", JAN_1),
                Reporting.of("anna", "oleg", JAN_1),
                new Reporting("ben", "maria", JAN_1, FEB_15.minusDays(1)),
                Reporting.of("ben", "oleg", FEB_15),
                Reporting.of("vera", "maria", JAN_1)));
    }

    private static CreditLedger ledger() {
        return CreditLedger.of(List.of(
                Transaction.deal("D-1", LocalDate.of(2026, 1, 12), "revenue", Money.of("EUR", "99.99"),
                        List.of(Receiver.of("anna", "75"), Receiver.of("ben", "25"))),
                Transaction.deal("D-2", LocalDate.of(2026, 3, 2), "revenue", Money.of("EUR", "1000.00"),
                        List.of(Receiver.of("ben", "50"), Receiver.of("oleg", "50"))),
                Transaction.refund("R-1", LocalDate.of(2026, 3, 20), Money.of("EUR", "-99.99"), "D-1")));
    }

    private static BigDecimal revenue(CreditedFacts facts, String employee) {
        return facts.facts(employee).get("revenue");
    }

    @Test
    void directReportsRollUpOnTheCreditsDateAndSellersKeepTheirCredit() {
        CreditedFacts q1 = ledger().facts(JAN_1, MAR_31, CreditBasis.BOOKING_DATE, team(), RollUp.DIRECT);
        // own credits are unchanged by the roll-up
        assertEquals(0, revenue(q1, "anna").signum());
        assertEquals(new BigDecimal("500"), revenue(q1, "ben"));
        // oleg: own 500; anna's 74.99 - 74.99; ben's D-2 500 (ben reports to oleg from Feb 15), ben's R-1 -25.00
        assertEquals(new BigDecimal("975"), revenue(q1, "oleg"));
        // maria (direct only): oleg's own 500 and ben's D-1 25.00 (ben reported to her on Jan 12)
        assertEquals(new BigDecimal("525"), revenue(q1, "maria"));
        assertEquals(0, revenue(q1, "vera").signum(), "assigned employees without credit get 0");
    }

    @Test
    void theWholeSubtreeRollsUpToEveryManagerAbove() {
        CreditedFacts q1 = ledger().facts(JAN_1, MAR_31, CreditBasis.BOOKING_DATE, team(), RollUp.SUBTREE);
        // every credit of the quarter nets to 1000.00, all below maria
        assertEquals(new BigDecimal("1000"), revenue(q1, "maria"));
        assertEquals(new BigDecimal("975"), revenue(q1, "oleg"));
        assertEquals(new BigDecimal("500"), revenue(q1, "ben"));
    }

    @Test
    void theExplanationListsTheCreditsAndReportsBehindAFact() {
        CreditedFacts q1 = ledger().facts(JAN_1, MAR_31, CreditBasis.BOOKING_DATE, team(), RollUp.DIRECT);
        CreditExplanation oleg = q1.explain("oleg", "revenue");
        assertEquals(revenue(q1, "oleg"), oleg.fact().stripTrailingZeros());
        assertEquals(new BigDecimal("500.00"), oleg.ownTotal());
        assertEquals(List.of("anna", "ben"), List.copyOf(oleg.byReport().keySet()));
        assertEquals(new BigDecimal("0.00"), oleg.byReport().get("anna"));
        assertEquals(new BigDecimal("475.00"), oleg.byReport().get("ben"));
        assertEquals("""
                revenue of 'oleg', 2026-01-01 to 2026-03-31: 975.00
                  own credits: 500.00
                    2026-03-02 D-2 deal: 500.00 (share 50 %)
                  rolled up from reports (direct reports): 475.00
                    anna: 0.00
                      2026-01-12 D-1 deal: 74.99 (share 75 %)
                      2026-03-20 R-1 refund of D-1: -74.99 (share 75 %)
                    ben: 475.00
                      2026-03-02 D-2 deal: 500.00 (share 50 %)
                      2026-03-20 R-1 refund of D-1: -25.00 (share 25 %)
                """, oleg.toText());
    }

    @Test
    void refusesACreditToAnEmployeeWithNoAssignmentOnItsDate() {
        Hierarchy late = Hierarchy.of(List.of(Reporting.of("maria", null, JAN_1), Reporting.of("anna", "maria", JAN_1),
                Reporting.of("ben", "maria", LocalDate.of(2026, 2, 1))));
        KpiInputException e = assertRejected(Reason.NO_ASSIGNMENT, "revenue", "ben",
                () -> ledger().facts(JAN_1, MAR_31, CreditBasis.BOOKING_DATE, late, RollUp.DIRECT));
        assertTrue(e.getMessage().contains("2026-01-12") && e.getMessage().contains("D-1"), e.getMessage());
        assertEquals("employeeId", e.field());
        assertEquals("D-1", ((TransactionException) e).transactionId());
        assertRejected(Reason.NO_ASSIGNMENT, "revenue", "ben",
                () -> ledger().facts(JAN_1, MAR_31, CreditBasis.BOOKING_DATE, late, RollUp.NONE));
    }
}
