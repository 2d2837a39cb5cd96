package org.kpiengine.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void holdsTheAmountAtTheCurrencyScale() {
        assertEquals(new BigDecimal("12.50"), Money.of(EUR, new BigDecimal("12.5")).amount());
        assertEquals(new BigDecimal("1000.00"), Money.of(EUR, new BigDecimal("1E+3")).amount());
        assertEquals(new BigDecimal("1200"), Money.of(JPY, new BigDecimal("1200")).amount());
        assertEquals(EUR, Money.of("EUR", "1").currency());
        assertEquals("EUR 0.00", Money.zero(EUR).toString());
        assertEquals("JPY 0", Money.zero(JPY).toString());
    }

    @Test
    void equalityCountsCurrencyAndValueNotTheWrittenScale() {
        assertEquals(Money.of("EUR", "12.5"), Money.of("EUR", "12.50"));
        assertEquals(Money.of("EUR", "12.5").hashCode(), Money.of("EUR", "12.50").hashCode());
        assertNotEquals(Money.of("EUR", "12.50"), Money.of("USD", "12.50"));
        assertNotEquals(Money.of("EUR", "12.50"), Money.of("EUR", "12.51"));
    }

    @Test
    void refusesMoreDecimalsThanTheMinorUnit() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> Money.of(EUR, new BigDecimal("12.505")));
        assertEquals(Reason.MONEY_SCALE, e.reason());
        assertEquals("amount 12.505 has more than 2 decimal places, the minor unit of EUR; "
                + "round it with a named rounding mode first", e.getMessage());
        assertThrows(KpiInputException.class, () -> Money.of(JPY, new BigDecimal("1.5")));
    }

    @Test
    void refusesACurrencyWithoutMinorUnit() {
        KpiInputException e = assertThrows(KpiInputException.class, () -> Money.zero(Currency.getInstance("XAU")));
        assertEquals("currency XAU has no minor unit, so it cannot hold a payout", e.getMessage());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "12.505, HALF_UP, 12.51",
            "12.505, HALF_EVEN, 12.50",
            "12.505, DOWN, 12.50",
            "-12.505, HALF_UP, -12.51",
            "0.004, HALF_UP, 0.00",
    })
    void roundsOnceWithANamedMode(String amount, RoundingMode mode, String expected) {
        assertEquals(new BigDecimal(expected), Money.of(EUR, new BigDecimal(amount), mode).amount());
    }

    @Test
    void addsSubtractsAndMultipliesExactly() {
        Money a = Money.of("EUR", "0.10");
        Money b = Money.of("EUR", "0.20");
        assertEquals(Money.of("EUR", "0.30"), a.plus(b));
        assertEquals(Money.of("EUR", "-0.10"), a.minus(b));
        assertEquals(Money.of("EUR", "0.10"), a.negated().negated());
        assertEquals(Money.of("EUR", "375.00"), Money.of("EUR", "3000").multipliedBy(new BigDecimal("0.125"), RoundingMode.HALF_UP));
        assertEquals(Money.of("EUR", "0.01"), Money.of("EUR", "0.01").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP));
        assertEquals(Money.of("EUR", "0.00"), Money.of("EUR", "0.01").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN));
        assertThrows(ArithmeticException.class,
                () -> Money.of("EUR", "0.01").multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
    }

    @Test
    void comparesWithinOneCurrency() {
        Money small = Money.of("EUR", "1");
        Money large = Money.of("EUR", "2");
        assertTrue(large.isGreaterThan(small));
        assertTrue(small.isLessThan(large));
        assertFalse(small.isGreaterThan(small));
        assertTrue(Money.of("EUR", "-1").isNegative());
        assertTrue(Money.of("EUR", "0.00").isZero());
    }

    @Test
    void addingTwoCurrenciesIsAnError() {
        Money eur = Money.of("EUR", "10");
        Money usd = Money.of("USD", "10");
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> eur.plus(usd));
        assertEquals(Reason.CURRENCY_MISMATCH, e.reason());
        assertEquals(EUR, e.expected());
        assertEquals(Currency.getInstance("USD"), e.actual());
        assertEquals("amounts in EUR and USD cannot be combined (plus EUR 10.00 and USD 10.00); "
                + "the library never converts currencies", e.getMessage());
        assertThrows(CurrencyMismatchException.class, () -> eur.minus(usd));
        assertThrows(CurrencyMismatchException.class, () -> eur.compareTo(usd));
    }

    @Test
    void parsesWhatItWrites() {
        Money money = Money.of("RUB", "1234567.8");
        assertEquals("RUB 1234567.80", money.toString());
        assertEquals(money, Money.parse(money.toString()));
        assertEquals(Money.of("EUR", "-10"), Money.parse("EUR -10"));
        assertEquals("1234567.80", money.toAmountText());
    }

    @Test
    void rejectsMalformedText() {
        KpiInputException form = assertThrows(KpiInputException.class, () -> Money.parse("10 EUR"));
        assertEquals("money '10 EUR' must be a currency code, a space and an amount, such as 'EUR 1234.50'", form.getMessage());
        KpiInputException code = assertThrows(KpiInputException.class, () -> Money.parse("EUX 10"));
        assertEquals("currency code 'EUX' is not an ISO 4217 currency", code.getMessage());
        assertEquals(Reason.INVALID_ID, code.reason());
        KpiInputException number = assertThrows(KpiInputException.class, () -> Money.parse("EUR 1,5"));
        assertEquals(Reason.NOT_A_NUMBER, number.reason());
    }

    @Test
    void zeroIsNeverWrittenNegative() {
        assertEquals("EUR 0.00", Money.of(EUR, new BigDecimal("-0.001"), RoundingMode.HALF_UP).toString());
        assertEquals("EUR 0.00", Money.of("EUR", "5").minus(Money.of("EUR", "5")).toString());
    }

    @Test
    void refusesAnAmountTooLargeToExpandToTheMinorUnit() {
        Currency eur = Currency.getInstance("EUR");
        KpiInputException e = assertThrows(KpiInputException.class, () -> Money.of(eur, new BigDecimal("1E+999999999")));
        assertEquals(KpiInputException.Reason.OUT_OF_RANGE, e.reason());
        assertEquals("amount 1E+999999999 in EUR is out of range: amounts must be below 10^1000 in magnitude", e.getMessage());
        assertThrows(KpiInputException.class,
                () -> Money.of(eur, new BigDecimal("-1E+1000"), RoundingMode.HALF_UP));
        assertEquals(1002, Money.of(eur, new BigDecimal("9E+999")).amount().precision());
    }

    @Test
    void zeroOfEachCurrencyInTurnHasThatCurrencyAndScale() {
        Currency jpy = Currency.getInstance("JPY");
        for (int i = 0; i < 3; i++) {
            assertEquals("EUR 0.00", Money.zero(EUR).toString());
            assertEquals("EUR 0.00", Money.zero(EUR).toString());
            assertEquals("JPY 0", Money.zero(jpy).toString());
            assertEquals(Money.of(EUR, BigDecimal.ZERO), Money.zero(EUR));
        }
    }

    @Test
    void aRoundedAmountIsRefusedFromOneBitBeyondItsLimit() {
        // 4 × 2100 decimal digits' worth of bits; the scale keeps the magnitude below 10^1000
        int maxBits = 4 * (int) Math.ceil(org.kpiengine.internal.Decimals.MAX_DIGITS * Math.log(10) / Math.log(2));
        java.math.BigInteger largest = java.math.BigInteger.ONE.shiftLeft(maxBits).subtract(java.math.BigInteger.ONE);
        int scale = largest.toString().length() - 10;
        Money accepted = Money.of(EUR, new BigDecimal(largest, scale), RoundingMode.HALF_UP);
        assertEquals(2, accepted.amount().scale());
        KpiInputException e = assertThrows(KpiInputException.class,
                () -> Money.of(EUR, new BigDecimal(largest.add(java.math.BigInteger.ONE), scale), RoundingMode.HALF_UP));
        assertEquals(KpiInputException.Reason.OUT_OF_RANGE, e.reason());
    }
}
