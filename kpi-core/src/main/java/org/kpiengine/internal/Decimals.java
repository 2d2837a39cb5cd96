package org.kpiengine.internal;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/** Parsing and normalising of exact decimals, with errors that name the field. */
public final class Decimals {

    /** One hundred, the percent factor. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /**
     * Parses a decimal written with a dot, such as {@code 1234.50} or {@code -3}.
     *
     * @param field the indicator id or field name, for the message
     * @param text the text
     * @return the exact value
     * @throws KpiInputException if the text is not a finite decimal number
     */
    public static BigDecimal parse(String field, String text) {
        Objects.requireNonNull(text, field);
        String trimmed = text.strip();
        try {
            if (trimmed.isEmpty() || !isPlainNumber(trimmed)) {
                throw new NumberFormatException();
            }
            return new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw new KpiInputException(Reason.NOT_A_NUMBER, field, text,
                    "value '" + text + "' of '" + field + "' is not a decimal number");
        }
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
     * @param field the indicator id or field name, for the message
     * @param value the value
     * @return the exact decimal
     * @throws KpiInputException if the value is NaN or infinite
     */
    public static BigDecimal ofDouble(String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new KpiInputException(Reason.NOT_A_NUMBER, field, Double.toString(value),
                    "value " + value + " of '" + field + "' is not a finite number");
        }
        return normalise(BigDecimal.valueOf(value));
    }

    /**
     * The largest decimal exponent the library accepts: values are below 10^1000 in magnitude and
     * have at most 1000 decimal places. Far beyond any fact, threshold or amount, it stops a value
     * such as {@code 1E+999999999} from taking minutes and gigabytes to write out or divide.
     */
    public static final int MAX_EXPONENT = 1000;

    /**
     * Strips trailing zeros without going to a negative scale, so that equal values have equal
     * representations: {@code 1.50} becomes {@code 1.5}, {@code 100} stays {@code 100}.
     *
     * @param value the value
     * @return the normalised value, numerically equal
     * @throws KpiInputException if the value is outside the range of {@link #MAX_EXPONENT}
     */
    public static BigDecimal normalise(BigDecimal value) {
        return normalise("value", value);
    }

    /**
     * Strips trailing zeros without going to a negative scale, as {@link #normalise(BigDecimal)},
     * naming the field if the value is out of range.
     *
     * @param field the indicator id or field name, for the message
     * @param value the value
     * @return the normalised value, numerically equal
     * @throws KpiInputException ({@link Reason#OUT_OF_RANGE}) if the value is not below 10^1000 in
     *     magnitude or has more than 1000 decimal places once trailing zeros are stripped
     */
    public static BigDecimal normalise(String field, BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        // precision − scale is the number of digits before the point (≤ 0 below 1), so the bound is
        // checked before anything is expanded.
        if (stripped.scale() > MAX_EXPONENT || (long) stripped.precision() - stripped.scale() > MAX_EXPONENT) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, field, stripped.toString(),
                    "value " + stripped + " of '" + field + "' is out of range: numbers must be below 10^"
                            + MAX_EXPONENT + " in magnitude and have at most " + MAX_EXPONENT + " decimal places");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
