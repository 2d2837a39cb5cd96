package org.kpiengine.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.KpiAssertions.assertRejected;
import static org.kpiengine.KpiAssertions.assertRejectedField;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpiengine.KpiInputException.Reason;

class IndicatorTest {

    @Test
    void ofHasNoMetadata() {
        Indicator revenue = Indicator.of("revenue", "Revenue", Unit.MONEY, Direction.HIGHER_IS_BETTER);
        assertEquals("revenue", revenue.id());
        assertEquals("Revenue", revenue.name());
        assertEquals(Unit.MONEY, revenue.unit());
        assertEquals(Direction.HIGHER_IS_BETTER, revenue.direction());
        assertNull(revenue.category());
        assertNull(revenue.timing());
        assertTrue(revenue.isHigherBetter());
    }

    @Test
    void shortFactoriesUseTheIdAsName() {
        Indicator calls = Indicator.higherIsBetter("calls", Unit.COUNT);
        assertEquals("calls", calls.name());
        assertTrue(calls.isHigherBetter());
        Indicator receivables = Indicator.lowerIsBetter("receivables", Unit.MONEY);
        assertEquals(Direction.LOWER_IS_BETTER, receivables.direction());
        assertFalse(receivables.isHigherBetter());
    }

    @Test
    void withersReturnCopies() {
        Indicator plain = Indicator.higherIsBetter("revenue", Unit.MONEY);
        Indicator full = plain.withCategory(Category.FINANCE).withTiming(Timing.LAGGING);
        assertEquals(Category.FINANCE, full.category());
        assertEquals(Timing.LAGGING, full.timing());
        assertNull(plain.category());
        assertNull(plain.timing());
        assertEquals(plain, full.withCategory(null).withTiming(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"revenue", "average-check", "csat_2", "a.b", "X"})
    void acceptsIds(String id) {
        assertEquals(id, Indicator.higherIsBetter(id, Unit.COUNT).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "two words", "über", "a/b", "calls!"})
    void rejectsMalformedIds(String id) {
        assertRejectedField(Reason.INVALID_ID, "id", id, () -> Indicator.higherIsBetter(id, Unit.COUNT));
    }

    @Test
    void rejectsBlankName() {
        assertRejected(Reason.INVALID_ID, "calls", " ",
                () -> Indicator.of("calls", " ", Unit.COUNT, Direction.HIGHER_IS_BETTER));
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> Indicator.of(null, "n", Unit.COUNT, Direction.HIGHER_IS_BETTER));
        assertThrows(NullPointerException.class, () -> Indicator.of("a", null, Unit.COUNT, Direction.HIGHER_IS_BETTER));
        assertThrows(NullPointerException.class, () -> Indicator.of("a", "n", null, Direction.HIGHER_IS_BETTER));
        assertThrows(NullPointerException.class, () -> Indicator.of("a", "n", Unit.COUNT, null));
    }

    @Test
    void equalityCoversEveryField() {
        Indicator a = Indicator.of("calls", "Calls", Unit.COUNT, Direction.HIGHER_IS_BETTER);
        assertEquals(a, Indicator.of("calls", "Calls", Unit.COUNT, Direction.HIGHER_IS_BETTER));
        assertEquals(a.hashCode(), Indicator.of("calls", "Calls", Unit.COUNT, Direction.HIGHER_IS_BETTER).hashCode());
        assertNotEquals(a, Indicator.of("calls", "Calls", Unit.COUNT, Direction.LOWER_IS_BETTER));
        assertNotEquals(a, Indicator.of("calls", "Calls", Unit.RATIO, Direction.HIGHER_IS_BETTER));
        assertNotEquals(a, Indicator.of("calls", "Phone calls", Unit.COUNT, Direction.HIGHER_IS_BETTER));
        assertNotEquals(a, a.withTiming(Timing.LEADING));
        assertNotEquals(a, a.withCategory(Category.CLIENTS));
    }

    @Test
    void additiveFollowsTheUnitUnlessSet() {
        assertTrue(Indicator.higherIsBetter("revenue", Unit.MONEY).additive());
        assertTrue(Indicator.higherIsBetter("deals", Unit.COUNT).additive());
        assertFalse(Indicator.higherIsBetter("conversion", Unit.PERCENT).additive());
        assertFalse(Indicator.higherIsBetter("quality", Unit.RATIO).additive());
        assertFalse(Indicator.lowerIsBetter("response-time", Unit.DURATION).additive());
        Indicator averageCheck = Indicator.higherIsBetter("average-check", Unit.MONEY).withAdditive(false);
        assertFalse(averageCheck.additive());
        assertNotEquals(Indicator.higherIsBetter("average-check", Unit.MONEY), averageCheck);
        // the other copies keep it
        assertFalse(averageCheck.withCategory(Category.FINANCE).withTiming(Timing.LAGGING).additive());
        assertTrue(new Indicator("calls", "Calls", Unit.COUNT, Direction.HIGHER_IS_BETTER, null, null).additive());
    }

    @Test
    void toStringShowsTheFields() {
        assertEquals("Indicator[id=calls, name=Calls, unit=COUNT, direction=HIGHER_IS_BETTER, category=null, timing=LEADING, additive=true]",
                Indicator.of("calls", "Calls", Unit.COUNT, Direction.HIGHER_IS_BETTER).withTiming(Timing.LEADING).toString());
    }

    @Test
    void directionKnowsWhichWayIsBetter() {
        assertTrue(Direction.HIGHER_IS_BETTER.isHigherBetter());
        assertFalse(Direction.LOWER_IS_BETTER.isHigherBetter());
    }
}
