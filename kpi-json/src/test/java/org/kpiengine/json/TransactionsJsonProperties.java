package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kpiengine.credit.Allocation;
import org.kpiengine.credit.CreditBasis;
import org.kpiengine.credit.CreditLedger;
import org.kpiengine.credit.Payment;
import org.kpiengine.credit.Receiver;
import org.kpiengine.credit.Reporting;
import org.kpiengine.credit.ShareBasis;
import org.kpiengine.credit.Transaction;
import org.kpiengine.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generated ledgers (deals by percent, amount and weights, partial and full refunds, payments,
 * reporting lines that change on a date) survive the JSON form unchanged, their written form is
 * canonical and matches the schema.
 */
class TransactionsJsonProperties {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void aDocumentReadsBackEqualAndItsFormIsCanonical() {
        qt().withExamples(300).forAll(documents()).checkAssert(doc -> {
            String written = TransactionsJson.write(doc);
            TransactionsDocument back = TransactionsJson.read(written);
            assertEquals(doc, back, written);
            assertEquals(written, TransactionsJson.write(back));
            assertEquals(doc.ledger().credits(CreditBasis.CASH_RECEIVED), back.ledger().credits(CreditBasis.CASH_RECEIVED));
            assertEquals(List.of(), SchemaCheck.transactionErrors(written), written);
        });
    }

    static Gen<TransactionsDocument> documents() {
        return TransactionsJsonProperties::document;
    }

    private static long pick(RandomnessSource in, long from, long to) {
        return PlanGenerators.pick(in, from, to);
    }

    /** Shuffles a list with the generator's randomness, so that a failing case shrinks and replays. */
    private static <T> void shuffle(RandomnessSource in, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = (int) pick(in, 0, i);
            list.set(j, list.set(i, list.get(j)));
        }
    }

    /** A decimal as the reader gives it back from its canonical text. */
    private static BigDecimal canonical(BigDecimal value) {
        return new BigDecimal(Codec.text(value));
    }

    private static TransactionsDocument document(RandomnessSource in) {
        String currency = pick(in, 0, 3) == 0 ? "JPY" : "EUR";
        int scale = "JPY".equals(currency) ? 0 : 2;
        List<Transaction> transactions = new ArrayList<>();
        int deals = (int) pick(in, 0, 5);
        for (int d = 0; d < deals; d++) {
            long units = pick(in, 1, 100_000_000L);
            Money amount = Money.of(currency, BigDecimal.valueOf(units, scale).toPlainString());
            LocalDate booked = START.plusDays(pick(in, 0, 80));
            List<String> employees = new ArrayList<>(List.of("e0", "e1", "e2", "e3", "e4", "e5"));
            shuffle(in, employees);
            int count = (int) pick(in, 1, 4);
            List<BigDecimal> weights = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                weights.add(BigDecimal.valueOf(pick(in, 0, 100_000), (int) pick(in, 0, 3)));
            }
            if (weights.stream().allMatch(w -> w.signum() == 0)) {
                weights.set(0, BigDecimal.ONE);
            }
            ShareBasis basis = ShareBasis.values()[(int) pick(in, 0, 2)];
            List<BigDecimal> shares = switch (basis) {
                case PERCENT -> Allocation.split(new BigDecimal("100.00"), weights);
                case AMOUNT -> Allocation.split(amount, weights).stream().map(Money::amount).toList();
                case WEIGHTS -> weights;
            };
            List<Receiver> receivers = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                receivers.add(new Receiver(employees.get(r), canonical(shares.get(r))));
            }
            String id = "D-" + d;
            long left = units;
            int refunds = (int) pick(in, 0, 2);
            for (int k = 0; k < refunds && left > 0; k++) {
                long back = pick(in, 0, 1) == 0 ? left : pick(in, 1, left);
                left -= back;
                transactions.add(Transaction.refund("R-" + d + "-" + k, booked.plusDays(pick(in, 0, 40)),
                        Money.of(currency, BigDecimal.valueOf(-back, scale).toPlainString()), id));
            }
            List<Payment> payments = new ArrayList<>();
            int paid = (int) pick(in, 0, 3);
            for (int k = 0; k < paid && left > 0; k++) {
                long part = pick(in, 1, left);
                left -= part;
                payments.add(new Payment(booked.plusDays(pick(in, 0, 60)), Money.of(currency, BigDecimal.valueOf(part, scale).toPlainString())));
            }
            transactions.add(new Transaction(id, booked, amount, "revenue", null, basis, receivers, payments));
        }
        shuffle(in, transactions);
        List<Reporting> reporting = new ArrayList<>();
        if (pick(in, 0, 1) == 0) {
            reporting.add(Reporting.of("m0", null, START));
            reporting.add(Reporting.of("m1", "m0", START));
            for (int e = 0; e < 6; e++) {
                String first = "m" + (e % 2);
                if (pick(in, 0, 1) == 0) {
                    LocalDate last = START.plusDays(pick(in, 0, 90));
                    reporting.add(new Reporting("e" + e, first, START, last));
                    reporting.add(Reporting.of("e" + e, "m" + ((e + 1) % 2), last.plusDays(1)));
                } else {
                    reporting.add(Reporting.of("e" + e, first, START));
                }
            }
        }
        return new TransactionsDocument(CreditLedger.of(transactions), reporting);
    }
}
