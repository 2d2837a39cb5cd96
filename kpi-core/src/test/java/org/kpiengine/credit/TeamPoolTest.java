package org.kpiengine.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kpiengine.KpiAssertions.assertRejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.money.Money;

class TeamPoolTest {

    private static Map<String, BigDecimal> weights(String... pairs) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            result.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return result;
    }

    @Test
    void sharesAPoolByRatingsExactly() {
        Map<String, Money> shares = TeamPool.share(Money.of("EUR", "1000.00"), weights("anna", "1.10", "ben", "0.90", "vera", "0"));
        assertEquals(Map.of("anna", Money.of("EUR", "550.00"), "ben", Money.of("EUR", "450.00"), "vera", Money.of("EUR", "0")), shares);
        Map<String, Money> thirds = TeamPool.share(Money.of("EUR", "100.00"), weights("a", "1", "b", "1", "c", "1"));
        assertEquals(List.of(Money.of("EUR", "33.34"), Money.of("EUR", "33.33"), Money.of("EUR", "33.33")), List.copyOf(thirds.values()));
    }

    @Test
    void sharesAPoolByCreditedRevenue() {
        CreditLedger ledger = CreditLedger.of(List.of(Transaction.dealByAmounts("D-1", LocalDate.of(2026, 1, 12), "revenue",
                Money.of("EUR", "300.00"), List.of(Receiver.of("anna", "200.00"), Receiver.of("ben", "100.00")))
                .withPayments(List.of())));
        CreditedFacts q1 = ledger.facts(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), CreditBasis.BOOKING_DATE);
        Map<String, Money> shares = TeamPool.shareByFact(Money.of("EUR", "100.00"), q1, "revenue", List.of("anna", "ben", "vera"));
        assertEquals(List.of(Money.of("EUR", "66.67"), Money.of("EUR", "33.33"), Money.of("EUR", "0.00")), List.copyOf(shares.values()));
    }

    @Test
    void refusesNegativeOrAllZeroWeights() {
        assertRejected(Reason.NEGATIVE_WEIGHT, null, "-1", () -> TeamPool.share(Money.of("EUR", "10"), weights("anna", "-1", "ben", "2")));
        assertRejected(Reason.WEIGHTS_TOTAL, null, "0", () -> TeamPool.share(Money.of("EUR", "10"), weights("anna", "0")));
        assertRejected(Reason.WEIGHTS_TOTAL, null, null, () -> TeamPool.share(Money.of("EUR", "10"), weights()));
        assertEquals(Money.of("EUR", "0"), TeamPool.share(Money.of("EUR", "0"), weights("anna", "0")).get("anna"));
    }
}
