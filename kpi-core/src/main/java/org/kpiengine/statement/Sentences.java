package org.kpiengine.statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.kpiengine.curve.Band;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.AllOf;
import org.kpiengine.pay.Always;
import org.kpiengine.pay.AnyOf;
import org.kpiengine.pay.AtLeast;
import org.kpiengine.pay.AtMost;
import org.kpiengine.pay.AttainmentMeasure;
import org.kpiengine.pay.Between;
import org.kpiengine.pay.CoefficientReckoning;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.ConditionCheck;
import org.kpiengine.pay.ConditionReckoning;
import org.kpiengine.pay.CustomReckoning;
import org.kpiengine.pay.DeductionReckoning;
import org.kpiengine.pay.FactMeasure;
import org.kpiengine.pay.GateReckoning;
import org.kpiengine.pay.IndexMeasure;
import org.kpiengine.pay.InputMeasure;
import org.kpiengine.pay.LimitReckoning;
import org.kpiengine.pay.LinearReckoning;
import org.kpiengine.pay.MarginalTierReckoning;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.OverPlan;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PerUnitReckoning;
import org.kpiengine.pay.PoolReckoning;
import org.kpiengine.pay.PoolScheme;
import org.kpiengine.pay.RatingMeasure;
import org.kpiengine.pay.Reckoning;
import org.kpiengine.pay.SalaryReckoning;
import org.kpiengine.pay.StatedReckoning;
import org.kpiengine.pay.TierReckoning;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.KpiIndex;

/**
 * Writes one pay line's reckoning, a measure or a condition check as a sentence of a
 * {@link Wording}, from the typed values alone: no number is computed here, each is one the
 * calculation produced, written in the language's format.
 */
final class Sentences {

    private final Wording words;
    private final @Nullable Evaluation evaluation;
    private final Currency currency;

    Sentences(Wording words, @Nullable Evaluation evaluation, Currency currency) {
        this.words = words;
        this.evaluation = evaluation;
        this.currency = currency;
    }

    /** The sentence of a line: how its amount was computed. */
    String of(PayLine line) {
        return of(line.reckoning(), line.amount(), line.kind());
    }

    /** The sentence of a reckoning of an amount, for a pay line of a kind. */
    String of(Reckoning reckoning, Money amount, PayLine.Kind kind) {
        if (reckoning instanceof SalaryReckoning) {
            return words.text("line.salary");
        } else if (reckoning instanceof LinearReckoning r) {
            String measure = measure(r.measure());
            String value = value(r.measure(), r.value());
            return switch (r.outcome()) {
                case AT_OR_BELOW_BASE -> words.text("linear.below", "measure", measure, "value", value,
                        "base", value(r.measure(), r.base()));
                case CAPPED -> words.text("linear.capped", "bonus", words.money(r.plannedBonus()), "measure", measure,
                        "value", value, "amount", words.money(amount));
                case PAID -> r.base().signum() == 0
                        ? words.text("linear.paid", "bonus", words.money(r.plannedBonus()), "measure", measure,
                                "value", value, "amount", words.money(amount))
                        : words.text("linear.paid.base", "bonus", words.money(r.plannedBonus()), "measure", measure,
                                "value", value, "base", words.number(r.base()), "amount", words.money(amount));
            };
        } else if (reckoning instanceof TierReckoning r) {
            return tier(r, amount);
        } else if (reckoning instanceof MarginalTierReckoning r) {
            return marginal(r, amount);
        } else if (reckoning instanceof ConditionReckoning r) {
            return r.check().held()
                    ? words.text("fixed.paid", "condition", check(r.check()), "held", held(r.check()),
                            "amount", words.money(r.amount()))
                    : words.text("fixed.unpaid", "condition", check(r.check()), "held", held(r.check()));
        } else if (reckoning instanceof CoefficientReckoning r) {
            List<String> terms = new ArrayList<>();
            for (CoefficientReckoning.Term term : r.terms()) {
                terms.add(words.text("coefficient.term", "weight", words.number(term.weight()),
                        "coefficient", words.number(term.coefficient())));
            }
            return words.text("coefficient", "turnover", measure(r.turnover()), "value", value(r.turnover(), r.turnoverValue()),
                    "share", words.percent(r.sharePercent()), "terms", String.join(" + ", terms),
                    "amount", words.money(amount));
        } else if (reckoning instanceof PoolReckoning r) {
            if (r.metIndicators().isEmpty()) {
                return words.text("pool.none", "pool", words.money(r.pool()));
            }
            List<String> names = new ArrayList<>();
            for (String id : r.metIndicators()) {
                names.add(name(id));
            }
            String key = r.remainingWeight() != null ? "pool.rescaled"
                    : r.rule() == PoolScheme.Rule.EXCEEDED ? "pool.exceeded" : "pool";
            BigDecimal remaining = r.remainingWeight();
            return words.text(key, "pool", words.money(r.pool()), "names", String.join(", ", names),
                    "weight", words.number(r.metWeight()),
                    "remaining", remaining == null ? "" : words.number(remaining), "amount", words.money(amount));
        } else if (reckoning instanceof PerUnitReckoning r) {
            return words.text("perunit", "perUnit", words.money(r.amountPerUnit()), "units", words.number(r.units()),
                    "name", name(r.indicatorId()), "plan", words.number(r.plan()), "amount", words.money(amount));
        } else if (reckoning instanceof CustomReckoning r) {
            return words.text("custom", "exact", words.number(r.exactAmount()), "amount", words.money(amount));
        } else if (reckoning instanceof GateReckoning r) {
            return r.check().held()
                    ? words.text("gate.passed", "condition", check(r.check()), "held", held(r.check()))
                    : words.text("gate.failed", "condition", check(r.check()), "held", held(r.check()),
                            "variable", words.money(r.variable()), "factor", words.number(r.factor()),
                            "after", words.money(r.after()));
        } else if (reckoning instanceof LimitReckoning r) {
            String what = words.text(kind == PayLine.Kind.TOTAL_LIMITS ? "limits.total" : "limits.variable");
            Money floor = r.floor();
            Money cap = r.cap();
            return switch (r.outcome()) {
                case RAISED_TO_FLOOR -> words.text("limits.raised", "what", what, "value", words.money(r.value()),
                        "floor", floor == null ? "" : words.money(floor));
                case CUT_TO_CAP -> words.text("limits.cut", "what", what, "value", words.money(r.value()),
                        "cap", cap == null ? "" : words.money(cap));
                case WITHIN -> words.text("limits.within", "what", what, "value", words.money(r.value()));
            };
        } else if (reckoning instanceof DeductionReckoning r) {
            Money limited = r.limitedTo();
            return limited == null
                    ? words.text("deduction", "count", words.number(r.count()), "perUnit", words.money(r.amountPerUnit()),
                            "penalty", words.money(r.penalty()))
                    : words.text("deduction.limited", "count", words.number(r.count()),
                            "perUnit", words.money(r.amountPerUnit()), "penalty", words.money(r.penalty()),
                            "limitedTo", words.money(limited), "floor", words.text("floor." + r.floor().name()));
        } else if (reckoning instanceof StatedReckoning r) {
            return r.text();
        }
        throw new IllegalStateException("no sentence for reckoning " + reckoning.kind());
    }

    private String tier(TierReckoning r, Money amount) {
        String measure = measure(r.measure());
        BigDecimal seen = r.value();
        String value = seen == null ? words.text("condition.unbounded") : value(r.measure(), seen);
        Band tier = r.tier();
        if (tier == null) {
            return words.text("tier.none", "measure", measure, "value", value, "lower", "");
        }
        String band = band(r.measure(), tier);
        String prefix = r.interpolated() ? "tier.interpolated." : "tier.";
        BigDecimal base = r.base();
        Measure turnover = r.turnover();
        return switch (r.payment()) {
            case AMOUNT -> words.text(prefix + "amount", "measure", measure, "value", value, "band", band,
                    "amount", words.money(amount));
            case PERCENT_OF_SALARY -> words.text(prefix + "salary", "measure", measure, "value", value, "band", band,
                    "rate", words.percent(r.rate()), "base", base == null ? "" : money(base), "amount", words.money(amount));
            case PERCENT_OF_TURNOVER -> words.text(prefix + "turnover", "measure", measure, "value", value, "band", band,
                    "rate", words.percent(r.rate()), "turnover", turnover == null ? "" : measure(turnover),
                    "base", base == null || turnover == null ? "" : value(turnover, base), "amount", words.money(amount));
        };
    }

    private String marginal(MarginalTierReckoning r, Money amount) {
        String measure = measure(r.measure());
        String value = value(r.measure(), r.value());
        if (r.portions().isEmpty()) {
            return words.text("marginal.none", "measure", measure, "value", value);
        }
        List<String> parts = new ArrayList<>();
        for (MarginalTierReckoning.Portion portion : r.portions()) {
            parts.add(r.payment() == TieredScheme.Payment.AMOUNT
                    ? words.text("marginal.portion.amount", "portion", words.number(portion.portion()),
                            "rate", words.money(Money.of(currency, portion.tier().value())))
                    : words.text("marginal.portion", "portion", words.number(portion.portion()),
                            "rate", words.percent(portion.tier().value())));
        }
        BigDecimal base = r.base();
        if (base == null) {
            return words.text("marginal", "measure", measure, "value", value, "parts", String.join(" + ", parts),
                    "amount", words.money(amount));
        }
        Measure turnover = r.turnover();
        String applied = r.payment() == TieredScheme.Payment.PERCENT_OF_SALARY || turnover == null
                ? words.text("salary") + " " + money(base) : measure(turnover) + " " + value(turnover, base);
        return words.text("marginal.blended", "measure", measure, "value", value, "parts", String.join(" + ", parts),
                "base", applied, "amount", words.money(amount));
    }

    private String band(Measure measure, Band tier) {
        BigDecimal upper = tier.upperExclusive();
        return upper == null
                ? words.text("tier.band.open", "lower", value(measure, tier.lowerInclusive()))
                : words.text("tier.band", "lower", value(measure, tier.lowerInclusive()), "upper", value(measure, upper));
    }

    /** A condition check with the value it saw, without the answer. */
    String check(ConditionCheck check) {
        Condition condition = check.condition();
        BigDecimal seen = check.value();
        if (condition instanceof AtLeast c) {
            return words.text("condition.AT_LEAST", "measure", measure(c.measure()), "value", seen(c.measure(), seen),
                    "level", value(c.measure(), c.level()));
        } else if (condition instanceof AtMost c) {
            return words.text("condition.AT_MOST", "measure", measure(c.measure()), "value", seen(c.measure(), seen),
                    "level", value(c.measure(), c.level()));
        } else if (condition instanceof Between c) {
            return words.text("condition.BETWEEN", "measure", measure(c.measure()), "value", seen(c.measure(), seen),
                    "low", value(c.measure(), c.low()), "high", value(c.measure(), c.high()));
        } else if (condition instanceof OverPlan c) {
            KpiIndex index = index(c.indicatorId());
            return words.text("condition.OVER_PLAN", "name", name(c.indicatorId()),
                    "value", seen == null ? "" : words.number(seen), "multiple", words.number(c.multiple()),
                    "plan", index == null ? "" : words.number(index.thresholds().plan()));
        } else if (condition instanceof AllOf || condition instanceof AnyOf) {
            List<String> parts = new ArrayList<>();
            for (ConditionCheck part : check.parts()) {
                parts.add(check(part) + ": " + held(part));
            }
            return words.text(condition instanceof AllOf ? "condition.ALL_OF" : "condition.ANY_OF",
                    "parts", String.join(words.text("condition.separator"), parts));
        } else if (condition instanceof Always) {
            return words.text("condition.ALWAYS");
        }
        throw new IllegalStateException("no sentence for condition " + condition);
    }

    String held(ConditionCheck check) {
        return words.text(check.held() ? "condition.held" : "condition.failed");
    }

    private String seen(Measure measure, @Nullable BigDecimal seen) {
        return seen == null ? words.text("condition.unbounded") : value(measure, seen);
    }

    /** What a measure reads, in words, with the indicator's name from the plan. */
    String measure(Measure measure) {
        if (measure instanceof RatingMeasure) {
            return words.text("measure.RATING");
        } else if (measure instanceof IndexMeasure m) {
            return words.text("measure.INDEX", "name", name(m.indicatorId()));
        } else if (measure instanceof FactMeasure m) {
            return words.text("measure.FACT", "name", name(m.indicatorId()));
        } else if (measure instanceof AttainmentMeasure m) {
            return words.text("measure.ATTAINMENT", "name", name(m.indicatorId()));
        } else if (measure instanceof InputMeasure m) {
            return words.text("measure.INPUT", "name", m.name());
        }
        throw new IllegalStateException("no words for measure " + measure.describe());
    }

    /** A value of a measure: a percentage for the rating, an index or an attainment, else the number. */
    String value(Measure measure, BigDecimal value) {
        if (measure instanceof RatingMeasure || measure instanceof IndexMeasure || measure instanceof AttainmentMeasure) {
            return words.percent(value);
        }
        if (measure instanceof FactMeasure m) {
            KpiIndex index = index(m.indicatorId());
            if (index != null && index.indicator().unit() == Unit.PERCENT) {
                return words.percent(value);
            }
        }
        return words.number(value);
    }

    private String money(BigDecimal amount) {
        return words.money(Money.of(currency, amount));
    }

    /** The indicator's display name from the plan, or its id when the payout was computed without a scorecard. */
    String name(String indicatorId) {
        KpiIndex index = index(indicatorId);
        return index == null ? indicatorId : index.indicator().name();
    }

    private @Nullable KpiIndex index(String indicatorId) {
        if (evaluation == null) {
            return null;
        }
        for (KpiIndex index : evaluation.indices()) {
            if (index.id().equals(indicatorId)) {
                return index;
            }
        }
        return null;
    }
}
