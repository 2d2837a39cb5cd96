package org.kpiengine.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.kpiengine.money.Money;

class CreditLedgerProperties {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final LocalDate END = Scenario.START.plusYears(1);

    private static Map<String, BigDecimal> byEmployee(List<Credit> credits) {
        Map<String, BigDecimal> result = new HashMap<>();
        for (Credit c : credits) {
            result.merge(c.employeeId(), c.amount().amount(), BigDecimal::add);
        }
        result.replaceAll((k, v) -> v.stripTrailingZeros());
        return result;
    }

    private static List<Credit> ofTransaction(List<Credit> credits, String transactionId, CreditKind kind) {
        return credits.stream().filter(c -> c.transactionId().equals(transactionId) && c.kind() == kind).toList();
    }

    @Test
    void everyDealsCreditsTotalItsAmountEachWithinOneMinorUnitOfItsShare() {
        qt().withExamples(300).forAll(Scenario.scenarios()).checkAssert(s -> {
            List<Credit> credits = CreditLedger.of(s.transactions()).credits(CreditBasis.BOOKING_DATE);
            for (Transaction t : s.transactions()) {
                if (t.isRefund()) {
                    List<Credit> refund = ofTransaction(credits, t.id(), CreditKind.REFUND);
                    assertEquals(t.amount(), refund.stream().map(Credit::amount).reduce(Money::plus).orElseThrow());
                    refund.forEach(c -> assertTrue(c.amount().amount().signum() <= 0, "a refund never raises a credit"));
                    continue;
                }
                List<Credit> deal = ofTransaction(credits, t.id(), CreditKind.DEAL);
                assertEquals(t.receivers().size(), deal.size());
                assertEquals(t.amount(), deal.stream().map(Credit::amount).reduce(Money::plus).orElseThrow());
                BigDecimal total = switch (t.basis()) {
                    case PERCENT -> BigDecimal.valueOf(100);
                    case AMOUNT -> t.amount().amount();
                    case WEIGHTS -> t.receivers().stream().map(Receiver::share).reduce(BigDecimal.ZERO, BigDecimal::add);
                };
                if (total.signum() == 0) {
                    deal.forEach(c -> assertTrue(c.amount().isZero(), "a deal of 0 credits 0"));
                    continue;
                }
                for (int i = 0; i < deal.size(); i++) {
                    BigDecimal exact = t.amount().amount().multiply(t.receivers().get(i).share()).divide(total, MathContext.DECIMAL128);
                    assertTrue(deal.get(i).amount().amount().subtract(exact).abs().compareTo(CENT) < 0,
                            () -> "credit within one minor unit of amount x share: " + deal);
                }
            }
        });
    }

    @Test
    void aFullRefundNegatesEveryCreditAndADealWithItsRefundsNetsToZero() {
        qt().withExamples(300).forAll(Scenario.scenarios()).checkAssert(s -> {
            CreditLedger ledger = CreditLedger.of(s.transactions());
            for (CreditBasis basis : CreditBasis.values()) {
                List<Credit> credits = ledger.credits(basis);
                for (Transaction t : s.transactions()) {
                    if (t.isRefund()) {
                        continue;
                    }
                    Money refunded = s.transactions().stream().filter(r -> t.id().equals(r.reverses()))
                            .map(Transaction::amount).reduce(Money.zero(t.amount().currency()), Money::plus);
                    if (!refunded.negated().equals(t.amount())) {
                        continue;
                    }
                    List<Credit> ofDeal = credits.stream().filter(c -> c.dealId().equals(t.id())).toList();
                    byEmployee(ofDeal).forEach((employee, net) -> assertEquals(0, net.signum(),
                            () -> basis + ": a cancelled deal nets '" + employee + "' to zero: " + ofDeal));
                    List<Transaction> refunds = s.transactions().stream().filter(r -> t.id().equals(r.reverses())).toList();
                    if (basis == CreditBasis.BOOKING_DATE && refunds.size() == 1) {
                        List<Credit> deal = ofTransaction(credits, t.id(), CreditKind.DEAL);
                        List<Credit> refund = ofTransaction(credits, refunds.get(0).id(), CreditKind.REFUND);
                        for (int i = 0; i < deal.size(); i++) {
                            assertEquals(deal.get(i).amount().negated(), refund.get(i).amount(), "exactly minus the credit");
                        }
                    }
                }
            }
        });
    }

    @Test
    void aFullyPaidDealCreditsOnCashExactlyWhatItCreditsByBookingDate() {
        qt().withExamples(300).forAll(Scenario.scenarios()).checkAssert(s -> {
            CreditLedger ledger = CreditLedger.of(s.transactions());
            for (Transaction t : s.transactions()) {
                boolean refunded = s.transactions().stream().anyMatch(r -> t.id().equals(r.reverses()));
                Money paid = t.payments().stream().map(Payment::amount).reduce(Money.zero(t.amount().currency()), Money::plus);
                if (t.isRefund() || refunded || !paid.equals(t.amount()) || t.amount().isZero()) {
                    continue;
                }
                List<Credit> cash = ledger.credits(CreditBasis.CASH_RECEIVED).stream().filter(c -> c.dealId().equals(t.id())).toList();
                List<Credit> booking = ledger.credits(CreditBasis.BOOKING_DATE).stream().filter(c -> c.dealId().equals(t.id())).toList();
                assertEquals(byEmployee(booking), byEmployee(cash));
                cash.forEach(c -> assertTrue(c.amount().amount().signum() >= 0, "a payment never lowers a credit"));
            }
        });
    }

    @Test
    void cashCreditsNeverExceedTheMoneyReceived() {
        qt().withExamples(300).forAll(Scenario.scenarios()).checkAssert(s -> {
            CreditLedger ledger = CreditLedger.of(s.transactions());
            for (Transaction t : s.transactions()) {
                if (t.isRefund()) {
                    continue;
                }
                Money credited = ledger.credits(CreditBasis.CASH_RECEIVED).stream().filter(c -> c.dealId().equals(t.id()))
                        .map(Credit::amount).reduce(Money.zero(t.amount().currency()), Money::plus);
                Money paid = t.payments().stream().map(Payment::amount).reduce(Money.zero(t.amount().currency()), Money::plus);
                Money refunded = s.transactions().stream().filter(r -> t.id().equals(r.reverses()))
                        .map(Transaction::amount).reduce(Money.zero(t.amount().currency()), Money::plus);
                Money left = t.amount().plus(refunded);
                assertEquals(paid.isLessThan(left) ? paid : left, credited, "credited = min(paid, deal - refunds)");
            }
        });
    }

    @Test
    void permutingTheTransactionsChangesNoFact() {
        qt().withExamples(200).forAll(Scenario.scenarios(), org.quicktheories.generators.SourceDSL.longs().all()).checkAssert((s, shuffle) -> {
            List<Transaction> shuffled = new ArrayList<>(s.transactions());
            Collections.shuffle(shuffled, new java.util.Random(shuffle));
            for (CreditBasis basis : CreditBasis.values()) {
                assertEquals(CreditLedger.of(s.transactions()).facts(Scenario.START, END, basis).asMap(),
                        CreditLedger.of(shuffled).facts(Scenario.START, END, basis).asMap());
                assertEquals(byEmployee(CreditLedger.of(s.transactions()).credits(basis)), byEmployee(CreditLedger.of(shuffled).credits(basis)));
            }
        });
    }

    @Test
    void permutingTheReceiversMovesEachCreditByAtMostOneMinorUnitAndKeepsTheTotal() {
        qt().withExamples(500).forAll(CreditGenerators.positiveAmounts(), CreditGenerators.percentages()).checkAssert((amount, shares) -> {
            List<Receiver> receivers = CreditGenerators.receivers(shares);
            List<Receiver> reversed = new ArrayList<>(receivers);
            Collections.reverse(reversed);
            LocalDate day = Scenario.START;
            Map<String, BigDecimal> a = byEmployee(CreditLedger.of(List.of(Transaction.deal("D", day, "revenue", amount, receivers)))
                    .credits(CreditBasis.BOOKING_DATE));
            Map<String, BigDecimal> b = byEmployee(CreditLedger.of(List.of(Transaction.deal("D", day, "revenue", amount, reversed)))
                    .credits(CreditBasis.BOOKING_DATE));
            assertEquals(a.keySet(), b.keySet());
            a.forEach((employee, credit) -> assertTrue(credit.subtract(Objects.requireNonNull(b.get(employee))).abs().compareTo(CENT) <= 0));
            boolean distinct = shares.stream().map(BigDecimal::stripTrailingZeros).distinct().count() == shares.size();
            if (distinct) {
                // remainders can still tie between different shares; the total never moves
                // byEmployee strips trailing zeros, so the two sums may differ in scale only: compare values
                BigDecimal totalA = a.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal totalB = b.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, totalA.compareTo(totalB), () -> totalA + " <> " + totalB);
            }
        });
    }

    @Test
    void everySummedFactEqualsTheSumOfTheCreditsThatExplainIt() {
        // the facts are summed in minor units without keeping credits; the explanations list the credits themselves
        qt().withExamples(200).forAll(Scenario.scenarios()).checkAssert(s -> {
            CreditLedger ledger = CreditLedger.of(s.transactions());
            for (CreditBasis basis : CreditBasis.values()) {
                Map<String, BigDecimal> own = new HashMap<>();
                for (Credit c : ledger.credits(basis)) {
                    if (!c.date().isAfter(END)) {
                        own.merge(c.employeeId(), c.amount().amount(), BigDecimal::add);
                    }
                }
                CreditedFacts plain = ledger.facts(Scenario.START, END, basis);
                assertEquals(own.keySet(), plain.employees());
                own.forEach((e, sum) -> assertEquals(0, sum.compareTo(plain.facts(e).get("revenue")), e));
                for (RollUp rollUp : RollUp.values()) {
                    CreditedFacts facts = ledger.facts(Scenario.START, END, basis, s.hierarchy(), rollUp);
                    for (String e : facts.employees()) {
                        for (String indicator : facts.indicators()) {
                            CreditExplanation why = facts.explain(e, indicator);
                            BigDecimal listed = why.own().stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add)
                                    .add(why.rolledUp().stream().map(c -> c.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
                            assertEquals(0, listed.compareTo(facts.facts(e).get(indicator)), () -> e + " " + rollUp + " " + basis);
                        }
                    }
                }
            }
        });
    }
}
