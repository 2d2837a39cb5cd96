package org.kpiengine.json;

import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.kpiengine.Precision;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.StepCurve;
import org.kpiengine.curve.TargetBandCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Category;
import org.kpiengine.indicator.Direction;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Timing;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.AllOf;
import org.kpiengine.pay.Always;
import org.kpiengine.pay.AnyOf;
import org.kpiengine.pay.AtLeast;
import org.kpiengine.pay.AtMost;
import org.kpiengine.pay.Between;
import org.kpiengine.pay.CoefficientScheme;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.OverPlan;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.PerUnitScheme;
import org.kpiengine.pay.PoolScheme;
import org.kpiengine.pay.Scheme;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.TotalLimits;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.pay.WeightedCoefficient;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;
import org.kpiengine.scorecard.Weight;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generated plan documents of every shape: one to six indicators of every curve (target bands,
 * symmetric or not, and the custom power curve included) in both directions, with or without base, target, category and timing;
 * a pay plan (or none) of no scheme to seven schemes of every type and kind (interpolated and hybrid tiers
 * and the custom flat scheme included),
 * every measure and condition, and modifiers of every type; EUR or JPY; any precision. Also
 * facts and inputs for one employee. The ideas follow kpi-core's curve and batch generators:
 * values on a fixed scale, thresholds in order for the direction, tables ascending.
 */
final class PlanGenerators {

    private PlanGenerators() {
    }

    /** A plan and the facts and inputs of one employee under it. */
    record Case(PlanDocument plan, Facts facts, PayInputs inputs) {
        @Override
        public String toString() {
            return TestTypes.JSON.write(plan) + "facts " + facts + ", inputs " + inputs;
        }
    }

    static Gen<PlanDocument> plans() {
        return PlanGenerators::plan;
    }

    static Gen<Case> cases() {
        return in -> {
            PlanDocument plan = plan(in);
            Facts.Builder facts = Facts.builder();
            for (ScorecardLine line : plan.template().scorecard().lines()) {
                BigDecimal p = line.thresholds().plan().abs();
                long span = Math.max(1, p.movePointRight(2).min(BigDecimal.valueOf(1_000_000_000_000L)).longValue() * 2);
                // counts and durations are never negative (kpi-core refuses them); money, percentages and ratios may be
                long lowest = line.indicator().unit().allowsNegative() ? -span / 10 : 0;
                facts.put(line.id(), BigDecimal.valueOf(pick(in, lowest, span), 2));
            }
            String currency = currencyOf(plan);
            int scale = "JPY".equals(currency) ? 0 : 2;
            PayInputs inputs = PayInputs.of(Money.of(currency, BigDecimal.valueOf(pick(in, 0, 2_000_000), scale).toPlainString()))
                    .with("idle-hours", BigDecimal.valueOf(pick(in, 0, 400), 1))
                    .with("turnover", BigDecimal.valueOf(pick(in, 0, 100_000_000), scale));
            return new Case(plan, facts.build(), inputs);
        };
    }

    /** The currency of a plan's amounts; a plan with none pays in EUR. */
    private static String currencyOf(PlanDocument plan) {
        return TestTypes.JSON.write(plan).contains("\"JPY\"") ? "JPY" : "EUR";
    }

    static long pick(RandomnessSource in, long from, long to) {
        return longs().between(from, to).generate(in);
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return pick(in, 0, 99) < percent;
    }

    private static <T> T oneOf(RandomnessSource in, List<T> values) {
        return values.get((int) pick(in, 0, values.size() - 1));
    }

    private static BigDecimal decimal(RandomnessSource in, long from, long to, int scale) {
        return BigDecimal.valueOf(pick(in, from, to), scale);
    }

    static PlanDocument plan(RandomnessSource in) {
        int n = (int) pick(in, 1, 6);
        List<String> ids = new ArrayList<>();
        // Weights in thousandths totalling 1000; sometimes written to total 100 (percentages), normalised on reading.
        long[] weights = new long[n];
        long left = 1000;
        for (int k = 0; k < n - 1; k++) {
            weights[k] = pick(in, 0, left);
            left -= weights[k];
        }
        weights[n - 1] = left;
        Scorecard.Builder scorecard = Scorecard.builder();
        for (int k = 0; k < n; k++) {
            String id = oneOf(in, List.of("revenue", "deals", "calls", "kpi.", "a_b-c")) + k;
            ids.add(id);
            scorecard.add(line(in, id, BigDecimal.valueOf(weights[k], 3)));
        }
        if (chance(in, 30)) {
            scorecard.forManager();
        }
        Scorecard built = scorecard.build();
        List<String> moneyIds = new ArrayList<>();
        for (ScorecardLine line : built.lines()) {
            if (line.indicator().unit() == Unit.MONEY) {
                moneyIds.add(line.id());
            }
        }
        PayPlan pay = chance(in, 20) ? null : payPlan(in, ids, moneyIds);
        Precision precision = chance(in, 60) ? Precision.DEFAULT
                : new Precision((int) pick(in, 0, 12), rounding(in), rounding(in));
        String role = oneOf(in, List.of("sales-manager", "Account manager", "role \"7\" / ~"));
        return new PlanDocument(new RoleTemplate(role, built, pay), precision);
    }

    private static RoundingMode rounding(RandomnessSource in) {
        return oneOf(in, List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP,
                RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR));
    }

    private static ScorecardLine line(RandomnessSource in, String id, BigDecimal weight) {
        boolean higher = chance(in, 60);
        Unit unit = oneOf(in, List.of(Unit.values()));
        Indicator indicator = new Indicator(id, chance(in, 50) ? id : "Name of " + id + " «€»",
                unit, higher ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER,
                chance(in, 50) ? oneOf(in, List.of(Category.values())) : null,
                chance(in, 50) ? oneOf(in, List.of(Timing.values())) : null,
                chance(in, 30) != unit.isAdditiveByDefault());   // in about a third, not the unit's default
        int kind = (int) pick(in, 0, 6);
        boolean needsBase = !higher && (kind == 1 || kind == 2);
        boolean needsTarget = kind == 2;
        long plan = pick(in, 1, 1_000_000_000L);
        int scale = (int) pick(in, 0, 4);
        BigDecimal p = BigDecimal.valueOf(plan, scale);
        BigDecimal below = BigDecimal.valueOf(pick(in, 1, 100_000_000L), scale);
        BigDecimal above = BigDecimal.valueOf(pick(in, 1, 100_000_000L), scale);
        BigDecimal worse = higher ? p.subtract(below) : p.add(below);
        BigDecimal better = higher ? p.add(above) : p.subtract(above);
        // a lower-is-better ratio curve needs a positive target (plan / target × 100), so it gets none otherwise
        boolean targetAllowed = higher || kind != 0 || better.signum() > 0;
        Thresholds thresholds = new Thresholds(needsBase || chance(in, 40) ? worse : null, p,
                needsTarget || (targetAllowed && chance(in, 40)) ? better : null);
        return new ScorecardLine(indicator, Weight.of(weight), thresholds, curve(in, kind, higher));
    }

    private static ScoringCurve curve(RandomnessSource in, int kind, boolean higher) {
        switch (kind) {
            case 0:
                return new RatioCurve(chance(in, 50) ? null : decimal(in, 1, 5_000_000, 4));
            case 1:
                return new LinearCurve(chance(in, 50) ? null : decimal(in, 1, 5_000_000, 4));
            case 2:
                return new TwoSlopeCurve(decimal(in, 1_000_000, 3_000_000, 4));
            case 3: {
                boolean onFact = chance(in, 50);
                Bands bands = bands(in, onFact ? -500 : 0, !(onFact && !higher));
                return onFact ? StepCurve.onFact(bands) : StepCurve.onAttainment(bands);
            }
            case 5: {
                // a target band, the same on both sides of the plan or not; the tolerance may be 0
                BigDecimal tolerance = decimal(in, 0, 1_000_000, (int) pick(in, 0, 2));
                BigDecimal critical = tolerance.add(decimal(in, 1, 1_000_000, 2));
                if (chance(in, 50)) {
                    return TargetBandCurve.of(tolerance, critical);
                }
                BigDecimal toleranceAbove = decimal(in, 0, 1_000_000, 2);
                return new TargetBandCurve(tolerance, critical, toleranceAbove, toleranceAbove.add(decimal(in, 1, 1_000_000, 1)));
            }
            default:
                return new TestTypes.PowerCurve(decimal(in, 1, 30, 1), decimal(in, 100, 300, 0));
        }
    }

    /** An ascending (or descending) table of 1 to 5 rows with non-negative values, starting at or above {@code lowest}. */
    private static Bands bands(RandomnessSource in, long lowest, boolean ascending) {
        return bands(in, lowest, ascending, 1);
    }

    /** A table as above whose values have at most {@code valueScale} decimal places (0 for amounts in yen). */
    private static Bands bands(RandomnessSource in, long lowest, boolean ascending, int valueScale) {
        int rows = (int) pick(in, 1, 5);
        BigDecimal from = BigDecimal.valueOf(pick(in, lowest, lowest + 100));
        List<BigDecimal> values = new ArrayList<>();
        BigDecimal value = decimal(in, 0, 100, valueScale);
        for (int i = 0; i < rows; i++) {
            values.add(value);
            value = value.add(decimal(in, 0, 500, valueScale));
        }
        if (!ascending) {
            Collections.reverse(values);
        }
        Bands.Builder builder = Bands.from(from);
        for (int i = 0; i < rows - 1; i++) {
            from = from.add(decimal(in, 1, 100_000, 2));
            builder.upTo(from, values.get(i));
        }
        return builder.andAbove(values.get(rows - 1));
    }

    private static Measure measure(RandomnessSource in, List<String> ids) {
        String id = oneOf(in, ids);
        switch ((int) pick(in, 0, 4)) {
            case 0:
                return Measure.rating();
            case 1:
                return Measure.index(id);
            case 2:
                return Measure.fact(id);
            case 3:
                return Measure.attainment(id);
            default:
                return Measure.input("idle-hours");
        }
    }

    /**
     * A turnover a percentage is paid on: money, so a named input or the fact of a money
     * indicator (kpi-core refuses any other measure when the plan is evaluated).
     */
    private static Measure turnover(RandomnessSource in, List<String> moneyIds) {
        return moneyIds.isEmpty() || chance(in, 40) ? Measure.input("turnover") : Measure.fact(oneOf(in, moneyIds));
    }

    private static Condition condition(RandomnessSource in, List<String> ids) {
        return condition(in, ids, 2);
    }

    /** A condition of any type; compounds (all of, any of) nest up to {@code depth} levels. */
    private static Condition condition(RandomnessSource in, List<String> ids, int depth) {
        switch ((int) pick(in, 0, depth > 0 ? 6 : 4)) {
            case 0:
                return new AtLeast(measure(in, ids), decimal(in, -1000, 20_000, 2));
            case 1:
                return new OverPlan(oneOf(in, ids), decimal(in, 1, 300, 2));
            case 2:
                return new AtMost(measure(in, ids), decimal(in, -1000, 20_000, 2));
            case 3: {
                BigDecimal low = decimal(in, -1000, 20_000, 2);
                return new Between(measure(in, ids), low, low.add(decimal(in, 0, 10_000, 2)));
            }
            case 4:
                return new Always();
            default: {
                List<Condition> parts = new ArrayList<>();
                for (int k = (int) pick(in, 1, 3); k > 0; k--) {
                    parts.add(condition(in, ids, depth - 1));
                }
                return chance(in, 50) ? new AllOf(parts) : new AnyOf(parts);
            }
        }
    }

    private static Money money(RandomnessSource in, String currency, long max) {
        return "JPY".equals(currency) ? Money.of(currency, Long.toString(pick(in, 0, max / 100)))
                : Money.of(currency, BigDecimal.valueOf(pick(in, 0, max), 2).toPlainString());
    }

    private static PayPlan payPlan(RandomnessSource in, List<String> ids, List<String> moneyIds) {
        String currency = chance(in, 80) ? "EUR" : "JPY";
        List<Scheme> schemes = new ArrayList<>();
        // no scheme at all is a plan of modifiers only (or of the salary alone)
        int count = (int) pick(in, chance(in, 10) ? 0 : 1, 7);
        for (int i = 0; i < count; i++) {
            schemes.add(scheme(in, "scheme " + i, ids, moneyIds, currency));
        }
        List<Modifier> modifiers = new ArrayList<>();
        if (chance(in, 50)) {
            modifiers.add(new Gate("gate", condition(in, ids), decimal(in, 0, 100, 2)));
        }
        if (chance(in, 50)) {
            Money[] limits = limits(in, currency);
            modifiers.add(new VariableLimits("variable limits", limits[0], limits[1]));
        }
        if (chance(in, 50)) {
            modifiers.add(new Deduction("deduction", measure(in, ids), money(in, currency, 10_000),
                    oneOf(in, List.of(Deduction.Floor.values()))));
        }
        if (chance(in, 50)) {
            Money[] limits = limits(in, currency);
            modifiers.add(new TotalLimits("total limits", limits[0], limits[1]));
        }
        Collections.shuffle(modifiers, new java.util.Random(pick(in, 0, 1000)));
        return PayPlan.of(schemes, modifiers);
    }

    /** A floor, a cap or both, the floor not above the cap. */
    private static Money[] limits(RandomnessSource in, String currency) {
        Money a = money(in, currency, 5_000_000);
        Money b = money(in, currency, 5_000_000);
        Money floor = a.isGreaterThan(b) ? b : a;
        Money cap = a.isGreaterThan(b) ? a : b;
        switch ((int) pick(in, 0, 2)) {
            case 0:
                return new Money[] {floor, null};
            case 1:
                return new Money[] {null, cap};
            default:
                return new Money[] {floor, cap};
        }
    }

    private static Scheme scheme(RandomnessSource in, String name, List<String> ids, List<String> moneyIds, String currency) {
        switch ((int) pick(in, 0, 6)) {
            case 0:
                return new FixedScheme(name, condition(in, ids), money(in, currency, 1_000_000));
            case 1:
                return new LinearScheme(name, measure(in, ids), money(in, currency, 1_000_000), decimal(in, 0, 9999, 2),
                        chance(in, 50) ? null : money(in, currency, 2_000_000));
            case 2: {
                TieredScheme.Kind kind = oneOf(in, List.of(TieredScheme.Kind.values()));
                boolean hybrid = kind == TieredScheme.Kind.HYBRID;
                // a hybrid table pays a percentage: an amount per tier cannot be split at a pivot
                TieredScheme.Payment payment = oneOf(in, hybrid
                        ? List.of(TieredScheme.Payment.PERCENT_OF_SALARY, TieredScheme.Payment.PERCENT_OF_TURNOVER)
                        : List.of(TieredScheme.Payment.values()));
                Measure turnover = payment == TieredScheme.Payment.PERCENT_OF_TURNOVER ? turnover(in, moneyIds) : null;
                Measure measure = turnover != null && chance(in, 50) ? turnover : measure(in, ids);
                // an amount table is in whole minor units of the currency (kpi-core refuses finer amounts)
                int valueScale = payment == TieredScheme.Payment.AMOUNT && "JPY".equals(currency) ? 0 : 1;
                boolean fromZero = kind == TieredScheme.Kind.MARGINAL || hybrid;
                // rates that rise, or (for interpolated and hybrid tables, which warn of it) may fall
                boolean ascending = !(kind == TieredScheme.Kind.INTERPOLATED || hybrid) || chance(in, 70);
                Bands tiers = bands(in, fromZero ? 0 : -100, ascending, valueScale);
                BigDecimal pivot = null;
                if (hybrid) {
                    // on a boundary, or anywhere above the last one
                    List<BigDecimal> boundaries = tiers.bands().stream().map(b -> b.lowerInclusive()).toList();
                    BigDecimal last = boundaries.get(boundaries.size() - 1);
                    pivot = chance(in, 75) ? oneOf(in, boundaries) : last.add(decimal(in, 1, 100_000, 2));
                }
                return new TieredScheme(name, measure, tiers, kind, payment, turnover, pivot);
            }
            case 3: {
                // weights in thousandths totalling exactly 1, sometimes written as percentages and normalised
                int count = (int) pick(in, 1, 3);
                long left = 1000;
                boolean percentages = chance(in, 30);
                List<WeightedCoefficient> terms = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    long thousandths = k == count - 1 ? left : pick(in, 0, left);
                    left -= thousandths;
                    BigDecimal weight = BigDecimal.valueOf(thousandths, percentages ? 1 : 3);
                    terms.add(new WeightedCoefficient(measure(in, ids), weight, bands(in, -50, true)));
                }
                Measure turnover = turnover(in, moneyIds);
                BigDecimal share = decimal(in, 0, 1000, 2);
                return percentages ? CoefficientScheme.ofWeightsTotalling(100, name, turnover, share.toPlainString(), terms)
                        : new CoefficientScheme(name, turnover, share, terms);
            }
            case 4:
                return new PoolScheme(name, money(in, currency, 1_000_000), oneOf(in, List.of(PoolScheme.Rule.values())));
            case 5:
                return new PerUnitScheme(name, oneOf(in, ids), money(in, currency, 100_000));
            default:
                return new TestTypes.FlatScheme(name, decimal(in, 0, 100_000, 3));
        }
    }
}
