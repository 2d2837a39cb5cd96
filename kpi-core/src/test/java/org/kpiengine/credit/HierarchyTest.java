package org.kpiengine.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.KpiAssertions.assertRejected;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

class HierarchyTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB_14 = LocalDate.of(2026, 2, 14);
    private static final LocalDate FEB_15 = LocalDate.of(2026, 2, 15);

    private static Hierarchy team() {
        return Hierarchy.of(List.of(
                Reporting.of("maria", null, JAN_1),
                Reporting.of("oleg", "maria", JAN_1),
                Reporting.of("anna", "maria", JAN_1),
                new Reporting("ben", "maria", JAN_1, FEB_14),
                Reporting.of("ben", "oleg", FEB_15)));
    }

    @Test
    void answersWhoReportsToWhomOnEachDay() {
        Hierarchy team = team();
        assertEquals("maria", team.managerOn("ben", FEB_14));
        assertEquals("oleg", team.managerOn("ben", FEB_15));
        assertNull(team.managerOn("maria", FEB_15));
        assertTrue(team.isAssigned("maria", FEB_15));
        assertFalse(team.isAssigned("ben", JAN_1.minusDays(1)));
        assertFalse(team.isAssigned("nobody", JAN_1));
        assertEquals(List.of("oleg", "anna", "ben"), team.reportsOn("maria", JAN_1));
        assertEquals(List.of("ben"), team.reportsOn("oleg", FEB_15));
        assertEquals(Set.of("maria", "oleg", "anna", "ben"), team.employeesBetween(JAN_1, JAN_1));
    }

    @Test
    void refusesTwoManagersOnOneDay() {
        KpiInputException e = assertRejected(Reason.INVALID_HIERARCHY, null, "ben", () -> Hierarchy.of(List.of(
                Reporting.of("maria", null, JAN_1), Reporting.of("oleg", null, JAN_1),
                new Reporting("ben", "maria", JAN_1, FEB_15), Reporting.of("ben", "oleg", FEB_15))));
        assertTrue(e.getMessage().contains("'maria'") && e.getMessage().contains("'oleg'") && e.getMessage().contains("2026-02-15"),
                e.getMessage());
        assertEquals("managerId", e.field());
    }

    @Test
    void refusesACycleNamingItsEmployees() {
        KpiInputException e = assertRejected(Reason.INVALID_HIERARCHY, null, "maria -> oleg -> anna -> maria", () -> Hierarchy.of(List.of(
                new Reporting("maria", null, JAN_1, FEB_14),
                Reporting.of("maria", "oleg", FEB_15),
                Reporting.of("oleg", "anna", JAN_1),
                Reporting.of("anna", "maria", JAN_1))));
        assertTrue(e.getMessage().contains("2026-02-15"), e.getMessage());
        assertRejected(Reason.INVALID_HIERARCHY, null, "anna", () -> Reporting.of("anna", "anna", JAN_1));
        assertRejected(Reason.INVALID_HIERARCHY, null, "2025-12-31", () -> new Reporting("anna", "maria", JAN_1, JAN_1.minusDays(1)));
    }

    @Test
    void aCycleOnlyOnSomeDaysIsFound() {
        // ben -> oleg from Feb 15 closes the loop only while oleg still reports to ben
        assertRejected(Reason.INVALID_HIERARCHY, null, "ben -> oleg -> ben", () -> Hierarchy.of(List.of(
                new Reporting("oleg", "ben", JAN_1, LocalDate.of(2026, 3, 1)),
                new Reporting("ben", null, JAN_1, FEB_14),
                Reporting.of("ben", "oleg", FEB_15))));
        // ... and is fine when oleg moved away the day before
        Hierarchy fine = Hierarchy.of(List.of(
                new Reporting("oleg", "ben", JAN_1, FEB_14),
                Reporting.of("oleg", null, FEB_15),
                new Reporting("ben", null, JAN_1, FEB_14),
                Reporting.of("ben", "oleg", FEB_15)));
        assertEquals("oleg", fine.managerOn("ben", FEB_15));
    }
}
