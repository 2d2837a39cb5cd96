package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.indicator.Unit;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.CurrencyMismatchException;
import org.kpiengine.money.Money;

/** Validation shared by the schemes and modifiers; each message names the scheme and the field. */
final class Checks {

    private Checks() {
    }

    static String name(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "name", name, "the name of a scheme or modifier must not be blank");
        }
        return name;
    }

    static Money nonNegative(String owner, String field, Money value) {
        Objects.requireNonNull(value, field);
        if (value.isNegative()) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, field, value.toString(),
                    field + " " + value + " of '" + owner + "' must not be negative");
        }
        return value;
    }

    static BigDecimal nonNegative(String owner, String field, BigDecimal given) {
        BigDecimal value = Decimals.normalise(null, field, given);
        if (value.signum() < 0) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, field, Decimals.quoteText(value),
                    field + " " + Decimals.quoteText(value) + " of '" + owner + "' must not be negative");
        }
        return value;
    }

    static void currency(PayContext context, String owner, Money value) {
        if (!value.currency().equals(context.currency())) {
            throw new CurrencyMismatchException(context.currency(), value.currency(),
                    "'" + owner + "' is in " + value.currency().getCurrencyCode() + " but the salary is "
                            + context.salary());
        }
    }

    /**
     * Reads the turnover a percentage is paid on, which must be money: a named pay input, or the
     * fact of an indicator whose unit is {@link Unit#MONEY}. An index, attainment or rating is a
     * percentage, a count or duration is not money either.
     *
     * @throws KpiInputException ({@code INVALID_SCHEME}, field {@code turnover}, naming the
     *     indicator) if the turnover is not money, or ({@code OUT_OF_RANGE}) if it is negative
     */
    static BigDecimal turnover(PayContext context, Measure turnover, String owner) {
        if (turnover instanceof FactMeasure fact) {
            Unit unit = context.evaluation().index(fact.indicatorId()).indicator().unit();
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
        BigDecimal base = turnover.value(context);
        if (base.signum() < 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE,
                    turnover instanceof FactMeasure fact ? fact.indicatorId() : null, "turnover", Decimals.text(base),
                    turnover.describe() + " " + Decimals.text(base) + " of '" + owner + "' must not be negative");
        }
        return base;
    }

    static String text(BigDecimal value) {
        return Decimals.text(value);
    }
}
