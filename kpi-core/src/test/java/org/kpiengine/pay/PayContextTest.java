package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.kpiengine.money.Money;

class PayContextTest {

    @Test
    void roundsOnceToTheSalaryCurrencysMinorUnit() {
        PayContext eur = new PayContext(PayFixtures.salesManager(), PayFixtures.salary("3000"), Precision.DEFAULT);
        assertEquals(Currency.getInstance("EUR"), eur.currency());
        assertEquals(Money.of("EUR", "0.01"), eur.round(new BigDecimal("0.005")));
        assertEquals(Money.of("EUR", "333.33"), eur.round(new BigDecimal("1000"), new BigDecimal("3")));
        assertEquals(Money.of("EUR", "666.67"), eur.round(new BigDecimal("2000"), new BigDecimal("3")));
        PayContext yen = new PayContext(PayFixtures.salesManager(), PayInputs.of(Money.of("JPY", "300000")),
                Precision.DEFAULT.withMoneyRounding(RoundingMode.DOWN));
        assertEquals(Money.of("JPY", "2"), yen.round(new BigDecimal("2.9")));
        assertEquals(Money.of("JPY", "333"), yen.round(new BigDecimal("1000"), new BigDecimal("3")));
        assertThrows(ArithmeticException.class, () -> yen.round(BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void aPlanInYenPaysWholeYen() {
        PayPlan plan = PayPlan.builder().scheme(LinearScheme.of("bonus", Measure.rating(), Money.of("JPY", "100001"))).build();
        // 100 001 × 104 / 100 = 104 001.04 → 104 001
        assertEquals(Money.of("JPY", "404001"), plan.evaluate(PayFixtures.salesManager(), PayInputs.of(Money.of("JPY", "300000"))).total());
    }
}
