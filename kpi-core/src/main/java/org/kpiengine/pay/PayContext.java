package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Unit;
import org.kpiengine.internal.Decimals;
import org.kpiengine.internal.Scaled;
import org.kpiengine.money.CurrencyMismatchException;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Evaluation;

/**
 * Everything a scheme, a measure or a modifier may read while one pay plan is evaluated: the
 * scorecard evaluation, the employee's pay inputs and the calculation's precision.
 *
 * <p>A plan that reads only pay inputs (a commission on a turnover, a guaranteed amount, idle-hour
 * deductions) may be evaluated without a scorecard ({@link PayPlan#evaluate(PayInputs)}); its
 * context has no evaluation ({@link #hasEvaluation()} is false) and {@link #evaluation()} then
 * throws, so that a step that reads the scorecard fails with a message naming it.
 *
 * <p>{@link #round(BigDecimal)} and {@link #round(BigDecimal, BigDecimal)} are the single
 * rounding of a money component (docs/reference/pay.md, Rounding): to the salary currency's minor unit with
 * {@link Precision#moneyRounding()}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param evaluation the scorecard evaluation, or null when the plan is evaluated without a scorecard
 * @param inputs the salary and named quantities, not null
 * @param precision the rounding rule, not null
 * @since 0.1.0
 */
public record PayContext(@Nullable Evaluation evaluation, PayInputs inputs, Precision precision) {

    /**
     * Obtains a context.
     *
     * @param evaluation the scorecard evaluation, or null when the plan is evaluated without a scorecard
     * @param inputs the salary and named quantities, not null
     * @param precision the rounding rule, not null
     * @throws NullPointerException if the inputs or the precision are null
     */
    public PayContext {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(precision, "precision");
    }

    /**
     * Returns the scorecard evaluation.
     *
     * @return the evaluation, not null
     * @throws KpiInputException with {@link Reason#MISSING_INPUT} and field {@code "evaluation"} if
     *     the plan is evaluated without a scorecard
     */
    @Override
    public Evaluation evaluation() {
        return evaluationFor("this step", null);
    }

    /**
     * Returns whether this calculation has a scorecard evaluation.
     *
     * @return false when the plan is evaluated without a scorecard
     */
    public boolean hasEvaluation() {
        return evaluation != null;
    }

    /**
     * Returns the evaluation for a measure that reads it, or throws naming the measure.
     *
     * @param reader the measure that reads the scorecard, not null
     * @param indicatorId the indicator read, null if none
     */
    Evaluation evaluationFor(Measure reader, @Nullable String indicatorId) {
        // the reader is described only for the error, not on every read
        return evaluation != null ? evaluation : evaluationFor(reader.describe(), indicatorId);
    }

    /**
     * Returns the evaluation, for the fact of an indicator.
     *
     * @param indicatorId the indicator whose fact is read, not null
     * @throws KpiInputException ({@code MISSING_INPUT}, field {@code "evaluation"}) if there is none
     */
    Evaluation evaluationForFactOf(String indicatorId) {
        return evaluation != null ? evaluation : evaluationFor("fact of '" + indicatorId + "'", indicatorId);
    }

    /**
     * Returns the evaluation for a reader that needs it, or throws naming what needed it.
     *
     * @param reader what reads the scorecard, such as {@code "this step"}
     * @param indicatorId the indicator read, null if none
     */
    Evaluation evaluationFor(String reader, @Nullable String indicatorId) {
        if (evaluation == null) {
            throw new KpiInputException(Reason.MISSING_INPUT, indicatorId, "evaluation", null,
                    reader + " needs a scorecard evaluation, but the pay plan was evaluated without one;"
                            + " evaluate it with PayPlan.evaluate(Evaluation, PayInputs)");
        }
        return evaluation;
    }

    /**
     * Returns the currency of the payout, the salary's.
     *
     * @return the currency, not null
     */
    public Currency currency() {
        return inputs.salary().currency();
    }

    /**
     * Returns the fixed salary.
     *
     * @return the salary, not null
     */
    public Money salary() {
        return inputs.salary();
    }

    /**
     * Checks that an amount a step states is in the currency this context pays in, the salary's.
     *
     * @param owner the name of the step that states the amount, not null
     * @param amount the amount, not null
     * @throws CurrencyMismatchException if the amount is in another currency
     */
    void requireCurrency(String owner, Money amount) {
        if (!amount.currency().equals(currency())) {
            throw new CurrencyMismatchException(currency(), amount.currency(),
                    "'" + owner + "' is in " + amount.currency().getCurrencyCode() + " but the salary is "
                            + salary());
        }
    }

    /**
     * Reads the turnover a percentage is paid on, which must be money: a named pay input, or the
     * fact of an indicator whose unit is {@link Unit#MONEY}. An index, attainment or rating is a
     * percentage, a count or duration is not money either.
     *
     * @param turnover the measure of the turnover, not null
     * @param owner the name of the step that pays on it, not null
     * @return the turnover, not negative, not null
     * @throws KpiInputException ({@code INVALID_SCHEME}, field {@code turnover}, naming the
     *     indicator) if the turnover is not money, or ({@code OUT_OF_RANGE}) if it is negative
     */
    BigDecimal turnover(Measure turnover, String owner) {
        if (turnover instanceof FactMeasure fact) {
            Unit unit = evaluation().index(fact.indicatorId()).indicator().unit();
            if (unit != Unit.MONEY) {
                throw new KpiInputException(Reason.INVALID_SCHEME, fact.indicatorId(), "turnover", unit.name(),
                        "the turnover of '" + owner + "' must be money, but indicator '" + fact.indicatorId()
                                + "' is measured in " + unit.name() + " (a percentage of turnover is paid on a MONEY"
                                + " indicator's fact or a named pay input)");
            }
        } else if (!(turnover instanceof InputMeasure)) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "turnover", turnover.describe(),
                    "the turnover of '" + owner + "' must be money, but " + turnover.describe()
                            + " is a percentage (a percentage of turnover is paid on a MONEY indicator's fact or a"
                            + " named pay input)");
        }
        BigDecimal base = turnover.value(this);
        if (base.signum() < 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE,
                    turnover instanceof FactMeasure fact ? fact.indicatorId() : null, "turnover", Decimals.text(base),
                    turnover.describe() + " " + Decimals.text(base) + " of '" + owner + "' must not be negative");
        }
        return base;
    }

    /**
     * Applies a limits step's floor and cap to a value (the variable part or the total): the change
     * that raises it to the floor, or cuts it to the cap, or nothing, with its reckoning.
     *
     * @param owner the step's name, for a currency error, not null
     * @param value the value limited, not null
     * @param floor the floor, null for none
     * @param cap the cap, null for none
     * @return the change and its reckoning, not null
     * @throws CurrencyMismatchException if the floor or cap is not in the salary's currency
     */
    Accrual limit(String owner, Money value, @Nullable Money floor, @Nullable Money cap) {
        if (floor != null) {
            requireCurrency(owner, floor);
            if (value.isLessThan(floor)) {
                return new Accrual(floor.minus(value), new LimitReckoning(value, floor, cap, LimitReckoning.Outcome.RAISED_TO_FLOOR));
            }
        }
        if (cap != null) {
            requireCurrency(owner, cap);
            if (value.isGreaterThan(cap)) {
                return new Accrual(cap.minus(value), new LimitReckoning(value, floor, cap, LimitReckoning.Outcome.CUT_TO_CAP));
            }
        }
        return new Accrual(Money.zero(currency()), new LimitReckoning(value, floor, cap, LimitReckoning.Outcome.WITHIN));
    }

    /**
     * Rounds a percentage of a base once to the currency's minor unit with the precision's money
     * rounding: {@code round(base × percent / 100)}, the same as
     * {@code round(base.multiply(percent).movePointLeft(2))}, computed on the unscaled longs when the
     * product fits (one {@code BigDecimal}, the amount, is made) and with {@code BigDecimal} otherwise.
     *
     * @param base the base, not null
     * @param percent the percentage, not null
     * @return the money, not null
     */
    Money percentOf(BigDecimal base, BigDecimal percent) {
        int scale = inputs.salary().amount().scale(); // a Money is always at its currency's minor unit
        long productScale = (long) base.scale() + percent.scale() + 2;
        if (Math.abs(productScale - scale) <= Scaled.MAX_POWER) {
            long product = Scaled.times(Scaled.unscaled(base), Scaled.unscaled(percent));
            long rounded = Scaled.rescale(product, (int) productScale, scale, precision.moneyRounding());
            if (rounded != Scaled.OVER) {
                return Money.of(currency(), BigDecimal.valueOf(rounded, scale));
            }
        }
        return round(base.multiply(percent).movePointLeft(2));
    }

    /**
     * Rounds an exact amount once to the currency's minor unit with the precision's money rounding.
     *
     * @param exact the exact amount, not null
     * @return the money, not null
     */
    public Money round(BigDecimal exact) {
        return Money.of(currency(), exact, precision.moneyRounding());
    }

    /**
     * Divides and rounds once, to the currency's minor unit with the precision's money rounding:
     * the single rounding of an amount whose exact value is a fraction.
     *
     * @param dividend the exact dividend, not null
     * @param divisor the exact divisor, not zero, not null
     * @return the money, not null
     * @throws ArithmeticException if the divisor is zero
     */
    public Money round(BigDecimal dividend, BigDecimal divisor) {
        int scale = Money.zero(currency()).amount().scale();
        return Money.of(currency(), dividend.divide(divisor, scale, precision.moneyRounding()));
    }
}
