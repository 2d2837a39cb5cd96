package org.kpiengine.statement;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.statement.StatementSamples.Language;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The statement text shows no number that the explanation's data form does not hold: whatever the
 * facts, the salary, the idle hours and the language, every number in the text (its separators
 * read back in that language's format) equals, as a decimal, a number in {@code toData()}.
 */
class StatementProperties {

    /** A fact at one decimal place, zero and the plan's neighbourhood coming up often. */
    private static Gen<BigDecimal> tenths(int max) {
        return SourceDSL.integers().between(0, max * 10).map(n -> BigDecimal.valueOf(n, 1));
    }

    private static Gen<Statement> statements() {
        Gen<Language> languages = Generate.enumValues(Language.class);
        Gen<Facts> facts = tenths(1_000_000).zip(tenths(120), tenths(1_200), tenths(160), tenths(90_000).map(v -> v.add(BigDecimal.ONE)),
                (revenue, deals, calls, quality, receivables) -> Facts.builder().put("revenue", revenue).put("deals", deals)
                        .put("calls", calls).put("quality", quality).put("receivables", receivables).build());
        Gen<String> salaries = SourceDSL.integers().between(0, 1_000_000).map(n -> BigDecimal.valueOf(n, 2).toPlainString());
        Gen<String> hours = SourceDSL.integers().between(0, 400).map(n -> BigDecimal.valueOf(n, 1).toPlainString());
        return languages.zip(facts, salaries, hours, StatementSamples::monthly);
    }

    @Test
    void everyNumberTheTextShowsIsInTheData() {
        qt().withExamples(200).forAll(statements()).checkAssert(statement -> {
            for (Language language : Language.values()) {
                assertNumbersInData(statement, Wording.of(language.locale()));
            }
        });
    }

    @Test
    void theGoldenSamplesShowOnlyNumbersOfTheirData() {
        for (Language language : Language.values()) {
            Wording words = Wording.of(language.locale());
            assertNumbersInData(StatementSamples.salesManager(language), words);
            assertNumbersInData(StatementSamples.monthly(language), words);
            assertNumbersInData(StatementSamples.sevenIndicators(language), words);
        }
    }

    static void assertNumbersInData(Statement statement, Wording words) {
        List<BigDecimal> data = new ArrayList<>();
        collect(statement.explanation().toData(), data);
        String text = statement.toText(words);
        // the heading (employee, period) is the integrator's text, not a figure
        String body = text.substring(text.indexOf("\n\n") + 2);
        for (BigDecimal shown : numbers(body, words)) {
            // a sign may stand before a currency symbol, away from the digits: compare magnitudes
            assertTrue(data.stream().anyMatch(d -> d.abs().compareTo(shown) == 0),
                    () -> shown + " is shown but not in the data " + data + "\n" + text);
        }
    }

    /** The numbers of a text written in a wording: groups joined, the decimal separator read as a point. */
    static List<BigDecimal> numbers(String text, Wording words) {
        String group = Pattern.quote(words.text("number.group"));
        String decimal = Pattern.quote(words.text("number.decimal"));
        Matcher matcher = Pattern.compile("\\d{1,3}(?:" + group + "\\d{3})+(?:" + decimal + "\\d+)?|\\d+(?:" + decimal + "\\d+)?")
                .matcher(text);
        List<BigDecimal> out = new ArrayList<>();
        while (matcher.find()) {
            String token = matcher.group().replace(words.text("number.group"), "");
            if (!words.text("number.decimal").equals(".")) {
                token = token.replace(words.text("number.decimal"), ".");
            }
            out.add(new BigDecimal(token));
        }
        return out;
    }

    private static void collect(Object value, List<BigDecimal> out) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (value instanceof String text && text.matches("-?\\d+(\\.\\d+)?")) {
            out.add(new BigDecimal(text));
        }
    }
}
