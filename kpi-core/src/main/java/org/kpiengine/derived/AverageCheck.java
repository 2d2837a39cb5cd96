package org.kpiengine.derived;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.internal.Nulls;

/**
 * The average check (average deal size) of a period, from the amounts of its sales (see
 * docs/reference/derived.md, Average check): the mean, {@code revenue / number of sales}, and the median.
 *
 * <p>Both are rounded once with the precision's index rule, {@code ROUND(…; 4)} {@code HALF_UP}
 * by default (the median of an even count is the exact mean of the two middle amounts, then
 * rounded the same way). From fewer sales than {@link MinimumSamples#sales()} (100 by default)
 * the result is {@link InsufficientData}, not a number.
 *
 * <pre>{@code
 * AverageCheck check = AverageCheck.of(List.of(new BigDecimal("30000"), new BigDecimal("57000"),
 *         new BigDecimal("3000")));
 * check.mean(MinimumSamples.NONE, Precision.DEFAULT);   // 30000.0000
 * check.median(MinimumSamples.NONE, Precision.DEFAULT); // 30000.0000
 * check.mean();                                          // insufficient data: 3 of 100 sales
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AverageCheck {

    private static final String WHAT = "average check";
    private static final String UNIT = "sales";

    private final List<BigDecimal> amounts;

    private AverageCheck(List<BigDecimal> amounts) {
        this.amounts = Nulls.copyOf(amounts, "amounts");
        for (int i = 0; i < this.amounts.size(); i++) {
            Samples.requireNonNegative("amount of sale " + (i + 1), this.amounts.get(i));
        }
    }

    /**
     * Obtains the average check of a list of sale amounts.
     *
     * @param amounts the amounts of the sales, not null, no nulls, none negative
     * @return the average check, not null
     * @throws KpiInputException naming the sale if an amount is negative
     */
    public static AverageCheck of(List<BigDecimal> amounts) {
        return new AverageCheck(amounts);
    }

    /**
     * Returns the mean check from totals alone, {@code revenue / sales}, with the default
     * minimums and precision.
     *
     * @param revenue the revenue of the sales, not negative
     * @param sales the number of sales, not negative
     * @return the mean, or insufficient data below 100 sales, not null
     * @throws KpiInputException naming the field if a value is negative, or if the number of sales
     *     is 0 and the minimum is 0
     */
    public static DerivedValue mean(BigDecimal revenue, long sales) {
        return mean(revenue, sales, MinimumSamples.DEFAULT, Precision.DEFAULT);
    }

    /**
     * Returns the mean check from totals alone, {@code ROUND(revenue / sales; indexScale)}.
     *
     * @param revenue the revenue of the sales, not negative
     * @param sales the number of sales, not negative
     * @param minimums the minimum samples, not null
     * @param precision the rounding rule, not null
     * @return the mean, or insufficient data below {@code minimums.sales()}, not null
     * @throws KpiInputException naming the field if a value is negative, or if the number of sales
     *     is 0 and the minimum is 0
     */
    public static DerivedValue mean(BigDecimal revenue, long sales, MinimumSamples minimums, Precision precision) {
        Samples.requireNonNegative("revenue", Objects.requireNonNull(revenue, "revenue"));
        Samples.requireNonNegative("sales", sales);
        Objects.requireNonNull(minimums, "minimums");
        Objects.requireNonNull(precision, "precision");
        if (sales < minimums.sales()) {
            return new InsufficientData(WHAT, UNIT, sales, minimums.sales());
        }
        if (sales == 0) {
            throw Samples.divisionByZero(WHAT, "sales");
        }
        return new Measured(precision.divideIndex(revenue, BigDecimal.valueOf(sales)));
    }

    /**
     * Returns the number of sales.
     *
     * @return the sample size, not negative
     */
    public int sampleSize() {
        return amounts.size();
    }

    /**
     * Returns the amounts of the sales, in the order given.
     *
     * @return the unmodifiable list, not null
     */
    public List<BigDecimal> amounts() {
        return amounts;
    }

    /**
     * Returns the revenue, the exact sum of the amounts.
     *
     * @return the revenue, not null
     */
    public BigDecimal revenue() {
        return Samples.sum(amounts);
    }

    /**
     * Returns the mean check with the default minimums and precision.
     *
     * @return the mean, or insufficient data below 100 sales, not null
     * @throws KpiInputException if there are no sales and the minimum is 0
     */
    public DerivedValue mean() {
        return mean(MinimumSamples.DEFAULT, Precision.DEFAULT);
    }

    /**
     * Returns the mean check, {@code ROUND(revenue / sales; indexScale)}.
     *
     * @param minimums the minimum samples, not null
     * @param precision the rounding rule, not null
     * @return the mean, or insufficient data below {@code minimums.sales()}, not null
     * @throws KpiInputException if there are no sales and the minimum is 0
     */
    public DerivedValue mean(MinimumSamples minimums, Precision precision) {
        return mean(revenue(), amounts.size(), minimums, precision);
    }

    /**
     * Returns the median check with the default minimums and precision.
     *
     * @return the median, or insufficient data below 100 sales, not null
     * @throws KpiInputException if there are no sales and the minimum is 0
     */
    public DerivedValue median() {
        return median(MinimumSamples.DEFAULT, Precision.DEFAULT);
    }

    /**
     * Returns the median check: the middle amount, or the exact mean of the two middle amounts,
     * set to the precision's index scale with its rounding mode.
     *
     * @param minimums the minimum samples, not null
     * @param precision the rounding rule, not null
     * @return the median, or insufficient data below {@code minimums.sales()}, not null
     * @throws KpiInputException if there are no sales and the minimum is 0
     */
    public DerivedValue median(MinimumSamples minimums, Precision precision) {
        Objects.requireNonNull(precision, "precision");
        if (amounts.size() < minimums.sales()) {
            return new InsufficientData(WHAT, UNIT, amounts.size(), minimums.sales());
        }
        if (amounts.isEmpty()) {
            throw Samples.divisionByZero("median of the " + WHAT, "sales");
        }
        return new Measured(Samples.median(amounts, precision));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AverageCheck other && amounts.equals(other.amounts);
    }

    @Override
    public int hashCode() {
        return amounts.hashCode();
    }

    @Override
    public String toString() {
        return "AverageCheck" + amounts;
    }
}
