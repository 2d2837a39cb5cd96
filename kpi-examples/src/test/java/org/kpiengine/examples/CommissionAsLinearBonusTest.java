package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CommissionAsLinearBonusTest {

    @Test
    void withBaseZeroEveryBonusIsTwoPercentOfSales() throws Exception {
        String out = Console.capture(() -> CommissionAsLinearBonus.main(new String[0]));
        Matcher row = Pattern.compile("(?m)^\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s*$").matcher(out);
        int rows = 0;
        while (row.find()) {
            BigDecimal sales = new BigDecimal(row.group(1));
            BigDecimal bonus = new BigDecimal(row.group(3));
            assertEquals(0, sales.multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_UP).compareTo(bonus),
                    "2 % of " + sales + " in\n" + out);
            rows++;
        }
        assertEquals(6, rows, out);
    }

    @Test
    void theMinimumNormPaysNothingUpToTheNorm() throws Exception {
        String out = Console.capture(() -> CommissionAsLinearBonus.main(new String[0]));
        assertTrue(out.matches("(?s).*\\n\\s+300000\\s+60\\.0000\\s+6000\\.00\\s+0\\.00\\s*\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n\\s+450000\\s+90\\.0000\\s+9000\\.00\\s+7500\\.00\\s*\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n\\s+500000\\s+100\\.0000\\s+10000\\.00\\s+10000\\.00\\s*\\n.*"), out);
    }
}
