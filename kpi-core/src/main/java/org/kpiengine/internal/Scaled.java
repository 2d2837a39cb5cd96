package org.kpiengine.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact arithmetic on the unscaled {@code long} values of decimals, for the object path's steps that
 * can skip {@code BigDecimal} intermediates when every operand is small: each operation answers
 * {@link #OVER} when an operand is {@code OVER} or the result does not fit, and the caller then does
 * the step with {@code BigDecimal}, which gives the same value. No method allocates (reading a
 * decimal's unscaled value moves its point on a copy the compiler does not need to make).
 *
 * <p>Stateless and thread-safe.
 */
public final class Scaled {

    /** Marks an overflow, or an operand that does not fit; never a value. */
    public static final long OVER = Long.MIN_VALUE;

    /** The largest power of ten a {@code long} holds is 10^18. */
    public static final int MAX_POWER = 18;

    /** Below 2^52 in magnitude a {@code long} is an exact {@code double}. */
    private static final long EXACT_DOUBLE = 1L << 52;

    private static final long[] POWERS = new long[MAX_POWER + 1];

    static {
        long p = 1;
        for (int i = 0; i <= MAX_POWER; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private Scaled() {
    }

    /**
     * Returns a decimal's unscaled value.
     *
     * @param value the decimal, not null
     * @return its unscaled value, or {@code OVER} if it has more than 18 digits
     */
    public static long unscaled(BigDecimal value) {
        if (value.precision() > MAX_POWER) {
            return OVER;
        }
        // moving the point by the scale gives scale 0, whose longValue is the unscaled value itself
        return value.scale() == 0 ? value.longValue() : value.movePointRight(value.scale()).longValue();
    }

    /**
     * Returns a decimal's unscaled value at a scale of at least its own.
     *
     * @param value the decimal, not null
     * @param scale the scale, at least the decimal's
     * @return the unscaled value at that scale, or {@code OVER} if it does not fit or the scale is below the decimal's
     */
    public static long at(BigDecimal value, int scale) {
        int shift = scale - value.scale();
        if (shift < 0 || shift > MAX_POWER) {
            return OVER;
        }
        return times(unscaled(value), POWERS[shift]);
    }

    /**
     * Returns 10 to a power.
     *
     * @param exponent 0 to {@value #MAX_POWER}
     * @return the power
     */
    public static long pow10(int exponent) {
        return POWERS[exponent];
    }

    /**
     * Multiplies.
     *
     * @param a a factor or {@code OVER}
     * @param b a factor or {@code OVER}
     * @return {@code a × b}, or {@code OVER}
     */
    public static long times(long a, long b) {
        // both magnitudes at most 2^31 (x ^ x >> 63 is |x|, or |x| − 1 below 0): the product fits
        if (((a ^ a >> 63) | (b ^ b >> 63)) >>> 31 == 0) {
            return a * b;
        }
        if (a == OVER || b == OVER) {
            return OVER;
        }
        long product = a * b;
        return Math.multiplyHigh(a, b) == product >> 63 && product != OVER ? product : OVER;
    }

    /**
     * Adds.
     *
     * @param a a term or {@code OVER}
     * @param b a term or {@code OVER}
     * @return {@code a + b}, or {@code OVER}
     */
    public static long plus(long a, long b) {
        if (a == OVER || b == OVER) {
            return OVER;
        }
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 || sum == OVER ? OVER : sum;
    }

    /**
     * Subtracts.
     *
     * @param a the minuend or {@code OVER}
     * @param b the subtrahend or {@code OVER}
     * @return {@code a − b}, or {@code OVER}
     */
    public static long minus(long a, long b) {
        if (a == OVER || b == OVER) {
            return OVER;
        }
        long difference = a - b;
        return ((a ^ b) & (a ^ difference)) < 0 || difference == OVER ? OVER : difference;
    }

    /**
     * Brings an unscaled value from one scale to another, rounding by a rounding mode when the scale
     * drops, as {@link BigDecimal#setScale(int, RoundingMode)} does.
     *
     * @param unscaled the unscaled value or {@code OVER}
     * @param from its scale
     * @param to the scale wanted
     * @param mode the rounding mode, not {@code UNNECESSARY}
     * @return the unscaled value at {@code to}, or {@code OVER}
     */
    public static long rescale(long unscaled, int from, int to, RoundingMode mode) {
        if (unscaled == OVER || Math.abs((long) to - from) > MAX_POWER) {
            return OVER;
        }
        return to >= from ? times(unscaled, POWERS[to - from]) : divide(unscaled, POWERS[from - to], mode);
    }

    /**
     * Divides and rounds half away from zero, as {@link #divide} with {@code HALF_UP} does, but
     * through a floating-point division when both magnitudes are below 2^52, which is several times
     * cheaper than a 64-bit integer one.
     *
     * @param dividend the dividend or {@code OVER}
     * @param divisor the divisor, not 0, or {@code OVER}
     * @return the rounded quotient, or {@code OVER}
     */
    public static long divideHalfUp(long dividend, long divisor) {
        long a = Math.abs(dividend);
        long b = Math.abs(divisor);
        if (a < EXACT_DOUBLE && b < EXACT_DOUBLE && (a | b) >= 0) {
            // (Math.abs(Long.MIN_VALUE) is negative: that operand takes the path below.)
            // HALF_UP is symmetric about 0: the quotient by |divisor|, negated for a negative divisor.
            long sign = divisor >> 63;
            return (divideSmallHalfUp(dividend, b) ^ sign) - sign;
        }
        return divide(dividend, divisor, RoundingMode.HALF_UP);
    }

    /**
     * Divides and rounds half away from zero, as {@link #divideHalfUp(long, long)} does, for
     * operands the caller has proved small: no range check, no integer division.
     *
     * @param dividend the dividend, of magnitude below 2^52
     * @param divisor the divisor, positive and below 2^52
     * @return the rounded quotient
     */
    public static long divideSmallHalfUp(long dividend, long divisor) {
        long sign = dividend >> 63;
        long a = (dividend ^ sign) - sign;
        // Both are exact doubles and the correctly rounded double quotient is within one unit of
        // the true one, so one correction step gives the exact truncated quotient.
        long q = (long) ((double) a / (double) divisor);
        long r = a - q * divisor;
        if (r < 0) {
            q--;
            r += divisor;
        } else if (r >= divisor) {
            q++;
            r -= divisor;
        }
        // Round half up without a branch: add 1 when 2r >= divisor, that is when divisor - 1 - 2r < 0.
        q += (divisor - 1 - r - r) >>> 63;
        return (q ^ sign) - sign;
    }

    /**
     * Divides and rounds by a rounding mode, as {@link BigDecimal#divide(BigDecimal, int, RoundingMode)}
     * rounds the exact quotient.
     *
     * @param dividend the dividend or {@code OVER}
     * @param divisor the divisor, not 0, or {@code OVER}
     * @param mode the rounding mode, not {@code UNNECESSARY}
     * @return the rounded quotient, or {@code OVER}
     */
    public static long divide(long dividend, long divisor, RoundingMode mode) {
        if (dividend == OVER || divisor == OVER) {
            return OVER;
        }
        long quotient = dividend / divisor; // toward zero
        long remainder = dividend - quotient * divisor;
        if (remainder == 0) {
            return quotient;
        }
        long sign = (dividend ^ divisor) < 0 ? -1 : 1;
        long r = Math.abs(remainder);
        long rest = Math.abs(divisor) - r; // r > rest: above one half; r == rest: exactly one half
        boolean away = switch (mode) {
            case UP -> true;
            case DOWN -> false;
            case CEILING -> sign > 0;
            case FLOOR -> sign < 0;
            case HALF_UP -> r >= rest;
            case HALF_DOWN -> r > rest;
            case HALF_EVEN -> r > rest || r == rest && (quotient & 1) != 0;
            case UNNECESSARY -> throw new ArithmeticException("rounding necessary");
        };
        // |divisor| >= 2 here, so |quotient| <= Long.MAX_VALUE / 2 and one more step cannot overflow
        return away ? quotient + sign : quotient;
    }
}
