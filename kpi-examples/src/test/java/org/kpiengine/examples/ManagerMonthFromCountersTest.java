package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the example in-process and checks every figure it prints. */
class ManagerMonthFromCountersTest {

    private static List<String> run() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            ManagerMonthFromCounters.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsTheMonthFromCountersToTheRating() {
        assertEquals(List.of(
                "== ManagerMonthFromCounters: from CRM counters to indices, rating and next month's plan ==",
                "Derived from the CRM counters",
                "  conversion calls: 4.0000",
                "  conversion meetings: insufficient data (conversion of meetings from 60 contacts; at least 500 are needed)",
                "  conversion web: insufficient data (conversion of web from 140 contacts; at least 500 are needed)",
                // 48 of 1 100
                "  conversion total: 4.3636",
                // 1 392 000 - (820 000 + 100 h x 1 500 + 22 000)
                "  profit: 400000",
                "  average check: insufficient data (average check from 48 sales; at least 100 are needed)",
                // 12, 20, 25, 31 and 40 days
                "  deal cycle: mean 25.6000 days, median 25.0000 days",
                "KPI indices",
                "  deals: fact 48, index 96.0000",
                "  conversion: fact 4.3636, index 87.2720",
                "  profit: fact 400000, index 114.2857",
                // lower is better: 30 / 25
                "  deal-cycle: fact 25, index 120.0000",
                "  average-check: excluded, average check from 48 sales; at least 100 are needed",
                "  warning: indicator 'average-check' was left out of the rating for insufficient data (average check"
                        + " from 48 sales; at least 100 are needed); the remaining weights total 0.8 and were re-normalised",
                // (0.3 x 96 + 0.2 x 87.272 + 0.2 x 114.2857 + 0.1 x 120) / 0.8 = 81.11154 / 0.8
                "  rating 101.3894",
                "Plan for next month: revenue 1500000 over 21 working days",
                // 1 500 000 / 29 000 = 51.7 -> 52; 52 x 100 / 4.3636 = 1191.7 -> 1192
                "  deals needed 52, contacts needed 1192",
                // 52 / 21 = 2.5 -> 3; 1192 / 21 = 56.8 -> 57
                "  per day: 3 deals, 57 contacts"), run());
    }
}
