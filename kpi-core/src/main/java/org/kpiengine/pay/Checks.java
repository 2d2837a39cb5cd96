package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
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

    static String text(BigDecimal value) {
        return Decimals.text(value);
    }
}
