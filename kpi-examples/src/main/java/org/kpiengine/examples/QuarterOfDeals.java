package org.kpiengine.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kpiengine.credit.CreditBasis;
import org.kpiengine.credit.CreditLedger;
import org.kpiengine.credit.CreditedFacts;
import org.kpiengine.credit.Hierarchy;
import org.kpiengine.credit.Payment;
import org.kpiengine.credit.Receiver;
import org.kpiengine.credit.Reporting;
import org.kpiengine.credit.RollUp;
import org.kpiengine.credit.TeamPool;
import org.kpiengine.credit.Transaction;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Scorecard;

/**
 * A quarter of deals (docs/reference/credit.md): a team's deals file, with split deals, a deal
 * shared across two teams and refunds, is turned into each employee's revenue for the quarter,
 * rolled up to two managers (the sellers keep their credit), and paid: sellers a 3 % commission
 * on their own credit, managers a bonus on their team's revenue, and a team pool shared by
 * credited revenue.
 *
 * <p>The deals file ({@code sample/deals-q1.csv} in this module) has one transaction a line:
 * {@code id, booked, amount, indicator, reverses, receivers, payments}, receivers as
 * {@code employee share} pairs separated by {@code ;} (shares written {@code 75%} are percentages
 * totalling 100, bare numbers are relative weights, {@code 1;1;1} for thirds), payments as
 * {@code date amount} pairs. A refund has a negative amount, names the deal it reverses and has
 * no receivers: it is split by that deal's shares.
 */
public final class QuarterOfDeals {

    private static final LocalDate Q1_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate Q1_END = LocalDate.of(2026, 3, 31);

    private QuarterOfDeals() {
    }

    /**
     * Builds the quarter's facts from the sample deals file and prints the pay.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // 1. The CRM's deals table, as exported.
        List<Transaction> transactions;
        try (BufferedReader deals = resource("sample/deals-q1.csv")) {
            transactions = read(deals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CreditLedger ledger = CreditLedger.of(transactions);

        // 2. Who reports to whom: two managers under a head of sales; ben and carla share deal D-103 across teams.
        Hierarchy team = Hierarchy.of(List.of(
                Reporting.of("helena", null, Q1_START),
                Reporting.of("maria", "helena", Q1_START),
                Reporting.of("oleg", "helena", Q1_START),
                Reporting.of("anna", "maria", Q1_START),
                Reporting.of("ben", "maria", Q1_START),
                Reporting.of("carla", "oleg", Q1_START),
                Reporting.of("dmitri", "oleg", Q1_START)));

        // 3. The quarter's facts: own credits for everyone, plus direct reports' credits for a manager.
        CreditedFacts q1 = ledger.facts(Q1_START, Q1_END, CreditBasis.BOOKING_DATE, team, RollUp.DIRECT);

        // 4. Pay plans: 3 % of own credited revenue for a seller (planned 3 000 at a plan of 100 000, base 0),
        //    a manager's bonus of 4 000 at a team plan of 150 000, paid linearly.
        PayPlan sellerPlan = PayPlan.builder()
                .scheme(LinearScheme.of("commission", Measure.index("revenue"), Money.of("EUR", "3000"))).build();
        Scorecard sellerCard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "1", Thresholds.plan("100000"), RatioCurve.uncapped()).build();
        PayPlan managerPlan = PayPlan.builder()
                .scheme(LinearScheme.of("team bonus", Measure.index("revenue"), Money.of("EUR", "4000"))).build();
        Scorecard managerCard = Scorecard.builder()
                .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "1", Thresholds.plan("150000"), RatioCurve.uncapped()).build();

        System.out.println("== QuarterOfDeals: a team's facts from its deals, with splits, a refund and roll-ups to managers ==");
        System.out.println("A quarter of deals: " + transactions.size() + " transactions, " + Q1_START + " to " + Q1_END);
        System.out.printf("  %-8s %-8s %12s %12s %12s %10s%n", "employee", "role", "own", "reports", "revenue", "bonus");
        List<String> sellers = List.of("anna", "ben", "carla", "dmitri");
        for (String employee : List.of("anna", "ben", "carla", "dmitri", "maria", "oleg")) {
            boolean seller = sellers.contains(employee);
            Evaluation evaluation = (seller ? sellerCard : managerCard).evaluate(q1.facts(employee));
            Payout payout = (seller ? sellerPlan : managerPlan).evaluate(evaluation, PayInputs.of(Money.of("EUR", "0")));
            var why = q1.explain(employee, "revenue");
            BigDecimal reports = why.fact().subtract(why.ownTotal());
            System.out.printf("  %-8s %-8s %12s %12s %12s %10s%n", employee, seller ? "seller" : "manager",
                    cents(why.ownTotal()), cents(reports), cents(why.fact()),
                    payout.variable().toAmountText());
        }

        // 5. Why maria's revenue is what it is: her reports' credits, shares and refunds.
        System.out.println();
        System.out.print(q1.explain("maria", "revenue").toText());

        // 6. A team pool of 2 000.00 shared among the sellers by their credited revenue, exactly to the cent.
        System.out.println();
        Map<String, Money> pool = TeamPool.shareByFact(Money.of("EUR", "2000.00"), q1, "revenue", sellers);
        System.out.println("Team pool EUR 2000.00 by credited revenue:");
        pool.forEach((employee, share) -> System.out.printf("  %-8s %10s%n", employee, share.toAmountText()));

        // 7. The same quarter credited on cash received: D-103's second payment falls in April.
        CreditedFacts cash = ledger.facts(Q1_START, Q1_END, CreditBasis.CASH_RECEIVED);
        System.out.println();
        System.out.println("On cash received instead: ben " + cash.facts("ben").get("revenue").toPlainString()
                + ", carla " + cash.facts("carla").get("revenue").toPlainString());
    }

    /**
     * Reads a deals file.
     *
     * @param file the file, header first
     * @return the transactions, in file order
     * @throws IllegalArgumentException naming the line, if a line does not have seven cells
     */
    static List<Transaction> read(BufferedReader file) {
        List<Transaction> result = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(file)) {
            for (CSVRecord row : parser) {
                result.add(transaction(row));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("the deals file cannot be read: " + e.getMessage(), e);
        }
        return result;
    }

    private static Transaction transaction(CSVRecord row) {
        long line = row.getRecordNumber() + 1;
        if (row.size() != 7) {
            throw new IllegalArgumentException("line " + line + ": expected 7 cells, found " + row.size());
        }
        List<String> c = row.toList();
        String id = c.get(0);
        LocalDate booked = LocalDate.parse(c.get(1));
        Money amount = Money.of("EUR", c.get(2));
        if (!c.get(4).isEmpty()) {
            return Transaction.refund(id, booked, amount, c.get(4));
        }
        List<Receiver> receivers = new ArrayList<>();
        for (String pair : c.get(5).split(";")) {
            String[] parts = pair.strip().split(" ");
            receivers.add(Receiver.of(parts[0], parts[1].replace("%", "")));
        }
        List<Payment> payments = new ArrayList<>();
        if (!c.get(6).isEmpty()) {
            for (String pair : c.get(6).split(";")) {
                String[] parts = pair.strip().split(" ");
                payments.add(new Payment(LocalDate.parse(parts[0]), Money.of("EUR", parts[1])));
            }
        }
        // shares written with a % are percentages totalling 100; bare numbers are relative weights (1;1;1 = thirds)
        Transaction deal = c.get(5).contains("%") ? Transaction.deal(id, booked, c.get(3), amount, receivers)
                : Transaction.dealByWeights(id, booked, c.get(3), amount, receivers);
        return deal.withPayments(payments);
    }

    private static String cents(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static BufferedReader resource(String name) {
        InputStream in = QuarterOfDeals.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("the sample " + name + " is missing from the classpath"));
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
