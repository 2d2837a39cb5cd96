package org.kpiengine.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.kpiengine.money.CurrencyMismatchException;
import org.kpiengine.money.Money;

/**
 * The pay steps computed on longs when the amounts are small give exactly what the {@code BigDecimal}
 * definitions give: a percentage of a base rounded to the minor unit, and the add-up checks of pay
 * lines and payouts; for amounts from cents to beyond a long, in currencies with 0, 2 and 3 places.
 */
class ExactOnLongsProperties {

    private static final RoundingMode[] MODES = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
        RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};

    private static final Currency[] CURRENCIES = {Currency.getInstance("EUR"), Currency.getInstance("JPY"),
        Currency.getInstance("KWD")};

    /** A decimal of up to 8 digits, or up to 30, at scales 0 to 8. */
    private static BigDecimal decimal(Random random) {
        BigInteger unscaled = random.nextBoolean() ? BigInteger.valueOf(random.nextInt(100_000_000))
                : new BigInteger(1 + random.nextInt(100), random);
        return new BigDecimal(random.nextInt(5) == 0 ? unscaled.negate() : unscaled, random.nextInt(9));
    }

    private static Money money(Random random, Currency currency) {
        return Money.of(currency, decimal(random), RoundingMode.DOWN);
    }

    @Test
    void aPercentageOfABaseIsTheRoundedExactProduct() {
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Currency currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
            Precision precision = Precision.DEFAULT.withMoneyRounding(MODES[random.nextInt(MODES.length)]);
            PayContext context = new PayContext(null, PayInputs.of(Money.of(currency, decimal(random).abs(), RoundingMode.DOWN)), precision);
            BigDecimal base = random.nextBoolean() ? context.salary().amount() : decimal(random);
            BigDecimal percent = decimal(random);
            assertEquals(context.round(base.multiply(percent).movePointLeft(2)), context.percentOf(base, percent),
                    () -> base + " × " + percent + " %, " + precision);
        });
    }

    @Test
    void theAddUpCheckOnLongsAgreesWithMoney() {
        qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Currency currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
            Money a = money(random, currency);
            Money b = money(random, random.nextInt(10) == 0 ? CURRENCIES[random.nextInt(CURRENCIES.length)] : currency);
            Money sum;
            try {
                sum = switch (random.nextInt(3)) {
                    case 0 -> a.plus(b);
                    case 1 -> a.plus(b).plus(Money.of(currency, BigDecimal.ONE.movePointLeft(random.nextInt(4)), RoundingMode.UP));
                    default -> money(random, random.nextInt(10) == 0 ? CURRENCIES[random.nextInt(CURRENCIES.length)] : currency);
                };
            } catch (CurrencyMismatchException e) {
                sum = a;
            }
            Money claimed = sum;
            MoneySums.Answer answer = MoneySums.isSum(a, b, claimed);
            if (answer == MoneySums.Answer.UNDECIDED) {
                return; // Money decides: nothing to compare
            }
            assertEquals(a.plus(b).equals(claimed), answer == MoneySums.Answer.ADDS_UP, () -> a + " + " + b + " = " + claimed);
            assertEquals(claimed.minus(a).equals(b), answer == MoneySums.Answer.ADDS_UP, () -> claimed + " − " + a + " = " + b);
        });
    }
}
