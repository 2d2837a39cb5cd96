package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;

class ConversionTest {

    @ParameterizedTest(name = "{0} of {1} contacts, minimum {2}: {3}")
    @CsvSource({
        "0, 500, 500, 0.0000",
        "500, 500, 500, 100.0000",
        "27, 500, 500, 5.4000",
        "1, 3, 3, 33.3333",
        "2, 3, 3, 66.6667",
        "1, 8, 0, 12.5000",
    })
    void isRoundedLikeAnIndex(long deals, long contacts, long minimum, String percent) {
        assertEquals(new Measured(new BigDecimal(percent)),
                Conversion.of(deals, contacts, MinimumSamples.DEFAULT.withContacts(minimum), Precision.DEFAULT));
    }

    @Test
    void takesThePrecisionsScaleAndMode() {
        Precision twoUp = Precision.DEFAULT.withIndexScale(2).withIndexRounding(RoundingMode.UP);
        assertEquals(new Measured(new BigDecimal("15.39")), Conversion.of(20, 130, MinimumSamples.NONE, twoUp));
    }

    @Test
    void belowTheMinimumIsInsufficientData() {
        assertEquals(new InsufficientData("conversion", "contacts", 499, 500), Conversion.of(30, 499));
        assertEquals(new InsufficientData("conversion", "contacts", 0, 500), Conversion.of(0, 0));
    }

    @Test
    void rejectsNegativeCounts() {
        Expect.error(Reason.OUT_OF_RANGE, "deals", "-1", "deals -1 must not be negative", () -> Conversion.of(-1, 1000));
        Expect.error(Reason.OUT_OF_RANGE, "contacts", "-1000", "contacts -1000 must not be negative",
                () -> Conversion.of(1, -1000));
    }

    @Test
    void rejectsMoreDealsThanContacts() {
        Expect.error(Reason.OUT_OF_RANGE, "deals", "1001", "deals 1001 must not exceed contacts 1000",
                () -> Conversion.of(1001, 1000));
        // even below the minimum: the counts are wrong, not merely few
        Expect.error(Reason.OUT_OF_RANGE, "deals", "11", "deals 11 must not exceed contacts 10",
                () -> Conversion.of(11, 10));
    }

    @Test
    void zeroContactsWithoutAMinimumIsADivisionByZero() {
        Expect.error(Reason.DIVISION_BY_ZERO, "contacts", "0", "conversion divides by contacts, which is 0",
                () -> Conversion.of(0, 0, MinimumSamples.NONE, Precision.DEFAULT));
    }
}
