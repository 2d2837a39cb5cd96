package org.kpiengine.cli;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one rule for a number in the files of this package: a decimal with a dot, an optional sign,
 * no exponent, no grouping, at most {@value #MAX_LENGTH} characters (checked before any parsing,
 * so that a huge cell is refused at once).
 */
final class DecimalText {

    /** The most characters a number may have. */
    static final int MAX_LENGTH = 100;

    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private DecimalText() {
    }

    /**
     * Parses a number.
     *
     * @param text the text, not null
     * @param what where the number is, for the message ("in column 'fact'"), or empty
     * @return the number, not null
     * @throws IllegalArgumentException stating the rule and quoting a short prefix of the text
     */
    static BigDecimal parse(String text, String what) {
        String where = what.isEmpty() ? "" : " " + what;
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("bad number " + Problem.show(text) + where
                    + ": a number may have at most " + MAX_LENGTH + " characters");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("bad number " + Problem.show(text) + where
                    + " (expected a decimal with a dot, such as 1234.5)");
        }
        return new BigDecimal(text);
    }
}
