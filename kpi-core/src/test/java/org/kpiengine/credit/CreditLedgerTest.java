package org.kpiengine.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.KpiAssertions.assertRejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;

class CreditLedgerTest {

    private static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);
    private static final LocalDate FEB_3 = LocalDate.of(2026, 2, 3);
    private static final LocalDate Q1_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);

    private static Money eur(String amount) {
        return Money.of("EUR", amount);
    }

    private static Transaction deal9999() {
        return Transaction.deal("D-1", JAN_12, "revenue", eur("99.99"), List.of(Receiver.of("anna", "75"), Receiver.of("ben", "25")));
    }

    private static String credits(List<Credit> credits) {
        return String.join(" ", credits.stream().map(c -> c.employeeId() + "=" + c.amount().toAmountText()).toList());
    }

    @Test
    void aDealIsSplitByItsShares() {
        CreditLedger ledger = CreditLedger.of(List.of(deal9999()));
        assertEquals("anna=74.99 ben=25.00", credits(ledger.credits(CreditBasis.BOOKING_DATE)));
    }

    @Test
    void aFullRefundReversesExactlyWhatTheDealGave() {
        CreditLedger ledger = CreditLedger.of(List.of(deal9999(), Transaction.refund("R-1", FEB_3, eur("-99.99"), "D-1")));
        assertEquals("anna=74.99 ben=25.00 anna=-74.99 ben=-25.00", credits(ledger.credits(CreditBasis.BOOKING_DATE)));
        CreditedFacts q1 = ledger.facts(Q1_START, Q1_END, CreditBasis.BOOKING_DATE);
        assertEquals(0, q1.facts("anna").get("revenue").signum());
        assertEquals(0, q1.facts("ben").get("revenue").signum());
        CreditedFacts february = ledger.facts(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), CreditBasis.BOOKING_DATE);
        assertEquals(new BigDecimal("-74.99"), february.facts("anna").get("revenue"));
        assertEquals(new BigDecimal("-25"), february.facts("ben").get("revenue"));
    }

    @Test
    void partialRefundsAreSplitByWhatEachReceiverStillHolds() {
        Transaction deal = Transaction.deal("D-2", JAN_12, "revenue", eur("100.00"),
                List.of(Receiver.of("a", "1"), Receiver.of("b", "1"), Receiver.of("c", "98")));
        CreditLedger ledger = CreditLedger.of(List.of(deal,
                Transaction.refund("R-1", FEB_3, eur("-0.01"), "D-2"),
                Transaction.refund("R-2", FEB_3, eur("-0.01"), "D-2"),
                Transaction.refund("R-3", LocalDate.of(2026, 3, 1), eur("-99.98"), "D-2")));
        assertEquals("a=1.00 b=1.00 c=98.00 a=0.00 b=0.00 c=-0.01 a=0.00 b=0.00 c=-0.01 a=-1.00 b=-1.00 c=-97.98",
                credits(ledger.credits(CreditBasis.BOOKING_DATE)));
    }

    @Test
    void amountSharesAreCreditedAsGivenAndRefundsFollowThem() {
        Transaction deal = Transaction.dealByAmounts("D-3", JAN_12, "revenue", eur("1000.00"),
                List.of(Receiver.of("anna", "600.00"), Receiver.of("ben", "400")));
        CreditLedger ledger = CreditLedger.of(List.of(deal, Transaction.refund("R-1", FEB_3, eur("-100.00"), "D-3")));
        assertEquals("anna=600.00 ben=400.00 anna=-60.00 ben=-40.00", credits(ledger.credits(CreditBasis.BOOKING_DATE)));
    }

    @Test
    void weightSharesSplitInEqualThirdsExactly() {
        Transaction deal = Transaction.dealByWeights("D-5", JAN_12, "revenue", eur("100.00"),
                List.of(Receiver.of("a", "1"), Receiver.of("b", "1"), Receiver.of("c", "1")));
        CreditLedger ledger = CreditLedger.of(List.of(deal, Transaction.refund("R-5", FEB_3, eur("-100.00"), "D-5")));
        assertEquals("a=33.34 b=33.33 c=33.33 a=-33.34 b=-33.33 c=-33.33", credits(ledger.credits(CreditBasis.BOOKING_DATE)));
        assertEquals("2026-01-12 D-5 deal: 33.34 (share weight 1)", ledger.credits(CreditBasis.BOOKING_DATE).get(0).toText());
        assertRejected(Reason.SHARES_TOTAL, "revenue", "0", () -> Transaction.dealByWeights("D-6", JAN_12, "revenue", eur("1.00"),
                List.of(Receiver.of("a", "0"), Receiver.of("b", "0"))));
    }

    @Test
    void onCashReceivedADealCountsAsItsPaymentsComeIn() {
        Transaction deal = deal9999().withPayments(List.of(
                new Payment(LocalDate.of(2026, 3, 20), eur("49.99")), new Payment(LocalDate.of(2026, 4, 2), eur("50.00"))));
        CreditLedger ledger = CreditLedger.of(List.of(deal));
        assertEquals("anna=37.49 ben=12.50 anna=37.50 ben=12.50", credits(ledger.credits(CreditBasis.CASH_RECEIVED)));
        CreditedFacts q1 = ledger.facts(Q1_START, Q1_END, CreditBasis.CASH_RECEIVED);
        assertEquals(new BigDecimal("37.49"), q1.facts("anna").get("revenue"));
        assertEquals(new BigDecimal("12.5"), q1.facts("ben").get("revenue"));
        CreditedFacts byBooking = ledger.facts(Q1_START, Q1_END, CreditBasis.BOOKING_DATE);
        assertEquals(new BigDecimal("74.99"), byBooking.facts("anna").get("revenue"));
    }

    @Test
    void onCashReceivedARefundTakesBackOnlyMoneyAlreadyCredited() {
        Transaction deal = Transaction.deal("D-4", JAN_12, "revenue", eur("1000.00"), List.of(Receiver.of("anna", "100")))
                .withPayments(List.of(new Payment(JAN_12, eur("400.00"))));
        CreditLedger ledger = CreditLedger.of(List.of(deal,
                Transaction.refund("R-1", FEB_3, eur("-500.00"), "D-4"),
                Transaction.refund("R-2", LocalDate.of(2026, 2, 10), eur("-500.00"), "D-4")));
        // paid 400; after R-1 500 is left of the deal, still above what was paid: nothing to take back;
        // after R-2 nothing is left: the 400 credited go back
        assertEquals("anna=400.00 anna=-400.00", credits(ledger.credits(CreditBasis.CASH_RECEIVED)));
        assertEquals("R-2", ledger.credits(CreditBasis.CASH_RECEIVED).get(1).transactionId());
    }

    @Test
    void theOrderOfTheListChangesNothing() {
        List<Transaction> list = List.of(deal9999(), Transaction.refund("R-2", FEB_3, eur("-0.03"), "D-1"),
                Transaction.refund("R-1", FEB_3, eur("-0.01"), "D-1"));
        List<Transaction> reversed = List.of(list.get(2), list.get(1), list.get(0));
        assertEquals(CreditLedger.of(list).credits(CreditBasis.BOOKING_DATE), CreditLedger.of(reversed).credits(CreditBasis.BOOKING_DATE));
    }

    @Test
    void refusesSharesNotTotalling100() {
        KpiInputException e = assertRejected(Reason.SHARES_TOTAL, "revenue", "99", () -> Transaction.deal("D-1", JAN_12, "revenue",
                eur("10.00"), List.of(Receiver.of("anna", "75"), Receiver.of("ben", "24"))));
        assertEquals("share", e.field());
        assertRejected(Reason.SHARES_TOTAL, "revenue", "9.99", () -> Transaction.dealByAmounts("D-1", JAN_12, "revenue",
                eur("10.00"), List.of(Receiver.of("anna", "5.00"), Receiver.of("ben", "4.99"))));
        assertRejected(Reason.MONEY_SCALE, "revenue", "5.005", () -> Transaction.dealByAmounts("D-1", JAN_12, "revenue",
                eur("10.00"), List.of(Receiver.of("anna", "5.005"), Receiver.of("ben", "4.995"))));
    }

    @Test
    void refusesBadDeals() {
        assertRejected(Reason.INVALID_TRANSACTION, "revenue", "EUR -1.00", () -> Transaction.deal("D-1", JAN_12, "revenue",
                eur("-1.00"), List.of(Receiver.of("anna", "100"))));
        assertRejected(Reason.INVALID_TRANSACTION, "revenue", "D-1", () -> Transaction.deal("D-1", JAN_12, "revenue",
                eur("1.00"), List.of()));
        assertRejected(Reason.INVALID_TRANSACTION, "revenue", "anna", () -> Transaction.deal("D-1", JAN_12, "revenue",
                eur("1.00"), List.of(Receiver.of("anna", "50"), Receiver.of("anna", "50"))));
        assertRejected(Reason.NEGATIVE_WEIGHT, null, "-5", () -> Receiver.of("anna", "-5"));
        assertRejected(Reason.INVALID_TRANSACTION, "revenue", "100.00", () -> deal9999().withPayments(List.of(
                new Payment(JAN_12, eur("60.00")), new Payment(FEB_3, eur("40.00")))));
        assertRejected(Reason.OUT_OF_RANGE, null, "EUR 0.00", () -> new Payment(JAN_12, eur("0")));
        assertRejected(Reason.INVALID_TRANSACTION, null, "EUR 1.00", () -> Transaction.refund("R-1", FEB_3, eur("1.00"), "D-1"));
        assertRejected(Reason.INVALID_TRANSACTION, null, "R-1", () -> Transaction.refund("R-1", FEB_3, eur("-1.00"), "R-1"));
        assertRejected(Reason.INVALID_ID, null, " ", () -> Transaction.refund(" ", FEB_3, eur("-1.00"), "D-1"));
    }

    @Test
    void refusesARefundOfAnUnknownDeal() {
        KpiInputException e = assertRejected(Reason.UNKNOWN_TRANSACTION, null, "D-9",
                () -> CreditLedger.of(List.of(deal9999(), Transaction.refund("R-1", FEB_3, eur("-1.00"), "D-9"))));
        assertEquals("reverses", e.field());
        assertTrue(e.getMessage().contains("R-1"), e.getMessage());
        assertRejected(Reason.INVALID_TRANSACTION, null, "R-1", () -> CreditLedger.of(List.of(deal9999(),
                Transaction.refund("R-1", FEB_3, eur("-1.00"), "D-1"), Transaction.refund("R-2", FEB_3, eur("-1.00"), "R-1"))));
    }

    @Test
    void refusesRefundsLargerThanTheirDeal() {
        KpiInputException e = assertRejected(Reason.INVALID_TRANSACTION, "revenue", "EUR -0.02", () -> CreditLedger.of(List.of(deal9999(),
                Transaction.refund("R-1", FEB_3, eur("-99.98"), "D-1"), Transaction.refund("R-2", FEB_3, eur("-0.02"), "D-1"))));
        assertTrue(e.getMessage().contains("R-2") && e.getMessage().contains("D-1"), e.getMessage());
        assertRejected(Reason.INVALID_TRANSACTION, "revenue", "EUR -100.00",
                () -> CreditLedger.of(List.of(deal9999(), Transaction.refund("R-1", FEB_3, eur("-100.00"), "D-1"))));
    }

    @Test
    void refusesAPaymentAfterARefundThatCancelledTheDeal() {
        Transaction deal = deal9999().withPayments(List.of(new Payment(LocalDate.of(2026, 3, 1), eur("99.99"))));
        KpiInputException e = assertRejected(Reason.INVALID_TRANSACTION, "revenue", "EUR 99.99",
                () -> CreditLedger.of(List.of(deal, Transaction.refund("R-1", FEB_3, eur("-99.99"), "D-1"))));
        assertEquals("payment", e.field());
        assertTrue(e.getMessage().contains("cancelled") && e.getMessage().contains("R-1"), e.getMessage());
    }

    @Test
    void acceptsAPaymentAndAFullRefundOnTheSameDay() {
        Transaction deal = deal9999().withPayments(List.of(new Payment(FEB_3, eur("99.99"))));
        CreditLedger ledger = CreditLedger.of(List.of(deal, Transaction.refund("R-1", FEB_3, eur("-99.99"), "D-1")));
        assertEquals("anna=74.99 ben=25.00 anna=-74.99 ben=-25.00", credits(ledger.credits(CreditBasis.CASH_RECEIVED)));
    }

    @Test
    void creditedFactsFeedAScorecard() {
        CreditedFacts q1 = CreditLedger.of(List.of(deal9999())).facts(Q1_START, Q1_END, CreditBasis.BOOKING_DATE);
        org.kpiengine.scorecard.Scorecard card = org.kpiengine.scorecard.Scorecard.builder()
                .add(org.kpiengine.indicator.Indicator.higherIsBetter("revenue", org.kpiengine.indicator.Unit.MONEY), "1",
                        org.kpiengine.curve.Thresholds.plan("100"), org.kpiengine.curve.RatioCurve.uncapped())
                .build();
        assertEquals(0, new BigDecimal("74.99").compareTo(card.evaluate(q1.facts("anna")).rating()));
        assertEquals(java.util.Set.of("revenue"), q1.indicators());
        assertTrue(q1.facts("nobody").ids().isEmpty());
    }

    @Test
    void refusesDuplicateIdsTwoCurrenciesAndRefundsBeforeTheirDeal() {
        assertRejected(Reason.INVALID_TRANSACTION, "revenue", "D-1", () -> CreditLedger.of(List.of(deal9999(), deal9999())));
        assertRejected(Reason.CURRENCY_MISMATCH, "revenue", "USD 1.00", () -> CreditLedger.of(List.of(deal9999(),
                Transaction.deal("D-2", JAN_12, "revenue", Money.of("USD", "1.00"), List.of(Receiver.of("anna", "100"))))));
        assertRejected(Reason.INVALID_TRANSACTION, "revenue", "2026-01-01", () -> CreditLedger.of(List.of(deal9999(),
                Transaction.refund("R-1", Q1_START, eur("-1.00"), "D-1"))));
    }

    @Test
    void refusesAPeriodEndingBeforeItStarts() {
        CreditLedger ledger = CreditLedger.of(List.of(deal9999()));
        assertRejected(Reason.OUT_OF_RANGE, null, "2026-01-01", () -> ledger.facts(Q1_END, Q1_START, CreditBasis.BOOKING_DATE));
    }

    @Test
    void sumsBeyondTheLongRangeOfMinorUnitsStayExact() {
        // 4E16 EUR is 4E18 cents, below 2^62: small amounts, but 50 % of them does not fit a long product,
        // and anna's fact of 1E17 EUR (1E19 cents) leaves the long range
        Money huge = eur("40000000000000000.00");
        List<Receiver> halves = List.of(Receiver.of("anna", "50"), Receiver.of("ben", "50"));
        List<Transaction> list = List.of(
                Transaction.deal("D-1", JAN_12, "revenue", huge, halves),
                Transaction.deal("D-2", JAN_12, "revenue", huge, halves),
                Transaction.deal("D-3", JAN_12, "revenue", huge, halves),
                Transaction.deal("D-4", JAN_12, "revenue", huge, List.of(Receiver.of("anna", "100"))),
                Transaction.refund("R-1", FEB_3, eur("-0.01"), "D-1"));
        CreditedFacts q1 = CreditLedger.of(list).facts(Q1_START, Q1_END, CreditBasis.BOOKING_DATE);
        assertEquals(0, new BigDecimal("99999999999999999.99").compareTo(q1.facts("anna").get("revenue")));
        assertEquals(0, new BigDecimal("60000000000000000.00").compareTo(q1.facts("ben").get("revenue")));
        assertEquals(0, q1.explain("anna", "revenue").fact().compareTo(q1.facts("anna").get("revenue")));
        // an amount beyond 2^62 cents: the same rule in BigInteger
        List<Transaction> larger = List.of(Transaction.deal("D-1", JAN_12, "revenue", eur("100000000000000000.00"), halves),
                Transaction.refund("R-1", FEB_3, eur("-0.01"), "D-1"));
        CreditedFacts big = CreditLedger.of(larger).facts(Q1_START, Q1_END, CreditBasis.BOOKING_DATE);
        assertEquals(0, new BigDecimal("49999999999999999.99").compareTo(big.facts("anna").get("revenue")));
        assertEquals(0, new BigDecimal("50000000000000000.00").compareTo(big.facts("ben").get("revenue")));
    }

    private static String refusedTransaction(Runnable call) {
        TransactionException e = assertThrows(TransactionException.class, call::run);
        return e.transactionId() + " " + e.field();
    }

    @Test
    void everyLedgerRefusalNamesItsTransactionAsData() {
        assertEquals("R-1 reverses", refusedTransaction(() -> CreditLedger.of(List.of(deal9999(),
                Transaction.refund("R-1", FEB_3, eur("-1.00"), "D-9")))));
        assertEquals("R-2 reverses", refusedTransaction(() -> CreditLedger.of(List.of(deal9999(),
                Transaction.refund("R-1", FEB_3, eur("-1.00"), "D-1"), Transaction.refund("R-2", FEB_3, eur("-1.00"), "R-1")))));
        assertEquals("R-2 amount", refusedTransaction(() -> CreditLedger.of(List.of(deal9999(),
                Transaction.refund("R-1", FEB_3, eur("-99.98"), "D-1"), Transaction.refund("R-2", FEB_3, eur("-0.02"), "D-1")))));
        assertEquals("R-1 booked", refusedTransaction(() -> CreditLedger.of(List.of(deal9999(),
                Transaction.refund("R-1", Q1_START, eur("-1.00"), "D-1")))));
        Transaction paidLate = deal9999().withPayments(List.of(new Payment(LocalDate.of(2026, 3, 1), eur("99.99"))));
        assertEquals("D-1 payment", refusedTransaction(() -> CreditLedger.of(List.of(paidLate,
                Transaction.refund("R-1", FEB_3, eur("-99.99"), "D-1")))));
        assertEquals("D-1 id", refusedTransaction(() -> CreditLedger.of(List.of(deal9999(), deal9999()))));
        assertEquals("D-2 amount", refusedTransaction(() -> CreditLedger.of(List.of(deal9999(),
                Transaction.deal("D-2", JAN_12, "revenue", Money.of("USD", "1.00"), List.of(Receiver.of("anna", "100")))))));
        assertEquals("D-1 share", refusedTransaction(() -> Transaction.deal("D-1", JAN_12, "revenue", eur("1.00"),
                List.of(Receiver.of("anna", "99")))));
        assertEquals("R-1 amount", refusedTransaction(() -> Transaction.refund("R-1", FEB_3, eur("1.00"), "D-1")));
    }
}
