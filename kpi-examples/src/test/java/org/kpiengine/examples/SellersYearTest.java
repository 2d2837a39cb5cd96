package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kpiengine.money.Money;
import org.kpiengine.period.PeriodStatement;
import org.kpiengine.period.PeriodStatementLine;
import org.kpiengine.period.YearResult;

class SellersYearTest {

    private static Money eur(String amount) {
        return Money.of("EUR", amount);
    }

    @Test
    void printsTwelveStatementsAndTheYear() throws Exception {
        String out = Console.capture(() -> SellersYear.main(new String[0]));
        for (int m = 1; m <= 12; m++) {
            assertTrue(out.contains(String.format("Statement marta, period 2026-%02d", m)), out);
        }
        assertTrue(out.contains("The year: paid "), out);
    }

    @Test
    void theDrawTopsUpTheFirstTwoMonthsAndIsRecoveredInMarch() {
        YearResult year = SellersYear.compute();
        // January: commission 800.00 and quarter-to-date bonus 120.00 -> draw tops up 580.00
        PeriodStatement january = year.statement("2026-01");
        assertEquals(eur("580.00"), january.total(PeriodStatementLine.Kind.DRAW));
        assertEquals(eur("4500.00"), january.paid());
        // February: commission 1 400.00 and true-up 210.00 (quarter to date 55 % of 600) -> 110.00 recovered, down to the draw
        PeriodStatement february = year.statement("2026-02");
        assertEquals(eur("1500.00"), february.paid().minus(february.total(PeriodStatementLine.Kind.SALARY)));
        PeriodStatement march = year.statement("2026-03");
        assertEquals(march.balances().draw(), eur("0.00"));
        assertTrue(march.total(PeriodStatementLine.Kind.DRAW_RECOVERY).isNegative(), march.toText());
    }

    @Test
    void theMayRefundIsChargedBackAtMarchsRate() {
        PeriodStatement may = SellersYear.compute().statement("2026-05");
        // March paid 3 200.00 on 160 000: a refund of 20 000 takes back 400.00
        assertEquals(eur("-400.00"), may.total(PeriodStatementLine.Kind.CHARGEBACK));
    }

    @Test
    void theRaisedPlanFromJulyLowersTheEffectiveRate() {
        YearResult year = SellersYear.compute();
        // 115 000 against 120 000: 95.8333 % of 2 000 = 1 916.67
        assertEquals(eur("1916.67"), year.statement("2026-07").total(PeriodStatementLine.Kind.SCHEME));
        assertEquals(eur("3300.00"), year.statement("2026-07").total(PeriodStatementLine.Kind.SALARY));
    }
}
