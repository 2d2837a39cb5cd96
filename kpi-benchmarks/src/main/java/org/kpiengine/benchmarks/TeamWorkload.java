package org.kpiengine.benchmarks;

import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.scorecard.Scorecard;

/**
 * The team-batch workload, from a fixed seed: 5 indicators weighted 0.4, 0.3, 0.1, 0.1, 0.1, the
 * third lower-is-better; per employee a plan uniform in [100, 10 000], base 0.5 × plan and target
 * 1.3 × plan (mirrored for the third: 1.5 × and 0.7 ×), a fact of plan × U(0.3, 1.6) to the cent;
 * the two-slope curve 0 → 100 → 150, capped; a salary uniform in [30 000, 150 000] to the cent;
 * retroactive tiers on the rating (&lt; 80 → 0, [80, 100) → 20 %, [100, 120) → 50 %, ≥ 120 → 80 %
 * of salary) and a gate halving the bonus when the fifth indicator's attainment is below 90 %.
 *
 * <p>Values are held as the library's fastest input takes them: unscaled {@code long}s at a fixed
 * scale (plans at scale 0, bases and targets at scale 1, facts and salaries at scale 2).
 */
public final class TeamWorkload {

    /** The fixed seed. */
    public static final long SEED = 20_261_122L;
    /** The number of indicators. */
    public static final int INDICATORS = 5;
    /** The weights, in tenths. */
    static final int[] WEIGHT_TENTHS = {4, 3, 1, 1, 1};
    /** The lower-is-better indicator (0-based). */
    static final int LOWER = 2;
    /** The indicator the gate reads (0-based). */
    static final int GATED = 4;

    final int size;
    /** Per indicator: plans (scale 0), bases and targets (scale 1), facts (scale 2). */
    final long[][] plans = new long[INDICATORS][];
    final long[][] bases = new long[INDICATORS][];
    final long[][] targets = new long[INDICATORS][];
    final long[][] facts = new long[INDICATORS][];
    /** Salaries in cents. */
    final long[] salaries;

    /**
     * Generates the workload.
     *
     * @param size the number of employees
     */
    public TeamWorkload(int size) {
        this.size = size;
        SplittableRandom random = new SplittableRandom(SEED);
        for (int k = 0; k < INDICATORS; k++) {
            plans[k] = new long[size];
            bases[k] = new long[size];
            targets[k] = new long[size];
            facts[k] = new long[size];
        }
        salaries = new long[size];
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < INDICATORS; k++) {
                long plan = random.nextLong(100, 10_001);
                plans[k][i] = plan;
                bases[k][i] = (k == LOWER ? 15 : 5) * plan;
                targets[k][i] = (k == LOWER ? 7 : 13) * plan;
                double u = 0.3 + 1.3 * random.nextDouble();
                facts[k][i] = Math.round(plan * 100 * u);
            }
            salaries[i] = random.nextLong(3_000_000, 15_000_001);
        }
    }

    /** Returns the id of indicator {@code k} (0-based): {@code kpi1} to {@code kpi5}. */
    static String id(int k) {
        return "kpi" + (k + 1);
    }

    /**
     * Returns the batch: one role whose scorecard and pay plan are the workload's.
     *
     * @return the batch
     */
    public static TeamBatch batch() {
        return batch("today");
    }

    /**
     * Returns the batch for one plan shape of the catalogue: {@code today} is the plan described
     * above; {@code marginalTiers} the same tiers paid marginally instead of retroactively.
     *
     * @param shape the plan shape
     * @return the batch
     */
    public static TeamBatch batch(String shape) {
        Scorecard.Builder scorecard = Scorecard.builder();
        for (int k = 0; k < INDICATORS; k++) {
            boolean lower = k == LOWER;
            Indicator indicator = lower ? Indicator.lowerIsBetter(id(k), Unit.COUNT) : Indicator.higherIsBetter(id(k), Unit.COUNT);
            scorecard.add(indicator, "0." + WEIGHT_TENTHS[k],
                    lower ? Thresholds.of("150", "100", "70") : Thresholds.of("50", "100", "130"), TwoSlopeCurve.upTo("150"));
        }
        Bands tiers = Bands.from("0").upTo("80", "0").upTo("100", "20").upTo("120", "50").andAbove("80");
        TieredScheme bonus = switch (shape) {
            case "today" -> TieredScheme.retroactive("bonus", Measure.rating(), tiers,
                    TieredScheme.Payment.PERCENT_OF_SALARY, null);
            case "marginalTiers" -> TieredScheme.marginal("bonus", Measure.rating(), tiers,
                    TieredScheme.Payment.PERCENT_OF_SALARY, null);
            default -> throw new IllegalArgumentException("unknown plan shape " + shape);
        };
        PayPlan plan = PayPlan.builder()
                .scheme(bonus)
                .modifier(Gate.reduceUnless("gate", Condition.atLeast(Measure.attainment(id(GATED)), "90"), "0.5"))
                .build();
        return TeamBatch.of(List.of(RoleTemplate.of("seller", scorecard.build(), plan)));
    }

    /**
     * Returns the library's columnar input over the workload's arrays (shared, not copied).
     *
     * @return the input
     */
    public TeamInput input() {
        TeamInput.Builder input = TeamInput.builder(size)
                .salaries(Currency.getInstance("EUR"), DecimalColumn.ofUnscaled(salaries, 2));
        for (int k = 0; k < INDICATORS; k++) {
            input.facts(id(k), DecimalColumn.ofUnscaled(facts[k], 2))
                    .plans(id(k), DecimalColumn.ofUnscaled(plans[k], 0))
                    .bases(id(k), DecimalColumn.ofUnscaled(bases[k], 1))
                    .targets(id(k), DecimalColumn.ofUnscaled(targets[k], 1));
        }
        return input.build();
    }
}
