package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.pay.PayFixtures.eur;
import static org.kpiengine.pay.PayFixtures.salary;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.kpiengine.money.Money;
import org.quicktheories.core.Gen;

class LinearSchemeProperties {

    private static final BigDecimal PLAN = new BigDecimal("500000");

    private static Gen<BigDecimal> sales() {
        return longs().between(0L, 100_000_000_000L).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    @Test
    void aPlannedBonusOf10000OnAPlanOf500000PaysExactlyTwoPercentOfAnySale() {
        LinearScheme scheme = LinearScheme.of("sales bonus", Measure.index("revenue"), eur("10000"));
        qt().withExamples(500).forAll(sales()).checkAssert(sale -> {
            Money pay = SchemeAssertions.accrue(scheme, PayFixtures.revenue(PLAN, sale), salary("3000")).amount();
            assertEquals(sale.multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_UP), pay.amount());
        });
    }

    @Test
    void theCapIsNeverExceededAndTheBaseNeverPays() {
        Gen<BigDecimal> bases = longs().between(0L, 99L).map(b -> BigDecimal.valueOf(b));
        Gen<Money> caps = longs().between(0L, 2_000_000L).map(cents -> Money.of("EUR", BigDecimal.valueOf(cents, 2).toPlainString()));
        qt().withExamples(500).forAll(sales(), bases, caps).checkAssert((sale, base, cap) -> {
            LinearScheme scheme = LinearScheme.of("sales bonus", Measure.index("revenue"), eur("10000"))
                    .withBase(base).withCap(cap);
            Money pay = SchemeAssertions.accrue(scheme, PayFixtures.revenue(PLAN, sale), salary("3000")).amount();
            assertTrue(!pay.isGreaterThan(cap), () -> pay + " above cap " + cap);
            assertTrue(!pay.isNegative());
            BigDecimal index = sale.multiply(BigDecimal.valueOf(100)).divide(PLAN, 4, RoundingMode.HALF_UP);
            if (index.compareTo(base) <= 0) {
                assertTrue(pay.isZero(), () -> "index " + index + " at or below base " + base + " paid " + pay);
            }
        });
    }
}
