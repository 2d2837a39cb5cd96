package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Warning;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;

/**
 * The tiered scheme: a table of tiers (contiguous, half-open bands [lower, upper) of a
 * {@link Measure}) each mapping to a rate, paid as a percentage of salary, a percentage of a
 * turnover, or an amount. Two kinds (docs/reference/pay.md, Tiered):
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
 *   <li>{@link Kind#INTERPOLATED} ("split varied"): each tier's lower boundary carries a rate;
 *       inside a tier the rate moves linearly from its boundary's rate to the next boundary's,
 *       {@code rate = rateᵢ + (measure − lowerᵢ) × (rateᵢ₊₁ − rateᵢ) / (lowerᵢ₊₁ − lowerᵢ)}, rounded
 *       like an index (HALF_UP to 4 places by default); at or above the last boundary its rate
 *       holds, below the first the scheme pays 0. The rate applies to the whole amount, as
 *       retroactive does. For {@code AMOUNT} the interpolated value is the amount itself, rounded
 *       once to the minor unit. Example: boundaries 80 → 0 %, 100 → 20 %, 120 → 50 %, 150 → 80 %;
 *       rating 110 → 20 + 10 / 20 × 30 = 35 % → 35 000 on a salary of 100 000.</li>
 *   <li>{@link Kind#HYBRID}: retroactive below a {@link #pivot()} boundary, marginal above it.
 *       A measure below the pivot is paid exactly as {@code RETROACTIVE}. At or above it, the
 *       part up to the pivot is paid at the rate of the highest tier reached below the pivot
 *       (retroactively, from 0), and each part above the pivot at its own tier's rate
 *       (marginally), blended as {@code MARGINAL} blends. Example: quota 1 000 000, tiers [0,
 *       500 000) 5 %, [500 000, 1 000 000) 10 %, [1 000 000, ∞) 15 %, pivot 1 000 000: sales
 *       700 000 → 70 000; 1 200 000 → 10 % × 1 000 000 + 15 % × 200 000 = 130 000. With the pivot
 *       at the first boundary it pays exactly as {@code MARGINAL}; with the pivot above the last
 *       boundary, exactly as {@code RETROACTIVE}. The pivot must be a tier boundary (or lie above
 *       the last one), the table must start at 0 or above, and the payment is a percentage.</li>
 * </ul>
 * See docs/reference/plan-shapes.md (Interpolated tiers, Hybrid tiers) for worked examples and
 * spreadsheet formulas.
 *
 * <p>Example (docs/reference/pay.md, Tiered): sales 130 000, tiers [0, 100 000) at 2 % and [100 000, ∞) at 4 % of
 * the sales: retroactive pays 130 000 × 4 % = 5 200; marginal pays 100 000 × 2 % + 30 000 × 4 % = 3 200.
 *
 * <p>The measure's rounded value is compared with the tier edges (docs/reference/scoring.md, Rounding): a value exactly
 * on an edge falls in the upper tier. The payout is computed exactly and rounded once.
 *
 * <p>Checked when the plan is evaluated, because only then are the currency and the indicators
 * known: an {@code AMOUNT} table's values (amounts, or amounts per unit when marginal) are whole
 * numbers of the currency's minor unit, like any {@link Money} ({@code MONEY_SCALE}); a turnover is
 * money, the fact of a {@code MONEY} indicator or a named pay input ({@code INVALID_SCHEME}). The
 * unbounded-best attainment of a lower-is-better indicator at fact 0 ({@link Reading}) falls in
 * the top tier of a retroactive table; a marginal table cannot split it and refuses it. A rate
 * above 100 % of salary or turnover is allowed but gives a {@code HIGH_RATE} warning
 * ({@link #warnings()}).
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
 * @param kind retroactive, marginal, interpolated or hybrid, not null
 * @param payment what a rate is paid on, not null
 * @param turnover the turnover a percentage is paid on; required for {@code PERCENT_OF_TURNOVER}
 *     and null otherwise
 * @param pivot the boundary below which a {@code HYBRID} table is retroactive and above which it is
 *     marginal; required for {@code HYBRID} and null otherwise
 * @since 0.1.0
 */
public record TieredScheme(
        String name, Measure measure, Bands tiers, Kind kind, Payment payment, @Nullable Measure turnover,
        @Nullable BigDecimal pivot)
        implements Scheme {

    /** A percentage rate above this (100 %) gives a {@code HIGH_RATE} warning. */
    private static final BigDecimal HIGH_RATE_PERCENT = Decimals.HUNDRED;

    /**
     * How a rate applies: to everything or only to the part inside its tier.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Whole-amount: the tier reached sets the rate for everything. */
        RETROACTIVE,
        /** Graduated: each tier's rate applies only to the part of the measure inside it. */
        MARGINAL,
        /**
         * Split varied: the rate moves linearly between the boundaries' rates and applies to everything.
         *
         * @since 0.1.0
         */
        INTERPOLATED,
        /**
         * Retroactive below the pivot boundary, marginal above it.
         *
         * @since 0.1.0
         */
        HYBRID
    }

    /**
     * What a tier's value is paid as.
     *
     * @since 0.1.0
     */
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
     * @param kind retroactive, marginal, interpolated or hybrid, not null
     * @param payment what a rate is paid on, not null
     * @param turnover the turnover a percentage is paid on; required for {@code PERCENT_OF_TURNOVER} and null otherwise
     * @param pivot the pivot boundary of a {@code HYBRID} table; required for {@code HYBRID} and null otherwise
     * @throws KpiInputException if the name is blank, a tier value is negative, the turnover is
     *     missing for {@code PERCENT_OF_TURNOVER} or given for another payment, a marginal or hybrid
     *     table starts below 0, the pivot is missing for {@code HYBRID} or given for another kind, a
     *     hybrid pivot is neither a tier boundary nor above the last one, or a hybrid table pays an amount
     */
    public TieredScheme {
        name = new StepName(name).name();
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
        if ((kind == Kind.MARGINAL || kind == Kind.HYBRID) && tiers.lowest().signum() < 0) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "tiers", Decimals.quoteText(tiers.lowest()),
                    "the " + kind.name().toLowerCase(Locale.ROOT) + " tiers of '" + name + "' must start at 0 or above, not "
                            + Decimals.quoteText(tiers.lowest()));
        }
        pivot = pivot == null ? null : Decimals.normalise("pivot", pivot);
        requirePivot(name, tiers, kind, payment, pivot);
    }

    /**
     * Obtains the scheme of a kind without a pivot (retroactive, marginal or interpolated).
     *
     * @param name the name, not blank, not null
     * @param measure what the tiers are measured on, not null
     * @param tiers the tier table; values are rates in percent, or amounts for {@code AMOUNT}, not negative, not null
     * @param kind retroactive, marginal or interpolated, not null
     * @param payment what a rate is paid on, not null
     * @param turnover the turnover a percentage is paid on; required for {@code PERCENT_OF_TURNOVER} and null otherwise
     * @throws KpiInputException if the parameters break a rule of the canonical constructor (a
     *     {@code HYBRID} table needs a pivot)
     */
    public TieredScheme(String name, Measure measure, Bands tiers, Kind kind, Payment payment, @Nullable Measure turnover) {
        this(name, measure, tiers, kind, payment, turnover, null);
    }

    /** A hybrid table's pivot: present for HYBRID only, on a tier boundary or above the last, paid as a percentage. */
    private static void requirePivot(String name, Bands tiers, Kind kind, Payment payment, @Nullable BigDecimal pivot) {
        if ((kind == Kind.HYBRID) != (pivot != null)) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "pivot", pivot == null ? null : Decimals.text(pivot),
                    "'" + name + "' is " + kind + ", so a pivot must be " + (pivot == null ? "given" : "absent"));
        }
        if (pivot == null) {
            return;
        }
        if (payment == Payment.AMOUNT) {
            throw new KpiInputException(Reason.INVALID_SCHEME, null, "payment", payment.name(),
                    "the hybrid tiers of '" + name + "' must pay a percentage of salary or of a turnover, not AMOUNT: "
                            + "an amount per tier cannot be split at a pivot");
        }
        List<Band> bands = tiers.bands();
        Band last = bands.get(bands.size() - 1);
        if (pivot.compareTo(last.lowerInclusive()) > 0) {
            return;
        }
        List<String> boundaries = new ArrayList<>();
        for (Band tier : bands) {
            if (tier.lowerInclusive().compareTo(pivot) == 0) {
                return;
            }
            boundaries.add(Decimals.text(tier.lowerInclusive()));
        }
        Band inside = tiers.find(pivot);
        String effect = inside == null
                ? "below the first tier it would act as the first boundary " + Decimals.text(tiers.lowest())
                : "inside the tier " + edges(inside) + " it would act as that tier's upper boundary "
                        + Decimals.text(Objects.requireNonNull(inside.upperExclusive()));
        throw new KpiInputException(Reason.INVALID_SCHEME, null, "pivot", Decimals.text(pivot),
                "pivot " + Decimals.text(pivot) + " of '" + name + "' must be a tier boundary (" + String.join(", ", boundaries)
                        + ") or lie above the last one; " + effect);
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
     * Obtains an interpolated ("split varied") tiered scheme: each tier's lower boundary carries a
     * rate, the rate between two boundaries is interpolated linearly and rounded like an index,
     * and it applies to the whole amount.
     *
     * <pre>{@code
     * TieredScheme split = TieredScheme.interpolated("bonus", Measure.rating(),
     *         Bands.ofBoundaries(Bands.boundary("80", "0"), Bands.boundary("100", "20"),
     *                 Bands.boundary("120", "50"), Bands.boundary("150", "80")),
     *         TieredScheme.Payment.PERCENT_OF_SALARY, null);
     * }</pre>
     *
     * @param name the name, not blank, not null
     * @param measure what the tiers are measured on, not null
     * @param tiers the rate at each boundary (the value of the tier it starts), not null
     * @param payment what a rate is paid on, not null
     * @param turnover the turnover for {@code PERCENT_OF_TURNOVER}, otherwise null
     * @return the scheme, not null
     * @throws KpiInputException if the parameters break a rule of the constructor
     * @since 0.1.0
     */
    public static TieredScheme interpolated(
            String name, Measure measure, Bands tiers, Payment payment, @Nullable Measure turnover) {
        return new TieredScheme(name, measure, tiers, Kind.INTERPOLATED, payment, turnover, null);
    }

    /**
     * Obtains a hybrid tiered scheme: retroactive below the pivot boundary, marginal above it.
     *
     * <pre>{@code
     * // decelerator below 50 %, full rate once 50 % is reached, 1.5 × only above 100 %
     * TieredScheme hybrid = TieredScheme.hybrid("commission", Measure.attainment("revenue"),
     *         Bands.ofBoundaries(Bands.boundary("0", "5"), Bands.boundary("50", "10"), Bands.boundary("100", "15")),
     *         "100", TieredScheme.Payment.PERCENT_OF_TURNOVER, Measure.fact("revenue"));
     * }</pre>
     *
     * @param name the name, not blank, not null
     * @param measure what the tiers are measured on, not null
     * @param tiers the tier table, starting at 0 or above, not null
     * @param pivot the pivot: a tier boundary, or a value above the last boundary (then the table
     *     pays as retroactive), as a decimal with a dot, not null
     * @param payment what a rate is paid on, a percentage, not null
     * @param turnover the turnover for {@code PERCENT_OF_TURNOVER}, otherwise null
     * @return the scheme, not null
     * @throws KpiInputException if the pivot is not a number or the parameters break a rule of the constructor
     * @since 0.1.0
     */
    public static TieredScheme hybrid(
            String name, Measure measure, Bands tiers, String pivot, Payment payment, @Nullable Measure turnover) {
        return new TieredScheme(name, measure, tiers, Kind.HYBRID, payment, turnover, Decimals.parse("pivot", pivot));
    }

    /**
     * Obtains a hybrid scheme paying a percentage of the measure itself: below the pivot the rate of
     * the tier reached applies to the whole turnover; at or above it, the turnover up to the pivot
     * is paid at the rate of the highest tier below the pivot and each part above at its own rate.
     *
     * @param name the name, not blank, not null
     * @param turnover the turnover, both measured and paid on, not null
     * @param tiers the rates in percent, starting at 0 or above, not null
     * @param pivot the pivot, a tier boundary or above the last one, as a decimal with a dot, not null
     * @return the scheme, not null
     * @throws KpiInputException if the parameters break a rule of the constructor
     * @since 0.1.0
     */
    public static TieredScheme hybridOnTurnover(String name, Measure turnover, Bands tiers, String pivot) {
        return hybrid(name, turnover, tiers, pivot, Payment.PERCENT_OF_TURNOVER, turnover);
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
     * @throws KpiInputException also if the turnover is negative ({@code OUT_OF_RANGE}) or not
     *     money ({@code INVALID_SCHEME}, naming the indicator: a fact of an indicator whose unit is
     *     not {@code MONEY}, or an index, attainment or rating); ({@code MONEY_SCALE}, field
     *     {@code tiers}) if an {@code AMOUNT} table holds a value finer than the currency's minor
     *     unit; ({@code UNSCORABLE_FACT}) if a marginal table is measured on an unbounded-best
     *     attainment, which is never an amount
     */
    @Override
    public Accrual accrue(PayContext context) {
        if (payment == Payment.AMOUNT) {
            requireMinorUnit(context);
        }
        Reading reading = measure.read(context);
        // A marginal table splits the measure into portions: it uses the measure as an amount, which
        // refuses an unbounded-best attainment.
        return switch (kind) {
            case RETROACTIVE -> retroactive(context, reading, null);
            case MARGINAL -> marginal(context, reading.value(), tiers, null);
            case INTERPOLATED -> withRateWarning(interpolated(context, reading));
            case HYBRID -> withRateWarning(hybrid(context, reading));
        };
    }

    /**
     * The interpolated rate (or amount) at a value: below the first boundary none; inside a bounded
     * tier {@code (rateᵢ × width + (value − lowerᵢ) × (rateᵢ₊₁ − rateᵢ)) / width}, exact; in the last
     * tier its rate.
     */
    private Accrual interpolated(PayContext context, Reading reading) {
        List<Band> bands = tiers.bands();
        Band tier = reading.find(tiers);
        if (tier == null) {
            return new Accrual(Money.zero(context.currency()),
                    new TierReckoning(measure, seen(reading), null, BigDecimal.ZERO, payment, null, turnover, true, null));
        }
        BigDecimal upper = tier.upperExclusive();
        BigDecimal dividend;
        BigDecimal width;
        if (upper == null) {
            dividend = tier.value();
            width = BigDecimal.ONE;
        } else {
            BigDecimal next = bands.get(bands.indexOf(tier) + 1).value();
            width = upper.subtract(tier.lowerInclusive());
            // An unbounded-best reading falls in the last tier, which has no upper boundary.
            dividend = tier.value().multiply(width).add(reading.value().subtract(tier.lowerInclusive()).multiply(next.subtract(tier.value())));
        }
        if (payment == Payment.AMOUNT) {
            Money amount = context.round(dividend, width);
            return new Accrual(amount,
                    new TierReckoning(measure, seen(reading), tier, amount.amount(), payment, null, turnover, true, null));
        }
        BigDecimal rate = context.precision().divideIndex(dividend, width);
        BigDecimal base = payment == Payment.PERCENT_OF_SALARY ? context.salary().amount() : turnoverValue(context);
        Money amount = context.percentOf(base, rate);
        return new Accrual(amount, new TierReckoning(measure, seen(reading), tier, rate, payment, base, turnover, true, null));
    }

    /**
     * Hybrid: below the pivot exactly retroactive; at or above it exactly marginal over the table
     * whose first tier [0, pivot) carries the rate of the highest tier reached below the pivot and
     * whose further tiers are those above the pivot. With the pivot at the first boundary that table
     * is the original one (marginal); above the last boundary it has one rate throughout (retroactive).
     */
    private Accrual hybrid(PayContext context, Reading reading) {
        BigDecimal at = Objects.requireNonNull(pivot, "pivot");
        if (!reading.isUnboundedBest() && reading.value().compareTo(at) < 0) {
            return retroactive(context, reading, at);
        }
        Band below = null;
        List<Band> above = new ArrayList<>();
        for (Band tier : tiers.bands()) {
            if (tier.lowerInclusive().compareTo(at) < 0) {
                below = tier;
            }
            BigDecimal upper = tier.upperExclusive();
            if (upper == null || upper.compareTo(at) > 0) {
                BigDecimal lower = tier.lowerInclusive().max(at);
                above.add(new Band(lower, upper, tier.value()));
            }
        }
        if (below != null) {
            above.add(0, new Band(BigDecimal.ZERO, at, below.value()));
        }
        return marginal(context, reading.value(), Bands.of(above), at);
    }

    /** Adds the advisory warning of an interpolated or hybrid table whose rate falls as the measure rises. */
    private Accrual withRateWarning(Accrual accrual) {
        List<Band> bands = tiers.bands();
        for (int i = 1; i < bands.size(); i++) {
            BigDecimal before = bands.get(i - 1).value();
            BigDecimal after = bands.get(i).value();
            if (after.compareTo(before) < 0) {
                List<Warning> warnings = new ArrayList<>(accrual.warnings());
                warnings.add(new Warning(Warning.Code.FALLING_TIER_RATE, null, "the " + kind.name().toLowerCase(Locale.ROOT)
                        + " tiers of '" + name + "' pay less as " + measure.describe() + " rises: "
                        + Decimals.text(before) + " from " + Decimals.text(bands.get(i - 1).lowerInclusive()) + ", "
                        + Decimals.text(after) + " from " + Decimals.text(bands.get(i).lowerInclusive())));
                return accrual.withWarnings(warnings.subList(accrual.warnings().size(), warnings.size()));
            }
        }
        return accrual;
    }

    /**
     * Checks that every amount of the table is a whole number of the currency's minor unit, as
     * {@link Money#of} requires of any amount: all tiers, not only the one reached, so that a plan
     * is refused for everyone or no one.
     */
    private void requireMinorUnit(PayContext context) {
        int scale = Money.zero(context.currency()).amount().scale();
        for (Band tier : tiers.bands()) {
            if (tier.value().scale() > scale) {
                String text = Decimals.text(tier.value());
                throw new KpiInputException(Reason.MONEY_SCALE, null, "tiers", text,
                        "tier " + tier + " of '" + name + "' pays an amount of " + text + " "
                                + context.currency().getCurrencyCode() + ", finer than its minor unit (" + scale
                                + " decimal places); amounts are not rounded silently");
            }
        }
    }

    /**
     * {@inheritDoc} A tier paying a percentage of salary or of turnover above 100 % gives a
     * {@code HIGH_RATE} warning, one per tier.
     */
    @Override
    public List<Warning> warnings() {
        if (payment == Payment.AMOUNT) {
            return List.of();
        }
        List<Warning> out = new ArrayList<>();
        for (Band tier : tiers.bands()) {
            if (tier.value().compareTo(HIGH_RATE_PERCENT) > 0) {
                out.add(new Warning(Warning.Code.HIGH_RATE, null, "tier " + tier + " of '" + name + "' pays "
                        + Decimals.text(tier.value()) + " % of " + (payment == Payment.PERCENT_OF_SALARY ? "salary" : "turnover")
                        + ", above " + Decimals.text(HIGH_RATE_PERCENT) + " %"));
            }
        }
        return List.copyOf(out);
    }

    private Accrual retroactive(PayContext context, Reading reading, @Nullable BigDecimal hybridPivot) {
        Band tier = reading.find(tiers);
        if (tier == null) {
            return new Accrual(Money.zero(context.currency()),
                    new TierReckoning(measure, seen(reading), null, BigDecimal.ZERO, payment, null, turnover, false, hybridPivot));
        }
        Money amount;
        BigDecimal base = null;
        switch (payment) {
            case AMOUNT -> amount = context.round(tier.value());
            case PERCENT_OF_SALARY -> {
                base = context.salary().amount();
                amount = context.percentOf(base, tier.value());
            }
            case PERCENT_OF_TURNOVER -> {
                base = turnoverValue(context);
                amount = context.percentOf(base, tier.value());
            }
            default -> throw new AssertionError(payment);
        }
        return new Accrual(amount,
                new TierReckoning(measure, seen(reading), tier, tier.value(), payment, base, turnover, false, hybridPivot));
    }

    private Accrual marginal(PayContext context, BigDecimal value, Bands table, @Nullable BigDecimal pivot) {
        BigDecimal sum = BigDecimal.ZERO;
        List<MarginalTierReckoning.Portion> portions = new ArrayList<>();
        for (Band tier : table.bands()) {
            BigDecimal upper = tier.upperExclusive();
            BigDecimal top = upper == null ? value : value.min(upper);
            BigDecimal portion = top.subtract(tier.lowerInclusive());
            if (portion.signum() <= 0) {
                break;
            }
            sum = sum.add(portion.multiply(tier.value()));
            portions.add(new MarginalTierReckoning.Portion(tier, portion));
        }
        if (sum.signum() == 0) {
            return new Accrual(Money.zero(context.currency()),
                    new MarginalTierReckoning(measure, value, portions, payment, null, turnover, pivot));
        }
        Money amount;
        BigDecimal blendedOver = null;
        switch (payment) {
            case AMOUNT -> amount = context.round(sum);
            case PERCENT_OF_SALARY -> {
                blendedOver = context.salary().amount();
                amount = context.round(context.salary().amount().multiply(sum), value.movePointRight(2));
            }
            case PERCENT_OF_TURNOVER -> {
                BigDecimal base = turnoverValue(context);
                if (measure.equals(turnover)) {
                    amount = context.round(sum.movePointLeft(2));
                } else {
                    amount = context.round(base.multiply(sum), value.movePointRight(2));
                    blendedOver = base;
                }
            }
            default -> throw new AssertionError(payment);
        }
        return new Accrual(amount, new MarginalTierReckoning(measure, value, portions, payment, blendedOver, turnover, pivot));
    }

    private static @Nullable BigDecimal seen(Reading reading) {
        return reading.isUnboundedBest() ? null : reading.value();
    }

    private BigDecimal turnoverValue(PayContext context) {
        return context.turnover(Objects.requireNonNull(turnover, "turnover"), name);
    }

    private String turnoverDescription() {
        return Objects.requireNonNull(turnover, "turnover").describe();
    }

    private static String edges(Band tier) {
        BigDecimal upper = tier.upperExclusive();
        return "[" + Decimals.text(tier.lowerInclusive()) + ", " + (upper == null ? "∞" : Decimals.text(upper)) + ")";
    }

    /**
     * Returns the measures this scheme reads, in order: what it needs from the evaluation and the
     * pay inputs.
     *
     * @return the measures, not null
     */
    @Override
    public List<Measure> measures() {
        return turnover == null ? List.of(measure) : List.of(measure, turnover);
    }

    /**
     * Returns the money amounts this scheme states, in order.
     *
     * @return the amounts, not null
     */
    @Override
    public List<Money> amounts() {
        return List.of();
    }
}
