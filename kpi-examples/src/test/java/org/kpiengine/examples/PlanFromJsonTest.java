package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFromJsonTest {

    @Test
    void paysTheTeamFromTheJsonPlanAndWritesOneJsonLinePerEmployee() throws Exception {
        String out = Console.capture(() -> PlanFromJson.main(new String[0]));
        List<String> lines = out.lines().toList();
        assertEquals(PlanFromJson.TITLE, lines.get(0));
        // E1: 0.4 × 114 + 0.3 × 98 + 0.2 × 85 + 0.1 × 120 = 104 → 20 % of 4 500.00 = 900.00
        assertEquals("E1: rating 104.0000, total EUR 5400.00", lines.get(1));
        assertTrue(lines.get(2).startsWith("E2: error: ") && lines.get(2).contains("average-check"), lines.get(2));
        // E3: every index 80 → rating 80, the tier [80, 100): 10 % of 4 000.00 = 400.00
        assertEquals("E3: rating 80.0000, total EUR 4400.00", lines.get(3));
        assertEquals("As JSON lines:", lines.get(4));
        assertEquals(8, lines.size(), out);
        assertTrue(lines.get(5).startsWith("{\"formatVersion\":1,\"row\":0,\"employee\":\"E1\",\"role\":\"sales-manager\","
                + "\"status\":\"ok\",\"rating\":\"104.0000\""), lines.get(5));
        assertTrue(lines.get(6).startsWith("{\"formatVersion\":1,\"row\":1,\"employee\":\"E2\",\"status\":\"error\","
                + "\"error\":{\"reason\":\"missing-fact\",\"indicator\":\"average-check\""), lines.get(6));
        assertTrue(lines.get(7).contains("\"total\":{\"amount\":\"4400.00\",\"currency\":\"EUR\"}"), lines.get(7));
    }
}
