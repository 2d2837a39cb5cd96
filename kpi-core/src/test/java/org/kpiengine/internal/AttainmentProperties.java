package org.kpiengine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;

/**
 * Attainment, computed on longs when plan and fact are small, is its definition: fact × 100 / plan
 * (plan × 100 / fact when lower is better, none for a fact of 0 or less) rounded once like an index,
 * value and scale, or the same exception; for values from a few digits to beyond a long. Exceptions
 * are compared by class: the JVM raises them without a message once the dividing code is compiled.
 */
class AttainmentProperties {

    private static final RoundingMode[] MODES = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
        RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};

    private static BigDecimal decimal(Random random) {
        BigInteger unscaled = random.nextBoolean() ? BigInteger.valueOf(random.nextInt(10_000_000))
                : new BigInteger(1 + random.nextInt(90), random);
        return new BigDecimal(random.nextInt(6) == 0 ? unscaled.negate() : unscaled, random.nextInt(16) - 3);
    }

    private static String definition(boolean higher, BigDecimal plan, BigDecimal fact, Precision precision) {
        try {
            if (!higher && fact.signum() <= 0) {
                return "unbounded best";
            }
            BigDecimal percent = higher ? fact.multiply(BigDecimal.valueOf(100)).divide(plan, precision.indexScale(), precision.indexRounding())
                    : plan.multiply(BigDecimal.valueOf(100)).divide(fact, precision.indexScale(), precision.indexRounding());
            return percent.toPlainString() + " (scale " + percent.scale() + ")";
        } catch (ArithmeticException e) {
            return "ArithmeticException";
        }
    }

    private static String computed(boolean higher, BigDecimal plan, BigDecimal fact, Precision precision) {
        try {
            BigDecimal percent = Attainment.percent(higher, plan, fact, precision);
            return percent == null ? "unbounded best" : percent.toPlainString() + " (scale " + percent.scale() + ")";
        } catch (ArithmeticException e) {
            return "ArithmeticException";
        }
    }

    @Test
    void attainmentIsItsDefinition() {
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            boolean higher = random.nextBoolean();
            BigDecimal plan = random.nextInt(20) == 0 ? BigDecimal.ZERO : decimal(random);
            BigDecimal fact = random.nextInt(20) == 0 ? BigDecimal.ZERO : decimal(random);
            Precision precision = new Precision(random.nextInt(13), MODES[random.nextInt(MODES.length)], RoundingMode.HALF_UP);
            assertEquals(definition(higher, plan, fact, precision), computed(higher, plan, fact, precision),
                    () -> (higher ? "higher" : "lower") + " plan " + plan + " fact " + fact + " " + precision);
        });
    }
}
