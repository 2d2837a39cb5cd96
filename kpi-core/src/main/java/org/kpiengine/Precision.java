package org.kpiengine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Where and how a calculation rounds: the scale of KPI indices and ratings, and the rounding
 * mode of indices, ratings and money.
 *
 * <p>The defaults (docs/reference/scoring.md, Rounding): every KPI index is rounded {@code HALF_UP}
 * to 4 decimal places of a percent as soon as it is computed (caps and floors apply to the exact
 * value first; because rounding is monotone this equals clamping the rounded value to the rounded
 * cap); the rating is the exact sum of weight × rounded index, rounded the same way; every
 * comparison with a threshold, band edge or gate uses these rounded values. Money is rounded once
 * per component to the currency's minor unit with {@link #moneyRounding()}.
 *
 * <p>In spreadsheet terms: {@code index = ROUND(...; 4)},
 * {@code rating = ROUND(SUMPRODUCT(weights; indices); 4)}, {@code amount = ROUND(...; 2)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param indexScale the number of decimal places of a percent kept in indices and ratings, 0 to 12
 * @param indexRounding the rounding mode of indices and ratings, not null, not {@code UNNECESSARY}
 * @param moneyRounding the rounding mode of money components, not null, not {@code UNNECESSARY}
 * @since 0.1.0
 */
public record Precision(int indexScale, RoundingMode indexRounding, RoundingMode moneyRounding) {

    /** The default precision: indices and ratings HALF_UP to 4 places, money HALF_UP to the minor unit. */
    public static final Precision DEFAULT = new Precision(4, RoundingMode.HALF_UP, RoundingMode.HALF_UP);

    /**
     * Obtains a precision, validating it.
     *
     * @param indexScale the number of decimal places of a percent kept in indices and ratings, 0 to 12
     * @param indexRounding the rounding mode of indices and ratings, not null, not {@code UNNECESSARY}
     * @param moneyRounding the rounding mode of money components, not null, not {@code UNNECESSARY}
     * @throws KpiInputException ({@link KpiInputException.Reason#OUT_OF_RANGE}) if the scale is
     *     outside 0..12 or a mode is {@code UNNECESSARY}; the exception names the field and the value
     */
    public Precision {
        Objects.requireNonNull(indexRounding, "indexRounding");
        Objects.requireNonNull(moneyRounding, "moneyRounding");
        if (indexScale < 0 || indexScale > 12) {
            throw new KpiInputException(KpiInputException.Reason.OUT_OF_RANGE, null, "indexScale", Integer.toString(indexScale),
                    "indexScale " + indexScale + " must be between 0 and 12");
        }
        if (indexRounding == RoundingMode.UNNECESSARY) {
            throw unnecessary("indexRounding");
        }
        if (moneyRounding == RoundingMode.UNNECESSARY) {
            throw unnecessary("moneyRounding");
        }
    }

    private static KpiInputException unnecessary(String field) {
        return new KpiInputException(KpiInputException.Reason.OUT_OF_RANGE, null, field, RoundingMode.UNNECESSARY.name(),
                field + " UNNECESSARY cannot round a calculation");
    }

    /**
     * Returns a copy of this precision with another index scale; this instance is immutable and unaffected.
     *
     * @param scale the number of decimal places of a percent, 0 to 12
     * @return the new precision, not null
     * @throws KpiInputException if the scale is outside 0..12
     */
    public Precision withIndexScale(int scale) {
        return new Precision(scale, indexRounding, moneyRounding);
    }

    /**
     * Returns a copy of this precision with another rounding mode for indices and ratings; this
     * instance is immutable and unaffected.
     *
     * @param mode the rounding mode, not null
     * @return the new precision, not null
     * @throws KpiInputException if the mode is {@code UNNECESSARY}
     */
    public Precision withIndexRounding(RoundingMode mode) {
        return new Precision(indexScale, mode, moneyRounding);
    }

    /**
     * Returns a copy of this precision with another rounding mode for money; this instance is
     * immutable and unaffected.
     *
     * @param mode the rounding mode, not null
     * @return the new precision, not null
     * @throws KpiInputException if the mode is {@code UNNECESSARY}
     */
    public Precision withMoneyRounding(RoundingMode mode) {
        return new Precision(indexScale, indexRounding, mode);
    }

    /**
     * Rounds a percentage (an index or a rating) to {@link #indexScale()} with {@link #indexRounding()}.
     *
     * @param percent the exact value, not null
     * @return the rounded value, with scale exactly {@code indexScale}
     */
    public BigDecimal roundIndex(BigDecimal percent) {
        return Objects.requireNonNull(percent, "percent").setScale(indexScale, indexRounding);
    }

    /**
     * Divides and rounds once, to {@link #indexScale()} with {@link #indexRounding()}: the single
     * rounding of a ratio such as {@code fact × 100 / plan}.
     *
     * @param dividend the exact dividend, not null
     * @param divisor the exact divisor, not null, not zero
     * @return the rounded quotient, with scale exactly {@code indexScale}
     */
    public BigDecimal divideIndex(BigDecimal dividend, BigDecimal divisor) {
        return Objects.requireNonNull(dividend, "dividend")
                .divide(Objects.requireNonNull(divisor, "divisor"), indexScale, indexRounding);
    }

    /**
     * Returns zero at the index scale ({@code 0.0000} by default).
     *
     * @return zero, with scale exactly {@code indexScale}
     */
    public BigDecimal zeroIndex() {
        return BigDecimal.ZERO.setScale(indexScale);
    }
}
