package org.kpiengine.derived;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.internal.Decimals;
import org.kpiengine.internal.Nulls;

/** The checks and the statistics shared by the derived indicators; package-private. */
final class Samples {

    private Samples() {
    }

    static long requireNonNegative(String field, long count) {
        if (count < 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, field, Long.toString(count),
                    field + " " + count + " must not be negative");
        }
        return count;
    }

    static BigDecimal requireNonNegative(String field, BigDecimal value) {
        Decimals.checkRange(null, field, Nulls.require(value, field, null));
        if (value.signum() < 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, field, Decimals.quoteText(value),
                    field + " " + Decimals.quoteText(value) + " must not be negative");
        }
        return value;
    }

    static void requireAtMost(String partField, long part, String wholeField, long whole) {
        if (part > whole) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, partField, Long.toString(part),
                    partField + " " + part + " must not exceed " + wholeField + " " + whole);
        }
    }

    static KpiInputException divisionByZero(String what, String field) {
        return new KpiInputException(Reason.DIVISION_BY_ZERO, null, field, "0",
                what + " divides by " + field + ", which is 0");
    }

    /**
     * Returns {@code part × 100 / whole}, rounded once with the precision's index rule.
     */
    static BigDecimal percent(long part, long whole, Precision precision) {
        return precision.divideIndex(BigDecimal.valueOf(part).multiply(Decimals.HUNDRED), BigDecimal.valueOf(whole));
    }

    /** Returns the sum of the values, exact. */
    static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum;
    }

    /** Returns the mean of a non-empty list, rounded once with the precision's index rule. */
    static BigDecimal mean(List<BigDecimal> values, Precision precision) {
        return precision.divideIndex(sum(values), BigDecimal.valueOf(values.size()));
    }

    /**
     * Returns the median of a non-empty list: the middle value of the sorted list, or the exact
     * mean of the two middle values when the count is even; then set to the precision's scale with
     * its rounding mode (exact whenever the values have fewer decimals than that scale).
     */
    static BigDecimal median(List<BigDecimal> values, Precision precision) {
        return precision.roundIndex(exactMedian(values));
    }

    /** Returns the exact median of a non-empty list (halving is always exact in decimal). */
    static BigDecimal exactMedian(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }
}
