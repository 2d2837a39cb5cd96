package org.kpiengine.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpiengine.KpiInputException;
import org.kpiengine.money.Money;

class WordingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ru-RU | RUB | 1234.56    | 1 234,56 ₽",
        "de-DE | EUR | 1234.56    | 1.234,56 €",
        "pt-PT | EUR | 1234.56    | 1.234,56 €",
        "pt-BR | BRL | 1234.56    | R$ 1.234,56",
        "pt    | BRL | 1234567.5  | R$ 1.234.567,50",
        "en    | USD | 1234.56    | $1,234.56",
        "en    | EUR | -25        | −€25.00",
        "de-DE | JPY | 1234       | 1.234 ¥",
        "de-DE | CHF | 999.5      | 999,50 CHF",
    })
    void writesMoneyInEachLanguagesFormat(String tag, String currency, String amount, String expected) {
        // the separators of ru and the space before a symbol are no-break spaces
        assertEquals(expected, Wording.of(Locale.forLanguageTag(tag)).money(Money.of(currency, amount)).replace('\u00A0', ' '));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ru | 12000.50 | 12 000,5 | 104 %",
        "de | 12000.50 | 12.000,5 | 104 %",
        "pt | 12000.50 | 12.000,5 | 104%",
        "en | 12000.50 | 12,000.5 | 104%",
    })
    void writesNumbersExactlyAndPercentagesWhereTheLanguagePutsTheSign(String tag, String value, String number, String percent) {
        Wording words = Wording.of(Locale.forLanguageTag(tag));
        assertEquals(number, words.number(new BigDecimal(value)).replace('\u00A0', ' '));
        assertEquals(percent, words.percent(new BigDecimal("104.0000")).replace('\u00A0', ' '));
        assertEquals("0", words.number(new BigDecimal("-0.000")));
        assertEquals("0,0001", Wording.of(Locale.GERMAN).number(new BigDecimal("0.00010")));
        assertEquals("−1.000", Wording.of(Locale.GERMAN).number(new BigDecimal("-1000")));
    }

    @Test
    void aLanguageTheLibraryDoesNotShipIsEnglishWhateverTheDefaultLocale() {
        // the tests run with a German default locale: French must not fall back to it
        assertEquals("Pay statement", Wording.of(Locale.FRENCH).text("title"));
        assertEquals("Pay statement", Wording.of(Locale.ENGLISH).text("title"));
        assertEquals("Расчёт зарплаты", Wording.of(Locale.forLanguageTag("ru")).text("title"));
        assertEquals("Total a receber", Wording.of(Locale.forLanguageTag("pt-BR")).text("total"));
        assertEquals("Resumo da remuneração", Wording.of(Locale.forLanguageTag("pt-PT")).text("title"));
    }

    /** Each shipped language writes every key itself: nothing falls back to English unnoticed. */
    @ParameterizedTest
    @ValueSource(strings = {"wording_ru.properties", "wording_de.properties", "wording_pt.properties", "wording_pt_PT.properties"})
    void eachShippedLanguageHasEveryKey(String file) throws IOException {
        Properties english = load("wording.properties");
        Properties language = load(file);
        List<String> missing = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            if (!language.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, file);
        assertEquals(english.stringPropertyNames(), language.stringPropertyNames(), file + " has keys English does not");
    }

    private static Properties load(String file) throws IOException {
        try (InputStream in = Wording.class.getResourceAsStream(file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void anIntegratorsBundleAddsALanguage() throws IOException {
        Properties english = load("wording.properties");
        StringBuilder text = new StringBuilder();
        for (String key : english.stringPropertyNames()) {
            text.append(key).append('=').append(english.getProperty(key).replace("\n", "")).append('\n');
        }
        String french = text.toString().replace("title=Pay statement", "title=Relevé de rémunération")
                .replace("number.group=,", "number.group=\\u202F").replace("number.decimal=.", "number.decimal=,")
                .replace("money={symbol}{amount}", "money={amount}\\u00A0{symbol}");
        Wording words = Wording.of(new PropertyResourceBundle(new StringReader(french)));
        assertEquals("Relevé de rémunération", words.text("title"));
        assertEquals("1\u202F234,56\u00A0€", words.money(Money.of("EUR", "1234.56")));
        String statement = StatementSamples.salesManager(StatementSamples.Language.ENGLISH).toText(words);
        assertTrue(statement.startsWith("Relevé de rémunération\n"), statement);
    }

    @Test
    void aBundleWithoutEveryKeyIsRefusedNamingTheKeys() {
        ResourceBundle partial = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"title", "Relevé"}};
            }
        };
        KpiInputException e = assertThrows(KpiInputException.class, () -> Wording.of(partial));
        assertEquals(KpiInputException.Reason.MISSING_INPUT, e.reason());
        assertEquals("wording", e.field());
        assertTrue(e.getMessage().contains("lacks") && e.getMessage().contains("column.plan"), e.getMessage());
    }
}
