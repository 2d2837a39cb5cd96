package org.kpiengine.batch;

import java.math.RoundingMode;
import org.kpiengine.internal.Scaled;

/**
 * Exact integer arithmetic on scaled {@code long}s for the kernel: division rounded
 * {@code HALF_UP} (half away from zero) in the forms its loops need, or with any other
 * {@link RoundingMode} but {@code UNNECESSARY}, as {@link java.math.BigDecimal#divide(java.math.BigDecimal, int, RoundingMode)}
 * does, throwing {@link ArithmeticException} where {@link Scaled}, whose powers of ten and rounding
 * by a mode it uses, would answer {@link Scaled#OVER}.
 */
final class ScaledMath {

    /** The largest power of ten a {@code long} holds is 10^18. */
    static final int MAX_POWER = Scaled.MAX_POWER;

    /** Below 2^52 in magnitude a {@code long} is an exact {@code double}, with room for the quotient. */
    static final long EXACT_DOUBLE = 1L << 52;
    /**
     * The bound of the operands of {@link #divideNonNegativeHalfUp}, and so of every product and
     * difference of the kernel's plain loops: 2^51, so that twice the dividend plus the divisor is
     * an exact {@code double}.
     */
    static final long PLAIN_OPERAND = 1L << 51;

    private ScaledMath() {
    }

    /**
     * Returns 10 to the power {@code exponent}.
     *
     * @param exponent 0 to 18
     * @return the power
     */
    static long pow10(int exponent) {
        return Scaled.pow10(exponent);
    }

    /**
     * Divides and rounds half away from zero: the exact quotient {@code dividend / divisor}
     * rounded to an integer with {@code HALF_UP}.
     *
     * @param dividend the dividend
     * @param divisor the divisor, not 0
     * @return the rounded quotient
     * @throws ArithmeticException if an argument is {@code Long.MIN_VALUE} (its magnitude has no {@code long})
     */
    static long divideHalfUp(long dividend, long divisor) {
        long q = Scaled.divideHalfUp(dividend, divisor);
        if (q == Scaled.OVER) {
            // an operand was Long.MIN_VALUE: no quotient of two other longs is
            throw new ArithmeticException("long overflow");
        }
        return q;
    }

    /**
     * Divides and rounds half away from zero, as {@link #divideHalfUp(long, long)} does, for
     * operands the caller has proved small: no range check, no integer division.
     *
     * @param dividend the dividend, of magnitude below 2^52
     * @param divisor the divisor, positive and below 2^52
     * @return the rounded quotient
     */
    static long divideSmallHalfUp(long dividend, long divisor) {
        return Scaled.divideSmallHalfUp(dividend, divisor);
    }

    /**
     * Returns {@code Math.max(x, 0)} without a branch: a coin toss for the processor when the
     * values of a loop fall on both sides of 0.
     *
     * @param x any value
     * @return x if it is positive, else 0
     */
    static long atLeastZero(long x) {
        return x & ~(x >> 63);
    }

    /**
     * Divides and rounds half up, as {@link #divideHalfUp(long, long)} does, for a non-negative
     * dividend and a positive divisor the caller has proved below {@link #PLAIN_OPERAND}.
     *
     * @param dividend the dividend, 0 to 2^51 − 1
     * @param divisor the divisor, 1 to 2^51 − 1
     * @return the rounded quotient
     */
    static long divideNonNegativeHalfUp(long dividend, long divisor) {
        // x / d rounded half up is the floor of (2x + d) / 2d. Both are below 2^53, so exact
        // doubles, and the division rounds correctly: the truncated quotient is that floor F or,
        // when the exact quotient lies just below F + 1 and rounds up to it, F + 1, whose
        // remainder is negative; one step back, without a branch, corrects it.
        long n = 2 * dividend + divisor;
        long d = 2 * divisor;
        long q = (long) ((double) n / (double) d);
        return q + ((n - q * d) >> 63);
    }

    /**
     * Divides by 10 to the power {@code exponent} and rounds half away from zero, as
     * {@link #divideHalfUp(long, long)} with {@code pow10(exponent)} would, but through a division
     * by a constant that compiles to a multiplication.
     *
     * @param x the dividend
     * @param exponent 0 to 18
     * @return the rounded quotient
     * @throws ArithmeticException if |x| is within 50 of {@code Long.MAX_VALUE} or is {@code Long.MIN_VALUE}
     */
    static long divideByPowerOfTenHalfUp(long x, int exponent) {
        // Small on purpose, so that it inlines: the common divisors 10 and 100 are constants,
        // which compile to a multiplication; the others take the general division.
        if (exponent == 0) {
            return x;
        }
        if (exponent > 2) {
            return divideHalfUp(x, Scaled.pow10(exponent));
        }
        long a = Math.abs(x);
        if (a < 0 || a > Long.MAX_VALUE - 50) {
            throw new ArithmeticException("long overflow");
        }
        long q = divideNonNegativeByTenOrHundredHalfUp(a, exponent);
        long sign = x >> 63;
        return (q ^ sign) - sign;
    }

    /**
     * Divides by 10 or 100 and rounds half up, as {@link #divideByPowerOfTenHalfUp} does, for a
     * dividend the caller has proved not negative and not within 50 of {@code Long.MAX_VALUE}: no
     * sign, no overflow check, and a division by a constant, which compiles to a multiplication.
     *
     * @param x the dividend, 0 to {@code Long.MAX_VALUE} − 50
     * @param exponent 1 (divide by 10) or 2 (by 100)
     * @return the rounded quotient
     */
    static long divideNonNegativeByTenOrHundredHalfUp(long x, int exponent) {
        return exponent == 1 ? (x + 5) / 10 : (x + 50) / 100;
    }

    /**
     * Divides and rounds by a rounding mode: the exact quotient {@code dividend / divisor} rounded
     * to an integer as {@link java.math.BigDecimal#divide(java.math.BigDecimal, int, RoundingMode)}
     * with scale 0 rounds it.
     *
     * @param dividend the dividend
     * @param divisor the divisor, not 0
     * @param mode the rounding mode, not {@code UNNECESSARY}
     * @return the rounded quotient
     * @throws ArithmeticException if the divisor is 0, an argument is {@code Long.MIN_VALUE}, or the
     *     mode is {@code UNNECESSARY} and the quotient is not an integer
     */
    static long divide(long dividend, long divisor, RoundingMode mode) {
        if (mode == RoundingMode.HALF_UP) {
            return divideHalfUp(dividend, divisor);
        }
        if (dividend == Long.MIN_VALUE || divisor == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        // neither operand is Scaled.OVER, and no quotient of two other longs is
        return Scaled.divide(dividend, divisor, mode);
    }

    /**
     * Divides by 10 to the power {@code exponent} and rounds by a rounding mode.
     *
     * @param x the dividend
     * @param exponent 0 to 18
     * @param mode the rounding mode, not {@code UNNECESSARY}
     * @return the rounded quotient
     * @throws ArithmeticException as {@link #divide} and {@link #divideByPowerOfTenHalfUp} do
     */
    static long divideByPowerOfTen(long x, int exponent, RoundingMode mode) {
        return mode == RoundingMode.HALF_UP ? divideByPowerOfTenHalfUp(x, exponent) : divide(x, Scaled.pow10(exponent), mode);
    }
}
