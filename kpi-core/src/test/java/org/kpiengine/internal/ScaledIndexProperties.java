package org.kpiengine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.internal.CurveFormula.Pieces;

/**
 * The formula of pieces on scaled longs (its compiled form, {@link ScaledPieces}, reached through
 * {@link ScaledIndex}; the team batch's kernel evaluates the same form) gives exactly the
 * {@code BigDecimal} evaluation's index (value and scale) or the same exception, for every built-in
 * formula of pieces, every precision, and values from everyday sizes to beyond a {@code long}; it does
 * answer for everyday values; and a quotient exactly halfway rounds as the mode says.
 */
class ScaledIndexProperties {

    private static final List<Pieces> FORMULAS = List.of(
            Pieces.ratio(null, true), Pieces.ratio(new BigDecimal("150"), true), Pieces.ratio(new BigDecimal("133.33333"), true),
            Pieces.ratio(null, false), Pieces.ratio(new BigDecimal("150"), false), Pieces.ratio(new BigDecimal("120.5"), false),
            Pieces.linear(null), Pieces.linear(new BigDecimal("150")), Pieces.linear(new BigDecimal("0.00001")),
            Pieces.twoSlope(new BigDecimal("150"), true), Pieces.twoSlope(new BigDecimal("150"), false),
            Pieces.twoSlope(new BigDecimal("137.5"), true), Pieces.twoSlope(new BigDecimal("200.123456789"), false),
            Pieces.targetBand(new BigDecimal("5"), new BigDecimal("20"), new BigDecimal("5"), new BigDecimal("20")),
            Pieces.targetBand(new BigDecimal("0.5"), new BigDecimal("2.25"), new BigDecimal("1"), new BigDecimal("3.125")),
            Pieces.targetBand(BigDecimal.ZERO, new BigDecimal("10"), BigDecimal.ZERO, new BigDecimal("0.001")));

    private static final RoundingMode[] MODES = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
        RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};

    /** A decimal: everyday (up to 9 digits, 0 to 4 places) or anything up to 24 digits at scales -4 to 20. */
    private static BigDecimal decimal(Random random, boolean everyday) {
        if (everyday) {
            long unscaled = random.nextLong() % (long) Math.pow(10, 1 + random.nextInt(9));
            return BigDecimal.valueOf(unscaled, random.nextInt(5));
        }
        BigInteger unscaled = new BigInteger(1 + random.nextInt(80), random);
        return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(25) - 4);
    }

    /** A fact: a threshold, a threshold plus a small step, or any decimal. */
    private static BigDecimal fact(Random random, Thresholds thresholds, boolean everyday) {
        BigDecimal[] anchors = {thresholds.base(), thresholds.plan(), thresholds.target(), BigDecimal.ZERO};
        BigDecimal anchor = anchors[random.nextInt(anchors.length)];
        return switch (random.nextInt(4)) {
            case 0 -> anchor == null ? BigDecimal.ZERO : anchor;
            case 1 -> (anchor == null ? BigDecimal.ZERO : anchor).add(BigDecimal.valueOf(random.nextInt(21) - 10, random.nextInt(6)));
            default -> decimal(random, everyday);
        };
    }

    private static Precision precision(Random random) {
        return new Precision(random.nextInt(13), MODES[random.nextInt(MODES.length)], RoundingMode.HALF_UP);
    }

    /** A figure of a sales plan: up to 8 digits and 2 places (below a million with cents). */
    private static BigDecimal figure(Random random) {
        return BigDecimal.valueOf(random.nextLong() % (long) Math.pow(10, 1 + random.nextInt(8)), random.nextInt(3));
    }

    /**
     * The outcome of an evaluation as text: the index with its scale, or the exception: the library's
     * with its message, the JVM's by its class only, since compiled code may raise it without one.
     */
    private static String outcome(Pieces formula, Thresholds thresholds, BigDecimal fact, Precision precision, boolean scaled) {
        try {
            BigDecimal index = scaled ? formula.index("deals", thresholds, fact, precision)
                    : formula.bigDecimalIndex("deals", thresholds, fact, precision);
            return index.toPlainString() + " (scale " + index.scale() + ")";
        } catch (KpiInputException e) {
            return "KpiInputException: " + e.getMessage();
        } catch (ArithmeticException | NullPointerException e) {
            return e.getClass().getSimpleName();
        }
    }

    @Test
    void theScaledEvaluationGivesTheBigDecimalIndexOrItsException() {
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            boolean everyday = random.nextInt(3) > 0;
            Pieces formula = FORMULAS.get(random.nextInt(FORMULAS.size()));
            @Nullable BigDecimal base = random.nextInt(4) == 0 ? null : decimal(random, everyday);
            @Nullable BigDecimal target = random.nextInt(4) == 0 ? null : decimal(random, everyday);
            Thresholds thresholds = new Thresholds(base, decimal(random, everyday), target);
            BigDecimal fact = fact(random, thresholds, everyday || random.nextBoolean());
            Precision precision = precision(random);
            assertEquals(outcome(formula, thresholds, fact, precision, false), outcome(formula, thresholds, fact, precision, true),
                    () -> formula + " " + thresholds + " fact " + fact + " " + precision);
        });
    }

    @Test
    void theScaledEvaluationAnswersForEverydayValues() {
        // ordered thresholds of up to 8 digits and 2 places, facts alike, indices to up to 4 places:
        // every two-slope, linear and target band index, and every ratio index with a positive plan
        // (with a cap when lower is better, the cap at the target included), is computed on longs
        qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            boolean higher = random.nextBoolean();
            BigDecimal[] t = {figure(random), figure(random), figure(random)};
            java.util.Arrays.sort(t);
            if (t[0].compareTo(t[1]) == 0 || t[1].compareTo(t[2]) == 0) {
                return;
            }
            Thresholds thresholds = higher ? new Thresholds(t[0], t[1], t[2]) : new Thresholds(t[2], t[1], t[0]);
            Pieces formula = switch (random.nextInt(4)) {
                case 0 -> Pieces.twoSlope(new BigDecimal("150"), higher);
                case 1 -> Pieces.linear(random.nextBoolean() ? null : new BigDecimal("150"));
                case 2 -> Pieces.ratio(higher && random.nextBoolean() ? null : new BigDecimal("150"), higher);
                default -> Pieces.targetBand(new BigDecimal("5"), new BigDecimal("20.5"), BigDecimal.ONE, new BigDecimal("12.25"));
            };
            Thresholds used = random.nextBoolean() ? thresholds : thresholds.withTarget(null);
            if (formula.requirements().contains(CurveFormula.Requirement.TARGET)) {
                used = thresholds;
            }
            if (formula.requirements().contains(CurveFormula.Requirement.POSITIVE_PLAN) && used.plan().signum() <= 0) {
                return;
            }
            BigDecimal fact = figure(random);
            Precision precision = precision(random).withIndexScale(random.nextInt(5));
            assertOnLongsIsTheDefinition(formula, used, fact, precision);
        });
    }

    @Test
    void aQuotientExactlyHalfwayRoundsByTheMode() {
        // plan 200 × 10^e and no base: the first piece of the linear, two-slope and higher-is-better
        // ratio formulas is fact / (2 × 10^e), which at a fact with an odd last digit lies exactly
        // halfway between two indices, where HALF_UP, HALF_DOWN and HALF_EVEN differ
        qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Precision precision = precision(random).withIndexScale(random.nextInt(5));
            int e = random.nextInt(4);
            long odd = 2L * (random.nextInt(2_000_000) - 1_000_000) + 1;
            BigDecimal fact = BigDecimal.valueOf(odd, precision.indexScale()).movePointRight(e);
            BigDecimal plan = BigDecimal.valueOf(200).movePointRight(e);
            Thresholds thresholds = new Thresholds(null, plan, plan.multiply(BigDecimal.valueOf(3)));
            Pieces formula = switch (random.nextInt(3)) {
                case 0 -> Pieces.linear(null);
                case 1 -> Pieces.twoSlope(new BigDecimal("150"), true);
                default -> Pieces.ratio(null, true);
            };
            assertOnLongsIsTheDefinition(formula, thresholds, fact, precision);
        });
    }

    /** The evaluation on longs answers, with the BigDecimal evaluation's value and scale. */
    private static void assertOnLongsIsTheDefinition(Pieces formula, Thresholds thresholds, BigDecimal fact,
            Precision precision) {
        BigDecimal scaled = ScaledIndex.index(formula, thresholds, fact, precision);
        assertNotNull(scaled, () -> formula + " " + thresholds + " fact " + fact + " " + precision);
        BigDecimal expected = formula.bigDecimalIndex("deals", thresholds, fact, precision);
        assertEquals(expected, scaled, () -> formula + " " + thresholds + " fact " + fact + " " + precision);
        assertEquals(expected.scale(), scaled.scale());
    }

    @Test
    void arithmeticOnLongsIsExactOrAnswersOver() {
        qt().withExamples(20_000).forAll(longs().all(), longs().all()).checkAssert((seed, other) -> {
            Random random = new Random(seed);
            // operands from a few digits to the whole range of a long
            long a = random.nextInt(3) == 0 ? other : other >> random.nextInt(64);
            long b = random.nextInt(3) == 0 ? random.nextLong() : random.nextLong() >> random.nextInt(64);
            BigInteger x = BigInteger.valueOf(a);
            BigInteger y = BigInteger.valueOf(b);
            boolean over = a == Scaled.OVER || b == Scaled.OVER; // an operand OVER gives OVER
            assertEquals(over ? Scaled.OVER : fitting(x.multiply(y)), Scaled.times(a, b), () -> a + " * " + b);
            assertEquals(over ? Scaled.OVER : fitting(x.add(y)), Scaled.plus(a, b), () -> a + " + " + b);
            assertEquals(over ? Scaled.OVER : fitting(x.subtract(y)), Scaled.minus(a, b), () -> a + " - " + b);
            int from = random.nextInt(10);
            int to = random.nextInt(10);
            RoundingMode mode = MODES[random.nextInt(MODES.length)];
            long rescaled = Scaled.rescale(a, from, to, mode);
            BigDecimal expected = BigDecimal.valueOf(a, from).setScale(to, mode);
            assertEquals(a == Scaled.OVER ? Scaled.OVER : fitting(expected.unscaledValue()), rescaled, () -> a + " at scale " + from + " to " + to);
            BigDecimal decimal = new BigDecimal(x, random.nextInt(40) - 20);
            assertEquals(decimal.precision() > 18 ? Scaled.OVER : a, Scaled.unscaled(decimal), decimal::toString);
        });
    }

    /** The value as a long, or OVER where it has none (OVER itself included). */
    private static long fitting(BigInteger value) {
        return value.bitLength() < 64 && value.longValue() != Scaled.OVER ? value.longValue() : Scaled.OVER;
    }

    @Test
    void roundingOnLongsFollowsBigDecimal() {
        qt().withExamples(20_000).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                longs().between(-1_000_000L, 1_000_000L)).checkAssert((dividend, divisor) -> {
                    if (divisor == 0) {
                        return;
                    }
                    for (RoundingMode mode : MODES) {
                        BigDecimal expected = BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, mode);
                        assertEquals(expected.longValueExact(), Scaled.divide(dividend, divisor, mode),
                                () -> dividend + " / " + divisor + " " + mode);
                    }
                });
    }
}
