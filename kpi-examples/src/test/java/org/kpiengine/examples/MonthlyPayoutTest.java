package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MonthlyPayoutTest {

    private static String run() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            MonthlyPayout.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheFiguresOfTheMonth() {
        String out = run();
        // indices: revenue 112, deals 108, calls 105, quality 86, receivables 40 000 / 36 000 = 111.1111
        assertContains(out, "rating 106.1611 %");
        assertContains(out, "revenue      560000");
        assertContains(out, "111.1111");
        // 2.5 % of 560 000 = 14 000; quality 86 < 90 halves it; cap 6 000; 8 idle hours × 25
        assertContains(out, "revenue tiers  scheme              14000.00   3000.00  17000.00");
        assertContains(out, "quality gate   gate                -7000.00  17000.00  10000.00");
        assertContains(out, "variable cap   variable limits     -1000.00  10000.00   9000.00");
        assertContains(out, "idle hours     deduction            -200.00   9000.00   8800.00");
        assertContains(out, "salary EUR 3000.00, variable EUR 5800.00, total EUR 8800.00");
    }

    private static void assertContains(String out, String expected) {
        // compare with runs of spaces collapsed: the column widths are the explanation's business
        String collapsed = out.replaceAll(" +", " ");
        assertTrue(collapsed.contains(expected.replaceAll(" +", " ")),
                () -> "expected the output to contain\n" + expected + "\nbut it was\n" + out);
    }
}
