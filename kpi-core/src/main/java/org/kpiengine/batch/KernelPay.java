package org.kpiengine.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.indicator.Unit;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;
import org.kpiengine.pay.AllOf;
import org.kpiengine.pay.Always;
import org.kpiengine.pay.AnyOf;
import org.kpiengine.pay.AtLeast;
import org.kpiengine.pay.AtMost;
import org.kpiengine.pay.AttainmentMeasure;
import org.kpiengine.pay.Between;
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
import org.kpiengine.scorecard.Scorecard;

/**
 * A pay plan compiled for the kernel, one {@link Step} per scheme and modifier, in exact minor
 * units of the batch's currency. Each step is the compiled form of one pay record and computes
 * what that record's {@code accrue} or {@code apply} computes, for a whole group of rows at once,
 * without the explanation text, rounding where the record rounds and with the same
 * {@link RoundingMode} (the money rounding, or the index rounding for an interpolated rate). A
 * plan with a step the kernel does not know (see docs/design/batch-kernel.md) is not compiled, and
 * its rows take the object path; a row a step cannot decide (an overflow, an unbounded-best
 * attainment used as an amount, a plan an over-plan condition refuses) takes it too.
 *
 * <p>The measures the steps read (the rating, an index, an attainment, a fact, a plan) are
 * computed once per group, each into its own scratch array, before the first step. A condition or
 * tier bound only compares a measure, never multiplies by it, except in a marginal table; so the
 * unbounded-best attainment of a lower-is-better line at fact 0 is {@link KernelLine#UNBOUNDED_BEST},
 * {@code Long.MAX_VALUE}, which passes every "at least" bound, no "at most" bound, and reaches the
 * top tier, as {@code Reading} does on the object path.
 */
final class KernelPay {

    private static final int RATING = 0;
    private static final int INDEX = 1;
    private static final int ATTAINMENT = 2;
    /**
     * A fact, an individual plan or a named pay input, read from its column and brought to the
     * index scale; a missing value is the slot's fallback (a plan: the template's) or, without
     * one, the object path's to decide.
     */
    private static final int COLUMN = 3;
    /** The share of a pool: Σ weight of the lines whose index reached (or exceeded) 100. */
    private static final int POOL_REACHED = 4;
    private static final int POOL_EXCEEDED = 5;

    /** The bound of the tier bounds a percentage of salary's plain loop takes, and of the measures it compares: 2^61. */
    private static final long PLAIN_MEASURE = 1L << 61;
    /** The rates a percentage of salary's plain loop takes lie below this, at their scale. */
    private static final long PLAIN_RATE = 1L << 20;
    /** A salary of this many bits or more takes the object path in the plain loops: × a rate, it could overflow. */
    private static final int PLAIN_SALARY_BITS = 43;
    /** A variable pay of this many bits or more (or a negative one) takes the object path in the gate's plain loop. */
    private static final int PLAIN_VARIABLE_BITS = 55;

    /** The distinct measures the steps read. */
    private final Slot[] measures;
    private final Step[] steps;

    private KernelPay(List<Slot> measures, Step[] steps) {
        this.measures = measures.toArray(new Slot[0]);
        this.steps = steps;
    }

    /**
     * One distinct measure: its kind and, for an index or attainment, its line; for a column, its
     * name, raw values, the factor that brings them to the index scale and the value of a missing
     * one ({@link Column#MISSING} for none).
     */
    private record Slot(int kind, int line, @Nullable String name, long[] values, long factor, long fallback) {

        boolean sameAs(Slot other) {
            return kind == other.kind && line == other.line && Objects.equals(name, other.name);
        }
    }

    /** Returns the number of components after the salary. */
    int steps() {
        return steps.length;
    }

    /** Returns the number of distinct measures, each needing one scratch array. */
    int measures() {
        return measures.length;
    }

    /**
     * Compiles a plan, or returns null if the kernel cannot compute it.
     *
     * @param plan the pay plan
     * @param scorecard the scorecard its measures read
     * @param columns the batch's columns of each line, in scorecard order
     * @param quantities the batch's named pay inputs
     * @param precision the rounding rule
     * @param currency the batch's currency, null if the batch has no salaries
     */
    static @Nullable KernelPay compile(PayPlan plan, Scorecard scorecard, List<LineColumns> columns,
            Map<String, Column> quantities, Precision precision, @Nullable Currency currency) {
        int currencyScale = Kernel.currencyScale(currency);
        if (currency == null || currencyScale < 0) {
            return null;
        }
        Compiler compiler = new Compiler(scorecard, columns, quantities, precision, currency, currencyScale);
        List<Step> steps = new ArrayList<>();
        try {
            for (Scheme scheme : plan.schemes()) {
                steps.add(compiler.scheme(scheme));
            }
            for (Modifier modifier : plan.modifiers()) {
                steps.add(compiler.modifier(modifier));
            }
        } catch (ArithmeticException | KpiInputException e) {
            // a value beyond a long, or a table the object path would refuse: its rows say why
            return null;
        }
        return steps.contains(null) ? null : new KernelPay(compiler.measures, steps.toArray(new Step[0]));
    }

    /**
     * Compiles the records of one plan, collecting the distinct measures they read. Its
     * {@code scheme} and {@code modifier} are the one place a record finds its step.
     */
    private static final class Compiler {
        final Scorecard scorecard;
        final List<LineColumns> columns;
        final Map<String, Column> quantities;
        final int indexScale;
        final RoundingMode money;
        final RoundingMode index;
        final Currency currency;
        final int currencyScale;
        final List<Slot> measures = new ArrayList<>();

        Compiler(Scorecard scorecard, List<LineColumns> columns, Map<String, Column> quantities, Precision precision,
                Currency currency, int currencyScale) {
            this.scorecard = scorecard;
            this.columns = columns;
            this.quantities = quantities;
            this.indexScale = precision.indexScale();
            this.money = precision.moneyRounding();
            this.index = precision.indexRounding();
            this.currency = currency;
            this.currencyScale = currencyScale;
        }

        /** The step of a scheme, or null if the kernel has none for it. */
        @Nullable Step scheme(Scheme scheme) {
            if (scheme instanceof TieredScheme tiers) {
                int measure = measure(tiers.measure());
                int turnover = tiers.payment() == TieredScheme.Payment.PERCENT_OF_TURNOVER ? turnover(tiers.turnover()) : -1;
                if (measure < 0 || turnover < 0 && tiers.payment() == TieredScheme.Payment.PERCENT_OF_TURNOVER) {
                    return null;
                }
                boolean onItself = tiers.measure().equals(tiers.turnover());
                return switch (tiers.kind()) {
                    case RETROACTIVE -> RetroactiveTiers.compile(this, tiers, measure, turnover);
                    case MARGINAL -> MarginalTiers.compile(this, tiers.tiers(), tiers.payment(), measure, turnover, onItself);
                    case INTERPOLATED -> Interpolated.compile(this, tiers, measure, turnover);
                    case HYBRID -> Hybrid.compile(this, tiers, measure, turnover, onItself);
                };
            }
            if (scheme instanceof LinearScheme linear) {
                return Linear.compile(this, linear);
            }
            if (scheme instanceof CoefficientScheme coefficients) {
                return Coefficients.compile(this, coefficients);
            }
            if (scheme instanceof PoolScheme pool) {
                return Pool.compile(this, pool);
            }
            if (scheme instanceof FixedScheme fixed) {
                Test test = condition(fixed.condition());
                return test == null ? null : new Fixed(test, minor(fixed.amount()));
            }
            if (scheme instanceof PerUnitScheme perUnit) {
                return PerUnit.compile(this, perUnit);
            }
            return null;
        }

        /** The step of a modifier, or null if the kernel has none for it. */
        @Nullable Step modifier(Modifier modifier) {
            if (modifier instanceof Gate gate) {
                return GateStep.compile(this, gate);
            }
            if (modifier instanceof Deduction deduction) {
                int units = measure(deduction.units());
                return units < 0 ? null : new DeductionStep(units, minor(deduction.amountPerUnit()), indexScale,
                        deduction.floor(), money);
            }
            if (modifier instanceof VariableLimits limits) {
                return new LimitsStep(false, minor(limits.floor(), Long.MIN_VALUE), minor(limits.cap(), Long.MAX_VALUE));
            }
            if (modifier instanceof TotalLimits limits) {
                return new LimitsStep(true, minor(limits.floor(), Long.MIN_VALUE), minor(limits.cap(), Long.MAX_VALUE));
            }
            return null;
        }

        /**
         * Compiles a condition to comparisons of measures: "at least" a level is at least the level
         * rounded up to the index scale, "at most" at most the level rounded down, as the measures
         * are exact at that scale.
         */
        @Nullable Test condition(Condition condition) {
            if (condition instanceof Always) {
                return new Bounds(-1, Long.MIN_VALUE, Long.MAX_VALUE);
            }
            if (condition instanceof AtLeast c) {
                int m = measure(c.measure());
                return m < 0 ? null : new Bounds(m, atLeast(c.level()), Long.MAX_VALUE);
            }
            if (condition instanceof AtMost c) {
                int m = measure(c.measure());
                return m < 0 ? null : new Bounds(m, Long.MIN_VALUE, atMost(c.level()));
            }
            if (condition instanceof Between c) {
                int m = measure(c.measure());
                return m < 0 ? null : new Bounds(m, atLeast(c.low()), atMost(c.high()));
            }
            if (condition instanceof OverPlan c) {
                return OverPlanTest.compile(this, c);
            }
            if (condition instanceof AllOf || condition instanceof AnyOf) {
                List<Condition> parts = condition instanceof AllOf all ? all.parts() : ((AnyOf) condition).parts();
                Test[] tests = new Test[parts.size()];
                for (int i = 0; i < tests.length; i++) {
                    tests[i] = condition(parts.get(i));
                    if (tests[i] == null) {
                        return null;
                    }
                }
                return new Combined(condition instanceof AllOf, tests);
            }
            return null;
        }

        /** Returns the measure's slot, or −1 if the kernel cannot read it. */
        int measure(Measure measure) {
            if (measure instanceof FactMeasure m) {
                return fact(m.indicatorId());
            }
            if (measure instanceof InputMeasure m) {
                return column(quantities.get(m.name()), "input " + m.name(), Column.MISSING);
            }
            if (measure instanceof RatingMeasure) {
                return slot(new Slot(RATING, -1, null, new long[0], 1, Column.MISSING));
            }
            String id = measure instanceof IndexMeasure m ? m.indicatorId()
                    : measure instanceof AttainmentMeasure m ? m.indicatorId() : null;
            int line = id == null ? -1 : line(id);
            return line < 0 ? -1
                    : slot(new Slot(measure instanceof IndexMeasure ? INDEX : ATTAINMENT, line, null, new long[0], 1, Column.MISSING));
        }

        /** The line of an indicator in the scorecard, −1 if it has none (the object path's error). */
        int line(String indicatorId) {
            return scorecard.has(indicatorId) ? scorecard.lines().indexOf(scorecard.line(indicatorId)) : -1;
        }

        /** The slot of an indicator's fact, −1 if the kernel cannot read it. */
        int fact(String indicatorId) {
            int line = line(indicatorId);
            return line < 0 ? -1 : column(columns.get(line).fact(), "fact " + line, Column.MISSING);
        }

        /**
         * The slot of an indicator's plan, as {@code KpiIndex.thresholds().plan()} gives it: the
         * individual plan, or the template's where the row has none; −1 if the kernel cannot read it.
         */
        int plan(String indicatorId) {
            int line = line(indicatorId);
            if (line < 0) {
                return -1;
            }
            BigDecimal template = scorecard.lines().get(line).thresholds().plan();
            if (Decimals.normalise(template).scale() > indexScale) {
                return -1;
            }
            Column plans = columns.get(line).plan();
            long fallback = unscaled(template, indexScale);
            if (plans == null) {
                return slot(new Slot(COLUMN, -1, "plan " + line, new long[0], 1, fallback));
            }
            return column(plans, "plan " + line, fallback);
        }

        /** The scale of the pool shares' weights, set by {@link #poolShare}. */
        int poolWeightScale;

        /**
         * The slot of a pool's share: per row Σ weight of the lines whose index is at least (or
         * above) 100, the weights at one scale; −1 if the weights are too fine.
         */
        int poolShare(boolean exceeded) {
            int scale = 0;
            for (var line : scorecard.lines()) {
                scale = Math.max(scale, scale(line.weight().value()));
            }
            if (scale > ScaledMath.MAX_POWER || indexScale + 2 > ScaledMath.MAX_POWER) {
                return -1;
            }
            poolWeightScale = scale;
            long[] weights = new long[scorecard.size()];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = unscaled(scorecard.lines().get(k).weight().value(), scale);
            }
            return slot(new Slot(exceeded ? POOL_EXCEEDED : POOL_REACHED, -1, null, weights,
                    ScaledMath.pow10(indexScale + 2), Column.MISSING));
        }

        /** A measure read from a column, or −1 if there is none or it is finer than the index scale. */
        private int column(@Nullable Column column, String name, long fallback) {
            if (column == null || column.scale() > indexScale || indexScale - column.scale() > ScaledMath.MAX_POWER) {
                return -1;
            }
            return slot(new Slot(COLUMN, -1, name, column.unscaled(), ScaledMath.pow10(indexScale - column.scale()), fallback));
        }

        /** The position of the slot among the measures, added if it is not there yet. */
        private int slot(Slot slot) {
            for (int j = 0; j < measures.size(); j++) {
                if (measures.get(j).sameAs(slot)) {
                    return j;
                }
            }
            measures.add(slot);
            return measures.size() - 1;
        }

        /**
         * The turnover a percent-of-turnover table pays on: a MONEY indicator's fact or a named
         * input, as {@code PayContext.turnover} accepts; −1 otherwise (the object path refuses it).
         */
        int turnover(@Nullable Measure turnover) {
            if (turnover instanceof FactMeasure m) {
                return line(m.indicatorId()) < 0 || scorecard.line(m.indicatorId()).indicator().unit() != Unit.MONEY ? -1
                        : measure(m);
            }
            return turnover instanceof InputMeasure ? measure(turnover) : -1;
        }

        /**
         * The power of ten between a salary in minor units and a turnover at the index scale, for
         * a table paying a percentage of the one or the other.
         */
        int baseShift(int turnover) {
            return turnover >= 0 ? indexScale - currencyScale : 0;
        }

        /** An amount of the batch's currency in minor units; throws if of another currency. */
        long minor(Money money) {
            if (!money.currency().equals(currency)) {
                throw new ArithmeticException("another currency: the object path reports it");
            }
            return unscaled(money.amount(), currencyScale);
        }

        /** An optional amount in minor units, {@code absent} if null. */
        long minor(@Nullable Money money, long absent) {
            return money == null ? absent : minor(money);
        }

        /** A level at the index scale, rounded up: a measure is at least the level exactly when at least this. */
        long atLeast(BigDecimal level) {
            return edgeChecked(level.setScale(indexScale, RoundingMode.CEILING));
        }

        /** A level at the index scale, rounded down: a measure is at most the level exactly when at most this. */
        long atMost(BigDecimal level) {
            return edgeChecked(level.setScale(indexScale, RoundingMode.FLOOR));
        }

        private static long edgeChecked(BigDecimal level) {
            long v = level.unscaledValue().longValueExact();
            if (v == Long.MIN_VALUE || v == Long.MAX_VALUE) {
                throw new ArithmeticException("level at the edge of a long");
            }
            return v;
        }

        /** The number of decimal places a value needs. */
        static int scale(BigDecimal value) {
            return Decimals.normalise(value).scale();
        }

        /** A value's unscaled {@code long} at a scale; throws if it needs rounding or is beyond a long. */
        static long unscaled(BigDecimal value, int scale) {
            return value.setScale(scale).unscaledValue().longValueExact();
        }

        /** Whether a power of ten fits a {@code long}: 0 to 18. */
        static boolean power(int exponent) {
            return exponent >= 0 && exponent <= ScaledMath.MAX_POWER;
        }
    }

    /**
     * Computes the pay of a group of rows, one step at a time: writes each step's component into
     * the row's slot of the chunk's pay column and adds it to the row's running variable pay; a
     * row a step cannot decide is marked in {@code undecided}. The caller adds the salary for the
     * total, in its pass writing the group's results.
     *
     * @param rows the rows, the first {@code count} used
     * @param count the number of rows
     * @param ratings the rows' ratings, unscaled at the index scale
     * @param salaries the rows' salaries, in minor units
     * @param variables the rows' running variable pay in minor units, 0 for each row on entry
     * @param scratch scratch for the measures, at least {@link #measures()} arrays of the group's size
     * @param chunk the results' chunk that holds the rows: their indices are read, their pay
     *     components written ({@link Results.Chunk#slot}); a row with an amount beyond {@code int}
     *     is left undecided
     * @param lines the compiled scorecard lines, for attainments
     * @param warned per group row, set to 1 if a step gave it a warning (0 for each row on entry)
     * @param undecided the rows that need the object path
     */
    void compute(int[] rows, int count, long[] ratings, long[] salaries, long[] variables, long[][] scratch,
            Results.Chunk chunk, KernelLine[] lines, byte[] warned, boolean[] undecided) {
        long[][] measured = new long[measures.length][];
        for (int j = 0; j < measures.length; j++) {
            measured[j] = measure(j, rows, count, ratings, scratch[j], chunk, lines, undecided);
        }
        Group group = new Group(rows, count, chunk, measured, salaries, variables, warned, undecided);
        for (int s = 0; s < steps.length; s++) {
            steps[s].apply(group, s);
        }
    }

    /** The values of one measure for the rows: the ratings themselves, or indices or attainments in scratch. */
    private long[] measure(int j, int[] rows, int count, long[] ratings, long[] scratch, Results.Chunk chunk,
            KernelLine[] lines, boolean[] undecided) {
        int[] indices = chunk.indices;
        Slot slot = measures[j];
        int kind = slot.kind();
        if (kind == RATING) {
            return ratings;
        }
        if (kind == POOL_REACHED || kind == POOL_EXCEEDED) {
            long[] weights = slot.values();
            long hundred = slot.factor() + (kind == POOL_EXCEEDED ? 1 : 0); // above 100: at least 100 + 1 unit
            for (int i = 0; i < count; i++) {
                int row = rows[i];
                long share = 0;
                for (int k = 0; k < weights.length; k++) {
                    share += indices[chunk.slot(k) + row] >= hundred ? weights[k] : 0;
                }
                scratch[i] = share;
            }
            return scratch;
        }
        if (kind == COLUMN) {
            long[] values = slot.values();
            long factor = slot.factor();
            long fallback = slot.fallback();
            for (int i = 0; i < count; i++) {
                int row = rows[i];
                long v = row < values.length ? values[row] : Column.MISSING;
                long scaled = v * factor;
                if (v == Column.MISSING && fallback != Column.MISSING) {
                    scratch[i] = fallback; // a plan the row does not override: the template's
                } else if (v <= Column.OBJECT || Math.multiplyHigh(v, factor) != (scaled >> 63)) {
                    undecided[i] = true; // absent, held only as an object, or beyond a long
                } else {
                    scratch[i] = scaled;
                }
            }
            return scratch;
        }
        int line = slot.line();
        if (kind == INDEX) {
            int at = chunk.slot(line);
            for (int i = 0; i < count; i++) {
                scratch[i] = indices[at + rows[i]];
            }
            return scratch;
        }
        lines[line].attainments(rows, count, scratch, undecided);
        return scratch;
    }

    /**
     * One scheme or modifier compiled: computes its component for each decided row of a group.
     * A step writes its record's formula for one row, {@link #row}; what is done with a row's
     * component (the overflow and {@code int} checks, the write into the pay column, the running
     * variable pay) and with a row that throws is written once, in {@link Group#put} and
     * {@link Group#refuse}. Each step's {@link #apply} is the same five-line loop calling them:
     *
     * <pre>{@code
     * for (int i = 0; i < group.count(); i++) {
     *     if (group.open(i)) {
     *         try {
     *             group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
     *         } catch (ArithmeticException | ObjectPathSignal e) {
     *             group.refuse(i);
     *         }
     *     }
     * }
     * }</pre>
     *
     * <p>The loop is repeated in each step on purpose: there, the step is of one final class, so
     * the compiler binds {@code row} to that class and inlines it, with the group's small methods.
     * A single loop shared by every step (a {@code Group.run(step, slot)} called from each
     * {@code apply}) is compiled once, because a call made once per group is not hot enough to be
     * inlined into each caller; it then calls every step's {@code row} through a type check, row by
     * row: today's whole batch measured 3 to 8 % slower with it (see docs/guides/performance.md,
     * The rating pass, the pay steps' loops and the result writes).
     *
     * <p>Retroactive tiers on a percentage of salary and a gate on one measure also have a plain
     * loop for their most common form, taken instead of this one when it applies
     * ({@code RetroactiveTiers.applyPercentOfSalary}, {@code GateStep.applyBounds}).
     */
    interface Step {

        /**
         * Computes the group's components: the loop above, in every step.
         *
         * @param group the group's rows
         * @param slot the step's position among the plan's components after the salary
         */
        void apply(Group group, int slot);

        /**
         * One row's component in minor units.
         *
         * @param measured the group's values of each measure, by slot
         * @param i the row's position in the group
         * @param salary the row's salary in minor units
         * @param variable the row's variable pay so far in minor units
         * @param warned set {@code warned[i]} to 1 for a warning only the object path writes
         * @throws ObjectPathSignal for a row the object path must decide
         * @throws ArithmeticException on overflow
         */
        long row(long[][] measured, int i, long salary, long variable, byte[] warned);
    }

    /**
     * One group of rows as the steps see it, and what is done with each row's component.
     *
     * @param rows the rows, the first {@code count} used
     * @param count the number of rows in the group
     * @param chunk the results' chunk that holds the rows, whose pay components are written
     * @param measured the group's values of each measure, by slot
     * @param salaries the rows' salaries in minor units
     * @param variables the rows' variable pay so far in minor units
     * @param warned the rows given a warning only the object path writes, set to 1
     * @param undecided the rows that need the object path
     */
    record Group(int[] rows, int count, Results.Chunk chunk, long[][] measured, long[] salaries, long[] variables,
            byte[] warned, boolean[] undecided) {

        /**
         * Returns whether row {@code i} is still decided by the kernel, so a step computes it.
         *
         * @param i the row's position in the group
         * @return true unless the row is left to the object path
         */
        boolean open(int i) {
            return !undecided[i];
        }

        /**
         * Returns a row's salary.
         *
         * @param i the row's position in the group
         * @return the salary in minor units
         */
        long salary(int i) {
            return salaries[i];
        }

        /**
         * Returns a row's variable pay so far.
         *
         * @param i the row's position in the group
         * @return the variable pay in minor units
         */
        long variable(int i) {
            return variables[i];
        }

        /**
         * Takes a row's component of a step: writes it into the row's slot of the pay column and
         * adds it to the row's variable pay; or leaves the row to the object path when the sum
         * overflows or the component is beyond the {@code int} pay column.
         *
         * @param i the row's position in the group
         * @param slot the step's slot in the pay column
         * @param amount the component in minor units
         */
        void put(int i, int slot, long amount) {
            long before = variables[i];
            long variable = before + amount;
            // Written without a branch: a row left to the object path has its pay and variable pay
            // written too, but no later step reads them, and the object path writes its own.
            boolean refused = ((before ^ variable) & (amount ^ variable)) < 0 // overflow
                    | amount != (int) amount; // beyond the int pay column
            chunk.pay[chunk.slot(slot) + rows[i]] = (int) amount;
            variables[i] = variable;
            undecided[i] |= refused;
        }

        /**
         * Leaves a row to the object path: its step overflowed or said only the object path can
         * decide it.
         *
         * @param i the row's position in the group
         */
        void refuse(int i) {
            undecided[i] = true;
        }
    }

    /**
     * A step whose amount is a function of one measure and the base a percentage is paid on (the
     * salary, or the turnover when one is measured): the tier tables and the linear scheme.
     */
    interface MeasureStep extends Step {

        /** Returns the measure's slot. */
        int measure();

        /** Returns the turnover's measure slot for a percent of turnover, else −1 (the base is the salary). */
        int turnover();

        /** Returns whether every accrual carries the falling-rate warning, as the object path gives it. */
        boolean falling();

        @Override
        default long row(long[][] measured, int i, long salary, long variable, byte[] warned) {
            if (falling()) {
                warned[i] = 1; // on every accrual, as the object path warns
            }
            int turnover = turnover();
            return amount(measured[measure()][i], turnover >= 0 ? measured[turnover][i] : salary);
        }

        /**
         * One row's amount in minor units.
         *
         * @param v the measure at the index scale
         * @param base the salary in minor units or the turnover at the index scale
         * @throws ObjectPathSignal for a row the object path must decide
         * @throws ArithmeticException on overflow
         */
        long amount(long v, long base);
    }

    /**
     * A tier table in the kernel's units, as the marginal and interpolated steps read it: the
     * bounds at one scale (at least the index scale), the open top {@code Long.MAX_VALUE}, the
     * values at one scale.
     */
    private record Table(int boundScale, int valueScale, long[] lowers, long[] uppers, long[] values, boolean falling) {

        /**
         * Reads a table, or returns null if its bounds are finer than a long holds or (for an
         * amount table) a value is finer than the minor unit, which the object path refuses.
         */
        static @Nullable Table of(Compiler compiler, Bands table, boolean amount) {
            List<Band> bands = table.bands();
            int boundScale = compiler.indexScale;
            int valueScale = 0;
            boolean falling = false;
            for (int i = 0; i < bands.size(); i++) {
                Band band = bands.get(i);
                boundScale = Math.max(boundScale, Compiler.scale(band.lowerInclusive()));
                valueScale = Math.max(valueScale, Compiler.scale(band.value()));
                if (amount && band.value().scale() > compiler.currencyScale) {
                    return null;
                }
                falling |= i > 0 && band.value().compareTo(bands.get(i - 1).value()) < 0;
            }
            if (boundScale > ScaledMath.MAX_POWER) {
                return null;
            }
            long[] lowers = new long[bands.size()];
            long[] uppers = new long[bands.size()];
            long[] values = new long[bands.size()];
            for (int i = 0; i < bands.size(); i++) {
                Band band = bands.get(i);
                lowers[i] = Compiler.unscaled(band.lowerInclusive(), boundScale);
                uppers[i] = band.upperExclusive() == null ? Long.MAX_VALUE : Compiler.unscaled(band.upperExclusive(), boundScale);
                values[i] = Compiler.unscaled(band.value(), valueScale);
            }
            return new Table(boundScale, valueScale, lowers, uppers, values, falling);
        }

        /** The factor from a measure at the index scale to the bounds' scale. */
        long toBoundScale(Compiler compiler) {
            return ScaledMath.pow10(boundScale - compiler.indexScale);
        }
    }

    /** A condition compiled to comparisons of measures. */
    interface Test {
        /**
         * Whether the condition holds for row {@code i} of the group.
         *
         * @throws ObjectPathSignal for a row whose condition only the object path can decide
         * @throws ArithmeticException on overflow
         */
        boolean held(long[][] measured, int i);
    }

    /**
     * {@code Always}, {@code AtLeast}, {@code AtMost} and {@code Between}: low ≤ measure ≤ high; a
     * measure slot of −1 is always held ({@code Always}).
     */
    record Bounds(int measure, long low, long high) implements Test {

        @Override
        public boolean held(long[][] measured, int i) {
            if (measure < 0) {
                return true;
            }
            long m = measured[measure][i];
            // UNBOUNDED_BEST is Long.MAX_VALUE: above every high bound but the absent one. Both
            // comparisons are made (&, not &&): one test of their result instead of two branches.
            return m >= low & m <= high;
        }
    }

    /**
     * {@code OverPlan}: fact ≥ multiple × plan when higher is better, fact × multiple ≤ plan when
     * lower is better, compared exactly (fact and plan at the index scale, the multiple as
     * M / 10^k); a plan of 0 or less is the object path's error.
     */
    record OverPlanTest(int fact, int plan, long multiple, long multipleDivisor, boolean higher) implements Test {

        static @Nullable Test compile(Compiler compiler, OverPlan condition) {
            int fact = compiler.fact(condition.indicatorId());
            int plan = compiler.plan(condition.indicatorId());
            int scale = Compiler.scale(condition.multiple());
            if (fact < 0 || plan < 0 || !Compiler.power(scale)) {
                return null;
            }
            return new OverPlanTest(fact, plan, Compiler.unscaled(condition.multiple(), scale), ScaledMath.pow10(scale),
                    compiler.scorecard.line(condition.indicatorId()).indicator().isHigherBetter());
        }

        @Override
        public boolean held(long[][] measured, int i) {
            long p = measured[plan][i];
            if (p <= 0) {
                throw ObjectPathSignal.INSTANCE; // PLAN_NOT_POSITIVE: the object path writes the error
            }
            long f = measured[fact][i];
            return higher ? Math.multiplyExact(f, multipleDivisor) >= Math.multiplyExact(multiple, p)
                    : Math.multiplyExact(f, multiple) <= Math.multiplyExact(p, multipleDivisor);
        }
    }

    /** {@code AllOf} and {@code AnyOf}: every part is evaluated, as on the object path. */
    record Combined(boolean all, Test[] parts) implements Test {

        @Override
        public boolean held(long[][] measured, int i) {
            boolean held = all;
            for (Test part : parts) {
                held = all ? held & part.held(measured, i) : held | part.held(measured, i);
            }
            return held;
        }
    }

    /**
     * {@code TieredScheme} RETROACTIVE: the band the measure falls in pays its amount, or its rate
     * on the whole salary or turnover, rounded once: the lower bounds rounded up to the index
     * scale, padded with {@code Long.MAX_VALUE} to a multiple of 4; {@code values}, a 0 for a measure
     * below the first band, then per bound the payment (a padding bound's the last band's); and the
     * power of ten from base × rate down to minor units.
     */
    record RetroactiveTiers(int measure, int turnover, long[] lowers, long[] values, boolean amount, int percentScale,
            RoundingMode money, boolean plainPercentOfSalary) implements MeasureStep {

        @Override
        public void apply(Group group, int slot) {
            if (plainPercentOfSalary) {
                applyPercentOfSalary(group, slot);
                return;
            }
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    try {
                        group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        group.refuse(i);
                    }
                }
            }
        }

        /**
         * Whether {@link #applyPercentOfSalary} applies: a percentage of salary in whole percents,
         * rounded {@code HALF_UP} to the minor unit, over at most four bands whose lower bounds lie
         * within ±2^61 and whose rates lie in [0, 2^20).
         */
        private static boolean plainPercentOfSalary(boolean amount, int turnover, long[] lowers, long[] values,
                int percentScale, RoundingMode money) {
            if (amount || turnover >= 0 || money != RoundingMode.HALF_UP || lowers.length != 4 || percentScale != 2) {
                return false;
            }
            for (long lower : lowers) {
                if (lower != Long.MAX_VALUE && Math.abs(lower) > PLAIN_MEASURE) {
                    return false;
                }
            }
            for (long value : values) {
                if (value < 0 || value >= PLAIN_RATE) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The group's loop for a percentage of salary ({@link #plainPercentOfSalary}), without a
         * {@code try} or a call per row: the rating pass has left every open row's salary at 0 or
         * more, so salary × rate is not negative and, for a salary below 2^43, fits a {@code long},
         * far from overflowing in the rounding; a larger salary goes to the object path.
         */
        private void applyPercentOfSalary(Group group, int slot) {
            long[] measure = group.measured()[this.measure];
            long[] salaries = group.salaries();
            long[] values = this.values;
            // a padding bound (Long.MAX_VALUE) as PLAIN_MEASURE, which only a measure at or above it
            // reaches, as before; it pays the last band again
            long l0 = Math.min(lowers[0], PLAIN_MEASURE);
            long l1 = Math.min(lowers[1], PLAIN_MEASURE);
            long l2 = Math.min(lowers[2], PLAIN_MEASURE);
            long l3 = Math.min(lowers[3], PLAIN_MEASURE);
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    // The measure held within ±2^61 (an unbounded best, Long.MAX_VALUE, stays above
                    // every bound), so that each difference below has its sign: 1 for every bound
                    // it reached, by arithmetic, since where a rating falls is a coin toss that a
                    // branch would mispredict.
                    long v = Math.max(-PLAIN_MEASURE, Math.min(measure[i], PLAIN_MEASURE));
                    long reached = ((l0 - 1 - v) >>> 63) + ((l1 - 1 - v) >>> 63) + ((l2 - 1 - v) >>> 63)
                            + ((l3 - 1 - v) >>> 63);
                    long salary = salaries[i];
                    long paid = ScaledMath.divideNonNegativeByTenOrHundredHalfUp(salary * values[(int) reached], 2);
                    if (salary >>> PLAIN_SALARY_BITS != 0) {
                        group.refuse(i);
                    } else {
                        group.put(i, slot, paid);
                    }
                }
            }
        }

        static @Nullable RetroactiveTiers compile(Compiler compiler, TieredScheme tiers, int measure, int turnover) {
            boolean amount = tiers.payment() == TieredScheme.Payment.AMOUNT;
            List<Band> bands = tiers.tiers().bands();
            int valueScale = 0;
            for (Band band : bands) {
                valueScale = Math.max(valueScale, Compiler.scale(band.value()));
            }
            // an amount is paid as it is, in minor units (one finer than that throws: the object path refuses it)
            valueScale = amount ? compiler.currencyScale : valueScale;
            int percentScale = valueScale + 2 + compiler.baseShift(turnover);
            if (!amount && !Compiler.power(percentScale)) {
                return null;
            }
            // the bounds padded to a multiple of 4 with Long.MAX_VALUE (never a bound: atLeast refuses
            // it), each padding bound paying the last band again, so that amount() compares four at a
            // time; only an unbounded-best measure reaches a padding bound, and it is in the last band
            int padded = (bands.size() + 3) & ~3;
            long[] lowers = new long[padded];
            long[] values = new long[padded + 1]; // values[0]: below the first band, nothing
            for (int i = 0; i < padded; i++) {
                lowers[i] = i < bands.size() ? compiler.atLeast(bands.get(i).lowerInclusive()) : Long.MAX_VALUE;
                values[i + 1] = i < bands.size() ? Compiler.unscaled(bands.get(i).value(), valueScale) : values[i];
            }
            return new RetroactiveTiers(measure, turnover, lowers, values, amount, percentScale, compiler.money,
                    plainPercentOfSalary(amount, turnover, lowers, values, percentScale, compiler.money));
        }

        @Override
        public boolean falling() {
            return false;
        }

        /** @throws ObjectPathSignal for a negative base, which the object path refuses */
        @Override
        public long amount(long v, long base) {
            // The number of lower bounds at or below v picks the band; counted without an early
            // exit, the comparisons need no unpredictable branch, nor does a measure below the
            // first band, whose value 0 pays 0 (base × 0 rounds to 0 in every mode).
            int reached = 0;
            for (int b = 0; b < lowers.length; b += 4) { // a table of up to 4 bands: once, no loop
                reached += (v >= lowers[b] ? 1 : 0) + (v >= lowers[b + 1] ? 1 : 0) + (v >= lowers[b + 2] ? 1 : 0)
                        + (v >= lowers[b + 3] ? 1 : 0);
            }
            long rate = values[reached];
            if (amount) {
                return rate;
            }
            long product = base * rate;
            if (base < 0 || Math.multiplyHigh(base, rate) != (product >> 63)) {
                throw ObjectPathSignal.INSTANCE;
            }
            return ScaledMath.divideByPowerOfTen(product, percentScale, money);
        }
    }

    /**
     * {@code TieredScheme} MARGINAL: each band pays its rate on the portion of the measure inside
     * it, Σ portion × rate; an amount table pays that sum rounded once, a percent table
     * base × sum / (measure × 100) rounded once, the base being the salary or the turnover; a
     * percent of the turnover the tiers are measured on is sum / 100. For an amount table
     * {@code sumToMinor} is the power of ten from the sum's scale down to the minor unit (negative:
     * up); for a percent table {@code percentDivisor} is the power of ten beside the measure in the
     * divisor.
     */
    record MarginalTiers(int measure, int turnover, Table table, long toBoundScale, boolean percentOfBase, int sumToMinor,
            long percentDivisor, RoundingMode money) implements MeasureStep {

        @Override
        public void apply(Group group, int slot) {
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    try {
                        group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        group.refuse(i);
                    }
                }
            }
        }

        static @Nullable MarginalTiers compile(Compiler compiler, Bands bands, TieredScheme.Payment payment, int measure,
                int turnover, boolean onItself) {
            boolean percent = payment != TieredScheme.Payment.AMOUNT;
            Table table = Table.of(compiler, bands, !percent);
            if (table == null) {
                return null;
            }
            // amount: sum at the bounds' and rates' scales to minor units; on itself, one more 100
            int sumToMinor = table.boundScale() + table.valueScale() - compiler.currencyScale + (onItself ? 2 : 0);
            // salary (minor units) or turnover (index scale) × sum / (value × 100 × 10^rate scale)
            int divisorPower = table.valueScale() + 2 + compiler.baseShift(turnover);
            if (!Compiler.power(Math.abs(sumToMinor)) || !Compiler.power(divisorPower)) {
                return null;
            }
            return new MarginalTiers(measure, turnover, table, table.toBoundScale(compiler), percent && !onItself,
                    sumToMinor, ScaledMath.pow10(divisorPower), compiler.money);
        }

        @Override
        public boolean falling() {
            return false;
        }

        /**
         * @throws ObjectPathSignal for an unbounded-best measure (never an amount) or a negative
         *     turnover, which the object path refuses
         */
        @Override
        public long amount(long raw, long base) {
            if (raw == KernelLine.UNBOUNDED_BEST || turnover >= 0 && base < 0) {
                throw ObjectPathSignal.INSTANCE;
            }
            long value = Math.multiplyExact(raw, toBoundScale);
            long[] lowers = table.lowers();
            long[] uppers = table.uppers();
            long[] rates = table.values();
            long sum = 0;
            for (int b = 0; b < lowers.length; b++) {
                long portion = Math.min(value, uppers[b]) - lowers[b];
                if (portion <= 0) {
                    break;
                }
                sum = Math.addExact(sum, Math.multiplyExact(portion, rates[b]));
            }
            if (sum == 0) {
                return 0;
            }
            if (percentOfBase) {
                // value > 0 here: some portion above a lower bound of 0 or more
                return ScaledMath.divide(Math.multiplyExact(base, sum), Math.multiplyExact(value, percentDivisor), money);
            }
            return sumToMinor >= 0 ? ScaledMath.divideByPowerOfTen(sum, sumToMinor, money)
                    : Math.multiplyExact(sum, ScaledMath.pow10(-sumToMinor));
        }
    }

    /**
     * {@code TieredScheme} HYBRID: below the pivot exactly the retroactive table, at or above it
     * (and for an unbounded-best measure) exactly the marginal table whose first tier [0, pivot)
     * carries the rate of the highest tier below the pivot, followed by the tiers above it, as
     * {@code TieredScheme} builds it. A table whose rate falls marks every row warned.
     */
    record Hybrid(int measure, int turnover, long pivot, RetroactiveTiers below, MarginalTiers above, boolean falling)
            implements MeasureStep {

        @Override
        public void apply(Group group, int slot) {
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    try {
                        group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        group.refuse(i);
                    }
                }
            }
        }

        static @Nullable Step compile(Compiler compiler, TieredScheme tiers, int measure, int turnover, boolean onItself) {
            BigDecimal at = tiers.pivot();
            if (at == null) {
                return null;
            }
            Band lastBelow = null;
            List<Band> upper = new ArrayList<>();
            List<Band> bands = tiers.tiers().bands();
            boolean falling = false;
            for (int i = 0; i < bands.size(); i++) {
                Band tier = bands.get(i);
                falling |= i > 0 && tier.value().compareTo(bands.get(i - 1).value()) < 0;
                if (tier.lowerInclusive().compareTo(at) < 0) {
                    lastBelow = tier;
                }
                BigDecimal top = tier.upperExclusive();
                if (top == null || top.compareTo(at) > 0) {
                    upper.add(new Band(tier.lowerInclusive().max(at), top, tier.value()));
                }
            }
            if (lastBelow != null) {
                upper.add(0, new Band(BigDecimal.ZERO, at, lastBelow.value()));
            }
            // Bands.of cannot refuse the table of a valid hybrid scheme; if it did, compile() would
            // catch its exception and leave the plan to the object path, which would say why.
            RetroactiveTiers retroactive = RetroactiveTiers.compile(compiler, tiers, measure, turnover);
            MarginalTiers marginal = MarginalTiers.compile(compiler, Bands.of(upper), tiers.payment(), measure, turnover,
                    onItself);
            if (retroactive == null || marginal == null) {
                return null;
            }
            return new Hybrid(measure, turnover, compiler.atLeast(at), retroactive, marginal, falling);
        }

        @Override
        public long amount(long v, long base) {
            // v < pivot exactly when v < the pivot rounded up, v being exact at the index scale
            return v != KernelLine.UNBOUNDED_BEST && v < pivot ? below.amount(v, base) : above.amount(v, base);
        }
    }

    /**
     * {@code TieredScheme} INTERPOLATED: below the first boundary nothing; inside a bounded tier
     * the rate (rateᵢ × width + (measure − lowerᵢ) × (rateᵢ₊₁ − rateᵢ)) / width, rounded once like
     * money for an amount table, and like an index (index scale and rounding) for a percent table,
     * which then pays base × rate / 100 rounded once; in the last tier its rate. A table whose rate
     * falls marks every row it pays warned, as the object path warns on each such accrual.
     * {@code widths}: per bounded tier, upper − lower at the bounds' scale; {@code shift}: the power
     * of ten from dividend / width (at the rate scale) to the minor unit (amount) or the index scale
     * (rate); {@code percentShift}: from base × rate down to minor units; {@code rounding}: how the
     * quotient rounds, the money rounding for an amount, the index rounding for a rate.
     */
    record Interpolated(int measure, int turnover, Table table, boolean amount, long toBoundScale, long[] widths, int shift,
            int percentShift, RoundingMode rounding, RoundingMode money) implements MeasureStep {

        @Override
        public void apply(Group group, int slot) {
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    try {
                        group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        group.refuse(i);
                    }
                }
            }
        }

        static @Nullable Step compile(Compiler compiler, TieredScheme tiers, int measure, int turnover) {
            boolean amount = tiers.payment() == TieredScheme.Payment.AMOUNT;
            Table table = Table.of(compiler, tiers.tiers(), amount);
            if (table == null) {
                return null;
            }
            int shift = (amount ? compiler.currencyScale : compiler.indexScale) - table.valueScale();
            // percent of salary: salary (minor) × rate (index scale) / 100; of turnover: turnover at the index scale too
            int percentShift = compiler.indexScale + 2 + compiler.baseShift(turnover);
            if (!Compiler.power(Math.abs(shift)) || !Compiler.power(percentShift)) {
                return null;
            }
            long[] lowers = table.lowers();
            long[] uppers = table.uppers();
            long[] widths = new long[lowers.length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = uppers[i] == Long.MAX_VALUE ? 0 : Math.subtractExact(uppers[i], lowers[i]);
            }
            return new Interpolated(measure, turnover, table, amount, table.toBoundScale(compiler), widths, shift,
                    percentShift, amount ? compiler.money : compiler.index, compiler.money);
        }

        @Override
        public boolean falling() {
            return table.falling();
        }

        /** @throws ObjectPathSignal for a negative turnover, which the object path refuses */
        @Override
        public long amount(long raw, long base) {
            long[] lowers = table.lowers();
            long[] rates = table.values();
            int last = lowers.length - 1;
            int tier;
            long value = 0;
            if (raw == KernelLine.UNBOUNDED_BEST) {
                tier = last; // the top tier, as Reading.find gives it
            } else {
                value = Math.multiplyExact(raw, toBoundScale);
                tier = -1;
                for (long lower : lowers) {
                    tier += value >= lower ? 1 : 0;
                }
            }
            if (tier < 0) {
                return 0;
            }
            // dividend / divisor at the rate scale
            long dividend;
            long divisor;
            if (tier == last) {
                dividend = rates[tier];
                divisor = 1;
            } else {
                divisor = widths[tier];
                dividend = Math.addExact(Math.multiplyExact(rates[tier], divisor),
                        Math.multiplyExact(value - lowers[tier], rates[tier + 1] - rates[tier]));
            }
            long scaled = shift >= 0 ? ScaledMath.divide(Math.multiplyExact(dividend, ScaledMath.pow10(shift)), divisor, rounding)
                    : ScaledMath.divide(dividend, Math.multiplyExact(divisor, ScaledMath.pow10(-shift)), rounding);
            if (amount) {
                return scaled;
            }
            if (base < 0) {
                throw ObjectPathSignal.INSTANCE; // a negative turnover: the object path refuses it
            }
            return ScaledMath.divideByPowerOfTen(Math.multiplyExact(base, scaled), percentShift, money);
        }
    }

    /**
     * {@code LinearScheme}: 0 at or below the base (the minimum norm), else planned bonus ×
     * (measure − base) / (100 − base), rounded once, or the cap when that is above it (−1: none).
     */
    record Linear(int measure, long toScale, long norm, long divisor, long planned, long cap, RoundingMode money)
            implements MeasureStep {

        @Override
        public void apply(Group group, int slot) {
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    try {
                        group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        group.refuse(i);
                    }
                }
            }
        }

        static @Nullable Step compile(Compiler compiler, LinearScheme linear) {
            int measure = compiler.measure(linear.measure());
            int scale = Math.max(compiler.indexScale, Compiler.scale(linear.base()));
            if (measure < 0 || scale > ScaledMath.MAX_POWER - 3) {
                return null;
            }
            long norm = Compiler.unscaled(linear.base(), scale);
            long divisor = Math.subtractExact(Math.multiplyExact(100, ScaledMath.pow10(scale)), norm);
            return new Linear(measure, ScaledMath.pow10(scale - compiler.indexScale), norm, divisor,
                    compiler.minor(linear.plannedBonus()), compiler.minor(linear.cap(), -1), compiler.money);
        }

        @Override
        public int turnover() {
            return -1;
        }

        @Override
        public boolean falling() {
            return false;
        }

        /** @throws ObjectPathSignal for an unbounded-best measure, never an amount: the object path refuses it */
        @Override
        public long amount(long v, long salaryOrTurnover) {
            if (v == KernelLine.UNBOUNDED_BEST) {
                throw ObjectPathSignal.INSTANCE;
            }
            long value = Math.multiplyExact(v, toScale);
            if (value <= norm) {
                return 0;
            }
            long dividend = Math.multiplyExact(planned, value - norm);
            return cap >= 0 && dividend > Math.multiplyExact(cap, divisor) ? cap : ScaledMath.divide(dividend, divisor, money);
        }
    }

    /**
     * {@code CoefficientScheme}: turnover × share % × Σ weight × coefficient, rounded once, each
     * coefficient the step its measure falls in (0 below the first), as a retroactive table reads;
     * per term the measure slot, the lower bounds rounded up to the index scale, the values, the
     * weight; {@code shift} the power of ten from turnover × share × Σ down to minor units.
     */
    record Coefficients(int turnover, long share, int[] measures, long[][] lowers, long[][] values, long[] weights,
            int shift, RoundingMode money) implements Step {

        @Override
        public void apply(Group group, int slot) {
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    try {
                        group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        group.refuse(i);
                    }
                }
            }
        }

        static @Nullable Step compile(Compiler compiler, CoefficientScheme scheme) {
            int turnover = compiler.turnover(scheme.turnover());
            if (turnover < 0) {
                return null;
            }
            List<WeightedCoefficient> terms = scheme.coefficients();
            int weightScale = 0;
            int valueScale = 0;
            for (WeightedCoefficient term : terms) {
                weightScale = Math.max(weightScale, Compiler.scale(term.weight()));
                for (Band band : term.steps().bands()) {
                    valueScale = Math.max(valueScale, Compiler.scale(band.value()));
                }
            }
            BigDecimal share = Decimals.normalise(scheme.sharePercent());
            int shift = compiler.indexScale + Math.max(0, share.scale()) + weightScale + valueScale + 2
                    - compiler.currencyScale;
            if (share.scale() < 0 || !Compiler.power(shift)) {
                return null;
            }
            int[] measures = new int[terms.size()];
            long[][] lowers = new long[terms.size()][];
            long[][] values = new long[terms.size()][];
            long[] weights = new long[terms.size()];
            for (int t = 0; t < terms.size(); t++) {
                WeightedCoefficient term = terms.get(t);
                measures[t] = compiler.measure(term.measure());
                if (measures[t] < 0) {
                    return null;
                }
                List<Band> bands = term.steps().bands();
                lowers[t] = new long[bands.size()];
                values[t] = new long[bands.size()];
                for (int b = 0; b < bands.size(); b++) {
                    lowers[t][b] = compiler.atLeast(bands.get(b).lowerInclusive());
                    values[t][b] = Compiler.unscaled(bands.get(b).value(), valueScale);
                }
                weights[t] = Compiler.unscaled(term.weight(), weightScale);
            }
            return new Coefficients(turnover, share.unscaledValue().longValueExact(), measures, lowers, values, weights,
                    shift, compiler.money);
        }

        /** @throws ObjectPathSignal for a negative turnover, which the object path refuses */
        @Override
        public long row(long[][] measured, int i, long salary, long variable, byte[] warned) {
            long b = measured[turnover][i];
            if (b < 0) {
                throw ObjectPathSignal.INSTANCE;
            }
            long sum = 0;
            for (int t = 0; t < measures.length; t++) {
                long v = measured[measures[t]][i];
                int reached = 0;
                for (long bound : lowers[t]) {
                    reached += v >= bound ? 1 : 0;
                }
                if (reached > 0) {
                    sum = Math.addExact(sum, Math.multiplyExact(weights[t], values[t][reached - 1]));
                }
            }
            return ScaledMath.divideByPowerOfTen(Math.multiplyExact(Math.multiplyExact(b, share), sum), shift, money);
        }
    }

    /**
     * {@code PoolScheme}: pool × Σ weight of the indicators that reached (or exceeded) plan,
     * rounded once; every line of a kernel row is scored, so no weight is re-normalised.
     */
    record Pool(int share, long pool, int weightScale, RoundingMode money) implements Step {

        @Override
        public void apply(Group group, int slot) {
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    try {
                        group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        group.refuse(i);
                    }
                }
            }
        }

        static @Nullable Step compile(Compiler compiler, PoolScheme pool) {
            int share = compiler.poolShare(pool.rule() == PoolScheme.Rule.EXCEEDED);
            return share < 0 ? null : new Pool(share, compiler.minor(pool.pool()), compiler.poolWeightScale, compiler.money);
        }

        @Override
        public long row(long[][] measured, int i, long salary, long variable, byte[] warned) {
            return ScaledMath.divideByPowerOfTen(Math.multiplyExact(pool, measured[share][i]), weightScale, money);
        }
    }

    /**
     * {@code PerUnitScheme}: amount per unit × MAX(0; fact − plan), or MAX(0; plan − fact) when
     * lower is better, rounded once; the fact and the row's plan at the index scale.
     */
    record PerUnit(int fact, int plan, boolean higher, long perUnit, int unitScale, RoundingMode money) implements Step {

        @Override
        public void apply(Group group, int slot) {
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    try {
                        group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        group.refuse(i);
                    }
                }
            }
        }

        static @Nullable Step compile(Compiler compiler, PerUnitScheme scheme) {
            int fact = compiler.fact(scheme.indicatorId());
            int plan = compiler.plan(scheme.indicatorId());
            if (fact < 0 || plan < 0) {
                return null;
            }
            return new PerUnit(fact, plan, compiler.scorecard.line(scheme.indicatorId()).indicator().isHigherBetter(),
                    compiler.minor(scheme.amountPerUnit()), compiler.indexScale, compiler.money);
        }

        @Override
        public long row(long[][] measured, int i, long salary, long variable, byte[] warned) {
            long f = measured[fact][i];
            long p = measured[plan][i];
            long excess = higher ? Math.subtractExact(f, p) : Math.subtractExact(p, f);
            return excess <= 0 ? 0 : ScaledMath.divideByPowerOfTen(Math.multiplyExact(perUnit, excess), unitScale, money);
        }
    }

    /** {@code FixedScheme}: the amount when the condition holds, else 0. */
    record Fixed(Test condition, long amount) implements Step {

        @Override
        public void apply(Group group, int slot) {
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    try {
                        group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        group.refuse(i);
                    }
                }
            }
        }

        @Override
        public long row(long[][] measured, int i, long salary, long variable, byte[] warned) {
            return condition.held(measured, i) ? amount : 0;
        }
    }

    /** {@code Gate}: 0 when the condition holds, else variable × factor rounded, minus the variable. */
    record GateStep(Test condition, long factor, int factorScale, RoundingMode money, boolean plainBounds)
            implements Step {

        @Override
        public void apply(Group group, int slot) {
            if (plainBounds) {
                applyBounds(group, slot, (Bounds) condition);
                return;
            }
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    try {
                        group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        group.refuse(i);
                    }
                }
            }
        }

        /**
         * The group's loop for a gate on one measure's bounds whose factor (0 to 1) has one or two
         * decimals, rounded {@code HALF_UP}, without a {@code try} or a call per row: for a variable
         * pay from 0 to below 2^55 (the kernel's schemes pay nothing negative), variable × factor
         * fits a {@code long}, far from overflowing in the rounding; any other variable pay goes to
         * the object path.
         */
        private void applyBounds(Group group, int slot, Bounds bounds) {
            long[] measure = group.measured()[bounds.measure()];
            long[] variables = group.variables();
            long low = bounds.low();
            long high = bounds.high();
            long factor = this.factor;
            int factorScale = this.factorScale;
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    long variable = variables[i];
                    long product = variable * factor;
                    long reduction = ScaledMath.divideNonNegativeByTenOrHundredHalfUp(product, factorScale) - variable;
                    long m = measure[i];
                    boolean held = m >= low & m <= high;
                    if (variable >>> PLAIN_VARIABLE_BITS != 0) { // negative, or too large
                        group.refuse(i);
                    } else {
                        group.put(i, slot, held ? 0 : reduction);
                    }
                }
            }
        }

        static @Nullable Step compile(Compiler compiler, Gate gate) {
            Test test = compiler.condition(gate.condition());
            int scale = Compiler.scale(gate.factor());
            if (test == null || !Compiler.power(scale)) {
                return null;
            }
            long factor = Compiler.unscaled(gate.factor(), scale);
            return new GateStep(test, factor, scale, compiler.money, plainBounds(test, factor, scale, compiler.money));
        }

        /**
         * Whether {@link #applyBounds} applies: a condition on one measure's bounds, a factor from 0
         * to 1 with one or two decimals, rounded {@code HALF_UP}.
         */
        private static boolean plainBounds(Test condition, long factor, int factorScale, RoundingMode money) {
            return condition instanceof Bounds bounds && bounds.measure() >= 0 && money == RoundingMode.HALF_UP
                    && (factorScale == 1 || factorScale == 2) && factor >= 0 && factor <= ScaledMath.pow10(factorScale);
        }

        @Override
        public long row(long[][] measured, int i, long salary, long variable, byte[] warned) {
            // The reduction is computed for every row and the condition only chooses it: whether a
            // gate holds is a coin toss for the processor, which a branch around the reduction
            // would mispredict about every other row. (A row whose reduction overflows takes the
            // object path even where the gate holds: the same result, only slower.)
            long reduction = Math.subtractExact(
                    ScaledMath.divideByPowerOfTen(Math.multiplyExact(variable, factor), factorScale, money), variable);
            return condition.held(measured, i) ? 0 : reduction;
        }
    }

    /**
     * {@code Deduction}: units × amount per unit, rounded once, taken off; with a floor of the
     * salary at most the variable pay, with a floor of zero at most the total. A deduction the
     * floor limits marks the row warned; a negative or unbounded-best count takes the object path.
     */
    record DeductionStep(int units, long perUnit, int unitScale, Deduction.Floor floor, RoundingMode money) implements Step {

        @Override
        public void apply(Group group, int slot) {
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    try {
                        group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        group.refuse(i);
                    }
                }
            }
        }

        @Override
        public long row(long[][] measured, int i, long salary, long variable, byte[] warned) {
            long n = measured[units][i];
            if (n < 0 || n == KernelLine.UNBOUNDED_BEST) {
                throw ObjectPathSignal.INSTANCE;
            }
            long penalty = ScaledMath.divideByPowerOfTen(Math.multiplyExact(perUnit, n), unitScale, money);
            if (floor != Deduction.Floor.NONE) {
                long room = Math.max(floor == Deduction.Floor.SALARY ? variable : Math.addExact(salary, variable), 0);
                if (penalty > room) {
                    penalty = room;
                    warned[i] = 1; // limited: the explanation's warning
                }
            }
            return -penalty;
        }
    }

    /**
     * {@code VariableLimits} and {@code TotalLimits}: raises the variable pay (or the total) to
     * the floor, or cuts it to the cap. A total cap below the salary that cuts marks the row warned.
     * An absent floor is {@code Long.MIN_VALUE}, an absent cap {@code Long.MAX_VALUE}.
     */
    record LimitsStep(boolean total, long floor, long cap) implements Step {

        @Override
        public void apply(Group group, int slot) {
            for (int i = 0; i < group.count(); i++) { // this class's own copy of the loop: see Step
                if (group.open(i)) {
                    try {
                        group.put(i, slot, row(group.measured(), i, group.salary(i), group.variable(i), group.warned()));
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        group.refuse(i);
                    }
                }
            }
        }

        @Override
        public long row(long[][] measured, int i, long salary, long variable, byte[] warned) {
            long value = total ? Math.addExact(salary, variable) : variable;
            long amount = value < floor ? Math.subtractExact(floor, value) : value > cap ? Math.subtractExact(cap, value) : 0;
            if (total && amount < 0 && cap < salary) {
                warned[i] = 1; // the cap cuts into the salary: the explanation's warning
            }
            return amount;
        }
    }
}
