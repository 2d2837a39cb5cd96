package org.kpiengine.batch;

import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kpiengine.Precision;
import org.kpiengine.curve.Bands;
import org.kpiengine.curve.CustomCurve;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
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
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.PerUnitScheme;
import org.kpiengine.pay.PoolScheme;
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
 * A generated team: two role templates with random curves, directions, weights and thresholds,
 * and employees with individual thresholds and facts that often sit exactly on base, plan or
 * target, sometimes missing, out of order or NaN. Facts and individual thresholds are held at
 * scale 2, as unscaled longs, and also as the object API's inputs.
 */
final class TeamCase {

    /** The scale of the generated columns. */
    static final int SCALE = 2;

    /** The gates' attainment levels at the index scale 4, as compiled: 90, 89.99995 and 100 rounded up, 80.00004 rounded up. */
    private static final long[] EDGE_LEVELS = {900_000, 1_000_000, 800_001};

    static final Currency EUR = Currency.getInstance("EUR");

    final List<Scorecard> scorecards = new ArrayList<>();
    final List<PayPlan> payPlans = new ArrayList<>();
    /** Salaries in cents; negative ones are bad rows. */
    final long[] salaries;
    final List<String> ids = new ArrayList<>();
    final int size;
    final int[] roles;
    /** Per indicator id: facts (MISSING for absent), and NaN markers for the double form. */
    final Map<String, long[]> facts = new LinkedHashMap<>();
    final Map<String, boolean[]> nan = new LinkedHashMap<>();
    final Map<String, long[]> bases = new LinkedHashMap<>();
    final Map<String, long[]> plans = new LinkedHashMap<>();
    final Map<String, long[]> targets = new LinkedHashMap<>();
    /** Per pay input ("idle-hours", "turnover"): values at scale 2, MISSING for absent. */
    final Map<String, long[]> quantities = new LinkedHashMap<>();
    /** 0: unscaled longs, 1: BigDecimals, 2: doubles. */
    final int columnForm;
    /** Whether every employee has a fact and individual thresholds on every line, none of them NaN. */
    final boolean complete;
    /** The calculation's precision: the default, or money rounded with another mode. */
    final Precision precision;
    /**
     * In one complete team in four, the row whose facts lie far beyond the kernel's plain limits
     * (about 2^40 to 2^44 unscaled), so that its group takes the checked loop; -1 for none.
     */
    private final int wideRow;
    /**
     * In form 0, whether the facts are given at four more decimal places than the thresholds (the
     * same values, unscaled × 10^4): columns at different scales, whose plain limits differ, with
     * facts often beyond the thresholds' limit but within their own.
     */
    private final boolean finerFacts;

    private TeamCase(RandomnessSource in, int size, boolean complete) {
        this.size = size;
        this.complete = complete;
        this.columnForm = (int) pick(in, 0, 2);
        // every rounding mode a calculation may round money with, HALF_UP (the default) most often
        RoundingMode[] modes = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
            RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};
        int mode = (int) pick(in, 0, 2 * modes.length - 1);
        this.precision = mode < modes.length ? Precision.DEFAULT.withMoneyRounding(modes[mode]) : Precision.DEFAULT;
        this.wideRow = complete && pick(in, 0, 3) == 0 ? (int) pick(in, 0, size - 1) : -1;
        this.finerFacts = columnForm == 0 && pick(in, 0, 1) == 0;
        int indicators = 6;
        for (int i = 0; i < indicators; i++) {
            ids.add("kpi" + i);
            facts.put("kpi" + i, new long[size]);
            nan.put("kpi" + i, new boolean[size]);
            bases.put("kpi" + i, filled(size));
            plans.put("kpi" + i, filled(size));
            targets.put("kpi" + i, filled(size));
        }
        for (int role = 0; role < 2; role++) {
            scorecards.add(scorecard(in));
            payPlans.add(payPlan(in, scorecards.get(role)));
        }
        roles = new int[size];
        salaries = new long[size];
        for (int row = 0; row < size; row++) {
            roles[row] = (int) pick(in, 0, 1);
            salaries[row] = pick(in, 0, 500) == 0 ? -pick(in, 1, 100) : pick(in, 0, 20_000_000);
            quantities.computeIfAbsent("idle-hours", k -> new long[size])[row] =
                    !complete && pick(in, 0, 200) == 0 ? DecimalColumn.MISSING : pick(in, 0, 2) == 0 ? 0 : pick(in, 0, 6_000);
            quantities.computeIfAbsent("turnover", k -> new long[size])[row] =
                    !complete && pick(in, 0, 200) == 0 ? DecimalColumn.MISSING : pick(in, 0, 20_000_000);
            for (ScorecardLine line : scorecards.get(roles[row]).lines()) {
                employeeLine(in, row, line);
            }
        }
    }

    static Gen<TeamCase> teams(int size) {
        return in -> new TeamCase(in, size, false);
    }

    /**
     * Teams whose every employee has a fact, a plan, a base and a target on every line (still
     * sometimes out of order or extreme): whole groups of rows the kernel computes in plain
     * arithmetic when their values are small enough.
     */
    static Gen<TeamCase> completeTeams(int size) {
        return in -> new TeamCase(in, size, true);
    }

    private static long[] filled(int size) {
        long[] a = new long[size];
        java.util.Arrays.fill(a, DecimalColumn.MISSING);
        return a;
    }

    private static long pick(RandomnessSource in, long from, long to) {
        return longs().between(from, to).generate(in);
    }

    private Scorecard scorecard(RandomnessSource in) {
        int lines = (int) pick(in, 1, 5);
        List<String> chosen = new ArrayList<>(ids);
        java.util.Collections.rotate(chosen, (int) pick(in, 0, ids.size() - 1));
        long[] weights = new long[lines];
        long left = 1000;
        for (int k = 0; k < lines - 1; k++) {
            weights[k] = pick(in, 0, left);
            left -= weights[k];
        }
        weights[lines - 1] = left;
        List<ScorecardLine> out = new ArrayList<>();
        for (int k = 0; k < lines; k++) {
            boolean higher = pick(in, 0, 2) > 0;
            // Counts refuse the negative facts the rows sometimes hold; money takes them.
            Unit unit = pick(in, 0, 1) == 0 ? Unit.COUNT : Unit.MONEY;
            Indicator indicator = higher ? Indicator.higherIsBetter(chosen.get(k), unit)
                    : Indicator.lowerIsBetter(chosen.get(k), unit);
            int curveKind = (int) pick(in, 0, 14);
            ScoringCurve curve = curve(curveKind);
            boolean needsBase = !higher && (curve instanceof LinearCurve || curve instanceof TwoSlopeCurve);
            boolean needsTarget = curve instanceof TwoSlopeCurve;
            // now and then a plan of few digits (8, 16, 2.5, 0.4), whose quotients often end in a half: every rounding mode's ties
            long[] roundPlans = {800, 1600, 250, 40};
            long plan = pick(in, 0, 3) == 0 ? roundPlans[(int) pick(in, 0, 3)] : pick(in, 1, 1_000_000);
            Long base = needsBase || pick(in, 0, 2) > 0 ? step(plan, higher ? -1 : 1, in) : null;
            Long target = needsTarget || pick(in, 0, 2) > 0 ? step(plan, higher ? 1 : -1, in) : null;
            if (!higher && curve instanceof RatioCurve && target != null && target <= 0) {
                target = null; // a lower-is-better ratio refuses a target of 0 or less
            }
            out.add(new ScorecardLine(indicator, Weight.of(BigDecimal.valueOf(weights[k], 3)),
                    new Thresholds(dec(base), BigDecimal.valueOf(plan, SCALE), dec(target)), curve));
        }
        return Scorecard.of(out);
    }

    private static PayPlan payPlan(RandomnessSource in, Scorecard scorecard) {
        String first = scorecard.lines().get(0).id();
        String last = scorecard.lines().get(scorecard.size() - 1).id();
        Measure[] measures = {Measure.rating(), Measure.index(first), Measure.attainment(last)};
        // Now and then a top rate above 100 % of salary: the plan's HIGH_RATE warning on every row;
        // in half the teams rates of whole percents prime to 10, so that salary × rate / 100 falls on
        // every remainder, the halves and the ones just below and above them included.
        boolean odd = pick(in, 0, 1) == 0;
        Bands tiers = Bands.from("0").upTo("80", "0").upTo("100", odd ? "17" : "20").upTo("120", odd ? "47" : "50")
                .andAbove(pick(in, 0, 3) == 0 ? "150" : odd ? "83" : "80");
        // per unit of the measure, with bounds finer than the index scale
        Bands marginalAmounts = Bands.from("0").upTo("80.00005", "1.5").upTo("100", "12.25").andAbove("40");
        Bands amounts = Bands.from("-5").upTo("99.99995", "10.05").andAbove("1234.5");
        // the same rates written as (lower bound → rate) rows, and a table whose rate falls (a warning)
        Bands rows = Bands.ofBoundaries(Bands.boundary("0", "0"), Bands.boundary("80", "20"), Bands.boundary("100", "50"),
                Bands.boundary("120", "80"));
        Bands falling = Bands.ofBoundaries(Bands.boundary("0", "5"), Bands.boundary("90", "12.5"), Bands.boundary("110", "7"));
        PayPlan.Builder plan = PayPlan.builder();
        // sometimes no scheme at all: a plan of modifiers only
        int schemes = (int) pick(in, 0, 6) == 0 ? 0 : (int) pick(in, 1, 2);
        for (int i = 0; i < schemes; i++) {
            Measure measure = measures[(int) pick(in, 0, 2)];
            switch ((int) pick(in, 0, 17)) {
                case 17: {
                    // an amount per unit beyond plan (lower is better: below plan); amounts whose
                    // products end in half a cent, where the rounding modes differ
                    String[] perUnit = {"150", "0.25", "0.07", "12.35"};
                    plan.scheme(PerUnitScheme.of("per unit" + i, pick(in, 0, 1) == 0 ? first : last,
                            Money.of("EUR", perUnit[(int) pick(in, 0, perUnit.length - 1)])));
                    break;
                }
                case 16: {
                    // an over-plan bonus: fact at least a multiple of plan, often exactly on it
                    String[] multiples = {"1.3", "1", "0.85", "1.00005", "2"};
                    plan.scheme(FixedScheme.of("over plan" + i, Condition.factAtLeastPlanTimes(pick(in, 0, 1) == 0 ? first : last,
                            multiples[(int) pick(in, 0, multiples.length - 1)]), Money.of("EUR", "300")));
                    break;
                }
                case 15:
                    plan.scheme(new PoolScheme("pool" + i, Money.of("EUR", "3000.55"),
                            pick(in, 0, 1) == 0 ? PoolScheme.Rule.REACHED : PoolScheme.Rule.EXCEEDED));
                    break;
                case 14:
                    // a weighted coefficient of the turnover input, coefficients stepped on two measures
                    Bands steps = Bands.from("0").upTo("80", "0").upTo("100", "0.8").upTo("120", "1").andAbove("1.25");
                    plan.scheme(CoefficientScheme.of("coefficient" + i, Measure.input("turnover"), "3.5",
                            List.of(WeightedCoefficient.of(measure, "0.6", steps),
                                    WeightedCoefficient.of(measures[(int) pick(in, 0, 2)], "0.4", steps))));
                    break;
                case 13:
                    // a linear bonus with a minimum norm (base) and a cap, on any measure
                    String[] bases = {"0", "50", "79.99995"};
                    plan.scheme(LinearScheme.of("linear" + i, measure, Money.of("EUR", "1500.25"))
                            .withBase(new BigDecimal(bases[(int) pick(in, 0, 2)]))
                            .withCap(pick(in, 0, 1) == 0 ? null : Money.of("EUR", "2000")));
                    break;
                case 9:
                    plan.scheme(TieredScheme.interpolated("split" + i, measure, pick(in, 0, 1) == 0 ? rows : falling,
                            TieredScheme.Payment.PERCENT_OF_SALARY, null));
                    break;
                case 10:
                    plan.scheme(TieredScheme.interpolated("split amount" + i, measure, amounts, TieredScheme.Payment.AMOUNT, null));
                    break;
                case 11:
                    boolean fall = pick(in, 0, 2) == 0;
                    String[] pivots = fall ? new String[] {"0", "90", "110", "500"} : new String[] {"0", "80", "100", "120", "120.0001"};
                    plan.scheme(TieredScheme.hybrid("hybrid" + i, measure, fall ? falling : rows,
                            pivots[(int) pick(in, 0, pivots.length - 1)], TieredScheme.Payment.PERCENT_OF_SALARY, null));
                    break;
                case 12:
                    plan.scheme(TieredScheme.hybrid("hybrid turnover" + i, measure, rows, "100",
                            TieredScheme.Payment.PERCENT_OF_TURNOVER, Measure.fact(last)));
                    break;
                case 0:
                    plan.scheme(TieredScheme.retroactive("amount" + i, measure, amounts, TieredScheme.Payment.AMOUNT, null));
                    break;
                case 1:
                    plan.scheme(pick(in, 0, 2) == 0
                            ? TieredScheme.marginal("marginal amount" + i, measure, marginalAmounts, TieredScheme.Payment.AMOUNT, null)
                            : TieredScheme.marginal("marginal" + i, measure, tiers, TieredScheme.Payment.PERCENT_OF_SALARY, null));
                    break;
                case 2:
                    plan.scheme(FixedScheme.of("fixed" + i, condition(in, scorecard, 0), Money.of("EUR", "250.5")));
                    break;
                case 3:
                    plan.scheme(FixedScheme.always("guaranteed" + i, Money.of("EUR", "100")));
                    break;
                case 4:
                    Bands commission = Bands.from("0").upTo("100000", "2").andAbove("4.125");
                    plan.scheme(pick(in, 0, 1) == 0
                            ? TieredScheme.retroactiveOnTurnover("commission" + i, Measure.input("turnover"), commission)
                            : TieredScheme.marginalOnTurnover("marginal commission" + i, Measure.input("turnover"), commission));
                    break;
                default:
                    plan.scheme(TieredScheme.retroactive("tiers" + i, measure, tiers, TieredScheme.Payment.PERCENT_OF_SALARY, null));
                    break;
            }
        }
        if (pick(in, 0, 2) > 0) {
            String[] levels = {"90", "89.99995", "100", "80.00004"};
            String[] factors = {"0.5", "0", "0.333", "0.75"};
            // at least on the rating, an index or an attainment: the kernel's gates; any other condition takes the object path
            Condition condition = pick(in, 0, 2) > 0
                    ? Condition.atLeast(measures[(int) pick(in, 0, 2)], levels[(int) pick(in, 0, 3)])
                    : condition(in, scorecard, 0);
            plan.modifier(Gate.reduceUnless("gate", condition, factors[(int) pick(in, 0, 3)]));
        }
        if (pick(in, 0, 5) == 0) {
            switch ((int) pick(in, 0, 2)) {
                case 0:
                    plan.modifier(VariableLimits.cap(Money.of("EUR", "40000")));
                    break;
                case 1:
                    plan.modifier(VariableLimits.floor(Money.of("EUR", "50.5")));
                    break;
                default:
                    plan.modifier(new VariableLimits("variable limits", Money.of("EUR", "50.5"), Money.of("EUR", "4000")));
                    break;
            }
        }
        if (pick(in, 0, 3) == 0) {
            Deduction.Floor[] floors = Deduction.Floor.values();
            plan.modifier(Deduction.perUnit("idle", "idle-hours", Money.of("EUR", "12.34"))
                    .withFloor(floors[(int) pick(in, 0, floors.length - 1)]));
        }
        if (pick(in, 0, 6) == 0) {
            // a total cap is now and then below the salary: the object path's warning on those rows
            plan.modifier(pick(in, 0, 1) == 0 ? TotalLimits.floor(Money.of("EUR", "1000"))
                    : TotalLimits.cap(Money.of("EUR", "100000.01")));
        }
        return plan.build();
    }

    /**
     * A condition on any measure: at least, at most, between, all-of and any-of (nested once),
     * always, or over plan; levels often on the edges that rounding decides.
     */
    private static Condition condition(RandomnessSource in, Scorecard scorecard, int depth) {
        String first = scorecard.lines().get(0).id();
        String last = scorecard.lines().get(scorecard.size() - 1).id();
        Measure[] measures = {Measure.rating(), Measure.index(first), Measure.attainment(last), Measure.fact(first),
            Measure.fact(last), Measure.input("idle-hours"), Measure.input("turnover")};
        String[] levels = {"0", "15", "80.00004", "89.99995", "90", "100", "120", "1000", "20000.5"};
        Measure measure = measures[(int) pick(in, 0, measures.length - 1)];
        String level = levels[(int) pick(in, 0, levels.length - 1)];
        switch ((int) pick(in, 0, depth == 0 ? 7 : 4)) {
            case 0:
                return Condition.atLeast(measure, level);
            case 1:
                return Condition.atMost(measure, level);
            case 2: {
                String other = levels[(int) pick(in, 0, levels.length - 1)];
                boolean ordered = new BigDecimal(level).compareTo(new BigDecimal(other)) <= 0;
                return Condition.between(measure, ordered ? level : other, ordered ? other : level);
            }
            case 3:
                return Condition.always();
            case 4:
                return Condition.factAtLeastPlanTimes(first, "1.3");
            case 5:
                return Condition.allOf(condition(in, scorecard, depth + 1), condition(in, scorecard, depth + 1));
            default:
                return Condition.anyOf(condition(in, scorecard, depth + 1), condition(in, scorecard, depth + 1),
                        condition(in, scorecard, depth + 1));
        }
    }

    private static @Nullable BigDecimal dec(@Nullable Long unscaled) {
        return unscaled == null ? null : BigDecimal.valueOf(unscaled, SCALE);
    }

    private static long step(long plan, int sign, RandomnessSource in) {
        long d = pick(in, 1, Math.max(1, plan));
        return plan + sign * d;
    }

    private static ScoringCurve curve(int kind) {
        switch (kind) {
            case 0: return RatioCurve.uncapped();
            case 1: return RatioCurve.cappedAt("150");
            case 2: return LinearCurve.basePlan();
            case 3: return LinearCurve.cappedAt("120.5");
            case 4:
            case 5: return TwoSlopeCurve.upTo("150");
            case 6: return TwoSlopeCurve.upTo("133.33");
            case 7: return StepCurve.onAttainment(Bands.from("0").upTo("80", "0").upTo("100", "80").andAbove("120"));
            case 8: return TwoSlopeCurve.upTo("100");
            case 10: return TargetBandCurve.of("0", "0.01");
            // steps on the fact (ascending for higher-is-better, and a falling table), bounds finer than the facts
            case 12: return StepCurve.onFact(Bands.from("-5").upTo("100.005", "10").upTo("5000", "60.12345").andAbove("150"));
            case 13: return StepCurve.onFact(Bands.from("0").upTo("2500", "100").upTo("7500.5", "50").andAbove("0"));
            // steps on attainment with bounds finer than the index scale
            case 14: return StepCurve.onAttainment(Bands.from("0").upTo("89.99995", "0.5").upTo("100.00004", "1").andAbove("1.25"));
            case 11: return TargetBandCurve.of("50", "2500.5").withBelow("0", "100");
            default: return (CustomCurve) (indicator, thresholds, fact) -> fact.subtract(thresholds.plan()).add(BigDecimal.valueOf(100));
        }
    }

    private void employeeLine(RandomnessSource in, int row, ScorecardLine line) {
        String id = line.id();
        boolean higher = line.indicator().isHigherBetter();
        Thresholds t = line.thresholds();
        long plan = t.plan().movePointRight(SCALE).longValueExact();
        Long base = t.base() == null ? null : t.base().movePointRight(SCALE).longValueExact();
        Long target = t.target() == null ? null : t.target().movePointRight(SCALE).longValueExact();
        int mode = complete ? 2 : (int) pick(in, 0, 3);
        if (mode == 1) {
            // an individual plan, usually between the template's base and target
            long low = higher ? (base == null ? -2 : base) : (target == null ? -2 : target);
            long high = higher ? (target == null ? 2 * plan + 10 : target) : (base == null ? 2 * plan + 10 : base);
            plan = pick(in, low, high);
            plans.get(id)[row] = plan;
        } else if (mode >= 2) {
            plan = pick(in, -2, 2_000_000);
            plans.get(id)[row] = plan;
        }
        Long edgeFact = null;
        if (mode >= 2 && pick(in, 0, 7) == 0) {
            // fact and plan whose attainment, unrounded, lies half a unit of the index scale below a
            // gate's level (90, 100, 80.0001), or just beside that: where HALF_UP decides the gate.
            // At the index scale 4, facts and plans at SCALE 2: f × 10^6 / p = level − ½ when
            // f / p = (2 level − 1) / (2 × 10^6).
            long twiceLevel = 2 * EDGE_LEVELS[(int) pick(in, 0, EDGE_LEVELS.length - 1)] - 1;
            long m = pick(in, 1, 5);
            long off = pick(in, -1, 1);
            plan = higher ? 2_000_000 * m : twiceLevel * m + off;
            edgeFact = higher ? twiceLevel * m + off : 2_000_000 * m;
            plans.get(id)[row] = plan;
        }
        if (mode >= 2) {
            if (pick(in, 0, 50) == 0) {
                base = plan; // out of order: plan equals base
            } else {
                base = step(Math.max(1, plan), higher ? -1 : 1, in);
            }
            bases.get(id)[row] = base;
            if (pick(in, 0, 50) == 0) {
                target = plan; // out of order
            } else {
                target = step(Math.max(1, plan), higher ? 1 : -1, in);
            }
            targets.get(id)[row] = target;
        }
        long fact;
        int which = (int) pick(in, 0, 12);
        switch (which) {
            case 0: fact = plan; break;
            case 1: fact = base == null ? 0 : base; break;
            case 2: fact = target == null ? plan : target; break;
            case 3: fact = plan + pick(in, -1, 1); break;
            case 4: fact = 0; break;
            case 5: fact = -pick(in, 1, 1000); break;
            case 6: fact = pick(in, 0, 100) == 0 && columnForm != 2 && !complete ? DecimalColumn.MISSING : plan * 2; break;
            default: fact = pick(in, 0, Math.max(1, Math.abs(plan)) * 2 + 10); break;
        }
        if (edgeFact != null) {
            fact = edgeFact;
        }
        if (row == wideRow) {
            fact = (pick(in, 0, 1) == 0 ? 1 : -1) * pick(in, 1L << 40, 1L << 44);
        }
        facts.get(id)[row] = fact;
        nan.get(id)[row] = columnForm == 2 && !complete && pick(in, 0, 100) == 0;
    }

    TeamInput input() {
        TeamInput.Builder b = TeamInput.builder(size).roles(roles)
                .salaries(EUR, DecimalColumn.ofUnscaled(salaries, SCALE));
        String[] employeeIds = new String[size];
        for (int row = 0; row < size; row++) {
            employeeIds[row] = "E" + row;
        }
        b.employeeIds(employeeIds);
        quantities.forEach((name, values) -> b.quantities(name, column(values, null)));
        java.util.Set<String> used = new java.util.HashSet<>();
        scorecards.forEach(s -> s.lines().forEach(l -> used.add(l.id())));
        for (String id : ids) {
            if (!used.contains(id)) {
                continue;
            }
            b.facts(id, finerFacts ? finer(facts.get(id)) : column(facts.get(id), nan.get(id)));
            b.bases(id, column(bases.get(id), null));
            b.plans(id, column(plans.get(id), null));
            b.targets(id, column(targets.get(id), null));
        }
        return b.build();
    }

    /** The same values at SCALE + 4. */
    private static DecimalColumn finer(long[] unscaled) {
        long[] finer = new long[unscaled.length];
        for (int i = 0; i < finer.length; i++) {
            finer[i] = unscaled[i] == DecimalColumn.MISSING ? DecimalColumn.MISSING : unscaled[i] * 10_000;
        }
        return DecimalColumn.ofUnscaled(finer, SCALE + 4);
    }

    private DecimalColumn column(long[] unscaled, boolean @Nullable [] nans) {
        if (columnForm == 0) {
            return DecimalColumn.ofUnscaled(unscaled, SCALE);
        }
        if (columnForm == 1 || nans == null) {
            BigDecimal[] values = new BigDecimal[unscaled.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = unscaled[i] == DecimalColumn.MISSING ? null : BigDecimal.valueOf(unscaled[i], SCALE);
            }
            return DecimalColumn.of(values);
        }
        double[] values = new double[unscaled.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = nans[i] ? Double.NaN : unscaled[i] / 100.0;
        }
        return DecimalColumn.ofDoubles(values);
    }

    /** The employee as the object API takes it: the role's scorecard with individual thresholds. */
    Scorecard scorecardOf(int row) {
        Scorecard scorecard = scorecards.get(roles[row]);
        Map<String, Thresholds> individual = new LinkedHashMap<>();
        for (ScorecardLine line : scorecard.lines()) {
            String id = line.id();
            Thresholds t = line.thresholds();
            long b = bases.get(id)[row];
            long p = plans.get(id)[row];
            long g = targets.get(id)[row];
            if (b != DecimalColumn.MISSING || p != DecimalColumn.MISSING || g != DecimalColumn.MISSING) {
                individual.put(id, new Thresholds(
                        b == DecimalColumn.MISSING ? t.base() : BigDecimal.valueOf(b, SCALE),
                        p == DecimalColumn.MISSING ? t.plan() : BigDecimal.valueOf(p, SCALE),
                        g == DecimalColumn.MISSING ? t.target() : BigDecimal.valueOf(g, SCALE)));
            }
        }
        return individual.isEmpty() ? scorecard : scorecard.withThresholds(individual);
    }

    /** The employee's facts as the object API takes them. */
    Facts factsOf(int row) {
        Facts.Builder b = Facts.builder();
        for (ScorecardLine line : scorecards.get(roles[row]).lines()) {
            long f = facts.get(line.id())[row];
            if (nan.get(line.id())[row]) {
                b.put(line.id(), Double.NaN);
            } else if (f != DecimalColumn.MISSING) {
                if (columnForm == 2) {
                    b.put(line.id(), f / 100.0);
                } else {
                    b.put(line.id(), BigDecimal.valueOf(f, SCALE));
                }
            }
        }
        return b.build();
    }

    /** The employee's pay inputs as the object API takes them. */
    PayInputs payInputsOf(int row) {
        PayInputs inputs = PayInputs.of(Money.of(EUR, BigDecimal.valueOf(salaries[row], SCALE)));
        for (Map.Entry<String, long[]> q : quantities.entrySet()) {
            long value = q.getValue()[row];
            if (value != DecimalColumn.MISSING) {
                inputs = inputs.with(q.getKey(), BigDecimal.valueOf(value, SCALE));
            }
        }
        return inputs;
    }

    @Override
    public String toString() {
        return "TeamCase[" + size + " employees, form " + columnForm + (finerFacts ? " (finer facts)" : "") + ", " + precision + ", " + scorecards + ", " + payPlans + "]";
    }
}
