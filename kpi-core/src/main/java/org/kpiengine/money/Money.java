package org.kpiengine.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;

/**
 * An exact amount of money in one currency, held at the currency's minor-unit scale (2 decimal
 * places for EUR, USD and RUB, 0 for JPY).
 *
 * <p>Arithmetic is exact decimal arithmetic, never binary floating point. The only operation
 * that can lose digits, {@link #multipliedBy(BigDecimal, RoundingMode)}, names its rounding mode
 * and rounds once to the minor unit. {@link #of(Currency, BigDecimal)} refuses an amount with
 * more decimal places than the minor unit rather than rounding it silently. Adding, subtracting
 * or comparing amounts of two currencies throws a {@link CurrencyMismatchException}.
 *
 * <p>Equality: two amounts are equal when their currencies and their values are equal; because
 * the scale is always the currency's, {@code equals} agrees with {@code compareTo}.
 *
 * <pre>{@code
 * Money salary = Money.of(Currency.getInstance("EUR"), new BigDecimal("3000"));   // EUR 3000.00
 * Money bonus = salary.multipliedBy(new BigDecimal("0.125"), RoundingMode.HALF_UP); // EUR 375.00
 * Money pay = salary.plus(bonus);                                                   // EUR 3375.00
 * Money parsed = Money.parse("EUR 3375.00");
 * }</pre>
 *
 * <p>Input limits: an amount is checked for size before it is scaled or parsed, in time linear in
 * its length. Its text has at most 2 100 characters and an exact amount's unscaled value at most
 * 2 100 digits (8 400 for {@link #of(Currency, BigDecimal, RoundingMode)}, which takes results of
 * multiplication); it must be below 10^1000 in magnitude. Otherwise the amount is refused with
 * {@link Reason#OUT_OF_RANGE} and the field {@code amount}, quoted by its first 20 characters and
 * its length. A null argument is a {@link NullPointerException} naming the parameter. See
 * docs/guides/errors.md.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Money implements Comparable<Money> {

    /**
     * The zero last asked for, given again for the same currency: a payroll runs in one currency and
     * asks for its zero on every payout. Money is immutable (final fields), so a zero made by one
     * thread is safe to hand out from another; a race only makes one more.
     */
    private static @Nullable Money lastZero;

    private final Currency currency;
    private final BigDecimal amount;

    private Money(Currency currency, BigDecimal amount) {
        this.currency = currency;
        this.amount = amount;
    }

    /**
     * Obtains an amount; its decimal places must fit the currency's minor unit ({@code 12.5} and
     * {@code 12.50} are fine for EUR, {@code 12.505} is not). The amount is stored at exactly the
     * currency's scale.
     *
     * @param currency the currency, not null
     * @param amount the amount, not null
     * @return the money, not null
     * @throws KpiInputException with {@link Reason#MONEY_SCALE} if the amount has more decimal
     *     places than the currency's minor unit, or the currency has no minor unit; with
     *     {@link Reason#OUT_OF_RANGE} if it is 10^1000 or more in magnitude or its unscaled value has
     *     more than 2 100 digits
     */
    public static Money of(Currency currency, BigDecimal amount) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        int scale = scaleOf(currency);
        requireInRange(currency, amount, MAX_BITS);
        BigDecimal scaled;
        try {
            scaled = amount.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            String text = Decimals.quote(Decimals.text(amount));
            throw new KpiInputException(Reason.MONEY_SCALE, null, "amount", text,
                    "amount " + text + " has more than " + scale + " decimal places, the minor unit of "
                            + currency.getCurrencyCode() + "; round it with a named rounding mode first");
        }
        return new Money(currency, scaled);
    }

    /**
     * Obtains an amount, rounding it once to the currency's minor unit with the given mode.
     *
     * @param currency the currency, not null
     * @param amount the exact amount, not null
     * @param rounding the rounding mode, not null
     * @return the money, not null
     * @throws ArithmeticException if the mode is {@code UNNECESSARY} and rounding is needed
     * @throws KpiInputException if the currency has no minor unit, or the amount is 10^1000 or more
     *     in magnitude
     */
    public static Money of(Currency currency, BigDecimal amount, RoundingMode rounding) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        requireInRange(currency, amount, 4 * MAX_BITS);
        return new Money(currency, amount.setScale(scaleOf(currency), rounding));
    }

    /** Bits above which an unscaled value has more than {@link Decimals#MAX_DIGITS} digits. */
    private static final int MAX_BITS = (int) Math.ceil(Decimals.MAX_DIGITS * Math.log(10) / Math.log(2));

    /**
     * Refuses an amount of 10^1000 or more, or with an unscaled value of more than {@code maxBits}
     * bits, before it is expanded to the minor unit (which could take minutes): the bit length is
     * read first, so the check takes no time that grows with the digits.
     */
    private static void requireInRange(Currency currency, BigDecimal amount, int maxBits) {
        if (amount.signum() == 0) {
            return;
        }
        // A number of p digits has at most 4p bits, so only a long one needs its bits counted (which
        // makes a BigInteger of the digits).
        if ((long) amount.precision() * 4 > maxBits && amount.unscaledValue().bitLength() > maxBits) {
            String text = Decimals.quote(amount);
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "amount", text,
                    "amount " + text + " in " + currency.getCurrencyCode() + " is out of range: an amount must have at most "
                            + (maxBits == MAX_BITS ? Decimals.MAX_DIGITS : 4 * Decimals.MAX_DIGITS) + " digits");
        }
        if ((long) amount.precision() - amount.scale() > Decimals.MAX_EXPONENT) {
            String text = Decimals.quote(amount);
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "amount", text,
                    "amount " + text + " in " + currency.getCurrencyCode() + " is out of range: amounts must be below 10^"
                            + Decimals.MAX_EXPONENT + " in magnitude");
        }
    }

    /**
     * Obtains an amount from a currency code and a decimal written with a dot.
     *
     * @param currencyCode the ISO 4217 code, such as {@code "EUR"}, not null
     * @param amount the amount, such as {@code "1234.50"}, not null
     * @return the money, not null
     * @throws KpiInputException if the code is unknown, the text is not a number, is longer than
     *     2 100 characters ({@link Reason#OUT_OF_RANGE}, checked before it is parsed), or has more
     *     decimal places than the minor unit
     */
    public static Money of(String currencyCode, String amount) {
        Currency currency = currency(currencyCode);
        return of(currency, Decimals.parse(null, "amount", amount));
    }

    /**
     * Obtains zero in a currency.
     *
     * @param currency the currency, not null
     * @return zero at the currency's scale ({@code EUR 0.00}), not null
     * @throws KpiInputException if the currency has no minor unit
     */
    public static Money zero(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        Money zero = lastZero;
        if (zero != null && zero.currency.equals(currency)) {
            return zero;
        }
        zero = new Money(currency, BigDecimal.ZERO.setScale(scaleOf(currency)));
        lastZero = zero;
        return zero;
    }

    /**
     * Parses the form {@link #toString()} writes: a currency code, a space and an amount with a
     * dot, such as {@code "EUR 1234.50"} or {@code "RUB -10"}.
     *
     * @param text the text, not null
     * @return the money, not null
     * @throws KpiInputException if the text is not of that form, the code is unknown, or the amount
     *     has more decimal places than the minor unit
     */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        int space = trimmed.indexOf(' ');
        if (space != 3) {
            throw new KpiInputException(Reason.NOT_A_NUMBER, null, "money", Decimals.quote(text),
                    "money '" + Decimals.quote(text) + "' must be a currency code, a space and an amount, such as 'EUR 1234.50'");
        }
        return of(trimmed.substring(0, 3), trimmed.substring(4));
    }

    private static Currency currency(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new KpiInputException(Reason.INVALID_ID, null, "currency", Decimals.quote(code),
                    "currency code '" + Decimals.quote(code) + "' is not an ISO 4217 currency");
        }
    }

    private static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new KpiInputException(Reason.MONEY_SCALE, null, "currency", currency.getCurrencyCode(),
                    "currency " + currency.getCurrencyCode() + " has no minor unit, so it cannot hold a payout");
        }
        return digits;
    }

    /**
     * Returns the currency.
     *
     * @return the currency, not null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the amount, at exactly the currency's scale.
     *
     * @return the amount, not null
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns a copy of this amount plus another; this instance is immutable and unaffected.
     * Exact: no rounding.
     *
     * @param other the amount to add, not null
     * @return the sum, not null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other, "plus");
        return new Money(currency, amount.add(other.amount));
    }

    /**
     * Returns a copy of this amount minus another; this instance is immutable and unaffected.
     * Exact: no rounding.
     *
     * @param other the amount to subtract, not null
     * @return the difference, not null
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other, "minus");
        return new Money(currency, amount.subtract(other.amount));
    }

    /**
     * Returns a copy of this amount multiplied by a factor and rounded once to the currency's
     * minor unit with the given mode; this instance is immutable and unaffected.
     *
     * @param factor the factor, not null
     * @param rounding the rounding mode, not null
     * @return the product, rounded, not null
     * @throws ArithmeticException if the mode is {@code UNNECESSARY} and rounding is needed
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(currency, amount.multiply(factor).setScale(amount.scale(), rounding));
    }

    /**
     * Returns a copy of this amount with the opposite sign; this instance is immutable and unaffected.
     *
     * @return the negated amount, not null
     */
    public Money negated() {
        return new Money(currency, amount.negate());
    }

    /**
     * Returns whether the amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Returns whether the amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Returns whether this amount is greater than another.
     *
     * @param other the other amount, not null
     * @return true if this is greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Returns whether this amount is less than another.
     *
     * @param other the other amount, not null
     * @return true if this is less
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Compares the amounts of two values of the same currency.
     *
     * @param other the other amount, not null
     * @return negative, zero or positive as this is less than, equal to or greater than other
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other, "compare");
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other, String operation) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency, operation + " " + this + " and " + other);
        }
    }

    /**
     * Returns the amount as plain text at the currency's scale, never in exponent notation:
     * {@code 1234.50}.
     *
     * @return the amount text, not null
     */
    public String toAmountText() {
        return amount.toPlainString();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        // the same object first: a payout's checks compare each line's start with the previous line's end, which is that object
        return this == o || o instanceof Money other && currency.equals(other.currency) && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + amount.hashCode();
    }

    /**
     * Returns the currency code, a space and the amount, such as {@code EUR 1234.50}; {@link #parse}
     * reads it back.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
