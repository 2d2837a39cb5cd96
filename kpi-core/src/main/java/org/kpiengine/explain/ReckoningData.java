package org.kpiengine.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kpiengine.curve.Band;
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
import org.kpiengine.pay.PerUnitReckoning;
import org.kpiengine.pay.PoolReckoning;
import org.kpiengine.pay.RatingMeasure;
import org.kpiengine.pay.Reckoning;
import org.kpiengine.pay.SalaryReckoning;
import org.kpiengine.pay.StatedReckoning;
import org.kpiengine.pay.TierReckoning;

/**
 * The data form of a {@link Reckoning}, of a {@link Measure} and of a {@link ConditionCheck}: maps
 * of strings in a fixed key order, numbers in plain notation (money at its currency's scale, every
 * other number exact with trailing zeros removed). One definition, used by {@link Explanation#toData()}.
 */
final class ReckoningData {

    private ReckoningData() {
    }

    static Map<String, Object> of(Reckoning reckoning) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", reckoning.kind());
        if (reckoning instanceof SalaryReckoning r) {
            row.put("salary", money(r.salary()));
        } else if (reckoning instanceof LinearReckoning r) {
            row.put("plannedBonus", money(r.plannedBonus()));
            row.put("measure", measure(r.measure()));
            row.put("value", exact(r.value()));
            row.put("base", exact(r.base()));
            if (r.cap() != null) {
                row.put("cap", money(r.cap()));
            }
            row.put("outcome", r.outcome().name());
        } else if (reckoning instanceof TierReckoning r) {
            row.put("measure", measure(r.measure()));
            putIfPresent(row, "value", r.value());
            if (r.tier() != null) {
                row.put("tier", band(r.tier()));
            }
            row.put("rate", exact(r.rate()));
            row.put("payment", r.payment().name());
            putIfPresent(row, "base", r.base());
            if (r.turnover() != null) {
                row.put("turnover", measure(r.turnover()));
            }
            row.put("interpolated", r.interpolated() ? "yes" : "no");
            putIfPresent(row, "pivot", r.pivot());
        } else if (reckoning instanceof MarginalTierReckoning r) {
            row.put("measure", measure(r.measure()));
            row.put("value", exact(r.value()));
            List<Object> portions = new ArrayList<>();
            for (MarginalTierReckoning.Portion portion : r.portions()) {
                Map<String, Object> p = new LinkedHashMap<>(band(portion.tier()));
                p.put("portion", exact(portion.portion()));
                portions.add(Collections.unmodifiableMap(p));
            }
            row.put("portions", Collections.unmodifiableList(portions));
            row.put("payment", r.payment().name());
            putIfPresent(row, "base", r.base());
            if (r.turnover() != null) {
                row.put("turnover", measure(r.turnover()));
            }
            putIfPresent(row, "pivot", r.pivot());
        } else if (reckoning instanceof ConditionReckoning r) {
            row.put("amount", money(r.amount()));
            row.put("condition", check(r.check()));
        } else if (reckoning instanceof CoefficientReckoning r) {
            row.put("turnover", measure(r.turnover()));
            row.put("turnoverValue", exact(r.turnoverValue()));
            row.put("sharePercent", exact(r.sharePercent()));
            List<Object> terms = new ArrayList<>();
            for (CoefficientReckoning.Term term : r.terms()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("weight", exact(term.weight()));
                t.put("coefficient", exact(term.coefficient()));
                terms.add(Collections.unmodifiableMap(t));
            }
            row.put("terms", Collections.unmodifiableList(terms));
        } else if (reckoning instanceof PoolReckoning r) {
            row.put("pool", money(r.pool()));
            row.put("rule", r.rule().name());
            row.put("metIndicators", List.copyOf(r.metIndicators()));
            row.put("metWeight", exact(r.metWeight()));
            putIfPresent(row, "remainingWeight", r.remainingWeight());
        } else if (reckoning instanceof PerUnitReckoning r) {
            row.put("indicator", r.indicatorId());
            row.put("amountPerUnit", money(r.amountPerUnit()));
            row.put("plan", exact(r.plan()));
            row.put("fact", exact(r.fact()));
            row.put("units", exact(r.units()));
        } else if (reckoning instanceof CustomReckoning r) {
            row.put("exactAmount", exact(r.exactAmount()));
        } else if (reckoning instanceof GateReckoning r) {
            row.put("condition", check(r.check()));
            row.put("variable", money(r.variable()));
            row.put("factor", exact(r.factor()));
            row.put("variableAfter", money(r.after()));
        } else if (reckoning instanceof LimitReckoning r) {
            row.put("value", money(r.value()));
            if (r.floor() != null) {
                row.put("floor", money(r.floor()));
            }
            if (r.cap() != null) {
                row.put("cap", money(r.cap()));
            }
            row.put("outcome", r.outcome().name());
        } else if (reckoning instanceof DeductionReckoning r) {
            row.put("units", measure(r.units()));
            row.put("count", exact(r.count()));
            row.put("amountPerUnit", money(r.amountPerUnit()));
            row.put("penalty", money(r.penalty()));
            if (r.limitedTo() != null) {
                row.put("limitedTo", money(r.limitedTo()));
            }
            row.put("floor", r.floor().name());
        } else if (reckoning instanceof StatedReckoning r) {
            row.put("text", r.text());
        } else {
            throw new IllegalStateException("no data form for reckoning " + reckoning.kind());
        }
        return Collections.unmodifiableMap(row);
    }

    static Map<String, Object> measure(Measure measure) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (measure instanceof RatingMeasure) {
            row.put("kind", "RATING");
        } else if (measure instanceof IndexMeasure m) {
            row.put("kind", "INDEX");
            row.put("indicator", m.indicatorId());
        } else if (measure instanceof FactMeasure m) {
            row.put("kind", "FACT");
            row.put("indicator", m.indicatorId());
        } else if (measure instanceof AttainmentMeasure m) {
            row.put("kind", "ATTAINMENT");
            row.put("indicator", m.indicatorId());
        } else if (measure instanceof InputMeasure m) {
            row.put("kind", "INPUT");
            row.put("input", m.name());
        } else {
            throw new IllegalStateException("no data form for measure " + measure.describe());
        }
        return Collections.unmodifiableMap(row);
    }

    static Map<String, Object> check(ConditionCheck check) {
        Map<String, Object> row = new LinkedHashMap<>();
        Condition condition = check.condition();
        if (condition instanceof AtLeast c) {
            row.put("kind", "AT_LEAST");
            row.put("measure", measure(c.measure()));
            row.put("level", exact(c.level()));
        } else if (condition instanceof AtMost c) {
            row.put("kind", "AT_MOST");
            row.put("measure", measure(c.measure()));
            row.put("level", exact(c.level()));
        } else if (condition instanceof Between c) {
            row.put("kind", "BETWEEN");
            row.put("measure", measure(c.measure()));
            row.put("low", exact(c.low()));
            row.put("high", exact(c.high()));
        } else if (condition instanceof OverPlan c) {
            row.put("kind", "OVER_PLAN");
            row.put("indicator", c.indicatorId());
            row.put("multiple", exact(c.multiple()));
        } else if (condition instanceof AllOf) {
            row.put("kind", "ALL_OF");
        } else if (condition instanceof AnyOf) {
            row.put("kind", "ANY_OF");
        } else if (condition instanceof Always) {
            row.put("kind", "ALWAYS");
        } else {
            throw new IllegalStateException("no data form for condition " + condition);
        }
        putIfPresent(row, "value", check.value());
        row.put("held", check.held() ? "yes" : "no");
        if (!check.parts().isEmpty()) {
            List<Object> parts = new ArrayList<>();
            for (ConditionCheck part : check.parts()) {
                parts.add(check(part));
            }
            row.put("parts", Collections.unmodifiableList(parts));
        }
        return Collections.unmodifiableMap(row);
    }

    private static Map<String, Object> band(Band band) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("lower", exact(band.lowerInclusive()));
        putIfPresent(row, "upper", band.upperExclusive());
        row.put("rate", exact(band.value()));
        return row;
    }

    private static void putIfPresent(Map<String, Object> row, String key, @Nullable BigDecimal value) {
        if (value != null) {
            row.put(key, exact(value));
        }
    }

    /** An exact value: plain, trailing zeros after the point removed, never −0. */
    static String exact(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String money(Money money) {
        return money.toAmountText();
    }
}
