package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.KpiAssertions.assertDecimal;
import static org.kpiengine.KpiAssertions.assertRejected;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpiengine.KpiInputException.Reason;

class FactsTest {

    @Test
    void rejectsAValueTooLargeOrTooFineToComputeWith() {
        // 10^999999999 would take minutes and gigabytes to write out or divide; it is refused at once
        assertRejected(Reason.OUT_OF_RANGE, "revenue", "1E+999999999",
                () -> Facts.builder().put("revenue", new BigDecimal("1E+999999999")).build());
        assertRejected(Reason.OUT_OF_RANGE, "revenue", "1E-1001",
                () -> Facts.of(Map.of("revenue", new BigDecimal("1E-1001"))));
        assertRejected(Reason.OUT_OF_RANGE, "revenue", "-1E+1000",
                () -> Facts.builder().build().with("revenue", new BigDecimal("-1E+1000")));
        // the bounds themselves: below 10^1000 in magnitude, at most 1000 decimal places
        assertEquals(new BigDecimal("9.9E+999").setScale(0), Facts.builder().put("revenue", new BigDecimal("9.9E+999")).build().get("revenue"));
        assertEquals(new BigDecimal("1E-1000"), Facts.builder().put("revenue", new BigDecimal("1E-1000")).build().get("revenue"));
    }

    @Test
    void builderAcceptsEveryForm() {
        Facts facts = Facts.builder()
                .put("contacts", "570")
                .put("deals", 49)
                .put("conversion", new BigDecimal("8.50"))
                .put("csat", 0.1)
                .build();
        assertDecimal("570", facts.get("contacts"));
        assertDecimal("49", facts.get("deals"));
        assertDecimal("8.5", facts.get("conversion"));
        assertDecimal("0.1", facts.get("csat"));
        assertNull(facts.get("revenue"));
        assertEquals(List.of("contacts", "deals", "conversion", "csat"), List.copyOf(facts.ids()));
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsNonFiniteDoublesNamingTheIndicator(double value) {
        String message = assertRejected(Reason.NOT_A_NUMBER, "conversion", Double.toString(value),
                () -> Facts.builder().put("conversion", value)).getMessage();
        assertEquals("fact " + value + " of indicator 'conversion' is not a finite number", message);
    }

    @Test
    void rejectsTextThatIsNotANumber() {
        assertRejected(Reason.NOT_A_NUMBER, "revenue", "12 000", () -> Facts.builder().put("revenue", "12 000"));
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> Facts.builder().put(null, BigDecimal.ONE));
        // a null value is a missing fact, as an absent value is in a team batch
        assertRejected(Reason.MISSING_FACT, "a", null, () -> Facts.builder().put("a", (BigDecimal) null));
        Map<String, BigDecimal> withNull = new HashMap<>();
        withNull.put("a", null);
        assertRejected(Reason.MISSING_FACT, "a", null, () -> Facts.of(withNull));
    }

    @Test
    void ofCopiesTheMap() {
        Map<String, BigDecimal> source = new HashMap<>(Map.of("calls", new BigDecimal("570.0")));
        Facts facts = Facts.of(source);
        source.put("deals", BigDecimal.ONE);
        assertEquals(Map.of("calls", new BigDecimal("570")), facts.asMap());
        assertThrows(UnsupportedOperationException.class, () -> facts.asMap().put("x", BigDecimal.ONE));
    }

    @Test
    void withReturnsACopy() {
        Facts facts = Facts.builder().put("calls", 570).build();
        Facts more = facts.with("deals", new BigDecimal("49.0"));
        assertDecimal("49", more.get("deals"));
        assertNull(facts.get("deals"));
        assertDecimal("600", facts.with("calls", new BigDecimal("600")).get("calls"));
    }

    @Test
    void equalityIgnoresScaleAndToString() {
        Facts a = Facts.builder().put("calls", "570.00").build();
        assertEquals(a, Facts.builder().put("calls", 570).build());
        assertEquals(a.hashCode(), Facts.builder().put("calls", 570).build().hashCode());
        assertNotEquals(a, Facts.builder().put("calls", 571).build());
        assertEquals("{calls=570, deals=49}", Facts.builder().put("calls", 570).put("deals", 49).build().toString());
    }
}
