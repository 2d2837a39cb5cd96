package org.kpiengine.period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.money.Money;
import org.kpiengine.pay.CoefficientScheme;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.PerUnitScheme;
import org.kpiengine.pay.PoolScheme;
import org.kpiengine.pay.Scheme;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.TotalLimits;
import org.kpiengine.pay.VariableLimits;

/**
 * Proration of a plan's amounts and thresholds (docs/reference/periods.md, Proration): money ×
 * D / P rounded once to the minor unit; thresholds of additive indicators × D / P rounded to the
 * index scale. A "to date" scaling is a sum of such per-part prorations.
 */
final class Proration {

    private Proration() {
    }

    /** {@code ROUND(amount × days / periodDays; minor unit)} with the given rounding. */
    static Money money(Money amount, int days, int periodDays, RoundingMode rounding) {
        if (days == periodDays) {
            return amount;
        }
        BigDecimal exact = amount.amount().multiply(BigDecimal.valueOf(days));
        return Money.of(amount.currency(), exact.divide(BigDecimal.valueOf(periodDays), amount.amount().scale(), rounding));
    }

    /** {@code ROUND(value × days / periodDays; scale)}. */
    static BigDecimal threshold(BigDecimal value, int days, int periodDays, int scale, RoundingMode rounding) {
        if (days == periodDays) {
            return value;
        }
        return value.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(periodDays), scale, rounding);
    }

    static Thresholds thresholds(Thresholds t, int days, int periodDays, int scale, RoundingMode rounding) {
        return new Thresholds(
                t.base() == null ? null : threshold(t.base(), days, periodDays, scale, rounding),
                threshold(t.plan(), days, periodDays, scale, rounding),
                t.target() == null ? null : threshold(t.target(), days, periodDays, scale, rounding));
    }

    /**
     * Rebuilds a pay plan with every amount that is per period (fixed amounts, planned bonuses,
     * caps, pools, amount tiers, limits) passed through {@code scale}; rates, per-unit amounts,
     * factors and conditions stay. {@code identity} says the scaling changes nothing. An amount
     * tier must be a whole number of minor units (MONEY_SCALE otherwise), as in a whole period.
     */
    static PayPlan plan(PayPlan plan, UnaryOperator<Money> scale, boolean identity, Currency currency) {
        if (identity) {
            return plan;
        }
        List<Scheme> schemes = new ArrayList<>();
        for (Scheme scheme : plan.schemes()) {
            schemes.add(scheme(scheme, scale, false, currency));
        }
        List<Modifier> modifiers = new ArrayList<>();
        for (Modifier modifier : plan.modifiers()) {
            modifiers.add(modifier(modifier, scale));
        }
        return PayPlan.of(schemes, modifiers);
    }

    static Scheme scheme(Scheme scheme, UnaryOperator<Money> scale, boolean identity, Currency currency) {
        if (identity) {
            return scheme;
        }
        if (scheme instanceof FixedScheme fixed) {
            return new FixedScheme(fixed.name(), fixed.condition(), scale.apply(fixed.amount()));
        }
        if (scheme instanceof LinearScheme linear) {
            return new LinearScheme(linear.name(), linear.measure(), scale.apply(linear.plannedBonus()), linear.base(),
                    scaled(linear.cap(), scale));
        }
        if (scheme instanceof PoolScheme pool) {
            return new PoolScheme(pool.name(), scale.apply(pool.pool()), pool.rule());
        }
        if (scheme instanceof TieredScheme tiered) {
            if (tiered.payment() != TieredScheme.Payment.AMOUNT || tiered.kind() == TieredScheme.Kind.MARGINAL) {
                return tiered; // rates of salary or turnover (hybrid tables are always rates), or amounts per unit
            }
            // retroactive or interpolated amounts: the amount paid is the table's value, per period
            List<Band> bands = new ArrayList<>();
            for (Band band : tiered.tiers().bands()) {
                bands.add(new Band(band.lowerInclusive(), band.upperExclusive(),
                        scale.apply(Money.of(currency, band.value())).amount()));
            }
            return new TieredScheme(tiered.name(), tiered.measure(), Bands.of(bands), tiered.kind(), tiered.payment(),
                    tiered.turnover(), tiered.pivot());
        }
        if (scheme instanceof CoefficientScheme || scheme instanceof PerUnitScheme) {
            return scheme; // a share of turnover, an amount per unit: nothing per period
        }
        throw notProratable("scheme", scheme.name(), "the library does not know which of its amounts are per period");
    }

    private static KpiInputException notProratable(String field, String name, String why) {
        return new KpiInputException(Reason.INVALID_SCHEME, null, field, name, "'" + name + "' cannot be prorated: " + why
                + "; use it only in whole periods, or express it with the library's schemes");
    }


    private static Modifier modifier(Modifier modifier, UnaryOperator<Money> scale) {
        if (modifier instanceof VariableLimits limits) {
            return new VariableLimits(limits.name(), scaled(limits.floor(), scale), scaled(limits.cap(), scale));
        }
        if (modifier instanceof TotalLimits limits) {
            return new TotalLimits(limits.name(), scaled(limits.floor(), scale), scaled(limits.cap(), scale));
        }
        if (modifier instanceof Gate || modifier instanceof Deduction) {
            return modifier; // a factor, an amount per unit: nothing per period
        }
        throw notProratable("modifier", modifier.name(), "the library does not know which of its amounts are per period");
    }

    private static @Nullable Money scaled(@Nullable Money amount, UnaryOperator<Money> scale) {
        return amount == null ? null : scale.apply(amount);
    }
}
