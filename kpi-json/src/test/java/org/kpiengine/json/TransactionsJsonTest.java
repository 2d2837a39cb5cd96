package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.credit.Credit;
import org.kpiengine.credit.CreditBasis;
import org.kpiengine.credit.CreditedFacts;
import org.kpiengine.credit.RollUp;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Facts;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The transactions format: the sample deals.json gives the credits of docs/reference/credit.md,
 * feeds a team batch as the object API, is in canonical form and matches the schema; bad documents
 * are refused with the pointer of the transaction or member at fault.
 */
class TransactionsJsonTest {

    static final String SAMPLE = "deals.json";

    private static final LocalDate Q1_FIRST = LocalDate.of(2026, 1, 1);
    private static final LocalDate Q1_LAST = LocalDate.of(2026, 3, 31);

    private static TransactionsDocument sample() throws IOException {
        return TransactionsJson.read(SamplesTest.sample(SAMPLE));
    }

    private static BigDecimal fact(CreditedFacts facts, String employee) {
        return facts.facts(employee).get("revenue");
    }

    /** Facts are compared by value: a sum of credits may be held at any scale. */
    private static void assertFact(String expected, CreditedFacts facts, String employee) {
        BigDecimal actual = fact(facts, employee);
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> employee + ": expected " + expected + ", was " + actual);
    }

    private static List<String> credits(TransactionsDocument doc, String transaction) {
        return doc.ledger().credits(CreditBasis.BOOKING_DATE).stream().filter(c -> c.transactionId().equals(transaction))
                .map(c -> c.employeeId() + " " + c.amount().amount().toPlainString()).toList();
    }

    @Test
    void theSampleSplitsRefundsAndSharesByWeightsToTheCent() throws IOException {
        TransactionsDocument doc = sample();
        // credit.md, Exact split: 99.99 at 75 / 25; its full refund; 100.00 three ways by weights
        assertEquals(List.of("anna 74.99", "ben 25.00"), credits(doc, "D-1"));
        assertEquals(List.of("anna -74.99", "ben -25.00"), credits(doc, "R-1"));
        assertEquals(List.of("anna 33.34", "ben 33.33", "carla 33.33"), credits(doc, "D-2"));
        assertEquals(List.of("anna 150000.00", "carla 100000.00"), credits(doc, "D-3"));

        CreditedFacts january = doc.ledger().facts(Q1_FIRST, LocalDate.of(2026, 1, 31), CreditBasis.BOOKING_DATE);
        assertFact("74.99", january, "anna");
        assertFact("25.00", january, "ben");

        CreditedFacts q1 = doc.ledger().facts(Q1_FIRST, Q1_LAST, CreditBasis.BOOKING_DATE);
        assertFact("150033.34", q1, "anna");     // 74.99 − 74.99 + 33.34 + 150 000.00
        assertFact("33.33", q1, "ben");          // 25.00 − 25.00 + 33.33
        assertFact("100033.33", q1, "carla");    // 33.33 + 100 000.00

        // on cash received, only D-3's first payment (100 000.00 on 20 March) counts in Q1, 150 : 100
        CreditedFacts cash = doc.ledger().facts(Q1_FIRST, Q1_LAST, CreditBasis.CASH_RECEIVED);
        assertFact("60000.00", cash, "anna");
        assertFact("40000.00", cash, "carla");
    }

    @Test
    void theSampleHierarchyRollsUpEachCreditToTheManagerOfItsDate() throws IOException {
        TransactionsDocument doc = sample();
        assertNotNull(doc.hierarchy());
        assertEquals("maria", doc.hierarchy().managerOn("ben", LocalDate.of(2026, 3, 1)));
        CreditedFacts q1 = doc.ledger().facts(Q1_FIRST, Q1_LAST, CreditBasis.BOOKING_DATE, doc.hierarchy(), RollUp.DIRECT);
        // oleg: anna 150 033.34 + carla 100 033.33 + ben's credits of January and February 33.33
        assertFact("250100.00", q1, "oleg");
        // maria: ben from 1 March, who has no credit in March
        assertEquals(0, fact(q1, "maria").signum());
        assertFact("150033.34", q1, "anna");   // overlay: the seller keeps the credit
    }

    @Test
    void aTeamBatchFedByTheCreditedFactsPaysAsTheObjectApi() throws IOException {
        PlanDocument plan = PlanJson.standard().read(SamplesTest.sample("stabilisation.json"));
        CreditedFacts q1 = sample().ledger().facts(Q1_FIRST, Q1_LAST, CreditBasis.BOOKING_DATE);
        List<String> ids = List.of("anna", "ben", "carla");
        Map<String, String> onTime = Map.of("anna", "96", "ben", "91", "carla", "99");
        Map<String, String> overdue = Map.of("anna", "8", "ben", "12", "carla", "20");
        Map<String, String> salary = Map.of("anna", "3000.00", "ben", "2800.00", "carla", "3200.50");
        TeamInput input = TeamInput.builder(ids.size())
                .employeeIds(ids.toArray(String[]::new))
                .facts("revenue", q1.column("revenue", ids))
                .facts("on-time", column(ids, onTime))
                .facts("stock-days", column(ids, Map.of("anna", "30", "ben", "27", "carla", "40")))
                .facts("overdue", column(ids, overdue))
                .salaries(Currency.getInstance("EUR"), column(ids, salary))
                .build();
        TeamResult result = plan.batch().evaluate(input);
        assertEquals(3, result.okCount(), () -> result.errors().toString());
        for (int row = 0; row < ids.size(); row++) {
            String id = ids.get(row);
            Facts facts = Facts.builder().put("revenue", fact(q1, id))
                    .put("on-time", onTime.get(id))
                    .put("stock-days", input.facts().get("stock-days").get(row))
                    .put("overdue", overdue.get(id)).build();
            Payout payout = plan.pay(facts, PayInputs.of(Money.of("EUR", salary.get(id))));
            assertEquals(payout.total(), result.total(row), id);
            assertEquals(payout.line("commission").amount(), result.component(row, "commission"), id);
        }
        // carla's overdue 20 % is above the gate's 15 %: no commission; anna's is paid on 150 033.34
        assertEquals(Money.of("EUR", "3200.50"), result.total(2));
        assertTrue(result.component(0, "commission").amount().signum() > 0, () -> result.components(0).toString());
    }

    private static DecimalColumn column(List<String> ids, Map<String, String> values) {
        return DecimalColumn.of(ids.stream().map(id -> new BigDecimal(values.get(id))).toArray(BigDecimal[]::new));
    }

    @Test
    void theSampleIsInCanonicalFormAndReadsBackEqual() throws IOException {
        String text = SamplesTest.sample(SAMPLE);
        TransactionsDocument doc = TransactionsJson.read(text);
        assertEquals(text, TransactionsJson.write(doc));
        assertEquals(doc, TransactionsJson.read(TransactionsJson.write(doc)));
        try (InputStream in = Files.newInputStream(SamplesTest.SAMPLES.resolve(SAMPLE))) {
            assertEquals(doc, TransactionsJson.read(in));
        }
        assertEquals(doc, TransactionsJson.read(SamplesTest.SAMPLES.resolve(SAMPLE)));
    }

    @Test
    void aDocumentIsWrittenInTheCanonicalForm() {
        String written = TransactionsJson.write(TransactionsJson.read("""
                {"transactions": [{"type": "deal", "shares": "percent", "receivers": [{"share": "75.00", "employee": "anna"},
                  {"employee": "ben", "share": 25}], "indicator": "revenue", "amount": {"currency": "EUR", "amount": "99.990"},
                  "booked": "2026-01-12", "id": "D-1", "payments": []}], "formatVersion": 1}
                """).ledger());
        assertEquals("""
                {
                  "formatVersion": 1,
                  "transactions": [
                    {
                      "id": "D-1",
                      "type": "deal",
                      "booked": "2026-01-12",
                      "amount": {
                        "amount": "99.99",
                        "currency": "EUR"
                      },
                      "indicator": "revenue",
                      "shares": "percent",
                      "receivers": [
                        {
                          "employee": "anna",
                          "share": "75"
                        },
                        {
                          "employee": "ben",
                          "share": "25"
                        }
                      ]
                    }
                  ]
                }
                """, written);
    }

    @Test
    void bothCopiesOfTheSchemaAreTheSameAndTheSampleMatchesIt() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "reference", "transactions-format.schema.json"), StandardCharsets.UTF_8);
        try (InputStream in = PlanJson.class.getResourceAsStream(SchemaCheck.TRANSACTIONS_RESOURCE)) {
            assertNotNull(in);
            assertEquals(docs, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of(), SchemaCheck.transactionErrors(SamplesTest.sample(SAMPLE)));
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefusesInShape() throws IOException {
        assertTrue(schemaErrors(root -> { }).isEmpty());
        assertTrue(schemaErrors(root -> at(root, "/transactions/0/receivers/0").put("share", 75)).isEmpty(), "an integer");
        assertTrue(!schemaErrors(root -> at(root, "/transactions/0/receivers/0").put("share", 74.5)).isEmpty(), "a fraction");
        assertTrue(!schemaErrors(root -> at(root, "/transactions/0").put("colour", "red")).isEmpty(), "unknown member");
        assertTrue(!schemaErrors(root -> at(root, "/transactions/1").putArray("receivers")).isEmpty(), "a refund's receivers");
        assertTrue(!schemaErrors(root -> at(root, "/transactions/0").put("shares", "thirds")).isEmpty(), "basis");
        assertTrue(!schemaErrors(root -> at(root, "/transactions/0").put("booked", "12.01.2026")).isEmpty(), "date");
        assertTrue(!schemaErrors(root -> at(root, "/transactions/0").remove("indicator")).isEmpty(), "no indicator");
        assertTrue(!schemaErrors(root -> at(root, "/hierarchy/0").put("manager", 3)).isEmpty(), "a manager id");
        assertTrue(!schemaErrors(root -> root.put("formatVersion", 2)).isEmpty(), "version");
    }

    private static List<String> schemaErrors(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) PlanJsonProperties.tree(SamplesTest.sample(SAMPLE));
        edit.accept(root);
        return SchemaCheck.transactionErrors(root.toString());
    }

    private static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    private static PlanJsonException refused(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) PlanJsonProperties.tree(SamplesTest.sample(SAMPLE));
        edit.accept(root);
        String text = root.toPrettyString();
        return assertThrows(PlanJsonException.class, () -> TransactionsJson.read(text));
    }

    private static void assertRefused(String pointer, Reason reason, String inMessage, Consumer<ObjectNode> edit)
            throws IOException {
        PlanJsonException e = refused(edit);
        assertEquals(pointer, e.pointer(), e::getMessage);
        assertEquals(pointer, e.field(), e::getMessage);
        assertEquals(reason, e.reason(), e::getMessage);
        assertTrue(e.getMessage().startsWith(pointer + ": "), e::getMessage);
        assertTrue(e.getMessage().contains(inMessage), e::getMessage);
    }

    @Test
    void sharesNotTotalling100PointToTheTransaction() throws IOException {
        assertRefused("/transactions/0", Reason.SHARES_TOTAL, "100",
                root -> at(root, "/transactions/0/receivers/1").put("share", "20"));
        assertRefused("/transactions/3", Reason.SHARES_TOTAL, "250000.00",
                root -> at(root, "/transactions/3/receivers/1").put("share", "99999.99"));
        assertRefused("/transactions/2", Reason.SHARES_TOTAL, "",
                root -> ((ArrayNode) root.at("/transactions/2/receivers")).forEach(r -> ((ObjectNode) r).put("share", "0")));
    }

    @Test
    void unknownMembersAndWrongTypesPointToTheMember() throws IOException {
        assertRefused("/transactions/2/colour", Reason.OTHER, "unknown member 'colour'",
                root -> at(root, "/transactions/2").put("colour", "red"));
        assertRefused("/transactions/1/receivers", Reason.OTHER, "unknown member 'receivers'",
                root -> at(root, "/transactions/1").putArray("receivers"));
        assertRefused("/hierarchy/2/boss", Reason.OTHER, "unknown member", root -> at(root, "/hierarchy/2").put("boss", "x"));
        assertRefused("/colour", Reason.OTHER, "unknown member", root -> root.put("colour", "red"));
        assertRefused("/transactions/0/receivers/0/share", Reason.NOT_A_NUMBER, "\"74.5\"",
                root -> at(root, "/transactions/0/receivers/0").put("share", 74.5));
        assertRefused("/transactions/0/receivers/0/share", Reason.NEGATIVE_WEIGHT, "-75",
                root -> at(root, "/transactions/0/receivers/0").put("share", "-75"));
        assertRefused("/transactions/0/booked", Reason.OTHER, "must be a string",
                root -> at(root, "/transactions/0").put("booked", 20260112));
        assertRefused("/transactions/0/booked", Reason.OTHER, "2026-02-30",
                root -> at(root, "/transactions/0").put("booked", "2026-02-30"));
        assertRefused("/transactions/0/amount/amount", Reason.MONEY_SCALE, "99.999",
                root -> at(root, "/transactions/0/amount").put("amount", "99.999"));
        assertRefused("/transactions/0/shares", Reason.OTHER, "thirds", root -> at(root, "/transactions/0").put("shares", "thirds"));
        assertRefused("/transactions/1/type", Reason.OTHER, "deal, refund",
                root -> at(root, "/transactions/1").put("type", "credit-note"));
        assertRefused("/transactions/0/indicator", Reason.OTHER, "required", root -> at(root, "/transactions/0").remove("indicator"));
        assertRefused("/transactions", Reason.OTHER, "must be an array", root -> root.put("transactions", "D-1"));
        assertRefused("/formatVersion", Reason.OUT_OF_RANGE, "version 2", root -> root.put("formatVersion", 2));
    }

    @Test
    void theLedgersRefusalsPointToTheTransaction() throws IOException {
        assertRefused("/transactions/1/reverses", Reason.UNKNOWN_TRANSACTION, "'D-9'",
                root -> at(root, "/transactions/1").put("reverses", "D-9"));
        assertRefused("/transactions/1/amount", Reason.INVALID_TRANSACTION, "below zero",
                root -> at(root, "/transactions/1/amount").put("amount", "-100.00"));
        assertRefused("/transactions/1/booked", Reason.INVALID_TRANSACTION, "before the deal",
                root -> at(root, "/transactions/1").put("booked", "2026-01-11"));
        assertRefused("/transactions/2/id", Reason.INVALID_TRANSACTION, "listed twice",
                root -> at(root, "/transactions/2").put("id", "D-1"));
        assertRefused("/transactions/2/amount", Reason.CURRENCY_MISMATCH, "USD",
                root -> at(root, "/transactions/2/amount").put("currency", "USD"));
        // a payment after the refund that cancelled the deal
        assertRefused("/transactions/0/payments", Reason.INVALID_TRANSACTION, "2026-03-01", root -> {
            ObjectNode payment = at(root, "/transactions/0").putArray("payments").addObject();
            payment.put("date", "2026-03-01");
            payment.set("amount", JsonNodeFactory.instance.objectNode().put("amount", "10.00").put("currency", "EUR"));
        });
    }

    @Test
    void hierarchyRefusalsPointToTheLine() throws IOException {
        // ben under maria from 15 February overlaps his line under oleg (to 28 February)
        assertRefused("/hierarchy/3/manager", Reason.INVALID_HIERARCHY, "two assignments",
                root -> at(root, "/hierarchy/3").put("from", "2026-02-15"));
        assertRefused("/hierarchy", Reason.INVALID_HIERARCHY, "cycle", root -> at(root, "/hierarchy/0").put("manager", "anna"));
        assertRefused("/hierarchy/1/to", Reason.INVALID_HIERARCHY, "before it starts",
                root -> at(root, "/hierarchy/1").put("to", "2025-12-31"));
        assertRefused("/hierarchy/1/manager", Reason.INVALID_HIERARCHY, "themself",
                root -> at(root, "/hierarchy/1").put("manager", "anna"));
    }

    @Test
    void theGuidesExampleReadsAndMatchesTheSchema() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "guides", "json.md"), StandardCharsets.UTF_8);
        String section = guide.substring(guide.indexOf("\n## Transactions\n"));
        int start = section.indexOf("```json\n") + "```json\n".length();
        String example = section.substring(start, section.indexOf("```", start));
        TransactionsDocument doc = TransactionsJson.read(example);
        assertEquals(List.of("anna 74.99", "ben 25.00"), credits(doc, "D-1"));
        assertEquals(List.of("anna -74.99", "ben -25.00"), credits(doc, "R-1"));
        assertEquals("maria", doc.hierarchy().managerOn("ben", LocalDate.of(2026, 3, 1)));
        assertEquals(List.of(), SchemaCheck.transactionErrors(example));
    }

    @Test
    void aDocumentWithoutHierarchyHasNone() {
        TransactionsDocument doc = TransactionsJson.read("{\"formatVersion\": 1, \"transactions\": []}");
        assertEquals(null, doc.hierarchy());
        assertEquals(List.of(), doc.ledger().transactions());
        assertEquals("{\n  \"formatVersion\": 1,\n  \"transactions\": []\n}\n", TransactionsJson.write(doc));
        List<Credit> none = doc.ledger().credits(CreditBasis.BOOKING_DATE);
        assertTrue(none.isEmpty());
    }
}
