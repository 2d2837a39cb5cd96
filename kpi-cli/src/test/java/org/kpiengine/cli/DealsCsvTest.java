package org.kpiengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.credit.CreditBasis;
import org.kpiengine.credit.CreditLedger;
import org.kpiengine.json.TransactionsJson;

class DealsCsvTest {

    private static final String HEADER = "id,kind,date,indicator,amount,currency,refers_to,shares,receivers\n";

    @TempDir
    Path dir;

    /** {@link PayCommandTest#deals()} as a CSV deals table, with a payment of D-1 in two parts. */
    static String dealsCsv() {
        return HEADER
                + "D-1,deal,2026-01-15,revenue,600000.00,EUR,,percent,e001:75;e002:25\n"
                + "D-2,deal,2026-02-01,revenue,500000.00,EUR,,,e001:100\n"
                + "R-1,refund,2026-03-01,,-100000.00,EUR,D-2,,\n"
                + "D-3,deal,2026-02-10,revenue,1000.00,EUR,,percent,e099:100\n"
                + "D-4,deal,2026-04-02,revenue,1000.00,EUR,,percent,e003:100\n"
                + ",payment,2026-02-20,,200000.00,EUR,D-1,,\n"
                + "P-2,payment,2026-03-31,,100000.00,EUR,D-1,,\n";
    }

    /** The same deals as JSON, the payments written on their deal. */
    static String dealsJson() {
        return PayCommandTest.deals().replace("\"receivers\": [{\"employee\": \"e001\", \"share\": \"75\"}, {\"employee\": \"e002\", \"share\": \"25\"}]}",
                "\"receivers\": [{\"employee\": \"e001\", \"share\": \"75\"}, {\"employee\": \"e002\", \"share\": \"25\"}],"
                        + " \"payments\": [{\"date\": \"2026-02-20\", \"amount\": {\"amount\": \"200000.00\", \"currency\": \"EUR\"}},"
                        + " {\"date\": \"2026-03-31\", \"amount\": {\"amount\": \"100000.00\", \"currency\": \"EUR\"}}]}");
    }

    private static CreditLedger csv(String text) throws Unusable {
        return DealsCsv.read("deals.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String text) {
        return assertThrows(Unusable.class, () -> csv(text)).getMessage();
    }

    @Test
    void theSampleTableGivesTheTransactionsOfTheSampleDocument() throws Exception {
        CreditLedger fromCsv = DealsCsv.read("deals.csv", Files.readAllBytes(Path.of("../docs/samples/deals.csv")));
        CreditLedger fromJson = TransactionsJson.read(Path.of("../docs/samples/deals.json")).ledger();
        assertEquals(fromJson.transactions(), fromCsv.transactions());
        // 99.99 split 75/25 is 74.99 / 25.00, and the refund takes both back
        LocalDate first = LocalDate.of(2026, 1, 1);
        assertEquals(fromJson.facts(first, LocalDate.of(2026, 1, 31), CreditBasis.BOOKING_DATE).asMap(),
                fromCsv.facts(first, LocalDate.of(2026, 1, 31), CreditBasis.BOOKING_DATE).asMap());
    }

    @Test
    void theCsvAndTheJsonFormOfOneDealsFileGiveTheSameTransactionsAndFactsOnBothBases() throws Exception {
        CreditLedger fromCsv = csv(dealsCsv());
        CreditLedger fromJson = TransactionsJson.read(dealsJson()).ledger();
        assertEquals(fromJson.transactions(), fromCsv.transactions());
        LocalDate first = LocalDate.of(2026, 1, 1);
        LocalDate last = LocalDate.of(2026, 3, 31);
        for (CreditBasis basis : CreditBasis.values()) {
            assertEquals(fromJson.facts(first, last, basis).asMap(), fromCsv.facts(first, last, basis).asMap(), basis.name());
        }
    }

    @Test
    void payGivesTheSameResultsFromTheCsvAndTheJsonForm() throws IOException {
        Path facts = dir.resolve("facts.csv");
        Files.writeString(facts, PayCommandTest.factsWithoutRevenue(), StandardCharsets.UTF_8);
        Path json = dir.resolve("deals.json");
        Files.writeString(json, dealsJson(), StandardCharsets.UTF_8);
        Path csv = dir.resolve("deals.csv");
        Files.writeString(csv, dealsCsv(), StandardCharsets.UTF_8);
        for (String cash : new String[] {"", "--cash"}) {
            Path fromJson = dir.resolve("json" + cash + ".csv");
            Path fromCsv = dir.resolve("csv" + cash + ".csv");
            Cli.Run a = Cli.run(args(facts, json, fromJson, cash));
            Cli.Run b = Cli.run(args(facts, csv, fromCsv, cash));
            assertEquals(0, a.code(), a.err());
            assertEquals(0, b.code(), b.err());
            assertEquals(Files.readString(fromJson), Files.readString(fromCsv), "results with '" + cash + "'");
        }
        assertFalse(Files.readString(dir.resolve("csv.csv")).equals(Files.readString(dir.resolve("csv--cash.csv"))),
                "cash received differs from booking here (D-1 is paid only in part)");
    }

    private static String[] args(Path facts, Path deals, Path out, String cash) {
        String[] base = {"pay", "--plan", Samples.PLAN.toString(), "--facts", facts.toString(), "--out", out.toString(),
            "--transactions", deals.toString(), "--credit", "revenue", "--from", "2026-01-01", "--to", "2026-03-31"};
        if (cash.isEmpty()) {
            return base;
        }
        String[] more = java.util.Arrays.copyOf(base, base.length + 1);
        more[base.length] = cash;
        return more;
    }

    @Test
    void sharesNotTotalling100NameTheLineOfTheDeal() {
        String message = refusal(dealsCsv().replace("e001:75;e002:25", "e001:75;e002:20"));
        assertTrue(message.startsWith("deals.csv:2: "), message);
        assertTrue(message.contains("95"), message);
    }

    @Test
    void aRefundOfAnUnknownDealNamesTheLineOfTheRefund() {
        String message = refusal(dealsCsv().replace("-100000.00,EUR,D-2", "-100000.00,EUR,D-9"));
        assertTrue(message.startsWith("deals.csv:4: "), message);
        assertTrue(message.contains("D-9"), message);
    }

    @Test
    void aRefundLargerThanItsDealNamesTheLineOfTheRefund() {
        String message = refusal(dealsCsv().replace("-100000.00", "-500000.01"));
        assertTrue(message.startsWith("deals.csv:4: "), message);
    }

    @Test
    void paymentsAboveTheDealOrOfAnUnknownDealNameTheLineOfThePayment() {
        String above = refusal(dealsCsv().replace("P-2,payment,2026-03-31,,100000.00", "P-2,payment,2026-03-31,,400000.01"));
        assertTrue(above.startsWith("deals.csv:8: "), above);
        String unknown = refusal(dealsCsv().replace("100000.00,EUR,D-1", "100000.00,EUR,D-7"));
        assertTrue(unknown.startsWith("deals.csv:8: a payment of 'D-7', which is not a deal of the file"), unknown);
        String ofRefund = refusal(dealsCsv().replace("100000.00,EUR,D-1", "100000.00,EUR,R-1"));
        assertTrue(ofRefund.startsWith("deals.csv:8: a payment of 'R-1', which is a refund (line 4)"), ofRefund);
    }

    @Test
    void aPaymentAfterARefundThatCancelledTheDealNamesTheLineOfThePayment() {
        String text = HEADER + "D-1,deal,2026-01-15,revenue,100.00,EUR,,,e001:100\n"
                + "R-1,refund,2026-02-01,,-100.00,EUR,D-1,,\n"
                + "P-1,payment,2026-03-01,,50.00,EUR,D-1,,\n";
        String message = refusal(text);
        assertTrue(message.startsWith("deals.csv:4: "), message);
    }

    @Test
    void malformedRowsAreNamedByLine() {
        assertTrue(refusal(dealsCsv().replace("e001:75;e002:25", "e001=75;e002:25"))
                .startsWith("deals.csv:2: receiver 'e001=75' in column 'receivers' is not written as employee:share"));
        assertTrue(refusal(dealsCsv().replace("e001:75;", "e001:7x5;"))
                .startsWith("deals.csv:2: bad number '7x5' as the share of 'e001'"));
        assertTrue(refusal(dealsCsv().replace("2026-02-01", "01.02.2026"))
                .startsWith("deals.csv:3: column 'date' is '01.02.2026', not a date"));
        assertTrue(refusal(dealsCsv().replace("R-1,refund", "R-1,credit-note"))
                .startsWith("deals.csv:4: unknown kind 'credit-note' (known: deal, refund, payment)"));
        assertTrue(refusal(dealsCsv().replace("1000.00,EUR,,percent,e099", "1000.00,EUX,,percent,e099"))
                .startsWith("deals.csv:5: column 'currency' is 'EUX'"));
        assertTrue(refusal(dealsCsv().replace("D-4,deal", "D-3,deal"))
                .startsWith("deals.csv:6: transaction id 'D-3' is listed twice (first at line 5)"));
        assertTrue(refusal(dealsCsv().replace("R-1,refund,2026-03-01,,", "R-1,refund,2026-03-01,revenue,"))
                .startsWith("deals.csv:4: column 'indicator' is 'revenue' but must be empty for a refund"));
        assertTrue(refusal(dealsCsv().replace("D-2,deal,2026-02-01,revenue,500000.00,EUR,,,e001:100", "D-2,deal,2026-02-01"))
                .startsWith("deals.csv:3: the row has 3 cells"));
        assertTrue(refusal(dealsCsv().replace("D-2,deal,2026-02-01,revenue", "D-2,deal,2026-02-01,\"revenue"))
                .startsWith("deals.csv:3: the quote at column"));
        assertTrue(refusal("id,kind,date,amount\n").startsWith("deals.csv:1: the header lacks the required column 'indicator'"));
        assertTrue(refusal("").startsWith("deals.csv: the file is empty"));
    }

    @Test
    void rollUpOfACsvTableSaysItHasNoReportingLines() throws IOException {
        Path facts = dir.resolve("facts.csv");
        Files.writeString(facts, PayCommandTest.factsWithoutRevenue(), StandardCharsets.UTF_8);
        Path csv = dir.resolve("deals.csv");
        Files.writeString(csv, dealsCsv(), StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("pay", "--plan", Samples.PLAN.toString(), "--facts", facts.toString(), "--out",
                dir.resolve("r.csv").toString(), "--transactions", csv.toString(), "--credit", "revenue", "--roll-up", "direct");
        assertEquals(Kpi.UNUSABLE, run.code(), run.err());
        assertTrue(run.err().contains(csv + ": has no hierarchy, so --roll-up direct has no managers to roll up to: a CSV"
                + " deals file has none"), run.err());
    }

    @Test
    void aJsonDocumentIsToldFromACsvTableByItsFirstCharacter() {
        assertTrue(DealsOptions.isJson("\uFEFF \n {\"formatVersion\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(DealsOptions.isJson(HEADER.getBytes(StandardCharsets.UTF_8)));
        assertFalse(DealsOptions.isJson(new byte[0]));
    }
}
