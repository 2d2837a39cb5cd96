package org.kpiengine.derived;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;

/**
 * A revenue plan worked backwards into activity (docs/reference/derived.md, Plan decomposition): the deals needed, the
 * contacts needed, and a daily plan over the working days of the period.
 *
 * <p>Each step rounds <b>up</b> to a whole unit ({@link RoundingMode#CEILING}), since half a deal
 * cannot be closed and rounding down would miss the plan; each step starts from the previous
 * step's whole number:
 * <ul>
 *   <li>deals needed = {@code CEILING(revenue plan / average check)};
 *   <li>contacts needed = {@code CEILING(deals needed × 100 / conversion %)};
 *   <li>daily deals = {@code CEILING(deals needed / working days)};
 *   <li>daily contacts = {@code CEILING(contacts needed / working days)}.
 * </ul>
 * So recomposing never falls short: deals needed × average check ≥ plan, contacts needed ×
 * conversion ≥ deals needed, and the daily figures × working days ≥ the totals.
 *
 * <pre>{@code
 * // 1 deal per 20 calls (5 %), an average check of 30 000, 20 working days:
 * PlanDecomposition plan = PlanDecomposition.of("1800000", "30000", "5", 20);
 * plan.dealsNeeded();    // 60
 * plan.contactsNeeded(); // 1200
 * plan.dailyContacts();  // 60 calls a day
 * plan.dailyDeals();     // 3 deals a day
 * }</pre>
 *
 * <p>The decimals are stored with trailing zeros stripped, so {@code equals} agrees with
 * {@code compareTo}. This record is immutable and thread-safe.
 *
 * @param revenuePlan the revenue plan of the period, not negative
 * @param averageCheck the average check, positive
 * @param conversionPercent the conversion of contacts into deals in percent, above 0, at most 100
 * @param workingDays the working days of the period, positive
 * @since 0.1.0
 */
public record PlanDecomposition(BigDecimal revenuePlan, BigDecimal averageCheck, BigDecimal conversionPercent,
        int workingDays) {

    /**
     * Obtains a plan decomposition, validating it.
     *
     * @param revenuePlan the revenue plan of the period, not negative
     * @param averageCheck the average check, positive
     * @param conversionPercent the conversion of contacts into deals in percent, above 0, at most 100
     * @param workingDays the working days of the period, positive
     * @throws KpiInputException naming the field if the plan is negative, the average check is not
     *     positive, the conversion is not above 0 and at most 100, or the working days are not positive
     */
    public PlanDecomposition {
        Objects.requireNonNull(revenuePlan, "revenuePlan");
        Objects.requireNonNull(averageCheck, "averageCheck");
        Objects.requireNonNull(conversionPercent, "conversionPercent");
        Samples.requireNonNegative("revenue plan", revenuePlan);
        Decimals.checkRange(null, "average check", averageCheck);
        Decimals.checkRange(null, "conversion", conversionPercent);
        if (averageCheck.signum() <= 0) {
            throw new KpiInputException(Reason.DIVISION_BY_ZERO, null, "average check", Decimals.quoteText(averageCheck),
                    "plan decomposition divides by the average check, which must be positive, but is "
                            + Decimals.quoteText(averageCheck));
        }
        if (conversionPercent.signum() <= 0 || conversionPercent.compareTo(Decimals.HUNDRED) > 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "conversion", Decimals.quoteText(conversionPercent),
                    "plan decomposition divides by the conversion, which must be above 0 and at most 100 %, but is "
                            + Decimals.quoteText(conversionPercent));
        }
        revenuePlan = Decimals.normalise("revenue plan", revenuePlan);
        averageCheck = Decimals.normalise("average check", averageCheck);
        conversionPercent = Decimals.normalise("conversion", conversionPercent);
        if (workingDays <= 0) {
            throw new KpiInputException(Reason.DIVISION_BY_ZERO, null, "working days", Integer.toString(workingDays),
                    "plan decomposition divides by the working days, which must be positive, but are " + workingDays);
        }
    }

    /**
     * Obtains a plan decomposition from decimals written with a dot.
     *
     * @param revenuePlan the revenue plan, such as {@code "1800000"}, not null
     * @param averageCheck the average check, such as {@code "30000"}, not null
     * @param conversionPercent the conversion in percent, such as {@code "5"}, not null
     * @param workingDays the working days, positive
     * @return the decomposition, not null
     * @throws KpiInputException naming the field if a text is not a number or a value is out of range
     */
    public static PlanDecomposition of(String revenuePlan, String averageCheck, String conversionPercent,
            int workingDays) {
        return new PlanDecomposition(Decimals.parse("revenue plan", revenuePlan),
                Decimals.parse("average check", averageCheck), Decimals.parse("conversion", conversionPercent),
                workingDays);
    }

    /**
     * Returns the deals needed, {@code CEILING(revenue plan / average check)}.
     *
     * @return the deals, not negative
     * @throws ArithmeticException if the count does not fit a {@code long}
     */
    public long dealsNeeded() {
        return revenuePlan.divide(averageCheck, 0, RoundingMode.CEILING).longValueExact();
    }

    /**
     * Returns the contacts needed, {@code CEILING(deals needed × 100 / conversion %)}.
     *
     * @return the contacts, not negative
     * @throws ArithmeticException if the count does not fit a {@code long}
     */
    public long contactsNeeded() {
        return BigDecimal.valueOf(dealsNeeded()).multiply(Decimals.HUNDRED)
                .divide(conversionPercent, 0, RoundingMode.CEILING).longValueExact();
    }

    /**
     * Returns the deals needed per working day, {@code CEILING(deals needed / working days)}.
     *
     * @return the daily deals, not negative
     */
    public long dailyDeals() {
        return ceilingDivide(dealsNeeded(), workingDays);
    }

    /**
     * Returns the contacts needed per working day, {@code CEILING(contacts needed / working days)}.
     *
     * @return the daily contacts, not negative
     */
    public long dailyContacts() {
        return ceilingDivide(contactsNeeded(), workingDays);
    }

    private static long ceilingDivide(long total, int days) {
        return Math.floorDiv(total, days) + (Math.floorMod(total, days) == 0 ? 0 : 1);
    }

    @Override
    public String toString() {
        return "plan " + Decimals.text(revenuePlan) + " / check " + Decimals.text(averageCheck) + " = " + dealsNeeded()
                + " deals / " + Decimals.text(conversionPercent) + " % = " + contactsNeeded() + " contacts; per day over "
                + workingDays + " days: " + dailyDeals() + " deals, " + dailyContacts() + " contacts";
    }
}
