package org.kpiengine.curve;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.internal.Decimals;

/**
 * The ratio curve: index = fact / plan × 100 when higher is better, plan / fact × 100 when lower
 * is better (a fact of 0 or less then reaches the cap), floored at 0 and optionally capped.
 *
 * <p>Example: plan 500 calls, fact 570 → 114.0000. The plan must be positive, and so must the
 * target of a lower-is-better indicator when it has one. An inverted ratio
 * without a cap (or target) cannot score a fact of 0 and throws {@link KpiInputException}
 * ({@link Reason#UNSCORABLE_FACT}) for it.
 *
 * <p>Base and target keep their meaning (docs/reference/scoring.md, Ratio) when the thresholds have them: a
 * fact at or worse than base scores 0 (higher is better: {@code fact <= base}; lower is better:
 * {@code fact >= base}), and the index stops growing at the ratio the target gives,
 * {@code target / plan × 100} ({@code plan / target × 100} when lower is better), or at the cap if
 * that is lower. Example: base 300, plan 500, target 650: fact 300 → 0, fact 301 → 60.2000, fact
 * 800 → 130.0000. Without a base the floor is 0, without a target only the cap limits the index.
 *
 * <p>Spreadsheet, with {@code cap} the lower of the cap and {@code ROUND(target*100/plan; 4)}:
 * {@code =IF(fact<=base; 0; MIN(cap; MAX(0; ROUND(fact*100/plan; 4))))} when higher is better,
 * {@code =IF(fact>=base; 0; IF(fact<=0; cap; MIN(cap; ROUND(plan*100/fact; 4))))} when lower is
 * better. The cap and floor apply to the exact ratio before rounding; because rounding is
 * monotone, this equals the formula above with the cap itself rounded.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param cap the highest index, such as 150 or 200, null for none
 * @since 0.1.0
 */
public record RatioCurve(@Nullable BigDecimal cap) implements ScoringCurve {

    /**
     * Obtains a ratio curve.
     *
     * @param cap the highest index, such as 150 or 200, null for none
     * @throws KpiInputException if the cap is not positive
     */
    public RatioCurve {
        Curves.requireCap(cap, "ratio cap");
        cap = cap == null ? null : Decimals.normalise(null, "cap", cap);
    }

    /**
     * Obtains an uncapped ratio curve.
     *
     * @return the curve, not null
     */
    public static RatioCurve uncapped() {
        return new RatioCurve(null);
    }

    /**
     * Obtains a ratio curve capped at an index.
     *
     * @param cap the highest index, such as {@code "150"}, not null
     * @return the curve, not null
     * @throws KpiInputException if the cap is not a positive number
     */
    public static RatioCurve cappedAt(String cap) {
        return new RatioCurve(Decimals.parse("ratio cap", cap));
    }

    /**
     * {@inheritDoc} A ratio needs a positive plan; when lower is better it also needs a positive
     * target, if there is one: the target's index is {@code plan / target × 100}, which has no
     * value for a target of 0 (a spreadsheet shows {@code #DIV/0!}) and none that makes sense
     * below it.
     *
     * @throws KpiInputException ({@code PLAN_NOT_POSITIVE}) if the plan is not positive, or
     *     ({@code OUT_OF_RANGE}, field {@code target}) if a lower-is-better target is 0 or negative
     */
    @Override
    public void validate(Indicator indicator, Thresholds thresholds) {
        Curves.requirePositivePlan(indicator, thresholds, "ratio");
        BigDecimal target = thresholds.target();
        if (target != null && target.signum() <= 0 && !indicator.isHigherBetter()) {
            String text = Decimals.text(target);
            throw new KpiInputException(Reason.OUT_OF_RANGE, indicator.id(), "target", text,
                    "target " + text + " of lower-is-better indicator '" + indicator.id()
                            + "' must be positive for a ratio curve: its index plan / target × 100 has no value");
        }
    }

    @Override
    public BigDecimal index(Indicator indicator, Thresholds thresholds, BigDecimal fact, Precision precision) {
        Curves.check(this, indicator, thresholds);
        return Curves.formula(this, indicator).index(indicator.id(), thresholds, fact, precision);
    }

    /**
     * {@inheritDoc} This is the lower of the configured cap and, when the thresholds have a target,
     * the ratio the target gives ({@code target / plan × 100}, inverted when lower is better), each
     * rounded like an index.
     */
    @Override
    public @Nullable BigDecimal maxIndex(Indicator indicator, Thresholds thresholds, Precision precision) {
        return Curves.formula(this, indicator).maxIndex(thresholds, precision);
    }

    @Override
    public String describe() {
        return "ratio" + (cap == null ? "" : ", cap " + Decimals.text(cap));
    }
}
