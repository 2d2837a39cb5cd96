package org.kpiengine.credit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.kpiengine.money.Money;
import org.quicktheories.core.Gen;

/**
 * A random team and its transactions for the crediting properties, built from a list of generated
 * dice: deals with percentage, amount or weight shares among up to five of the employees, partial and full
 * refunds, payments, and a static hierarchy (each employee reports to an earlier one, or to nobody).
 */
record Scenario(int employees, List<String> managers, List<Transaction> transactions) {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    static Gen<Scenario> scenarios() {
        return lists().of(integers().between(0, 999_999)).ofSize(400).map(Scenario::from);
    }

    static String employee(int i) {
        return "e" + i;
    }

    private static Scenario from(List<Integer> dice) {
        Iterator<Integer> d = dice.iterator();
        int employees = 1 + d.next() % 9;
        List<String> managers = new ArrayList<>();
        for (int i = 0; i < employees; i++) {
            int roll = d.next();
            managers.add(i == 0 || roll % 4 == 0 ? null : employee(roll % i));
        }
        List<Transaction> transactions = new ArrayList<>();
        int deals = 1 + d.next() % 7;
        for (int k = 0; k < deals; k++) {
            long cents = d.next() % 3 == 0 ? d.next() % 7 : d.next() * 37L % 50_000_000L;
            Money amount = Money.of("EUR", BigDecimal.valueOf(cents, 2).toPlainString());
            LocalDate booked = START.plusDays(d.next() % 60);
            int receivers = 1 + d.next() % Math.min(5, employees);
            int first = d.next() % employees;
            List<Receiver> list = new ArrayList<>();
            String id = "D-" + k;
            ShareBasis basis = ShareBasis.values()[d.next() % 3];
            long left = basis == ShareBasis.AMOUNT ? cents : 10_000;
            for (int r = 0; r < receivers; r++) {
                long part = basis == ShareBasis.WEIGHTS ? (r == 0 ? 1 + d.next() % 5 : d.next() % 5)
                        : r == receivers - 1 ? left : (left == 0 ? 0 : d.next() % (left + 1));
                left -= part;
                list.add(new Receiver(employee((first + r) % employees), BigDecimal.valueOf(part, basis == ShareBasis.WEIGHTS ? 0 : 2)));
            }
            Transaction deal = switch (basis) {
                case AMOUNT -> Transaction.dealByAmounts(id, booked, "revenue", amount, list);
                case WEIGHTS -> Transaction.dealByWeights(id, booked, "revenue", amount, list);
                case PERCENT -> Transaction.deal(id, booked, "revenue", amount, list);
            };
            // refunds: none, one full, or up to three partial ones
            int refundKind = d.next() % 3;
            long refunded = 0;
            List<Transaction> refunds = new ArrayList<>();
            if (cents > 0 && refundKind == 1) {
                refunds.add(Transaction.refund("R-" + k + "-0", booked.plusDays(d.next() % 40), amount.negated(), id));
                refunded = cents;
            } else if (cents > 0 && refundKind == 2) {
                int n = 1 + d.next() % 3;
                for (int r = 0; r < n && refunded < cents; r++) {
                    long part = 1 + d.next() % (cents - refunded);
                    refunded += part;
                    refunds.add(Transaction.refund("R-" + k + "-" + r, booked.plusDays(d.next() % 40),
                            Money.of("EUR", BigDecimal.valueOf(-part, 2).toPlainString()), id));
                }
            }
            // payments: up to three, never above the deal, all on or before the first refund (refunds come after the cash)
            if (cents > 0 && d.next() % 2 == 0) {
                List<Payment> payments = new ArrayList<>();
                long paid = 0;
                long payable = cents;
                LocalDate firstRefund = refunds.stream().map(Transaction::booked).min(LocalDate::compareTo).orElse(booked.plusDays(90));
                int n = 1 + d.next() % 3;
                for (int p = 0; p < n && paid < payable; p++) {
                    long part = p == n - 1 ? payable - paid : 1 + d.next() % (payable - paid);
                    paid += part;
                    long span = Math.max(1, firstRefund.toEpochDay() - booked.toEpochDay());
                    payments.add(new Payment(booked.plusDays(d.next() % span), Money.of("EUR", BigDecimal.valueOf(part, 2).toPlainString())));
                }
                deal = deal.withPayments(payments);
            }
            transactions.add(deal);
            transactions.addAll(refunds);
        }
        return new Scenario(employees, managers, List.copyOf(transactions));
    }

    Hierarchy hierarchy() {
        List<Reporting> list = new ArrayList<>();
        for (int i = 0; i < employees; i++) {
            list.add(Reporting.of(employee(i), managers.get(i), START));
        }
        return Hierarchy.of(list);
    }

    /** Whether {@code ancestor} is {@code employee} or above them. */
    boolean isAtOrBelow(int employee, int ancestor) {
        String current = employee(employee);
        while (current != null) {
            if (current.equals(employee(ancestor))) {
                return true;
            }
            current = managers.get(Integer.parseInt(current.substring(1)));
        }
        return false;
    }

    @Override
    public String toString() {
        return "Scenario[managers=" + managers + ", transactions=" + transactions + "]";
    }
}
