package org.kpiengine.curve;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.KpiAssertions.assertDecimal;
import static org.kpiengine.KpiAssertions.assertRejected;
import static org.kpiengine.KpiAssertions.assertRejectedField;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;

class ThresholdsTest {

    private static final Indicator REVENUE = Indicator.higherIsBetter("revenue", Unit.MONEY);
    private static final Indicator RECEIVABLES = Indicator.lowerIsBetter("receivables", Unit.MONEY);

    @Test
    void planAloneHasNoBaseOrTarget() {
        Thresholds calls = Thresholds.plan("500");
        assertNull(calls.base());
        assertDecimal("500", calls.plan());
        assertNull(calls.target());
        assertEquals(calls, Thresholds.plan(new BigDecimal("500.00")));
    }

    @Test
    void ofTreatsEmptyAsAbsent() {
        Thresholds t = Thresholds.of("", "500", null);
        assertNull(t.base());
        assertNull(t.target());
        Thresholds full = Thresholds.of("300000", "500000", "650000");
        assertDecimal("300000", full.base());
        assertDecimal("650000", full.target());
    }

    @Test
    void scaleIsNormalisedSoEqualsAgreesWithCompareTo() {
        assertEquals(Thresholds.of("1.50", "2.000", "3"), Thresholds.of("1.5", "2", "3.0"));
        assertEquals(Thresholds.of("1.50", "2.000", "3").hashCode(), Thresholds.of("1.5", "2", "3.0").hashCode());
        assertNotEquals(Thresholds.of("1", "2", "3"), Thresholds.of("1", "2", "4"));
    }

    @Test
    void withersReturnCopies() {
        Thresholds t = Thresholds.of("1", "2", "3");
        assertEquals(Thresholds.of("1", "5", "3"), t.withPlan(new BigDecimal("5")));
        assertEquals(Thresholds.of(null, "2", "3"), t.withBase(null));
        assertEquals(Thresholds.of("1", "2", "9"), t.withTarget(new BigDecimal("9")));
        assertEquals(Thresholds.of("1", "2", "3"), t);
    }

    @Test
    void rejectsNonNumbersNamingTheField() {
        assertRejectedField(Reason.NOT_A_NUMBER, "plan", "five", () -> Thresholds.plan("five"));
        assertRejectedField(Reason.NOT_A_NUMBER, "base", "x", () -> Thresholds.of("x", "5", null));
        assertRejectedField(Reason.NOT_A_NUMBER, "target", "1,5", () -> Thresholds.of(null, "5", "1,5"));
        assertThrows(NullPointerException.class, () -> new Thresholds(null, null, null));
    }

    @ParameterizedTest
    @CsvSource({
        "300000, 500000, 650000",
        ", 500000, 650000",
        "300000, 500000, ",
        ", 500000, ",
        "-10, 0, 10",
        "0.9999, 1, 1.0001",
    })
    void higherIsBetterRunsUpwards(String base, String plan, String target) {
        assertDoesNotThrow(() -> Thresholds.of(base, plan, target).validateFor(REVENUE));
    }

    @ParameterizedTest
    @CsvSource({
        "100000, 50000, 20000",
        ", 50000, 20000",
        "100000, 50000, ",
        "1.0001, 1, 0.9999",
    })
    void lowerIsBetterRunsDownwards(String base, String plan, String target) {
        assertDoesNotThrow(() -> Thresholds.of(base, plan, target).validateFor(RECEIVABLES));
    }

    @ParameterizedTest
    @CsvSource({
        "500001, 500000, 650000, 500001",
        "300000, 500000, 500000, 500000",
        "300000, 500000, 499999.9999, 499999.9999",
        ", 500000, 400000, 400000",
        "700000, 500000, 650000, 700000",
    })
    void higherIsBetterOutOfOrder(String base, String plan, String target, String value) {
        assertRejected(Reason.THRESHOLDS_OUT_OF_ORDER, "revenue", value,
                () -> Thresholds.of(base, plan, target).validateFor(REVENUE));
    }

    @ParameterizedTest
    @CsvSource({
        "49999, 50000, 20000, 49999",
        "100000, 50000, 50000, 50000",
        "100000, 50000, 50000.0001, 50000.0001",
        ", 50000, 60000, 60000",
    })
    void lowerIsBetterOutOfOrder(String base, String plan, String target, String value) {
        assertRejected(Reason.THRESHOLDS_OUT_OF_ORDER, "receivables", value,
                () -> Thresholds.of(base, plan, target).validateFor(RECEIVABLES));
    }

    @Test
    void outOfOrderMessageStatesTheRule() {
        String message = assertRejected(Reason.THRESHOLDS_OUT_OF_ORDER, "receivables", "40000",
                () -> Thresholds.of("40000", "50000", null).validateFor(RECEIVABLES)).getMessage();
        assertEquals("thresholds of indicator 'receivables' must run base > plan > target (lower is better), "
                + "but base 40000 < plan 50000", message);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "500, 500.00", "-3, -3"})
    void planEqualToBaseIsRejectedInBothDirections(String base, String plan) {
        String value = new BigDecimal(plan).stripTrailingZeros().toPlainString();
        String message = assertRejected(Reason.PLAN_EQUALS_BASE, "revenue", value,
                () -> Thresholds.of(base, plan, null).validateFor(REVENUE)).getMessage();
        assertEquals("plan " + value + " of indicator 'revenue' must differ from base " + value, message);
        assertRejected(Reason.PLAN_EQUALS_BASE, "receivables", value,
                () -> Thresholds.of(base, plan, null).validateFor(RECEIVABLES));
    }

    @Test
    void toStringShowsAbsentThresholdsAsDash() {
        assertEquals("base -, plan 500, target -", Thresholds.plan("500").toString());
        assertEquals("base 300000, plan 500000, target 650000", Thresholds.of("300000", "500000.00", "650000").toString());
    }
}
