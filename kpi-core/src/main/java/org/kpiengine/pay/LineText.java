package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kpiengine.curve.Band;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;

/**
 * Writes the one-line English text of a pay line ({@link PayLine#detail()}) and of a condition check
 * ({@link ConditionCheck#text()}) from their typed values alone: no number is computed here, each one
 * written is a value of the {@link Reckoning} or {@link ConditionCheck} (plain notation, at the scale
 * the calculation produced it). Called only when a text is asked for, never during a calculation.
 *
 * <p>The employee's statements in any language are written from the same values by
 * {@code org.kpiengine.statement.Sentences}; this text is the compact form of the explanation tables.
 */
final class LineText {

    private LineText() {
    }

    /**
     * The text of a line's reckoning.
     *
     * @param reckoning the typed values, not null
     * @param amount the line's amount, not null
     * @param kind the line's kind, null for an accrual not yet placed in a payout
     */
    static String of(Reckoning reckoning, Money amount, PayLine.@Nullable Kind kind) {
        if (reckoning instanceof SalaryReckoning) {
            return "fixed salary";
        } else if (reckoning instanceof LinearReckoning r) {
            BigDecimal base = r.base();
            String detail = text(r.plannedBonus().amount()) + " × " + r.measure().describe() + " " + text(r.value())
                    + (base.signum() == 0 ? " / 100" : " − base " + text(base) + " / (100 − " + text(base) + ")");
            Money cap = r.cap();
            return switch (r.outcome()) {
                case AT_OR_BELOW_BASE -> detail + " → 0 (at or below base)";
                case CAPPED -> detail + " → capped at " + (cap == null ? amount : cap).toAmountText();
                case PAID -> detail + " → " + amount.toAmountText();
            };
        } else if (reckoning instanceof TierReckoning r) {
            return tier(r, amount);
        } else if (reckoning instanceof MarginalTierReckoning r) {
            return marginal(r, amount);
        } else if (reckoning instanceof ConditionReckoning r) {
            return of(r.check()) + (r.check().held() ? " → " + r.amount().toAmountText() : " → 0");
        } else if (reckoning instanceof CoefficientReckoning r) {
            StringBuilder terms = new StringBuilder();
            for (CoefficientReckoning.Term term : r.terms()) {
                terms.append(terms.length() == 0 ? "" : " + ").append(text(term.weight())).append(" × ")
                        .append(text(term.coefficient()));
            }
            return r.turnover().describe() + " " + text(r.turnoverValue()) + " × " + text(r.sharePercent()) + " % × ("
                    + terms + ") = " + amount.toAmountText();
        } else if (reckoning instanceof PoolReckoning r) {
            String split = "pool " + r.pool().toAmountText() + " × ("
                    + (r.metIndicators().isEmpty()
                            ? "no indicator " + (r.rule() == PoolScheme.Rule.REACHED ? "reached" : "exceeded") + " plan"
                            : String.join(" + ", r.metIndicators()) + ": weights " + text(r.metWeight()))
                    + ")";
            BigDecimal remaining = r.remainingWeight();
            return split + (remaining == null ? "" : " / remaining weights " + text(remaining)) + " = "
                    + amount.toAmountText();
        } else if (reckoning instanceof PerUnitReckoning r) {
            return r.amountPerUnit().toAmountText() + " × " + text(r.units()) + " units of '" + r.indicatorId()
                    + "' beyond plan " + text(r.plan()) + " = " + amount.toAmountText();
        } else if (reckoning instanceof CustomReckoning r) {
            return "custom amount " + text(r.exactAmount()) + " = " + amount.toAmountText();
        } else if (reckoning instanceof GateReckoning r) {
            return r.check().held() ? of(r.check()) + " → passed"
                    : of(r.check()) + " → variable " + r.variable().toAmountText() + " × " + text(r.factor()) + " = "
                            + r.after().toAmountText();
        } else if (reckoning instanceof LimitReckoning r) {
            String what = kind == PayLine.Kind.TOTAL_LIMITS ? "total" : kind == PayLine.Kind.VARIABLE_LIMITS ? "variable" : "amount";
            String value = what + " " + r.value().toAmountText();
            Money floor = r.floor();
            Money cap = r.cap();
            return switch (r.outcome()) {
                case RAISED_TO_FLOOR -> value + " raised to floor " + (floor == null ? "" : floor.toAmountText());
                case CUT_TO_CAP -> value + " cut to cap " + (cap == null ? "" : cap.toAmountText());
                case WITHIN -> value + " within " + (floor == null ? "" : "floor " + floor.toAmountText())
                        + (floor != null && cap != null ? " and " : "") + (cap == null ? "" : "cap " + cap.toAmountText());
            };
        } else if (reckoning instanceof DeductionReckoning r) {
            String detail = text(r.count()) + " × " + r.amountPerUnit().toAmountText() + " = " + r.penalty().toAmountText();
            Money limited = r.limitedTo();
            return limited == null ? detail
                    : detail + ", limited to " + limited.toAmountText() + " so the pay stays at or above "
                            + (r.floor() == Deduction.Floor.SALARY ? "the salary" : "zero");
        } else if (reckoning instanceof StatedReckoning r) {
            return r.text();
        }
        throw new IllegalStateException("no text for reckoning " + reckoning.kind());
    }

    private static String tier(TierReckoning r, Money amount) {
        BigDecimal pivot = r.pivot();
        String head = r.measure().describe() + " " + seen(r.value())
                + (pivot == null ? "" : " < pivot " + text(pivot) + " (retroactive)");
        Band tier = r.tier();
        if (tier == null) {
            return head + " below the first tier → 0";
        }
        BigDecimal base = r.base();
        Measure turnover = r.turnover();
        String detail;
        String rate;
        if (r.interpolated()) {
            String unit = r.payment() == TieredScheme.Payment.AMOUNT ? "" : " %";
            BigDecimal upper = tier.upperExclusive();
            detail = head + (upper == null
                    ? " at or above the last boundary " + text(tier.lowerInclusive()) + " → " + text(tier.value()) + unit
                    : " between " + text(tier.lowerInclusive()) + " → " + text(tier.value()) + unit + " and " + text(upper))
                    + ": ";
            rate = "rate " + text(r.rate());
            if (r.payment() == TieredScheme.Payment.AMOUNT) {
                return detail + "amount " + amount.toAmountText();
            }
        } else {
            detail = head + " in tier " + edges(tier) + " → ";
            rate = text(r.rate());
        }
        detail += switch (r.payment()) {
            case AMOUNT -> "amount";
            case PERCENT_OF_SALARY -> rate + " % of salary " + (base == null ? "" : base.toPlainString());
            case PERCENT_OF_TURNOVER -> rate + " % of " + (turnover == null ? "turnover" : turnover.describe()) + " "
                    + (base == null ? "" : text(base));
        };
        return detail + " = " + amount.toAmountText();
    }

    private static String marginal(MarginalTierReckoning r, Money amount) {
        String percent = r.payment() == TieredScheme.Payment.AMOUNT ? "" : " %";
        String head = r.measure().describe() + " " + text(r.value());
        BigDecimal pivot = r.pivot();
        List<MarginalTierReckoning.Portion> portions = r.portions();
        if (pivot != null) {
            Band first = portions.isEmpty() ? null : portions.get(0).tier();
            BigDecimal firstUpper = first == null ? null : first.upperExclusive();
            boolean below = first != null && first.lowerInclusive().signum() == 0 && firstUpper != null
                    && firstUpper.compareTo(pivot) == 0 && pivot.signum() > 0;
            head += " ≥ pivot " + text(pivot) + (below
                    ? " (up to the pivot retroactive at " + text(first.value()) + percent + ", above it marginal)"
                    : " (no tier below the pivot; above it marginal)");
        }
        List<String> parts = new ArrayList<>(portions.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (MarginalTierReckoning.Portion portion : portions) {
            parts.add(text(portion.portion()) + " × " + text(portion.tier().value()) + percent);
            sum = sum.add(portion.portion().multiply(portion.tier().value()));
        }
        String detail = head + (parts.isEmpty() ? " below the first tier" : ": " + String.join(" + ", parts));
        if (sum.signum() == 0) {
            return detail + " → 0";
        }
        BigDecimal base = r.base();
        if (base != null) {
            Measure turnover = r.turnover();
            detail += r.payment() == TieredScheme.Payment.PERCENT_OF_SALARY || turnover == null
                    ? ", blended over " + text(r.value()) + ", of salary " + base.toPlainString()
                    : ", blended over " + text(r.value()) + ", of " + turnover.describe() + " " + text(base);
        }
        return detail + " = " + amount.toAmountText();
    }

    /**
     * The text of a condition check: {@code "fact of 'receivables' 12 ≤ 15: yes"}, a compound one with
     * each part's.
     *
     * @param check the check, not null
     */
    static String of(ConditionCheck check) {
        Condition condition = check.condition();
        String test;
        if (condition instanceof AtLeast c) {
            test = c.measure().describe() + " " + seen(check.value()) + " ≥ " + text(c.level());
        } else if (condition instanceof AtMost c) {
            test = c.measure().describe() + " " + seen(check.value()) + " ≤ " + text(c.level());
        } else if (condition instanceof Between c) {
            test = c.measure().describe() + " " + seen(check.value()) + " in [" + text(c.low()) + ", " + text(c.high()) + "]";
        } else if (condition instanceof OverPlan c) {
            test = "fact of '" + c.indicatorId() + "' " + seen(check.value()) + " over " + text(c.multiple()) + " × plan";
        } else if (condition instanceof AllOf || condition instanceof AnyOf) {
            List<String> parts = new ArrayList<>(check.parts().size());
            for (ConditionCheck part : check.parts()) {
                parts.add(of(part));
            }
            test = (condition instanceof AllOf ? "all of (" : "any of (") + String.join("; ", parts) + ")";
        } else if (condition instanceof Always) {
            test = "always";
        } else {
            throw new IllegalStateException("no text for condition " + condition);
        }
        return test + ": " + (check.held() ? "yes" : "no");
    }

    private static String seen(@Nullable BigDecimal value) {
        return value == null ? "∞" : text(value);
    }

    private static String text(BigDecimal value) {
        return Decimals.text(value);
    }

    private static String edges(Band tier) {
        BigDecimal upper = tier.upperExclusive();
        return "[" + text(tier.lowerInclusive()) + ", " + (upper == null ? "∞" : text(upper)) + ")";
    }
}
