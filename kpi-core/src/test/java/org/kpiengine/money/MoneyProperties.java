package org.kpiengine.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MoneyProperties {

    private static final Currency EUR = Currency.getInstance("EUR");

    private static Gen<Money> amounts() {
        return longs().between(-10_000_000_000L, 10_000_000_000L).map(cents -> Money.of(EUR, BigDecimal.valueOf(cents, 2)));
    }

    @Test
    void plusAndMinusAreExactInverses() {
        qt().withExamples(500).forAll(amounts(), amounts()).checkAssert((a, b) -> {
            assertEquals(a, a.plus(b).minus(b));
            assertEquals(a.plus(b), b.plus(a));
            assertEquals(2, a.plus(b).amount().scale());
        });
    }

    @Test
    void multipliedByRoundsOnceToTheMinorUnit() {
        Gen<BigDecimal> factors = longs().between(-1_000_000L, 1_000_000L).zip(integers().between(0, 6), BigDecimal::valueOf);
        qt().withExamples(500).forAll(amounts(), factors).checkAssert((a, f) -> {
            Money product = a.multipliedBy(f, RoundingMode.HALF_UP);
            assertEquals(a.amount().multiply(f).setScale(2, RoundingMode.HALF_UP), product.amount());
            assertEquals(product, Money.parse(product.toString()));
        });
    }
}
