package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;

/**
 * The tiered scheme: a table of tiers (contiguous, half-open bands [lower, upper) of a
 * {@link Measure}) each mapping to a rate, paid as a percentage of salary, a percentage of a
 * turnover, or an amount. Two kinds (DOMAIN.md section 3, both decided):
 *
 * <ul>
 *   <li>{@link Kind#RETROACTIVE} (whole-amount): the tier the measure falls in sets the rate for
 *       everything. {@code PERCENT_OF_SALARY}: {@code salary × rate / 100};
 *       {@code PERCENT_OF_TURNOVER}: {@code turnover × rate / 100}; {@code AMOUNT}: the rate is the
 *       amount. A measure below the first tier pays 0. Spreadsheet:
 *       {@code = ROUND(turnover * VLOOKUP(measure; tiers; 2; TRUE) / 100; 2)}.</li>
 *   <li>{@link Kind#MARGINAL} (graduated, like income tax): each tier's rate applies only to the
 *       part of the measure inside that tier, {@code portionᵢ = MAX(0; MIN(measure; upperᵢ) − lowerᵢ)}.
 *       With {@code S = Σ portionᵢ × rateᵢ}: {@code AMOUNT} pays {@code S} (the rate is an amount
 *       per unit of the measure in that tier); {@code PERCENT_OF_TURNOVER} pays
 *       {@code turnover × S / (measure × 100)}, that is, the turnover is split across the tiers in
 *       proportion to the measure (when the measure is the turnover itself this is just
 *       {@code S / 100}); {@code PERCENT_OF_SALARY} pays {@code salary × S / (measure × 100)}, the
 *       salary at the blended rate. A marginal table must start at 0 or above.</li>
 * </ul>
 *
 * <p>DOMAIN.md's example: sales 130 000, tiers [0, 100 000) at 2 % and [100 000, ∞) at 4 % of
 * the sales: retroactive pays 130 000 × 4 % = 5 200; marginal pays 100 000 × 2 % + 30 000 × 4 % = 3 200.
 *
 * <p>The measure's rounded value is compared with the tier edges (DOMAIN.md 3a): a value exactly
 * on an edge falls in the upper tier. The payout is computed exactly and rounded once.
 *
 * <pre>{@code
 * Bands rates = Bands.from("0").upTo("100000", "2").andAbove("4");
 * TieredScheme retroactive = TieredScheme.retroactive("sales tiers", Measure.fact("revenue"), rates,
 *         TieredScheme.Payment.PERCENT_OF_TURNOVER, Measure.fact("revenue"));
 * TieredScheme marginal = TieredScheme.marginalOnTurnover("sales tiers", Measure.fact("revenue"), rates);
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the name, not blank, not null
 * @param measure what the tiers are measured on, not null
 * @param tiers the tier table; values are rates in percent, or amounts for {@code AMOUNT}, not negative, not null
 * @param kind retroactive or marginal, not null
 * @param payment what a rate is paid on, not null
 * @param turnover the turnover a percentage is paid on; required for {@code PERCENT_OF_TURNOVER}
 *     and null otherwise
 */
public record TieredScheme(
        String name, Measure measure, Bands tiers, Kind kind, Payment payment, @Nullable Measure turnover)
        implements Scheme {

    /** How a rate applies: to everything or only to the part inside its tier. */
    public enum Kind {
        /** Whole-amount: the tier reached sets the rate for everything. */
        RETROACTIVE,
        /** Graduated: each tier's rate applies only to the part of the measure inside it. */
        MARGINAL
    }

    /** What a tier's value is paid as. */
    public enum Payment {
        /** A percentage of the fixed salary. */
        PERCENT_OF_SALARY,
        /** A percentage of a turnover measure. */
        PERCENT_OF_TURNOVER,
        /** An amount (retroactive), or an amount per unit of the measure (marginal). */
        AMOUNT
    }

    /**
     * Obtains the scheme.
     *
     * @param name the name, not blank, not null
     * @param measure what the tiers are measured on, not null
     * @param tiers the tier table; values are rates in percent, or amounts for {@code AMOUNT}, not negative, not null
     * @param kind retroactive or marginal, not null
     * @param payment what a rate is paid on, not null
     * @param turnover the turnover a percentage is paid on; required for {@code PERCENT_OF_TURNOVER} and null otherwise
     * @throws KpiInputException if the name is blank, a tier value is negative, the turnover is
     *     missing for {@code PERCENT_OF_TURNOVER} or given for another payment, or a marginal table
     *     starts below 0
     */
    public TieredScheme {
        Checks.name(name);
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payment, "payment");
        for (Band tier : tiers.bands()) {
            if (tier.value().signum() < 0) {
                throw new KpiInputException(Reason.INVALID_SCHEME, null, "tiers", Decimals.quoteText(tier.value()),
                        "tier " + tier + " of '" + name + "' must not pay a negative value");
            }
        }
        if ((payment == Payment.PERCENT_OF_TURNOVER) != (turnover != null)) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "turnover", null, "'" + name + "' pays "
                    + payment + ", so a turnover measure must be " + (turnover == null ? "given" : "absent"));
        }
        if (kind == Kind.MARGINAL && tiers.lowest().signum() < 0) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "tiers", Decimals.quoteText(tiers.lowest()),
                    "the marginal tiers of '" + name + "' must start at 0 or above, not " + Decimals.quoteText(tiers.lowest()));
        }
    }

    /**
     * Obtains a retroactive tiered scheme.
     *
     * @param name the name, not blank, not null
     * @param measure what the tiers are measured on, not null
     * @param tiers the tier table, not null
     * @param payment what a rate is paid on, not null
     * @param turnover the turnover for {@code PERCENT_OF_TURNOVER}, otherwise null
     * @return the scheme, not null
     * @throws KpiInputException if the parameters break a rule of the constructor
     */
    public static TieredScheme retroactive(
            String name, Measure measure, Bands tiers, Payment payment, @Nullable Measure turnover) {
        return new TieredScheme(name, measure, tiers, Kind.RETROACTIVE, payment, turnover);
    }

    /**
     * Obtains a marginal tiered scheme.
     *
     * @param name the name, not blank, not null
     * @param measure what the tiers are measured on, not null
     * @param tiers the tier table, starting at 0 or above, not null
     * @param payment what a rate is paid on, not null
     * @param turnover the turnover for {@code PERCENT_OF_TURNOVER}, otherwise null
     * @return the scheme, not null
     * @throws KpiInputException if the parameters break a rule of the constructor
     */
    public static TieredScheme marginal(
            String name, Measure measure, Bands tiers, Payment payment, @Nullable Measure turnover) {
        return new TieredScheme(name, measure, tiers, Kind.MARGINAL, payment, turnover);
    }

    /**
     * Obtains a retroactive scheme paying a percentage of the measure itself (a commission whose
     * rate depends on the sales reached).
     *
     * @param name the name, not blank, not null
     * @param turnover the turnover, both measured and paid on, not null
     * @param tiers the rates in percent, not null
     * @return the scheme, not null
     * @throws KpiInputException if the parameters break a rule of the constructor
     */
    public static TieredScheme retroactiveOnTurnover(String name, Measure turnover, Bands tiers) {
        return retroactive(name, turnover, tiers, Payment.PERCENT_OF_TURNOVER, turnover);
    }

    /**
     * Obtains a marginal scheme paying a percentage of the measure itself, each tier's rate on the
     * part of the turnover inside that tier.
     *
     * @param name the name, not blank, not null
     * @param turnover the turnover, both measured and paid on, not null
     * @param tiers the rates in percent, starting at 0 or above, not null
     * @return the scheme, not null
     * @throws KpiInputException if the parameters break a rule of the constructor
     */
    public static TieredScheme marginalOnTurnover(String name, Measure turnover, Bands tiers) {
        return marginal(name, turnover, tiers, Payment.PERCENT_OF_TURNOVER, turnover);
    }

    /**
     * {@inheritDoc}
     *
     * @throws KpiInputException also if the turnover is negative
     */
    @Override
    public Accrual accrue(PayContext context) {
        BigDecimal value = measure.value(context);
        String head = measure.describe() + " " + Checks.text(value);
        return kind == Kind.RETROACTIVE ? retroactive(context, value, head) : marginal(context, value, head);
    }

    private Accrual retroactive(PayContext context, BigDecimal value, String head) {
        Band tier = tiers.find(value);
        if (tier == null) {
            return new Accrual(Money.zero(context.currency()), head + " below the first tier → 0");
        }
        String detail = head + " in tier " + edges(tier) + " → ";
        Money amount;
        switch (payment) {
            case AMOUNT:
                amount = context.round(tier.value());
                detail += "amount";
                break;
            case PERCENT_OF_SALARY:
                amount = context.round(context.salary().amount().multiply(tier.value()).movePointLeft(2));
                detail += Checks.text(tier.value()) + " % of salary " + context.salary().toAmountText();
                break;
            case PERCENT_OF_TURNOVER:
                BigDecimal base = turnoverValue(context);
                amount = context.round(base.multiply(tier.value()).movePointLeft(2));
                detail += Checks.text(tier.value()) + " % of " + turnoverDescription() + " " + Checks.text(base);
                break;
            default:
                throw new AssertionError(payment);
        }
        return new Accrual(amount, detail + " = " + amount.toAmountText());
    }

    private Accrual marginal(PayContext context, BigDecimal value, String head) {
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder parts = new StringBuilder();
        for (Band tier : tiers.bands()) {
            BigDecimal upper = tier.upperExclusive();
            BigDecimal top = upper == null ? value : value.min(upper);
            BigDecimal portion = top.subtract(tier.lowerInclusive());
            if (portion.signum() <= 0) {
                break;
            }
            sum = sum.add(portion.multiply(tier.value()));
            parts.append(parts.length() == 0 ? "" : " + ").append(Checks.text(portion)).append(" × ")
                    .append(Checks.text(tier.value())).append(payment == Payment.AMOUNT ? "" : " %");
        }
        String detail = head + (parts.length() == 0 ? " below the first tier" : ": " + parts);
        if (sum.signum() == 0) {
            return new Accrual(Money.zero(context.currency()), detail + " → 0");
        }
        Money amount;
        switch (payment) {
            case AMOUNT:
                amount = context.round(sum);
                break;
            case PERCENT_OF_SALARY:
                amount = context.round(context.salary().amount().multiply(sum), value.movePointRight(2));
                detail += ", blended over " + Checks.text(value) + ", of salary " + context.salary().toAmountText();
                break;
            case PERCENT_OF_TURNOVER:
                BigDecimal base = turnoverValue(context);
                if (measure.equals(turnover)) {
                    amount = context.round(sum.movePointLeft(2));
                } else {
                    amount = context.round(base.multiply(sum), value.movePointRight(2));
                    detail += ", blended over " + Checks.text(value) + ", of " + turnoverDescription() + " "
                            + Checks.text(base);
                }
                break;
            default:
                throw new AssertionError(payment);
        }
        return new Accrual(amount, detail + " = " + amount.toAmountText());
    }

    private BigDecimal turnoverValue(PayContext context) {
        BigDecimal base = Objects.requireNonNull(turnover, "turnover").value(context);
        if (base.signum() < 0) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "turnover", Decimals.quoteText(base),
                    turnover.describe() + " " + Decimals.quoteText(base) + " of '" + name + "' must not be negative");
        }
        return base;
    }

    private String turnoverDescription() {
        return Objects.requireNonNull(turnover, "turnover").describe();
    }

    private static String edges(Band tier) {
        BigDecimal upper = tier.upperExclusive();
        return "[" + Checks.text(tier.lowerInclusive()) + ", " + (upper == null ? "∞" : Checks.text(upper)) + ")";
    }
}
