package org.kpiengine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.quicktheories.core.Gen;

/** The linear-time size check agrees with the library's range rule wherever both can be computed. */
class DecimalsProperties {

    /** The range rule written the direct way, stripping first: below 10^1000, at most 1000 places. */
    private static boolean inRangeByDefinition(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= Decimals.MAX_EXPONENT
                && (long) stripped.precision() - stripped.scale() <= Decimals.MAX_EXPONENT;
    }

    /** Decimals of 1 to 2 100 digits (some with trailing zeros) at scales around the limits. */
    private static Gen<BigDecimal> decimals() {
        return integers().between(1, Decimals.MAX_DIGITS).zip(integers().between(0, 1200),
                integers().between(-2200, 2200), (digits, zeros, scale) -> {
                    Random random = new Random((long) digits * 31 + zeros * 17L + scale);
                    StringBuilder text = new StringBuilder().append((char) ('1' + random.nextInt(9)));
                    for (int i = 1; i < digits; i++) {
                        text.append(i >= digits - Math.min(zeros, digits - 1) ? '0' : (char) ('0' + random.nextInt(10)));
                    }
                    BigInteger unscaled = new BigInteger(text.toString());
                    return new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), scale);
                });
    }

    @Test
    void theCheckAcceptsExactlyWhatTheRuleAccepts() {
        qt().withExamples(400).forAll(decimals()).checkAssert(value -> {
            boolean accepted;
            try {
                Decimals.checkRange("deals", "fact", value);
                accepted = true;
            } catch (KpiInputException e) {
                assertEquals(Reason.OUT_OF_RANGE, e.reason());
                assertEquals("deals", e.indicatorId());
                assertEquals("fact", e.field());
                assertTrue(e.getMessage().length() < 300, e.getMessage());
                accepted = false;
            }
            assertEquals(inRangeByDefinition(value), accepted, value::toString);
        });
    }

    @Test
    void aNormalisedValueIsNumericallyEqualAndPrintsBackTheSame() {
        qt().withExamples(400).forAll(decimals()).checkAssert(value -> {
            if (inRangeByDefinition(value)) {
                BigDecimal normalised = Decimals.normalise(value);
                assertEquals(0, normalised.compareTo(value));
                assertTrue(normalised.scale() >= 0);
                String text = Decimals.text(normalised);
                if (text.length() <= Decimals.MAX_TEXT_LENGTH) {
                    assertEquals(normalised, Decimals.normalise(Decimals.parse("plan", text)));
                }
            }
        });
    }

    @Test
    void anyTextLongerThanTheLimitIsOutOfRangeWhateverItsValue() {
        qt().withExamples(100).forAll(integers().between(Decimals.MAX_TEXT_LENGTH + 1, 50_000), integers().between(0, 2))
                .checkAssert((length, form) -> {
                    String text = switch (form) {
                        case 0 -> "1" + "0".repeat(length - 1);             // a huge value
                        case 1 -> "1." + "0".repeat(length - 2);            // the value 1
                        default -> "0".repeat(length - 1) + "7";            // the value 7, leading zeros
                    };
                    KpiInputException e = assertThrows(KpiInputException.class, () -> Decimals.parse("deals", "fact", text));
                    assertEquals(Reason.OUT_OF_RANGE, e.reason());
                    assertEquals(Decimals.quote(text), e.value());
                    assertTrue(e.value().length() <= 45, e.value());
                });
    }
}
