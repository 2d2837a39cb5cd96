package org.kpiengine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuarterOfDealsTest {

    private static BigDecimal column(String out, String employee, int column) {
        Matcher m = Pattern.compile("(?m)^\\s+" + employee + "\\s+(seller|manager)\\s+(-?[0-9.]+)\\s+(-?[0-9.]+)\\s+(-?[0-9.]+)\\s+(-?[0-9.]+)\\s*$")
                .matcher(out);
        assertTrue(m.find(), () -> employee + " in\n" + out);
        return new BigDecimal(m.group(column + 1));
    }

    @Test
    void splitsAndRefundsGiveEachSellerTheirExactCredit() throws Exception {
        String out = Console.capture(() -> QuarterOfDeals.main(new String[0]));
        // anna: 74.99 (D-101 at 75 %) + 45 000 + 33.34 (first of three thirds) + 12 500 - 74.99 (refund R-101)
        assertEquals(new BigDecimal("57533.34"), column(out, "anna", 1));
        // ben: 25.00 + 18 000 + 33.33 - 25.00
        assertEquals(new BigDecimal("18033.33"), column(out, "ben", 1));
        // carla: 12 000 + 52 000 + 33.33 - 12 000 (credit note R-104)
        assertEquals(new BigDecimal("52033.33"), column(out, "carla", 1));
        assertTrue(out.contains("2026-03-20 R-101 refund of D-101: -74.99 (share 75 %)"), out);
        assertTrue(out.contains("2026-03-20 R-101 refund of D-101: -25.00 (share 25 %)"), out);
    }

    @Test
    void managersRollUpTheirReportsAndSellersKeepTheirCredit() throws Exception {
        String out = Console.capture(() -> QuarterOfDeals.main(new String[0]));
        BigDecimal sellers = BigDecimal.ZERO;
        for (String seller : new String[] {"anna", "ben", "carla", "dmitri"}) {
            assertEquals(column(out, seller, 1), column(out, seller, 3), "a seller's fact is their own credit");
            sellers = sellers.add(column(out, seller, 1));
        }
        assertEquals(column(out, "anna", 1).add(column(out, "ben", 1)), column(out, "maria", 3));
        assertEquals(column(out, "carla", 1).add(column(out, "dmitri", 1)), column(out, "oleg", 3));
        // every deal less every refund of the file: 192 199.99 - 12 099.99
        assertEquals(new BigDecimal("180100.00"), sellers);
        // a seller's commission is 3 % of own credit, rounded to the cent
        assertEquals(new BigDecimal("1726.00"), column(out, "anna", 4));
    }

    @Test
    void theTeamPoolIsSharedExactly() throws Exception {
        String out = Console.capture(() -> QuarterOfDeals.main(new String[0]));
        Matcher m = Pattern.compile("(?m)^\\s+(anna|ben|carla|dmitri)\\s+([0-9]+\\.[0-9]{2})\\s*$").matcher(out);
        BigDecimal total = BigDecimal.ZERO;
        int members = 0;
        while (m.find()) {
            total = total.add(new BigDecimal(m.group(2)));
            members++;
        }
        assertEquals(4, members, out);
        assertEquals(new BigDecimal("2000.00"), total);
    }

    @Test
    void aLineWithTheWrongNumberOfCellsIsRefusedNamingIt() {
        String file = "id,booked,amount,indicator,reverses,receivers,payments\nD-1,2026-01-01,10.00,revenue\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuarterOfDeals.read(new BufferedReader(new StringReader(file))));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
