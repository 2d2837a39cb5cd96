package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ScaledMathProperties {

    /** Longs of every magnitude, often near 2^52 (where the quotient switches method) and near 0. */
    private static Gen<Long> anyMagnitude() {
        Gen<Long> near252 = longs().between(-3, 3).zip(integers().between(50, 54), (d, p) -> (1L << p) + d)
                .zip(integers().between(0, 1), (v, neg) -> neg == 1 ? -v : v);
        Gen<Long> small = longs().between(-1000, 1000);
        Gen<Long> scaled = longs().between(-1_000_000_000L, 1_000_000_000L)
                .zip(integers().between(0, 9), (v, p) -> v * ScaledMath.pow10(p));
        return longs().all().mix(near252, 30).mix(small, 30).mix(scaled, 30);
    }

    @Test
    void divideHalfUpEqualsBigDecimal() {
        qt().withExamples(20_000).forAll(anyMagnitude(), anyMagnitude().assuming(d -> d != 0))
                .checkAssert((dividend, divisor) -> {
                    long expected;
                    try {
                        expected = BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP)
                                .longValueExact();
                    } catch (ArithmeticException tooBig) {
                        return; // Long.MIN_VALUE / -1: the kernel overflows and takes the object path
                    }
                    long actual;
                    try {
                        actual = ScaledMath.divideHalfUp(dividend, divisor);
                    } catch (ArithmeticException overflow) {
                        assertEquals(true, dividend == Long.MIN_VALUE || divisor == Long.MIN_VALUE);
                        return;
                    }
                    assertEquals(expected, actual, dividend + " / " + divisor);
                });
    }

    @Test
    void divideSmallHalfUpEqualsBigDecimalBelow252() {
        long limit = (1L << 52) - 1;
        Gen<Long> dividends = anyMagnitude().map(v -> Math.max(-limit, Math.min(limit, v)));
        Gen<Long> divisors = anyMagnitude().map(v -> Math.max(1, Math.min(limit, Math.abs(v == Long.MIN_VALUE ? 1 : v))));
        qt().withExamples(20_000).forAll(dividends, divisors).checkAssert((dividend, divisor) ->
                assertEquals(halfUp(dividend, divisor), ScaledMath.divideSmallHalfUp(dividend, divisor), dividend + " / " + divisor));
    }

    @Test
    void divideNonNegativeHalfUpEqualsBigDecimalBelow251() {
        long limit = ScaledMath.PLAIN_OPERAND - 1;
        Gen<Long> nearLimit = longs().between(limit - 1000, limit);
        Gen<Long> dividends = anyMagnitude().map(v -> Math.min(limit, Math.abs(v == Long.MIN_VALUE ? 0 : v))).mix(nearLimit, 20);
        Gen<Long> divisors = anyMagnitude().map(v -> Math.max(1, Math.min(limit, Math.abs(v == Long.MIN_VALUE ? 1 : v))))
                .mix(nearLimit, 20).mix(longs().between(1, 4), 10);
        qt().withExamples(50_000).forAll(dividends, divisors).checkAssert((dividend, divisor) ->
                assertEquals(halfUp(dividend, divisor), ScaledMath.divideNonNegativeHalfUp(dividend, divisor),
                        dividend + " / " + divisor));
    }

    /** The quotient rounded half up by {@code BigDecimal}, the definition. */
    private static long halfUp(long dividend, long divisor) {
        return BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP).longValueExact();
    }

    @Test
    void divideNonNegativeHalfUpAtTheEdges() {
        long limit = ScaledMath.PLAIN_OPERAND - 1;
        // quotients just below, at and just above a half, at the largest operands
        long[][] cases = {{limit, limit}, {limit, 1}, {limit, 2}, {limit - 1, 2}, {limit, limit - 1}, {limit - 1, limit},
            {limit / 2, limit}, {limit / 2 + 1, limit}, {0, limit}, {0, 1}, {1, 2}, {1, 3}, {5, 10}, {4, 10}};
        for (long[] c : cases) {
            long expected = BigDecimal.valueOf(c[0]).divide(BigDecimal.valueOf(c[1]), 0, RoundingMode.HALF_UP).longValueExact();
            assertEquals(expected, ScaledMath.divideNonNegativeHalfUp(c[0], c[1]), c[0] + " / " + c[1]);
        }
    }

    @Test
    void divideNonNegativeByTenOrHundredEqualsBigDecimalOverItsWholeDomain() {
        long limit = Long.MAX_VALUE - 50;
        Gen<Long> nearLimit = longs().between(limit - 1000, limit);
        Gen<Long> dividends = anyMagnitude().map(v -> Math.min(limit, Math.abs(v == Long.MIN_VALUE ? 0 : v))).mix(nearLimit, 20);
        qt().withExamples(20_000).forAll(dividends, integers().between(1, 2)).checkAssert((x, exponent) ->
                assertEquals(BigDecimal.valueOf(x).movePointLeft(exponent).setScale(0, RoundingMode.HALF_UP).longValueExact(),
                        ScaledMath.divideNonNegativeByTenOrHundredHalfUp(x, exponent), x + " / 10^" + exponent));
    }

    @Test
    void divideByPowerOfTenEqualsBigDecimal() {
        qt().withExamples(20_000).forAll(anyMagnitude(), integers().between(0, 18)).checkAssert((x, exponent) -> {
            long expected = BigDecimal.valueOf(x).movePointLeft(exponent).setScale(0, RoundingMode.HALF_UP).longValueExact();
            long actual;
            try {
                actual = ScaledMath.divideByPowerOfTenHalfUp(x, exponent);
            } catch (ArithmeticException overflow) {
                assertEquals(true, Math.abs(x) > Long.MAX_VALUE - 5 * ScaledMath.pow10(Math.max(0, exponent - 1)) || x == Long.MIN_VALUE);
                return;
            }
            assertEquals(expected, actual, x + " / 10^" + exponent);
        });
    }

    @Test
    void halvesRoundAwayFromZero() {
        assertEquals(3, ScaledMath.divideHalfUp(5, 2));
        assertEquals(-3, ScaledMath.divideHalfUp(-5, 2));
        assertEquals(-3, ScaledMath.divideHalfUp(5, -2));
        assertEquals(3, ScaledMath.divideHalfUp(-5, -2));
        assertEquals(2, ScaledMath.divideHalfUp(7, 3));
        assertEquals(-2, ScaledMath.divideHalfUp(-7, 3));
        assertEquals(0, ScaledMath.divideHalfUp(0, -7));
        assertEquals(Long.MAX_VALUE, ScaledMath.divideHalfUp(Long.MAX_VALUE, 1));
    }

    @Test
    void theSmallestLongAsDivisorSignalsOverflowInsteadOfAWrongQuotient() {
        // Math.abs(Long.MIN_VALUE) is negative; once it slipped into the floating-point path and
        // 0 / MIN gave -1. Now it takes the checked path, whose overflow sends the row to the object path.
        assertThrows(ArithmeticException.class, () -> ScaledMath.divideHalfUp(0, Long.MIN_VALUE));
        assertThrows(ArithmeticException.class, () -> ScaledMath.divideHalfUp(7, Long.MIN_VALUE));
    }

    /** Every rounding mode the calculation may use: the money rounding and the index rounding. */
    private static Gen<RoundingMode> modes() {
        RoundingMode[] modes = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
            RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};
        return integers().between(0, modes.length - 1).map(i -> modes[i]);
    }

    @Test
    void divideInAnyModeEqualsBigDecimal() {
        // halves are the interesting quotients: every third divisor is 2 or 10
        Gen<Long> divisors = anyMagnitude().assuming(d -> d != 0).mix(longs().between(-2, 2).assuming(d -> d != 0), 20)
                .mix(longs().between(1, 2).map(d -> d == 1 ? 10L : -10L), 15);
        qt().withExamples(20_000).forAll(anyMagnitude(), divisors, modes()).checkAssert((dividend, divisor, mode) -> {
            long expected;
            try {
                expected = BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, mode).longValueExact();
            } catch (ArithmeticException tooBig) {
                return; // Long.MIN_VALUE / -1
            }
            long actual;
            try {
                actual = ScaledMath.divide(dividend, divisor, mode);
            } catch (ArithmeticException overflow) {
                assertEquals(true, dividend == Long.MIN_VALUE || divisor == Long.MIN_VALUE);
                return;
            }
            assertEquals(expected, actual, dividend + " / " + divisor + " " + mode);
        });
    }

    @Test
    void divideByPowerOfTenInAnyModeEqualsBigDecimal() {
        qt().withExamples(20_000).forAll(anyMagnitude(), integers().between(0, 18), modes()).checkAssert((x, exponent, mode) -> {
            long expected = BigDecimal.valueOf(x).movePointLeft(exponent).setScale(0, mode).longValueExact();
            long actual;
            try {
                actual = ScaledMath.divideByPowerOfTen(x, exponent, mode);
            } catch (ArithmeticException overflow) {
                assertEquals(true, Math.abs(x) > Long.MAX_VALUE - 5 * ScaledMath.pow10(Math.max(0, exponent - 1)) || x == Long.MIN_VALUE);
                return;
            }
            assertEquals(expected, actual, x + " / 10^" + exponent + " " + mode);
        });
    }

    /** Money rounded to the cent: 2.5 cents and −2.5 cents in every mode, as BigDecimal.setScale rounds them. */
    @Test
    void halvesInEveryMode() {
        long[][] expected = {
            // UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN for 25 / 10, then −25 / 10, then 35 / 10
            {3, 2, 3, 2, 3, 2, 2}, {-3, -2, -2, -3, -3, -2, -2}, {4, 3, 4, 3, 4, 3, 4}};
        long[] dividends = {25, -25, 35};
        RoundingMode[] modes = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
            RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};
        for (int d = 0; d < dividends.length; d++) {
            for (int m = 0; m < modes.length; m++) {
                assertEquals(expected[d][m], ScaledMath.divide(dividends[d], 10, modes[m]), dividends[d] + " " + modes[m]);
                assertEquals(expected[d][m], ScaledMath.divideByPowerOfTen(dividends[d], 1, modes[m]), dividends[d] + " " + modes[m]);
            }
        }
    }
}
