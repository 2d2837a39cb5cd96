package org.kpiengine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.json.PeriodFixtures.eur;
import static org.kpiengine.json.PeriodFixtures.month;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kpiengine.money.Money;
import org.kpiengine.period.Payment;
import org.kpiengine.period.PeriodStatement;
import org.kpiengine.period.PeriodStatementLine;
import org.kpiengine.period.YearResult;

import tools.jackson.databind.JsonNode;

/**
 * A period statement's JSON, on generated years (two plan versions, a hire and a termination,
 * draws, a cap with carry-forward, cumulative schemes, chargebacks, closed periods paid a little
 * differently): every number a line's English detail shows is a number of that line's typed JSON
 * data, so that a front end writes the line from the data alone; and the line's reckoning is of its
 * kind.
 */
class StatementJsonProperties {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** A linear scheme's detail divides by the constant 100 ("× index % 40.0000 / 100"), a figure of the formula, not a value. */
    private static final Pattern PERCENT_DIVISOR = Pattern.compile("/ 100(?![\\d.])");

    /** Closed periods: the first computation's payments, each off by the same few cents or euros. */
    static YearResult withLedger(YearCase c, int closed, int offsetCents) {
        YearResult first = c.year().compute(c.employee());
        int closedCount = Math.min(closed, first.statements().size() - 1);
        List<Payment> ledger = new ArrayList<>();
        for (int k = 0; k < closedCount; k++) {
            Money offset = eur(BigDecimal.valueOf(offsetCents, 2).toPlainString());
            ledger.add(new Payment(month(k + 1), first.statements().get(k).paid().plus(offset)));
        }
        return c.year().compute(c.employee(ledger));
    }

    @Test
    void everyNumberOfALinesDetailIsInItsJsonData() {
        qt().withExamples(150).forAll(YearCase.any(), integers().between(0, 11), integers().between(-50_000, 50_000))
                .checkAssert((c, closed, offsetCents) -> {
                    for (PeriodStatement period : withLedger(c, closed, offsetCents).statements()) {
                        assertDetailsInData(period);
                    }
                });
    }

    @Test
    void theDrawExampleDetailsAreInTheirData() {
        for (PeriodStatement period : StatementJsonGoldenTest.drawExample().statements()) {
            assertDetailsInData(period);
        }
    }

    @Test
    void aNumberThatIsNotInTheDataIsCaught() {
        // the check itself: a figure the line's data does not hold is reported, the line's own figures are not
        PeriodStatement january = StatementJsonGoldenTest.drawExample().statements().get(0);
        JsonNode draw = PlanJsonProperties.tree(ResultJson.statement(january)).get("lines").get(2);
        List<BigDecimal> data = numbers(draw);
        assertTrue(numbersOf("variable 400.00 below the draw 1000.00").stream().allMatch(n -> contains(data, n)));
        assertFalse(numbersOf("variable 400.01 below the draw 1000.00").stream().allMatch(n -> contains(data, n)));
        JsonNode commission = PlanJsonProperties.tree(ResultJson.statement(january)).get("lines").get(1);
        assertTrue(numbersOf(commission.get("detail").stringValue()).stream().allMatch(n -> contains(numbers(commission), n)));
        assertFalse(numbersOf("index 41.0000").stream().allMatch(n -> contains(numbers(commission), n)));
    }

    static void assertDetailsInData(PeriodStatement period) {
        JsonNode lines = PlanJsonProperties.tree(ResultJson.statement(period)).get("lines");
        assertEquals(period.lines().size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PeriodStatementLine line = period.lines().get(i);
            JsonNode json = lines.get(i);
            assertEquals(line.reckoning().kind(), json.get("reckoning").get("kind").stringValue());
            assertEquals(line.detail(), json.get("detail").stringValue());
            List<BigDecimal> data = numbers(json);
            for (BigDecimal shown : numbersOf(line.detail())) {
                assertTrue(contains(data, shown), () -> shown + " is in the detail but not in the line's data: " + json);
            }
        }
    }

    private static boolean contains(List<BigDecimal> data, BigDecimal shown) {
        // the detail writes a negative amount after a minus sign or in words ("carried forward"): compare magnitudes
        return data.stream().anyMatch(d -> d.abs().compareTo(shown) == 0);
    }

    /** The numbers a detail shows, unsigned, the formula's constant divisor left out; a date is three numbers. */
    static List<BigDecimal> numbersOf(String detail) {
        Matcher matcher = NUMBER.matcher(PERCENT_DIVISOR.matcher(detail).replaceAll("/ hundred"));
        List<BigDecimal> out = new ArrayList<>();
        while (matcher.find()) {
            out.add(new BigDecimal(matcher.group()));
        }
        return out;
    }

    /** Every number of a line's JSON, its English detail and name left out: plain decimals, and the digit groups of dates and ids. */
    static List<BigDecimal> numbers(JsonNode node) {
        List<BigDecimal> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<BigDecimal> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                if (!entry.getKey().equals("detail") && !entry.getKey().equals("name")) {
                    collect(entry.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, out));
        } else if (node.isString()) {
            String text = node.stringValue();
            if (text.matches("-?\\d+(\\.\\d+)?")) {
                out.add(new BigDecimal(text));
            } else {
                Matcher digits = Pattern.compile("\\d+").matcher(text);
                while (digits.find()) {
                    out.add(new BigDecimal(digits.group()));
                }
            }
        } else if (node.isNumber()) {
            out.add(node.decimalValue());
        }
    }
}
