package org.kpiengine.credit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;

/**
 * The exact split of an amount in proportion to weights, by largest remainder, so that the parts
 * always total the amount to the minor unit.
 *
 * <p>The rule (see docs/reference/credit.md, Exact split): each part is the amount × weight ÷ Σ
 * weights, rounded down to the minor unit (toward zero); the minor units left over go one by one
 * to the parts with the largest remainders, ties in the order the weights are listed. A negative
 * amount is split as its absolute value and the parts negated, so {@code split(-a, w)} is exactly
 * the negation of {@code split(a, w)}. A weight of 0 gets 0. Each part differs from the exact
 * product by less than one minor unit.
 *
 * <pre>{@code
 * Money commission = Money.of("EUR", "99.99");
 * List<Money> parts = Allocation.split(commission, List.of(new BigDecimal("75"), new BigDecimal("25")));
 * // EUR 74.99, EUR 25.00
 * Allocation.split(Money.of("EUR", "100.00"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
 * // EUR 33.34, EUR 33.33, EUR 33.33
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Splits money in proportion to weights, exactly to the currency's minor unit.
     *
     * @param amount the amount to split, not null
     * @param weights the weights, in listing order (which decides ties), not null, not empty, none
     *     negative, not all 0 unless the amount is 0
     * @return the parts, one per weight in the same order, totalling the amount exactly, not null
     * @throws KpiInputException with {@link Reason#NEGATIVE_WEIGHT} for a negative weight, with
     *     {@link Reason#WEIGHTS_TOTAL} for no weights or weights all 0 with a non-zero amount, with
     *     {@link Reason#OUT_OF_RANGE} for a weight of 10^1000 or more or with more than 1000 decimal places
     */
    public static List<Money> split(Money amount, List<BigDecimal> weights) {
        Objects.requireNonNull(amount, "amount");
        List<BigDecimal> parts = split(amount.amount(), weights);
        List<Money> result = new ArrayList<>(parts.size());
        for (BigDecimal part : parts) {
            result.add(Money.of(amount.currency(), part));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Splits a decimal in proportion to weights, exactly to the amount's own last decimal place
     * (its scale): {@code 100.00} splits in cents, {@code 7} in whole units.
     *
     * @param amount the amount to split, not null; its scale is the unit of the split
     * @param weights the weights, in listing order (which decides ties), not null, not empty, none
     *     negative, not all 0 unless the amount is 0
     * @return the parts at the amount's scale, one per weight in the same order, totalling the
     *     amount exactly, not null
     * @throws KpiInputException with {@link Reason#NEGATIVE_WEIGHT} for a negative weight, with
     *     {@link Reason#WEIGHTS_TOTAL} for no weights or weights all 0 with a non-zero amount, with
     *     {@link Reason#OUT_OF_RANGE} for a weight of 10^1000 or more or with more than 1000 decimal places
     */
    public static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> weights) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(weights, "weights");
        int scale = amount.scale();
        BigInteger[] units = splitUnits(amount.unscaledValue(), weights);
        List<BigDecimal> result = new ArrayList<>(units.length);
        for (BigInteger u : units) {
            result.add(new BigDecimal(u, scale));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Writes the receivers' shares as whole numbers at one common scale into {@code into}, as
     * {@link #splitUnits(BigInteger, List)} does with {@code BigInteger}s.
     *
     * @return false if a share or its rescaled value does not fit a {@code long} (then nothing is promised about {@code into})
     */
    static boolean wholeWeights(List<Receiver> receivers, long[] into) {
        int n = receivers.size();
        int scale = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal w = receivers.get(i).share();
            if (w.signum() != 0) {
                if (w.scale() < 0 || w.scale() > 18 || w.unscaledValue().bitLength() > 62) {
                    return false;
                }
                scale = Math.max(scale, w.scale());
            }
        }
        try {
            for (int i = 0; i < n; i++) {
                BigDecimal w = receivers.get(i).share();
                into[i] = w.signum() == 0 ? 0 : Math.multiplyExact(w.unscaledValue().longValue(), TENS[scale - w.scale()]);
            }
        } catch (ArithmeticException e) {
            return false;
        }
        return true;
    }

    private static final long[] TENS = new long[19];

    static {
        TENS[0] = 1;
        for (int i = 1; i < TENS.length; i++) {
            TENS[i] = TENS[i - 1] * 10;
        }
    }

    /**
     * Splits a whole number of minor units in {@code long} arithmetic: the same rule and the same
     * parts as {@link #splitUnits(BigInteger, List)} for the first {@code n} weights (whole numbers,
     * none negative), without an object per part.
     *
     * @return the parts, or null if a product or the total of the weights would not fit a {@code long}
     *     (the caller then splits with {@code BigInteger})
     */
    static long @Nullable [] splitUnits(long units, long[] weights, int n) {
        long[] parts = new long[n];
        if (units == 0) {
            return parts;
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i];
            if (total < 0) {
                return null;
            }
        }
        if (total == 0) {
            throw new KpiInputException(Reason.WEIGHTS_TOTAL, null, "weight", "0",
                    "an amount of " + units + " minor units cannot be split by weights that total 0");
        }
        if (units == Long.MIN_VALUE) {
            return null;
        }
        if (n == 1) {
            parts[0] = units;
            return parts;
        }
        long magnitude = Math.abs(units);
        long[] remainders = new long[n];
        long left = magnitude;
        for (int i = 0; i < n; i++) {
            long product = magnitude * weights[i];
            if (Math.multiplyHigh(magnitude, weights[i]) != 0 || product < 0) {
                return null;
            }
            parts[i] = product / total;
            remainders[i] = product % total;
            left -= parts[i];
        }
        if (left < 0 || left >= n) {
            throw new IllegalStateException("largest remainder left " + left + " units for " + n + " parts");
        }
        int extra = (int) left;
        if (n <= 16) {
            for (int k = 0; k < extra; k++) {
                // the largest remainder not yet served (served ones are marked -1); the first listed among equals
                int best = -1;
                for (int i = 0; i < n; i++) {
                    if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
                        best = i;
                    }
                }
                parts[best]++;
                remainders[best] = -1;
            }
        } else {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // a stable sort: equal remainders keep their listing order
            Arrays.sort(order, (a, b) -> Long.compare(remainders[b], remainders[a]));
            for (int k = 0; k < extra; k++) {
                parts[order[k]]++;
            }
        }
        if (units < 0) {
            for (int i = 0; i < n; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }

    /** Splits a whole number of minor units; the heart of both public forms. */
    static BigInteger[] splitUnits(BigInteger units, List<BigDecimal> weights) {
        int n = weights.size();
        if (n == 0) {
            throw new KpiInputException(Reason.WEIGHTS_TOTAL, null, "weight", null,
                    "an amount can only be split among at least one weight; none were given");
        }
        int scale = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal w = Objects.requireNonNull(weights.get(i), "weight " + i);
            if (w.signum() < 0) {
                throw new KpiInputException(Reason.NEGATIVE_WEIGHT, null, "weight", Decimals.text(w),
                        "weight " + Decimals.text(w) + " at position " + (i + 1) + " is negative; split weights must be 0 or more");
            }
            if (w.signum() != 0 && (w.scale() > Decimals.MAX_EXPONENT || (long) w.precision() - w.scale() > Decimals.MAX_EXPONENT)) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "weight", w.toString(),
                        "weight " + w + " at position " + (i + 1) + " is out of range: weights must be below 10^"
                                + Decimals.MAX_EXPONENT + " and have at most " + Decimals.MAX_EXPONENT + " decimal places");
            }
            scale = Math.max(scale, w.signum() == 0 ? 0 : w.scale());
        }
        // the weights as whole numbers at one common scale: the proportions are unchanged and exact
        BigInteger[] whole = new BigInteger[n];
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal w = weights.get(i);
            whole[i] = w.signum() == 0 ? BigInteger.ZERO : w.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue();
            total = total.add(whole[i]);
        }
        BigInteger[] parts = new BigInteger[n];
        Arrays.fill(parts, BigInteger.ZERO);
        if (units.signum() == 0) {
            return parts;
        }
        if (total.signum() == 0) {
            throw new KpiInputException(Reason.WEIGHTS_TOTAL, null, "weight", "0",
                    "an amount of " + units + " minor units cannot be split by weights that total 0");
        }
        BigInteger magnitude = units.abs();
        if (n == 1) {
            parts[0] = units;
            return parts;
        }
        BigInteger[] remainders = new BigInteger[n];
        BigInteger left = magnitude;
        for (int i = 0; i < n; i++) {
            // amount × w ÷ total = part + remainder ÷ total, in whole numbers, exactly
            BigInteger[] qr = magnitude.multiply(whole[i]).divideAndRemainder(total);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            left = left.subtract(parts[i]);
        }
        if (left.signum() < 0 || left.compareTo(BigInteger.valueOf(n)) >= 0) {
            throw new IllegalStateException("largest remainder left " + left + " units for " + n + " parts");
        }
        int extra = left.intValue();
        if (n <= 16) {
            for (int k = 0; k < extra; k++) {
                // the largest remainder not yet served; the first listed among equals
                int best = -1;
                for (int i = 0; i < n; i++) {
                    if (remainders[i] != null && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                        best = i;
                    }
                }
                parts[best] = parts[best].add(BigInteger.ONE);
                remainders[best] = null;
            }
        } else {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // a stable sort: equal remainders keep their listing order
            Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
            for (int k = 0; k < extra; k++) {
                parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
            }
        }
        if (units.signum() < 0) {
            for (int i = 0; i < n; i++) {
                parts[i] = parts[i].negate();
            }
        }
        return parts;
    }
}
