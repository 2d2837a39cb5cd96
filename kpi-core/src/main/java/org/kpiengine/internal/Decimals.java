package org.kpiengine.internal;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/**
 * Parsing and normalising of exact decimals, with errors that name the field: the one place where
 * every number entering the library is checked for size, in time linear in its length, before any
 * arithmetic (see {@link #checkRange}), and where a huge value is shortened for a message
 * ({@link #quote(String)}).
 */
public final class Decimals {

    /** One hundred, the percent factor. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /**
     * The longest text a number may have, in characters (sign, digits and point, once
     * surrounding blanks are stripped): {@value}. Every number the library accepts can be written in far fewer
     * (1000 digits before the point and 1000 after); a longer text is refused before it is
     * parsed, because turning a text of millions of digits into a number takes time that grows
     * with the square of its length.
     */
    public static final int MAX_TEXT_LENGTH = 2100;

    /**
     * The most digits an exact decimal's unscaled value may have: {@value}, the same bound as
     * {@link #MAX_TEXT_LENGTH}. It is checked through the unscaled value's bit length, in time
     * independent of the digits, before any arithmetic; a value such as {@code 1.000…0} with a
     * million zeros after the point is refused even though it equals 1.
     */
    public static final int MAX_DIGITS = 2100;

    /** Bits above which an unscaled value certainly has more than {@link #MAX_DIGITS} digits (10^2100 < 2^6977). */
    private static final int MAX_BITS = (int) Math.ceil(MAX_DIGITS * Math.log(10) / Math.log(2));

    /** The characters of a value quoted in full; a longer one is shortened by {@link #quote(String)}. */
    private static final int QUOTE_LENGTH = 40;

    /** The characters kept from the start of a value too long to quote in full. */
    private static final int QUOTE_PREFIX = 20;

    /**
     * The largest decimal exponent the library accepts: values are below 10^1000 in magnitude and
     * have at most 1000 decimal places. Far beyond any fact, threshold or amount, it stops a value
     * such as {@code 1E+999999999} from taking minutes and gigabytes to write out or divide.
     */
    public static final int MAX_EXPONENT = 1000;

    /**
     * Quotes a value for a message or {@link KpiInputException#value()}: in full up to 40
     * characters, otherwise its first 20 characters, an ellipsis and its length, such as
     * {@code 10000000000000000000… (1000001 characters)}.
     *
     * @param text the value as text, null for none
     * @return the quote, null for null
     */
    public static @Nullable String quote(@Nullable String text) {
        if (text == null || text.length() <= QUOTE_LENGTH) {
            return text;
        }
        return text.substring(0, QUOTE_PREFIX) + "… (" + text.length() + " characters)";
    }

    /**
     * Quotes an exact decimal for a message, as {@link #quote(String)}, without writing out one of
     * more than {@link #MAX_DIGITS} digits (which could itself take long): that is described by
     * its size instead.
     *
     * @param value the value, null for none
     * @return the quote, null for null
     */
    public static @Nullable String quote(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        int bits = value.unscaledValue().bitLength();
        if (bits > MAX_BITS) {
            return "a number of more than " + MAX_DIGITS + " digits (" + bits + " bits, scale " + value.scale() + ")";
        }
        return quote(value.toString());
    }

    /**
     * Parses a decimal written with a dot, such as {@code 1234.50} or {@code -3}, of a field that
     * belongs to no indicator.
     *
     * @param field the field name, for the message and {@link KpiInputException#field()}
     * @param text the text
     * @return the exact value
     * @throws NullPointerException if the text is null, naming the field
     * @throws KpiInputException if the text is not a finite decimal number, is longer than
     *     {@link #MAX_TEXT_LENGTH}, or its value is out of the range of {@link #MAX_EXPONENT}
     */
    public static BigDecimal parse(String field, String text) {
        return parse(null, field, text);
    }

    /**
     * Parses a decimal written with a dot, such as {@code 1234.50} or {@code -3}, in time linear in
     * the text's length: the text is checked for its form and its length before it is turned into
     * a number. The result is not normalised.
     *
     * @param indicatorId the indicator the value belongs to, null if none
     * @param field the field name, for the message and {@link KpiInputException#field()}
     * @param text the text
     * @return the exact value
     * @throws NullPointerException if the text is null, naming the field and indicator
     * @throws KpiInputException ({@link Reason#NOT_A_NUMBER}) if the text is not a finite decimal
     *     number; ({@link Reason#OUT_OF_RANGE}) if it is longer than {@link #MAX_TEXT_LENGTH} or its
     *     value is out of the range of {@link #MAX_EXPONENT}
     */
    public static BigDecimal parse(@Nullable String indicatorId, String field, String text) {
        Nulls.require(text, field, indicatorId);
        String trimmed = text.strip();
        if (trimmed.isEmpty() || !isPlainNumber(trimmed)) {
            throw new KpiInputException(Reason.NOT_A_NUMBER, indicatorId, field, quote(text),
                    subject(indicatorId, field, "'" + quote(text) + "'") + " is not a decimal number");
        }
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, indicatorId, field, quote(trimmed),
                    subject(indicatorId, field, "'" + quote(trimmed) + "'") + " is out of range: the text of"
                            + " a number must be at most " + MAX_TEXT_LENGTH + " characters, but has " + trimmed.length());
        }
        BigDecimal value = new BigDecimal(trimmed);
        checkRange(indicatorId, field, value);
        return value;
    }

    private static boolean isPlainNumber(String s) {
        int i = (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        boolean digits = false;
        boolean dot = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits;
    }

    /**
     * Converts a double through its shortest decimal representation ({@link BigDecimal#valueOf(double)}),
     * so 0.1 becomes exactly 0.1.
     *
     * @param field the field name, for the message
     * @param value the value
     * @return the exact decimal
     * @throws KpiInputException if the value is NaN or infinite
     */
    public static BigDecimal ofDouble(String field, double value) {
        return ofDouble(null, field, value);
    }

    /**
     * Converts a double through its shortest decimal representation ({@link BigDecimal#valueOf(double)}),
     * so 0.1 becomes exactly 0.1. A finite double always lies in the range of {@link #MAX_EXPONENT}.
     *
     * @param indicatorId the indicator the value belongs to, null if none
     * @param field the field name, for the message
     * @param value the value
     * @return the exact decimal
     * @throws KpiInputException if the value is NaN or infinite
     */
    public static BigDecimal ofDouble(@Nullable String indicatorId, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new KpiInputException(Reason.NOT_A_NUMBER, indicatorId, field, Double.toString(value),
                    subject(indicatorId, field, Double.toString(value)) + " is not a finite number");
        }
        return normalise(indicatorId, field, BigDecimal.valueOf(value));
    }

    /**
     * Strips trailing zeros without going to a negative scale, so that equal values have equal
     * representations: {@code 1.50} becomes {@code 1.5}, {@code 100} stays {@code 100}.
     *
     * @param value the value
     * @return the normalised value, numerically equal
     * @throws KpiInputException if the value is outside the range of {@link #MAX_EXPONENT}
     */
    public static BigDecimal normalise(BigDecimal value) {
        return normalise(null, "value", value);
    }

    /**
     * Strips trailing zeros without going to a negative scale, as {@link #normalise(BigDecimal)},
     * naming the field if the value is out of range.
     *
     * @param field the field name, for the message
     * @param value the value
     * @return the normalised value, numerically equal
     * @throws KpiInputException ({@link Reason#OUT_OF_RANGE}) if the value is not below 10^1000 in
     *     magnitude or has more than 1000 decimal places once trailing zeros are stripped
     */
    public static BigDecimal normalise(String field, BigDecimal value) {
        return normalise(null, field, value);
    }

    /**
     * Strips trailing zeros without going to a negative scale, as {@link #normalise(BigDecimal)},
     * after {@link #checkRange} has checked the value's size.
     *
     * @param indicatorId the indicator the value belongs to, null if none
     * @param field the field name, for the message
     * @param value the value
     * @return the normalised value, numerically equal
     * @throws NullPointerException if the value is null, naming the field and indicator
     * @throws KpiInputException ({@link Reason#OUT_OF_RANGE}) as {@link #checkRange}
     */
    public static BigDecimal normalise(@Nullable String indicatorId, String field, BigDecimal value) {
        Nulls.require(value, field, indicatorId);
        checkRange(indicatorId, field, value);
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Checks that a value is in the library's range, in time that does not grow with the square
     * of its digits: its unscaled value has at most {@link #MAX_DIGITS} digits (checked through
     * the bit length first), it is below 10^1000 in magnitude and, once trailing zeros are
     * stripped, has at most 1000 decimal places. Zero (of any scale) is always in range.
     *
     * @param indicatorId the indicator the value belongs to, null if none
     * @param field the field name, for the message
     * @param value the value, not null
     * @throws KpiInputException ({@link Reason#OUT_OF_RANGE}) if it is not
     */
    public static void checkRange(@Nullable String indicatorId, String field, BigDecimal value) {
        if (value.signum() == 0) {
            return;
        }
        if (value.unscaledValue().bitLength() > MAX_BITS || value.precision() > MAX_DIGITS) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, indicatorId, field, quote(value),
                    subject(indicatorId, field, quote(value)) + " is out of range: a number"
                            + " must have at most " + MAX_DIGITS + " digits");
        }
        // precision − scale is the number of digits before the point (≤ 0 below 1). Stripping
        // trailing zeros only lowers the scale, so it is needed (and, for at most MAX_DIGITS digits,
        // quick) only when the scale itself is above the limit.
        long integerDigits = (long) value.precision() - value.scale();
        long places = integerDigits > MAX_EXPONENT || value.scale() <= MAX_EXPONENT ? 0
                : value.stripTrailingZeros().scale();
        if (integerDigits > MAX_EXPONENT || places > MAX_EXPONENT) {
            String text = quote(value);
            throw new KpiInputException(Reason.OUT_OF_RANGE, indicatorId, field, text,
                    subject(indicatorId, field, text) + " is out of range: numbers must be below 10^"
                            + MAX_EXPONENT + " in magnitude and have at most " + MAX_EXPONENT + " decimal places");
        }
    }

    /**
     * Starts a message about a value: {@code value 12x of 'plan'}, or with an indicator
     * {@code fact 12x of indicator 'revenue'}.
     *
     * @param indicatorId the indicator, null if none
     * @param field the field name, not null
     * @param quoted the value, already quoted
     * @return the subject of the message
     */
    public static String subject(@Nullable String indicatorId, String field, @Nullable String quoted) {
        return indicatorId == null ? "value " + quoted + " of '" + field + "'"
                : field + " " + quoted + " of indicator '" + indicatorId + "'";
    }

    /**
     * Returns the plain text of a decimal for a message or {@link KpiInputException#value()}:
     * {@link #text(BigDecimal)}, shortened as {@link #quote(String)} when longer than 40 characters.
     *
     * @param value the value, not null
     * @return the quote
     */
    public static String quoteText(BigDecimal value) {
        if (value.unscaledValue().bitLength() > MAX_BITS) {
            return Objects.requireNonNull(quote(value));
        }
        return Objects.requireNonNull(quote(text(value)));
    }

    /**
     * Returns the plain text of a decimal, never in exponent notation and never {@code -0}.
     *
     * @param value the value
     * @return the text
     */
    public static String text(BigDecimal value) {
        return value.signum() == 0 && value.scale() <= 0 ? "0" : value.toPlainString();
    }
}
