package org.kpiengine.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.kpiengine.Precision;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.StepCurve;
import org.kpiengine.curve.TargetBandCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.CoefficientScheme;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.PerUnitScheme;
import org.kpiengine.pay.PoolScheme;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.TotalLimits;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.pay.WeightedCoefficient;
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
    /** The indicator the target-band shape scores on a band (0-based). */
    static final int BAND = 3;

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

    /** The catalogue of plan shapes, in the order of the benchmark's parameter. */
    public static final List<String> SHAPES = List.of("today", "marginalTiers", "marginalTurnover", "linearCommission",
            "stepsPool", "coefficient", "gatesLimits", "hybridTiers", "targetBand", "perUnitOverPlan", "halfEven", "lowerRatio");

    /**
     * Returns the batch for one plan shape of the catalogue, all on the workload's five
     * indicators (the first measured in money):
     * <ul>
     *   <li>{@code today}: the plan described above;</li>
     *   <li>{@code marginalTiers}: the same tiers paid marginally instead of retroactively;</li>
     *   <li>{@code marginalTurnover}: marginal commission on the first indicator's fact (2 % up to
     *       5 000, 4 % up to 10 000, 6 % above) and today's gate;</li>
     *   <li>{@code linearCommission}: a linear bonus of 2 000 EUR at plan on the first indicator's
     *       attainment, nothing up to a minimum norm of 70 %, capped at 3 000 EUR;</li>
     *   <li>{@code stepsPool}: steps on attainment for the second indicator (0, 80, 100, 120) and a
     *       pool of 3 000 EUR split by the weights of the indicators that reached plan;</li>
     *   <li>{@code coefficient}: 5 % of the first indicator's fact times coefficients stepped on the
     *       second and fourth indicators' attainments;</li>
     *   <li>{@code gatesLimits}: today's tiers, a gate (rating between 80 and 150, or the fifth
     *       attainment at least 95), a deduction of 0.05 EUR per unit of the third indicator's fact,
     *       a variable cap of 60 000 EUR and a total floor of 35 000 EUR;</li>
     *   <li>{@code hybridTiers}: today's rates as hybrid tiers pivoting at 100;</li>
     *   <li>{@code targetBand}: today's plan with the fourth indicator scored on a target band
     *       (tolerance 5, critical deviation 20) around its plan.</li>
     *   <li>{@code perUnitOverPlan}: 1.25 EUR per unit of the second indicator beyond its plan, and
     *       a fixed 500 EUR when the first indicator's fact is at least 1.3 × its plan;</li>
     *   <li>{@code halfEven}: today's plan with money rounded {@code HALF_EVEN};</li>
     *   <li>{@code lowerRatio}: today's plan with the third (lower-is-better) indicator scored on
     *       an inverted ratio capped at 150 instead of two slopes.</li>
     * </ul>
     *
     * @param shape the plan shape
     * @return the batch
     */
    public static TeamBatch batch(String shape) {
        Scorecard.Builder scorecard = Scorecard.builder();
        for (int k = 0; k < INDICATORS; k++) {
            boolean lower = k == LOWER;
            Unit unit = k == 0 ? Unit.MONEY : Unit.COUNT;
            Indicator indicator = lower ? Indicator.lowerIsBetter(id(k), unit) : Indicator.higherIsBetter(id(k), unit);
            if (shape.equals("stepsPool") && k == 1) {
                scorecard.add(indicator, "0." + WEIGHT_TENTHS[k], Thresholds.of("50", "100", "130"), StepCurve.onAttainment(
                        Bands.from("0").upTo("80", "0").upTo("100", "80").upTo("120", "100").andAbove("120")));
            } else if (shape.equals("targetBand") && k == BAND) {
                scorecard.add(indicator, "0." + WEIGHT_TENTHS[k], Thresholds.plan("100"), TargetBandCurve.of("5", "20"));
            } else if (shape.equals("lowerRatio") && lower) {
                scorecard.add(indicator, "0." + WEIGHT_TENTHS[k], Thresholds.of("150", "100", "70"), RatioCurve.cappedAt("150"));
            } else {
                scorecard.add(indicator, "0." + WEIGHT_TENTHS[k],
                        lower ? Thresholds.of("150", "100", "70") : Thresholds.of("50", "100", "130"), TwoSlopeCurve.upTo("150"));
            }
        }
        Bands tiers = Bands.from("0").upTo("80", "0").upTo("100", "20").upTo("120", "50").andAbove("80");
        Gate gate = Gate.reduceUnless("gate", Condition.atLeast(Measure.attainment(id(GATED)), "90"), "0.5");
        TieredScheme retroactive = TieredScheme.retroactive("bonus", Measure.rating(), tiers,
                TieredScheme.Payment.PERCENT_OF_SALARY, null);
        Money eur2000 = Money.of("EUR", "2000");
        PayPlan plan = switch (shape) {
            case "today", "targetBand", "halfEven", "lowerRatio" -> PayPlan.builder().scheme(retroactive).modifier(gate).build();
            case "marginalTiers" -> PayPlan.builder().scheme(TieredScheme.marginal("bonus", Measure.rating(), tiers,
                    TieredScheme.Payment.PERCENT_OF_SALARY, null)).modifier(gate).build();
            case "marginalTurnover" -> PayPlan.builder().scheme(TieredScheme.marginalOnTurnover("commission",
                    Measure.fact(id(0)), Bands.from("0").upTo("5000", "2").upTo("10000", "4").andAbove("6")))
                    .modifier(gate).build();
            case "linearCommission" -> PayPlan.builder().scheme(LinearScheme.of("commission", Measure.attainment(id(0)),
                    eur2000).withBase(new BigDecimal("70")).withCap(Money.of("EUR", "3000"))).build();
            case "stepsPool" -> PayPlan.builder().scheme(PoolScheme.of("pool", Money.of("EUR", "3000"))).build();
            case "coefficient" -> {
                Bands steps = Bands.from("0").upTo("80", "0").upTo("100", "0.8").andAbove("1.2");
                yield PayPlan.builder().scheme(CoefficientScheme.of("share", Measure.fact(id(0)), "5",
                        List.of(WeightedCoefficient.of(Measure.attainment(id(1)), "0.6", steps),
                                WeightedCoefficient.of(Measure.attainment(id(3)), "0.4", steps)))).build();
            }
            case "gatesLimits" -> PayPlan.builder().scheme(retroactive)
                    .modifier(Gate.reduceUnless("gate", Condition.anyOf(Condition.between(Measure.rating(), "80", "150"),
                            Condition.atLeast(Measure.attainment(id(GATED)), "95")), "0.5"))
                    .modifier(Deduction.perUnit("returns", Measure.fact(id(LOWER)), Money.of("EUR", "0.05")))
                    .modifier(VariableLimits.cap(Money.of("EUR", "60000")))
                    .modifier(TotalLimits.floor(Money.of("EUR", "35000")))
                    .build();
            case "hybridTiers" -> PayPlan.builder().scheme(TieredScheme.hybrid("bonus", Measure.rating(),
                    Bands.ofBoundaries(Bands.boundary("80", "20"), Bands.boundary("100", "50"), Bands.boundary("120", "80")),
                    "100", TieredScheme.Payment.PERCENT_OF_SALARY, null)).modifier(gate).build();
            case "perUnitOverPlan" -> PayPlan.builder().scheme(PerUnitScheme.of("extra units", id(1), Money.of("EUR", "1.25")))
                    .scheme(FixedScheme.of("over plan", Condition.factAtLeastPlanTimes(id(0), "1.3"), Money.of("EUR", "500")))
                    .build();
            default -> throw new IllegalArgumentException("unknown plan shape " + shape);
        };
        TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("seller", scorecard.build(), plan)));
        return shape.equals("halfEven") ? batch.withPrecision(Precision.DEFAULT.withMoneyRounding(RoundingMode.HALF_EVEN)) : batch;
    }

    /**
     * Returns the library's columnar input over the workload's arrays (shared, not copied).
     *
     * @return the input
     */
    public TeamInput input() {
        return input("today");
    }

    /**
     * Returns the library's columnar input for a plan shape: the target band's indicator has
     * only its plan, no base or target.
     *
     * @param shape the plan shape
     * @return the input
     */
    public TeamInput input(String shape) {
        TeamInput.Builder input = TeamInput.builder(size)
                .salaries(Currency.getInstance("EUR"), DecimalColumn.ofUnscaled(salaries, 2));
        for (int k = 0; k < INDICATORS; k++) {
            input.facts(id(k), DecimalColumn.ofUnscaled(facts[k], 2))
                    .plans(id(k), DecimalColumn.ofUnscaled(plans[k], 0));
            if (!(shape.equals("targetBand") && k == BAND)) {
                input.bases(id(k), DecimalColumn.ofUnscaled(bases[k], 1))
                        .targets(id(k), DecimalColumn.ofUnscaled(targets[k], 1));
            }
        }
        return input.build();
    }
}
