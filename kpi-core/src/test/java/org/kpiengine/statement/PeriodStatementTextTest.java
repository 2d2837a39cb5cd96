package org.kpiengine.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kpiengine.KpiInputException;
import org.kpiengine.explain.Explanation;
import org.kpiengine.period.Assignment;
import org.kpiengine.period.PeriodStatement;
import org.kpiengine.period.PeriodStatementLine;
import org.kpiengine.period.YearResult;
import org.kpiengine.statement.StatementSamples.Language;

/**
 * A period of a compensation year in the employee's language: golden texts of the recoverable
 * draw of docs/reference/periods.md (paid 1 000, 1 000, 1 100, 1 500 of variable pay) and of a year
 * with every kind of line, in each shipped language, compared whole with the files under
 * src/test/resources/org/kpiengine/statement/golden; and the rules of {@link Statement#of(PeriodStatement, String, String)}
 * and {@link Statement#withPeriod(PeriodStatement)}.
 */
class PeriodStatementTextTest {

    private static final Path GOLDEN = Path.of("src/test/resources/org/kpiengine/statement/golden");

    /** Every statement of a year in which the employee worked, one after the other. */
    private static String year(YearResult result, Language language, String employee) {
        StringBuilder out = new StringBuilder();
        for (PeriodStatement period : result.statements()) {
            if (!period.parts().isEmpty()) {
                out.append(Statement.of(period, employee, period.period().id()).toText(language.locale())).append("\n----\n");
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void recoverableDrawYear(Language language) throws IOException {
        YearResult result = PeriodSamples.drawYear(language);
        // the figures of the worked example, whatever the language
        assertEquals(List.of("1000.00", "1000.00", "1100.00", "1500.00"), result.statements().stream().limit(4)
                .map(s -> s.paid().minus(s.total(PeriodStatementLine.Kind.SALARY)).amount().toPlainString()).toList());
        assertEquals(List.of("600.00", "900.00", "0.00", "0.00"), result.statements().stream().limit(4)
                .map(s -> s.balances().draw().amount().toPlainString()).toList());
        assertGolden("period-draw-" + language.tag() + ".txt", year(result, language, "Cleo"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void yearWithEveryKindOfLine(Language language) throws IOException {
        YearResult result = PeriodSamples.everyLine(language);
        Set<PeriodStatementLine.Kind> kinds = EnumSet.noneOf(PeriodStatementLine.Kind.class);
        result.statements().forEach(s -> s.lines().forEach(l -> kinds.add(l.kind())));
        assertEquals(EnumSet.allOf(PeriodStatementLine.Kind.class), kinds, "the sample must show every kind of line");
        assertGolden("period-every-line-" + language.tag() + ".txt", year(result, language, "Dana"));
    }

    @Test
    void theTextIsWrittenFromTheTypedValuesNotFromTheEnglishDetail() {
        String german = Statement.of(PeriodSamples.drawYear(Language.GERMAN).statement(PeriodSamples.month(3)), "Cleo", "März 2026")
                .toText(Locale.GERMANY);
        assertTrue(german.contains("Verrechnung des Vorschusses"), german);
        assertTrue(german.contains("−900,00\u00A0€"), german);
        assertTrue(!german.contains("draw") && !german.contains("recovery") && !german.contains("balance"), german);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePageShowsThePeriodsLinesAndTheBalancesAtTheEnd(Language language) {
        YearResult result = PeriodSamples.everyLine(language);
        PeriodStatement february = result.statement(PeriodSamples.month(2));
        Wording words = Wording.of(language.locale());
        String html = Statement.of(february, "Dana", "2026-02").toHtml(words);
        // every line of the period in the pay table, in order, the paid total in the header
        String body = html.substring(html.indexOf("<table class=\"pay\">"), html.indexOf("</table>", html.indexOf("<table class=\"pay\">")));
        assertEquals(february.lines().size(), body.split("<tbody>")[1].split("</tbody>")[0].split("<tr").length - 1);
        assertTrue(html.contains("<div class=\"total\"><span>" + words.text("period.paid") + "</span><strong>"
                + StatementPage.escape(words.money(february.paid())) + "</strong>"), html);
        // the balances at the end: the draw's and the carry-forward's, in their own table
        String balances = html.substring(html.indexOf("<section class=\"balances\">"));
        assertTrue(balances.contains(StatementPage.escape(words.text("balance.draw"))), balances);
        assertTrue(balances.contains(StatementPage.escape(words.money(february.balances().draw()))), balances);
        assertTrue(balances.contains(StatementPage.escape(words.money(february.balances().carryForward()))), balances);
        assertTrue(!html.contains("<script") && !html.contains("src=") && !html.contains("href="), "self-contained");
    }

    @Test
    void withPeriodShowsThePeriodOfTheExplanationsPart() {
        PeriodStatement march = PeriodSamples.drawYear(Language.ENGLISH).statement(PeriodSamples.month(3));
        Explanation explanation = Explanation.of(march.parts().get(0).evaluation(), march.parts().get(0).payout());
        Statement plain = Statement.of(explanation, "Cleo", "March 2026");
        Statement withPeriod = plain.withPeriod(march);
        assertNull(plain.periodStatement());
        assertSame(march, withPeriod.periodStatement());
        assertEquals(Statement.of(march, "Cleo", "March 2026").toText(Locale.ENGLISH), withPeriod.toText(Locale.ENGLISH));
        assertEquals("Statement[Cleo, March 2026, 2026-03]", withPeriod.toString());
    }

    @Test
    void withPeriodRefusesAPeriodOfAnotherPayout() {
        YearResult result = PeriodSamples.drawYear(Language.ENGLISH);
        PeriodStatement february = result.statement(PeriodSamples.month(2));
        PeriodStatement march = result.statement(PeriodSamples.month(3));
        Statement ofFebruary = Statement.of(february, "Cleo", "February 2026");
        KpiInputException e = assertThrows(KpiInputException.class, () -> ofFebruary.withPeriod(march));
        assertEquals(KpiInputException.Reason.UNRELATED_RESULTS, e.reason());
        assertEquals("period", e.field());
        assertEquals("2026-03", e.value());
        assertNull(e.indicatorId());
        assertTrue(e.getMessage().contains("period '2026-03' of employee 'cleo'"), e.getMessage());
        // an explanation without a payout has no part to show
        Statement noPayout = Statement.of(Explanation.of(march.parts().get(0).evaluation()), "Cleo", "March 2026");
        assertThrows(KpiInputException.class, () -> noPayout.withPeriod(march));
    }

    @Test
    void aPeriodTheEmployeeDidNotWorkInHasNoStatementPage() {
        // hired in April: January has no part
        YearResult result = PeriodSamples.drawYear(Language.ENGLISH, Assignment.from("seller", LocalDate.of(2026, 4, 1)));
        PeriodStatement january = result.statement(PeriodSamples.month(1));
        KpiInputException e = assertThrows(KpiInputException.class, () -> Statement.of(january, "Cleo", "January 2026"));
        assertEquals(KpiInputException.Reason.MISSING_INPUT, e.reason());
        assertEquals("period", e.field());
        assertEquals("2026-01", e.value());
        assertTrue(e.getMessage().contains("did not work in period '2026-01'"), e.getMessage());
    }

    @Test
    void aDatePatternThatIsNotOneIsRefused() {
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle(Wording.BUNDLE, Locale.ENGLISH);
        java.util.ResourceBundle broken = new java.util.ResourceBundle() {
            {
                setParent(english);
            }

            @Override
            protected Object handleGetObject(String key) {
                return key.equals("date.pattern") ? "yyyy-MM-dd {" : null;
            }

            @Override
            public java.util.Enumeration<String> getKeys() {
                return english.getKeys();
            }
        };
        KpiInputException e = assertThrows(KpiInputException.class, () -> Wording.of(broken));
        assertEquals("wording", e.field());
        assertEquals("yyyy-MM-dd {", e.value());
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("statement.golden.write")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }
}
