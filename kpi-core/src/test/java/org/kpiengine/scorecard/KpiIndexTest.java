package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.scorecard.TestScorecards.ratioLine;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;

class KpiIndexTest {

    private static final ScorecardLine CALLS = ratioLine("calls", "0.4", "500");

    private static KpiIndex index(String index) {
        return new KpiIndex(CALLS, new BigDecimal("570"), new BigDecimal(index),
                CALLS.weight().value().multiply(new BigDecimal(index)));
    }

    @Test
    void exposesItsLine() {
        KpiIndex index = index("114.0000");
        assertEquals("calls", index.id());
        assertEquals(CALLS.indicator(), index.indicator());
        assertEquals(Weight.of("0.4"), index.weight());
        assertEquals(Thresholds.plan("500"), index.thresholds());
        assertEquals(RatioCurve.uncapped(), index.curve());
        assertEquals(new BigDecimal("45.60000"), index.contribution());
    }

    @ParameterizedTest
    @CsvSource({
        "0.0000, false, false",
        "99.9999, false, false",
        "100.0000, true, false",
        "100.0001, true, true",
        "114.0000, true, true",
    })
    void metAndExceededUseTheRoundedIndex(String value, boolean met, boolean exceeded) {
        assertEquals(met, index(value).isMet());
        assertEquals(exceeded, index(value).isExceeded());
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> new KpiIndex(null, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> new KpiIndex(CALLS, null, BigDecimal.ONE, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> new KpiIndex(CALLS, BigDecimal.ONE, null, BigDecimal.ONE));
        assertThrows(NullPointerException.class, () -> new KpiIndex(CALLS, BigDecimal.ONE, BigDecimal.ONE, null));
    }

    @Test
    void equalityAndToString() {
        assertEquals(index("114.0000"), index("114.0000"));
        assertEquals(index("114.0000").hashCode(), index("114.0000").hashCode());
        assertNotEquals(index("114.0000"), index("114.0001"));
        assertEquals("calls: fact 570, index 114.0000, weight 0.4, contribution 45.60000", index("114.0000").toString());
    }

    @Test
    void scoresThroughTheScorecard() {
        KpiIndex scored = Scorecard.score(CALLS, new BigDecimal("570"), org.kpiengine.Precision.DEFAULT);
        assertEquals(index("114.0000"), scored);
    }
}
