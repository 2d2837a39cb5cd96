package org.kpiengine.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.kpiengine.credit.Credit;
import org.kpiengine.credit.CreditBasis;
import org.kpiengine.credit.CreditLedger;
import org.kpiengine.credit.CreditedFacts;
import org.kpiengine.credit.Payment;
import org.kpiengine.credit.Receiver;
import org.kpiengine.credit.Transaction;
import org.kpiengine.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Aggregating a quarter's transactions into each employee's revenue: the library's
 * {@link CreditLedger} (checks, exact largest-remainder splits, refunds split by what each receiver
 * holds, the facts; their explanations are built only when asked for, so not here) against the floor, a plain {@code HashMap} sum of
 * {@code long} cents with the naive split (truncate, last receiver takes the rest). The score is
 * the time for all {@code transactions}; divide by {@code transactions} for the time per
 * transaction.
 *
 * <p>The workload, built from a fixed seed: {@code employees} sellers; 95 % deals (70 % with one
 * receiver, the rest split two or three ways by percentages) and 5 % partial refunds of earlier
 * deals, dated in one quarter. Before measuring, {@link Data#setUp()} checks that both give the
 * same team total to the cent.
 *
 * <p>The fork's 6 GB heap holds the 1 000 000-transaction workload; the 10 000 000 one needs about
 * 9 GB ({@code -jvmArgsAppend "-Xms9g -Xmx9g"}). {@link CreditCpuTime} times the same two by CPU time.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class CreditBenchmark {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 3, 31);

    /** The transactions, as objects for the library and as arrays for the floor. */
    @State(Scope.Benchmark)
    public static class Data {
        /** The number of transactions. */
        @Param({"1000000", "10000000"})
        public int transactions;

        /** The number of employees. */
        @Param({"100000"})
        public int employees;

        List<Transaction> list;
        /** The same transactions with payments received: each deal's net amount in two halves, 0-29 and 30-59 days after booking. */
        List<Transaction> paid;
        long[] cents;
        String[][] receivers;
        int[][] percents;

        /** Generates the workload and checks the library's team total against the floor's. */
        @Setup(Level.Trial)
        public void setUp() {
            Random random = new Random(20260101L);
            list = new ArrayList<>(transactions);
            cents = new long[transactions];
            receivers = new String[transactions][];
            percents = new int[transactions][];
            String[] names = new String[employees];
            for (int e = 0; e < employees; e++) {
                names[e] = "e" + e;
            }
            List<Integer> dealRows = new ArrayList<>();
            long[] refundedSoFar = new long[transactions];
            for (int t = 0; t < transactions; t++) {
                LocalDate booked = START.plusDays(random.nextInt(90));
                if (!dealRows.isEmpty() && random.nextInt(100) < 5) {
                    int deal = dealRows.get(random.nextInt(dealRows.size()));
                    long left = cents[deal] - refundedSoFar[deal];
                    if (left > 0) {
                        long back = 1 + (long) (random.nextDouble() * (left / 4 + 1));
                        refundedSoFar[deal] += back;
                        Transaction original = list.get(deal);
                        LocalDate date = original.booked().plusDays(random.nextInt(10));
                        list.add(Transaction.refund("R" + t, date.isAfter(END) ? END : date,
                                Money.of("EUR", BigDecimal.valueOf(-back, 2).toPlainString()), original.id()));
                        cents[t] = -back;
                        receivers[t] = receivers[deal];
                        percents[t] = percents[deal];
                        continue;
                    }
                }
                long amount = 100 + (long) (random.nextDouble() * 10_000_000);
                int n = random.nextInt(100) < 70 ? 1 : 2 + random.nextInt(2);
                String[] who = new String[n];
                int[] pct = new int[n];
                int left = 100;
                for (int r = 0; r < n; r++) {
                    who[r] = names[(random.nextInt(employees) + r) % employees];
                    pct[r] = r == n - 1 ? left : 1 + random.nextInt(left - (n - r - 1));
                    left -= pct[r];
                }
                for (int r = 1; r < n; r++) {
                    for (int q = 0; q < r; q++) {
                        if (who[q].equals(who[r])) {
                            who[r] = names[(Integer.parseInt(who[r].substring(1)) + 1 + r) % employees];
                            q = -1;
                        }
                    }
                }
                List<Receiver> shares = new ArrayList<>(n);
                for (int r = 0; r < n; r++) {
                    shares.add(new Receiver(who[r], BigDecimal.valueOf(pct[r])));
                }
                list.add(Transaction.deal("D" + t, booked, "revenue", Money.of("EUR", BigDecimal.valueOf(amount, 2).toPlainString()),
                        shares));
                cents[t] = amount;
                receivers[t] = who;
                percents[t] = pct;
                dealRows.add(t);
            }
            paid = new ArrayList<>(transactions);
            for (int t = 0; t < transactions; t++) {
                Transaction tx = list.get(t);
                long left = cents[t] - refundedSoFar[t];
                if (tx.isRefund() || left <= 0) {
                    paid.add(tx);
                    continue;
                }
                long first = left / 2;
                List<Payment> payments = new ArrayList<>(2);
                if (first > 0) {
                    payments.add(new Payment(tx.booked().plusDays(random.nextInt(30)), Money.of("EUR", BigDecimal.valueOf(first, 2).toPlainString())));
                }
                payments.add(new Payment(tx.booked().plusDays(30 + random.nextInt(30)),
                        Money.of("EUR", BigDecimal.valueOf(left - first, 2).toPlainString())));
                paid.add(tx.withPayments(payments));
            }
            CreditedFacts facts = library(this);
            BigDecimal total = BigDecimal.ZERO;
            for (String employee : facts.employees()) {
                total = total.add(facts.facts(employee).get("revenue"));
            }
            long floor = 0;
            for (long[] sum : hashMapFloor(this).values()) {
                floor += sum[0];
            }
            if (total.compareTo(BigDecimal.valueOf(floor, 2)) != 0) {
                throw new IllegalStateException("team total " + total + " differs from the floor's " + BigDecimal.valueOf(floor, 2));
            }
        }
    }

    static CreditedFacts library(Data data) {
        return CreditLedger.of(data.list).facts(START, END, CreditBasis.BOOKING_DATE);
    }

    static CreditedFacts libraryOnCash(Data data) {
        return CreditLedger.of(data.paid).facts(START, END, CreditBasis.CASH_RECEIVED);
    }

    /** Cash received through one {@code Credit} object per receiver and change, summed by employee: the cash basis's former path. */
    static Map<String, BigDecimal> cashThroughCredits(Data data) {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Credit c : CreditLedger.of(data.paid).credits(CreditBasis.CASH_RECEIVED)) {
            if (!c.date().isBefore(START) && !c.date().isAfter(END)) {
                sums.merge(c.employeeId(), c.amount().amount(), BigDecimal::add);
            }
        }
        return sums;
    }

    static Map<String, long[]> hashMapFloor(Data data) {
        Map<String, long[]> sums = new HashMap<>();
        for (int t = 0; t < data.cents.length; t++) {
            String[] who = data.receivers[t];
            int[] pct = data.percents[t];
            long amount = data.cents[t];
            long given = 0;
            for (int r = 0; r < who.length; r++) {
                long part = r == who.length - 1 ? amount - given : amount * pct[r] / 100;
                given += part;
                sums.computeIfAbsent(who[r], k -> new long[1])[0] += part;
            }
        }
        return sums;
    }

    /**
     * The library: ledger checks, exact splits, refunds and facts.
     *
     * @param data the transactions
     * @return the credited facts
     */
    @Benchmark
    public CreditedFacts creditLedger(Data data) {
        return library(data);
    }

    /**
     * The library on cash received: the same transactions with their payments, each deal's credit
     * following its payments pro rata.
     *
     * @param data the transactions
     * @return the credited facts
     */
    @Benchmark
    public CreditedFacts creditLedgerOnCashReceived(Data data) {
        return libraryOnCash(data);
    }

    /**
     * The floor: a HashMap sum of long cents with the naive split.
     *
     * @param data the transactions
     * @return the sums by employee
     */
    @Benchmark
    public Map<String, long[]> hashMapOfLongCents(Data data) {
        return hashMapFloor(data);
    }
}
