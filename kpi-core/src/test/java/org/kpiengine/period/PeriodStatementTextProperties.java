package org.kpiengine.period;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.period.PeriodFixtures.eur;
import static org.kpiengine.period.PeriodFixtures.month;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kpiengine.explain.Explanation;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.statement.Statement;
import org.kpiengine.statement.Wording;

/**
 * A period statement written in the employee's language shows no number that the period statement
 * does not hold: on generated years (two plan versions, a hire and a termination, draws, a cap with
 * carry-forward, cumulative schemes, chargebacks, closed periods paid a little differently), in
 * every shipped language, every number of the text (its separators read back in that language's
 * format) equals a number of the statement's typed values — an amount, a fact, a threshold, an
 * index, a day count, a date or a period's id.
 */
class PeriodStatementTextProperties {

    /** The record components that hold an id of a period or a window, whose digits the text may show. */
    private static final java.util.Set<String> IDS = java.util.Set.of("id", "periodId", "originalPeriodId", "window");

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru-RU"), Locale.GERMANY,
            Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("pt-PT"));

    @Test
    void everyNumberTheTextShowsIsInThePeriodStatement() {
        qt().withExamples(150).forAll(YearCase.any(), integers().between(0, 11), integers().between(-50_000, 50_000))
                .checkAssert((c, closed, offsetCents) -> {
                    YearResult first = c.year().compute(c.employee());
                    int closedCount = Math.min(closed, first.statements().size() - 1);
                    List<Payment> ledger = new ArrayList<>();
                    for (int k = 0; k < closedCount; k++) {
                        Money offset = eur(BigDecimal.valueOf(offsetCents, 2).toPlainString());
                        ledger.add(new Payment(month(k + 1), first.statements().get(k).paid().plus(offset)));
                    }
                    YearResult result = c.year().compute(c.employee(ledger));
                    for (PeriodStatement period : result.statements()) {
                        if (period.parts().isEmpty()) {
                            continue;
                        }
                        for (Locale locale : LANGUAGES) {
                            assertNumbersInData(period, Wording.of(locale));
                        }
                    }
                });
    }

    @Test
    void theDrawExampleShowsOnlyNumbersOfItsData() {
        YearResult result = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", PeriodFixtures.JAN_1, PeriodFixtures.revenueCard("100000"),
                        PeriodFixtures.commission("1000"), eur("3000")).withDraw(Draw.recoverable(eur("1000"))))
                .build()
                .compute(EmployeeYear.builder("cleo").assignment(Assignment.from("seller", PeriodFixtures.JAN_1))
                        .facts(month(1), PeriodFixtures.revenueFact("40000"))
                        .facts(month(2), PeriodFixtures.revenueFact("70000"))
                        .facts(month(3), PeriodFixtures.revenueFact("200000"))
                        .facts(month(4), PeriodFixtures.revenueFact("150000")).build());
        for (PeriodStatement period : result.statements()) {
            for (Locale locale : LANGUAGES) {
                assertNumbersInData(period, Wording.of(locale));
            }
        }
    }

    @Test
    void aNumberThatIsNotInTheDataIsCaught() {
        // the check itself: a figure the statement does not hold is reported
        PeriodStatement january = CompensationYear.builder(PlanYear.months(2026))
                .version(PlanVersion.of("seller", PeriodFixtures.JAN_1, PeriodFixtures.revenueCard("100000"),
                        PeriodFixtures.commission("1000"), eur("3000")))
                .build()
                .compute(EmployeeYear.builder("cleo").assignment(Assignment.from("seller", PeriodFixtures.JAN_1))
                        .facts(month(1), PeriodFixtures.revenueFact("40000")).build())
                .statement(month(1));
        Wording words = Wording.of(Locale.GERMANY);
        List<BigDecimal> data = data(january);
        assertFalse(numbers("Summe 1.234.567,89 €", words).stream().allMatch(n -> contains(data, n)));
        assertTrue(numbers("Fixgehalt 3.000,00 €", words).stream().allMatch(n -> contains(data, n)));
    }

    static void assertNumbersInData(PeriodStatement period, Wording words) {
        List<BigDecimal> data = data(period);
        String text = Statement.of(period, "E", "P").toText(words);
        // the heading (employee, period) is the integrator's text, not a figure
        String body = text.substring(text.indexOf("\n\n") + 2);
        for (BigDecimal shown : numbers(body, words)) {
            assertTrue(contains(data, shown), () -> shown + " is shown but not in the period statement\n" + text);
        }
    }

    private static boolean contains(List<BigDecimal> data, BigDecimal shown) {
        // a sign may stand before a currency symbol, away from the digits: compare magnitudes
        return data.stream().anyMatch(d -> d.abs().compareTo(shown) == 0);
    }

    /** Every number the period statement holds, walking its records; evaluations and payouts through their data form. */
    static List<BigDecimal> data(PeriodStatement period) {
        List<BigDecimal> out = new ArrayList<>();
        collect(period, out, 0);
        for (PeriodStatementLine line : period.lines()) {
            if (line.reckoning() instanceof PeriodReckoning.TrueUp t) {
                collect(Explanation.of(t.evaluationToDate()).toData(), out, 0);
            }
        }
        for (PeriodPart part : period.parts()) {
            collect(Explanation.of(part.evaluation(), part.payout()).toData(), out, 0);
        }
        return out;
    }

    private static void collect(Object value, List<BigDecimal> out, int depth) {
        collect("", value, out, depth);
    }

    private static void collect(String name, Object value, List<BigDecimal> out, int depth) {
        if (depth > 12 || value == null) {
            return;
        }
        if (value instanceof Money money) {
            out.add(money.amount());
        } else if (value instanceof BigDecimal decimal) {
            out.add(decimal);
        } else if (value instanceof Integer number) {
            out.add(BigDecimal.valueOf(number));
        } else if (value instanceof LocalDate date) {
            out.add(BigDecimal.valueOf(date.getYear()));
            out.add(BigDecimal.valueOf(date.getMonthValue()));
            out.add(BigDecimal.valueOf(date.getDayOfMonth()));
        } else if (value instanceof String text) {
            // plain decimals of the data form; the ids of periods and windows ("2026-03", "2026-Q1"), never a
            // line's English detail
            if (text.matches("-?\\d+(\\.\\d+)?")) {
                out.add(new BigDecimal(text));
            } else if (IDS.contains(name)) {
                Matcher digits = Pattern.compile("\\d+").matcher(text);
                while (digits.find()) {
                    out.add(new BigDecimal(digits.group()));
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out, depth + 1));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out, depth + 1));
        } else if (value instanceof Evaluation) {
            return; // through Explanation.toData() above
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collect(component.getName(), component.getAccessor().invoke(record), out, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** The numbers of a text written in a wording: groups joined, the decimal separator read as a point. */
    static List<BigDecimal> numbers(String text, Wording words) {
        // the separators, as the wording writes 1234.5
        String sample = words.number(new BigDecimal("1234.5"));
        String group = sample.substring(1, sample.indexOf('2'));
        String decimal = sample.substring(sample.indexOf('4') + 1, sample.indexOf('5'));
        // a date (01.03.2026, 01/03/2026, 2026-03-01) is three numbers, not one grouped number
        Matcher dates = Pattern.compile("\\d{2}[./]\\d{2}[./]\\d{4}|\\d{4}-\\d{2}-\\d{2}").matcher(text);
        StringBuilder plain = new StringBuilder();
        while (dates.find()) {
            dates.appendReplacement(plain, dates.group().replaceAll("[./-]", " "));
        }
        dates.appendTail(plain);
        text = plain.toString();
        Matcher matcher = Pattern.compile("\\d{1,3}(?:" + Pattern.quote(group) + "\\d{3})+(?:" + Pattern.quote(decimal)
                + "\\d+)?|\\d+(?:" + Pattern.quote(decimal) + "\\d+)?").matcher(text);
        List<BigDecimal> out = new ArrayList<>();
        while (matcher.find()) {
            String token = matcher.group().replace(group, "");
            if (!decimal.equals(".")) {
                token = token.replace(decimal, ".");
            }
            out.add(new BigDecimal(token));
        }
        return out;
    }
}
