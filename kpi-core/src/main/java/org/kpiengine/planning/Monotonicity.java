package org.kpiengine.planning;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.StepCurve;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.pay.AtLeast;
import org.kpiengine.pay.AttainmentMeasure;
import org.kpiengine.pay.CoefficientScheme;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FactMeasure;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.IndexMeasure;
import org.kpiengine.pay.InputMeasure;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.OverPlan;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.PerUnitScheme;
import org.kpiengine.pay.PoolScheme;
import org.kpiengine.pay.RatingMeasure;
import org.kpiengine.pay.Scheme;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.TotalLimits;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.pay.WeightedCoefficient;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * Decides from the plan's structure whether a goal can only get closer as one indicator's fact
 * improves (a sufficient condition, not a necessary one). Each method returns null when the part
 * is known to be monotone, or a sentence naming the part that is not known to be.
 *
 * <p>Known monotone: the ratio, base–plan linear and two-slope curves; a step table whose values
 * do not fall; every built-in measure except the fact of a lower-is-better indicator (which falls
 * as it improves); "at least" and "over plan" conditions on those; fixed, linear, pool and
 * per-unit schemes; tier and coefficient tables whose values do not fall; gates, limits, and
 * deductions that do not read the indicator. Custom curves and schemes, the target band curve
 * (it peaks at the plan) and condition types the planner does not know are not certified.
 */
final class Monotonicity {

    private final ScorecardLine line;

    Monotonicity(ScorecardLine line) {
        this.line = line;
    }

    private String id() {
        return line.id();
    }

    @Nullable String curve() {
        ScoringCurve curve = line.curve();
        if (curve instanceof RatioCurve || curve instanceof LinearCurve || curve instanceof TwoSlopeCurve) {
            return null;
        }
        if (curve instanceof StepCurve step) {
            boolean rising = step.basis() == StepCurve.Basis.ATTAINMENT || line.indicator().isHigherBetter();
            if (rising ? nonDecreasing(step.bands()) : nonIncreasing(step.bands())) {
                return null;
            }
            return "the step table of indicator '" + id() + "' " + (rising ? "falls" : "rises") + " between bands";
        }
        return "the curve of indicator '" + id() + "' (" + curve.describe() + ") is not known to be monotone";
    }

    @Nullable String measure(Measure measure) {
        if (measure instanceof RatingMeasure) {
            return curve();
        }
        if (measure instanceof IndexMeasure index) {
            return index.indicatorId().equals(id()) ? curve() : null;
        }
        if (measure instanceof AttainmentMeasure || measure instanceof InputMeasure) {
            return null;
        }
        if (measure instanceof FactMeasure fact) {
            return !fact.indicatorId().equals(id()) || line.indicator().isHigherBetter() ? null
                    : "the fact of lower-is-better indicator '" + id() + "' falls as it improves";
        }
        return "measure " + measure.describe() + " is not known to be monotone";
    }

    @Nullable String condition(Condition condition) {
        if (condition instanceof AtLeast atLeast) {
            return measure(atLeast.measure());
        }
        if (condition instanceof OverPlan over) {
            return !over.indicatorId().equals(id()) || line.indicator().isHigherBetter() ? null
                    : "condition " + over + " reads the fact of lower-is-better indicator '" + id() + "'";
        }
        return "condition " + condition + " is of a type the planner does not know to be monotone";
    }

    @Nullable String plan(PayPlan plan) {
        for (Scheme scheme : plan.schemes()) {
            String reason = scheme(scheme);
            if (reason != null) {
                return reason;
            }
        }
        for (Modifier modifier : plan.modifiers()) {
            String reason = modifier(modifier);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    private @Nullable String scheme(Scheme scheme) {
        if (scheme instanceof FixedScheme fixed) {
            return condition(fixed.condition());
        }
        if (scheme instanceof LinearScheme linear) {
            return measure(linear.measure());
        }
        if (scheme instanceof TieredScheme tiered) {
            String reason = first(measure(tiered.measure()),
                    tiered.turnover() == null ? null : measure(tiered.turnover()));
            if (reason == null && !nonDecreasing(tiered.tiers())) {
                return "the tiers of '" + tiered.name() + "' fall between bands";
            }
            return reason;
        }
        if (scheme instanceof CoefficientScheme coefficients) {
            String reason = measure(coefficients.turnover());
            for (WeightedCoefficient c : coefficients.coefficients()) {
                reason = first(reason, measure(c.measure()));
                if (reason == null && !nonDecreasing(c.steps())) {
                    return "a coefficient table of '" + coefficients.name() + "' falls between bands";
                }
            }
            return reason;
        }
        if (scheme instanceof PoolScheme) {
            return curve();
        }
        if (scheme instanceof PerUnitScheme perUnit) {
            return !perUnit.indicatorId().equals(id()) || line.indicator().isHigherBetter() ? null
                    : "scheme '" + perUnit.name() + "' pays per unit of lower-is-better indicator '" + id() + "'";
        }
        return "scheme '" + scheme.name() + "' is custom code, which the planner cannot see into";
    }

    private @Nullable String modifier(Modifier modifier) {
        if (modifier instanceof Gate gate) {
            return condition(gate.condition());
        }
        if (modifier instanceof VariableLimits || modifier instanceof TotalLimits) {
            return null;
        }
        if (modifier instanceof Deduction deduction) {
            Measure units = deduction.units();
            if (units instanceof InputMeasure) {
                return null;
            }
            if (units instanceof FactMeasure fact
                    && (!fact.indicatorId().equals(id()) || !line.indicator().isHigherBetter())) {
                return null;
            }
            if (units instanceof IndexMeasure index && !index.indicatorId().equals(id())) {
                return null;
            }
            if (units instanceof AttainmentMeasure attainment && !attainment.indicatorId().equals(id())) {
                return null;
            }
            return "deduction '" + deduction.name() + "' may grow as indicator '" + id() + "' improves";
        }
        return "modifier '" + modifier.name() + "' is not known to be monotone";
    }

    private static @Nullable String first(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }

    static boolean nonDecreasing(Bands bands) {
        List<Band> list = bands.bands();
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).value().compareTo(list.get(i - 1).value()) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean nonIncreasing(Bands bands) {
        List<Band> list = bands.bands();
        for (int i = 1; i < list.size(); i++) {
            if (list.get(i).value().compareTo(list.get(i - 1).value()) > 0) {
                return false;
            }
        }
        return true;
    }

}
