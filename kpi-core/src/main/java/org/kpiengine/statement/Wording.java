package org.kpiengine.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;

/**
 * The words and number formats a statement is written in: one language, read from a
 * {@link ResourceBundle}. The library ships English, Russian, German and Portuguese (Brazilian, and
 * European Portuguese for {@code pt-PT}); an integrator adds a language by writing a bundle with the
 * same keys (see docs/guides/statements.md, "Adding a language") and passing it to
 * {@link #of(ResourceBundle)}, without changing the library.
 *
 * <p>The bundle holds the number formats too, so a statement reads the same on every Java version:
 * {@code number.decimal} (the decimal separator), {@code number.group} (the grouping separator,
 * every three digits of the whole part), {@code percent} (where the number goes, as
 * {@code {value}}), {@code money} (where the amount and the currency symbol go, as {@code {amount}}
 * and {@code {symbol}}) and {@code currency.XXX} (the symbol of the currency with ISO code XXX; a
 * currency without one is written with its code) and {@code date.pattern} (a date's numeric
 * pattern, as {@link DateTimeFormatter} reads it). Texts take their values through named
 * placeholders such as {@code {value}}; nothing else in them is special.
 *
 * <pre>{@code
 * Wording russian = Wording.of(Locale.forLanguageTag("ru-RU"));
 * russian.money(Money.of("RUB", "1234.56"));   // "1 234,56 ₽"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Wording {

    /** The base name of the bundles that ship with the library. */
    static final String BUNDLE = "org.kpiengine.statement.wording";

    /** The languages that ship with the library. */
    private static final Set<String> SHIPPED = Set.of("en", "ru", "de", "pt");

    private static final String MINUS = "\u2212";

    private final Locale locale;
    private final Map<String, String> texts;

    private Wording(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /**
     * Obtains the wording the library ships for a locale: English, Russian, German or Portuguese
     * ({@code pt} and {@code pt-BR} Brazilian, {@code pt-PT} European). Any other language gets
     * English, whatever the default locale of the machine.
     *
     * @param locale the employee's locale, not null
     * @return the wording, not null
     */
    public static Wording of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Locale chosen = SHIPPED.contains(locale.getLanguage()) ? locale : Locale.ENGLISH;
        return of(ResourceBundle.getBundle(BUNDLE, chosen));
    }

    /**
     * Obtains the wording of an integrator's bundle, which must hold every key of the shipped ones
     * (its own or through its parent).
     *
     * @param bundle the bundle, not null
     * @return the wording, not null
     * @throws KpiInputException ({@code MISSING_INPUT}, field {@code wording}) naming the keys the
     *     bundle lacks; ({@code OUT_OF_RANGE}, field {@code wording}) if its {@code date.pattern} is not
     *     a date pattern
     */
    public static Wording of(ResourceBundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        Map<String, String> texts = new HashMap<>();
        for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            texts.put(key, bundle.getString(key));
        }
        Locale locale = bundle.getLocale() == null ? Locale.ROOT : bundle.getLocale();
        List<String> missing = new ArrayList<>();
        for (String key : requiredKeys()) {
            if (!texts.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            Collections.sort(missing);
            throw new KpiInputException(Reason.MISSING_INPUT, null, "wording", missing.get(0),
                    "the statement wording of locale '" + locale.toLanguageTag() + "' lacks "
                            + missing.size() + " key(s): " + String.join(", ", missing));
        }
        String pattern = texts.get("date.pattern");
        try {
            DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "wording", pattern,
                    "the statement wording of locale '" + locale.toLanguageTag() + "' has date.pattern '" + pattern
                            + "', which is not a date pattern: " + e.getMessage(), e);
        }
        return new Wording(locale, Map.copyOf(texts));
    }

    /** The keys every wording must have: those of the English bundle, which has all of them. */
    private static Set<String> requiredKeys() {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).keySet();
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the English statement wording is missing from the library", e);
        }
    }

    /**
     * Returns the locale of the bundle read (the root bundle's is {@link Locale#ROOT}).
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the text of a key, its placeholders filled in from pairs of name and value.
     *
     * @param key the key, not null
     * @param pairs names and values, alternately, not null
     * @return the text, not null
     * @throws IllegalArgumentException if the key is unknown (the key sets are checked when the
     *     wording is made, so this is a bug of the renderer)
     */
    String text(String key, String... pairs) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("no statement text '" + key + "'");
        }
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            text = text.replace("{" + pairs[i] + "}", pairs[i + 1]);
        }
        return text;
    }

    /**
     * Writes an exact number in this language: trailing zeros after the decimal separator removed,
     * the whole part grouped by three digits. No rounding: every digit of the value is written.
     *
     * <pre>{@code
     * Wording.of(Locale.GERMAN).number(new BigDecimal("12000.50"));   // "12.000,5"
     * }</pre>
     *
     * @param value the value, not null
     * @return the text, not null
     */
    public String number(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return digits(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /**
     * Writes a percentage in this language: the exact number (see {@link #number}) and the percent
     * sign where the language puts it ({@code "104 %"}, {@code "104%"}).
     *
     * @param value the percentage, not null
     * @return the text, not null
     */
    public String percent(BigDecimal value) {
        return text("percent", "value", number(value));
    }

    /**
     * Writes an amount of money in this language: every digit of its minor unit, grouped, with the
     * currency's symbol where the language puts it ({@code "1 234,56 ₽"}, {@code "R$ 1.234,56"}); a
     * negative amount starts with a minus sign (U+2212).
     *
     * @param money the amount, not null
     * @return the text, not null
     */
    public String money(Money money) {
        Objects.requireNonNull(money, "money");
        String code = money.currency().getCurrencyCode();
        String symbol = texts.getOrDefault("currency." + code, code);
        String amount = digits(money.amount().abs());
        String text = text("money", "amount", amount, "symbol", symbol);
        return money.isNegative() ? MINUS + text : text;
    }

    /**
     * Writes a date in this language's numeric pattern (the bundle's {@code date.pattern}, such as
     * {@code dd.MM.yyyy}); no month or day names, so it reads the same on every Java version.
     *
     * @param date the date, not null
     * @return the text, not null
     */
    public String date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return DateTimeFormatter.ofPattern(text("date.pattern"), Locale.ROOT).format(date);
    }

    /** The digits of a plain value, grouped, with this language's separators; a minus sign if negative. */
    private String digits(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        String group = text("number.group");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(text("number.decimal")).append(fraction);
        }
        return value.signum() < 0 ? MINUS + out : out.toString();
    }

    @Override
    public String toString() {
        return "Wording[" + locale.toLanguageTag() + "]";
    }
}
