package org.kpiengine.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kpiengine.derived.DerivedValue;
import org.kpiengine.derived.InsufficientData;

/** The insufficient-data entries of {@link Facts}. */
class FactsInsufficientDataTest {

    private static final InsufficientData FEW_CONTACTS = new InsufficientData("conversion", "contacts", 320, 500);

    @Test
    void anInsufficientEntryIsNotAValue() {
        Facts facts = Facts.builder().put("deals", 49).putInsufficient("conversion", FEW_CONTACTS).build();
        assertNull(facts.get("conversion"));
        assertEquals(Set.of("deals"), facts.ids());
        assertEquals(Map.of("deals", BigDecimal.valueOf(49)), facts.asMap());
        assertEquals(FEW_CONTACTS, facts.insufficient("conversion"));
        assertNull(facts.insufficient("deals"));
        assertEquals(Map.of("conversion", FEW_CONTACTS), facts.insufficientData());
    }

    @Test
    void putTakesADerivedValueOfEitherKind() {
        Facts facts = Facts.builder()
                .put("conversion", DerivedValue.of(new BigDecimal("5.4000")))
                .put("average-check", (DerivedValue) new InsufficientData("average check", "sales", 3, 100))
                .build();
        assertEquals(new BigDecimal("5.4"), facts.get("conversion"));
        assertEquals(new InsufficientData("average check", "sales", 3, 100), facts.insufficient("average-check"));
    }

    @Test
    void theLastPutForAnIndicatorWins() {
        Facts value = Facts.builder().putInsufficient("conversion", FEW_CONTACTS).put("conversion", "5.4").build();
        assertEquals(new BigDecimal("5.4"), value.get("conversion"));
        assertEquals(Map.of(), value.insufficientData());
        Facts missing = Facts.builder().put("conversion", "5.4").putInsufficient("conversion", FEW_CONTACTS).build();
        assertNull(missing.get("conversion"));
        assertEquals(FEW_CONTACTS, missing.insufficient("conversion"));
        Facts replaced = missing.with("conversion", new BigDecimal("6"));
        assertEquals(new BigDecimal("6"), replaced.get("conversion"));
        assertNull(replaced.insufficient("conversion"));
        assertEquals(FEW_CONTACTS, missing.insufficient("conversion"));
    }

    @Test
    void equalityAndTextCountTheEntries() {
        Facts a = Facts.builder().put("deals", 49).putInsufficient("conversion", FEW_CONTACTS).build();
        Facts b = Facts.builder().put("deals", 49).putInsufficient("conversion", FEW_CONTACTS).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Facts.builder().put("deals", 49).build());
        assertEquals("{deals=49} {conversion=insufficient data: conversion from 320 contacts; at least 500 are needed}",
                a.toString());
        assertEquals("{deals=49}", Facts.builder().put("deals", 49).build().toString());
    }
}
