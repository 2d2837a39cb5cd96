package org.kpiengine.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
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
import org.kpiengine.pay.LinearScheme;
import org.kpiengine.pay.InputMeasure;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.PayPlan;
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
 * without the explanation text. A plan with a step the kernel does not know (see
 * docs/design/batch-kernel.md) is not compiled, and its rows take the object path; a row a step
 * cannot decide (an overflow, an unbounded-best attainment used as an amount, a warning only the
 * object path writes) takes it too.
 *
 * <p>The measures the steps read (the rating, an index, an attainment) are computed once per
 * group, each into its own scratch array, before the first step. A condition or tier bound only
 * compares a measure, never multiplies by it, except in a marginal table; so the unbounded-best
 * attainment of a lower-is-better line at fact 0 is {@link KernelLine#UNBOUNDED_BEST},
 * {@code Long.MAX_VALUE}, which passes every "at least" bound, no "at most" bound, and reaches the
 * top tier, as {@code Reading} does on the object path.
 */
final class KernelPay {

    private static final int RATING = 0;
    private static final int INDEX = 1;
    private static final int ATTAINMENT = 2;
    /** A fact or a named pay input, read from its column and brought to the index scale. */
    private static final int COLUMN = 3;
    /** The share of a pool: Σ weight of the lines whose index reached (or exceeded) 100. */
    private static final int POOL_REACHED = 4;
    private static final int POOL_EXCEEDED = 5;

    /** The distinct measures the steps read. */
    private final Slot[] measures;
    private final Step[] steps;

    private KernelPay(List<Slot> measures, Step[] steps) {
        this.measures = measures.toArray(new Slot[0]);
        this.steps = steps;
    }

    /**
     * One distinct measure: its kind and, for an index or attainment, its line; for a fact or an
     * input, its column's raw values and the factor that brings them to the index scale.
     */
    private record Slot(int kind, int line, @Nullable String name, long[] values, long factor) {
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
        if (precision.moneyRounding() != RoundingMode.HALF_UP || precision.indexRounding() != RoundingMode.HALF_UP
                || currency == null || currencyScale < 0) {
            return null;
        }
        Compiler compiler = new Compiler(scorecard, columns, quantities, precision.indexScale(), currency, currencyScale);
        List<Step> steps = new ArrayList<>();
        try {
            for (Scheme scheme : plan.schemes()) {
                Step step = compiler.scheme(scheme);
                if (step == null) {
                    return null;
                }
                steps.add(step);
            }
            for (Modifier modifier : plan.modifiers()) {
                Step step = compiler.modifier(modifier);
                if (step == null) {
                    return null;
                }
                steps.add(step);
            }
        } catch (ArithmeticException | KpiInputException e) {
            // a value beyond a long, or a table the object path would refuse: its rows say why
            return null;
        }
        return new KernelPay(compiler.measures, steps.toArray(new Step[0]));
    }

    /** Compiles the records of one plan, collecting the distinct measures they read. */
    private static final class Compiler {
        final Scorecard scorecard;
        final List<LineColumns> columns;
        final Map<String, Column> quantities;
        final int indexScale;
        final Currency currency;
        final int currencyScale;
        final List<Slot> measures = new ArrayList<>();

        Compiler(Scorecard scorecard, List<LineColumns> columns, Map<String, Column> quantities, int indexScale,
                Currency currency, int currencyScale) {
            this.scorecard = scorecard;
            this.columns = columns;
            this.quantities = quantities;
            this.indexScale = indexScale;
            this.currency = currency;
            this.currencyScale = currencyScale;
        }

        /** Returns the measure's slot, or −1 if the kernel cannot read it. */
        int measure(Measure measure) {
            int kind;
            String id;
            if (measure instanceof FactMeasure m) {
                if (!scorecard.has(m.indicatorId())) {
                    return -1;
                }
                int line = scorecard.lines().indexOf(scorecard.line(m.indicatorId()));
                return column(columns.get(line).fact(), "fact " + line);
            }
            if (measure instanceof InputMeasure m) {
                return column(quantities.get(m.name()), "input " + m.name());
            }
            if (measure instanceof RatingMeasure) {
                kind = RATING;
                id = null;
            } else if (measure instanceof IndexMeasure m) {
                kind = INDEX;
                id = m.indicatorId();
            } else if (measure instanceof AttainmentMeasure m) {
                kind = ATTAINMENT;
                id = m.indicatorId();
            } else {
                return -1;
            }
            int line = -1;
            if (id != null) {
                if (!scorecard.has(id)) {
                    return -1;
                }
                line = scorecard.lines().indexOf(scorecard.line(id));
            }
            for (int j = 0; j < measures.size(); j++) {
                if (measures.get(j).kind() == kind && measures.get(j).line() == line) {
                    return j;
                }
            }
            measures.add(new Slot(kind, line, null, new long[0], 1));
            return measures.size() - 1;
        }

        /** The scale of the pool shares' weights, set by {@link #poolShare}. */
        int poolWeightScale;

        /**
         * The slot of a pool's share: per row Σ weight of the lines whose index is at least (or
         * above) 100, the weights at one scale; −1 if the weights are too fine.
         */
        int poolShare(boolean exceeded) {
            int kind = exceeded ? POOL_EXCEEDED : POOL_REACHED;
            int scale = 0;
            for (var line : scorecard.lines()) {
                scale = Math.max(scale, Decimals.normalise(line.weight().value()).scale());
            }
            if (scale > ScaledMath.MAX_POWER || indexScale + 2 > ScaledMath.MAX_POWER) {
                return -1;
            }
            poolWeightScale = scale;
            for (int j = 0; j < measures.size(); j++) {
                if (measures.get(j).kind() == kind) {
                    return j;
                }
            }
            long[] weights = new long[scorecard.size()];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = scorecard.lines().get(k).weight().value().setScale(scale).unscaledValue().longValueExact();
            }
            measures.add(new Slot(kind, -1, null, weights, ScaledMath.pow10(indexScale + 2)));
            return measures.size() - 1;
        }

        /** A measure read from a column, or −1 if there is none or it is finer than the index scale. */
        private int column(@Nullable Column column, String name) {
            if (column == null || column.scale() > indexScale || indexScale - column.scale() > ScaledMath.MAX_POWER) {
                return -1;
            }
            for (int j = 0; j < measures.size(); j++) {
                if (name.equals(measures.get(j).name())) {
                    return j;
                }
            }
            measures.add(new Slot(COLUMN, -1, name, column.unscaled(), ScaledMath.pow10(indexScale - column.scale())));
            return measures.size() - 1;
        }

        /**
         * The turnover a percent-of-turnover table pays on: a MONEY indicator's fact or a named
         * input, as {@code Checks.turnover} accepts; −1 otherwise (the object path refuses it).
         */
        int turnover(@Nullable Measure turnover) {
            if (turnover instanceof FactMeasure m) {
                if (!scorecard.has(m.indicatorId()) || scorecard.line(m.indicatorId()).indicator().unit() != Unit.MONEY) {
                    return -1;
                }
                return measure(m);
            }
            return turnover instanceof InputMeasure ? measure(turnover) : -1;
        }

        /** An amount of the batch's currency in minor units; throws if of another currency. */
        long minor(Money money) {
            if (!money.currency().equals(currency)) {
                throw new ArithmeticException("another currency: the object path reports it");
            }
            return money.amount().setScale(currencyScale).unscaledValue().longValueExact();
        }

        @Nullable Step scheme(Scheme scheme) {
            if (scheme instanceof TieredScheme tiers) {
                int measure = measure(tiers.measure());
                if (measure < 0) {
                    return null;
                }
                int turnover = -1;
                if (tiers.payment() == TieredScheme.Payment.PERCENT_OF_TURNOVER) {
                    turnover = turnover(tiers.turnover());
                    if (turnover < 0) {
                        return null;
                    }
                }
                return switch (tiers.kind()) {
                    case RETROACTIVE -> RetroactiveTiers.compile(tiers.tiers(), tiers.payment(), measure, turnover,
                            indexScale, currencyScale);
                    case INTERPOLATED -> Interpolated.compile(tiers, measure, turnover, indexScale, currencyScale);
                    case MARGINAL -> MarginalTiers.compile(tiers.tiers(), tiers.payment(), measure, turnover,
                            tiers.measure().equals(tiers.turnover()), indexScale, currencyScale);
                    case HYBRID -> Hybrid.compile(tiers, measure, turnover, tiers.measure().equals(tiers.turnover()),
                            indexScale, currencyScale);
                };
            }
            if (scheme instanceof LinearScheme linear) {
                int measure = measure(linear.measure());
                return measure < 0 ? null : Linear.compile(linear, measure, indexScale, minor(linear.plannedBonus()),
                        linear.cap() == null ? -1 : minor(linear.cap()));
            }
            if (scheme instanceof CoefficientScheme coefficients) {
                return Coefficients.compile(this, coefficients);
            }
            if (scheme instanceof PoolScheme pool) {
                int share = poolShare(pool.rule() == PoolScheme.Rule.EXCEEDED);
                return share < 0 ? null : new Pool(share, minor(pool.pool()), poolWeightScale);
            }
            if (scheme instanceof FixedScheme fixed) {
                Test test = condition(fixed.condition());
                return test == null ? null : new Fixed(test, minor(fixed.amount()));
            }
            return null;
        }

        @Nullable Step modifier(Modifier modifier) {
            if (modifier instanceof Gate gate) {
                Test test = condition(gate.condition());
                BigDecimal f = Decimals.normalise(gate.factor());
                if (test == null || f.scale() > ScaledMath.MAX_POWER) {
                    return null;
                }
                return new GateStep(test, f.unscaledValue().longValueExact(), f.scale());
            }
            if (modifier instanceof Deduction deduction) {
                int units = measure(deduction.units());
                return units < 0 ? null
                        : new DeductionStep(units, minor(deduction.amountPerUnit()), indexScale, deduction.floor());
            }
            if (modifier instanceof VariableLimits limits) {
                return new LimitsStep(false, limits.floor() == null ? Long.MIN_VALUE : minor(limits.floor()),
                        limits.cap() == null ? Long.MAX_VALUE : minor(limits.cap()));
            }
            if (modifier instanceof TotalLimits limits) {
                return new LimitsStep(true, limits.floor() == null ? Long.MIN_VALUE : minor(limits.floor()),
                        limits.cap() == null ? Long.MAX_VALUE : minor(limits.cap()));
            }
            return null;
        }

        /**
         * Compiles a condition to bounds on measures: "at least" a level is at least the level
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

        private long atLeast(BigDecimal level) {
            long v = level.setScale(indexScale, RoundingMode.CEILING).unscaledValue().longValueExact();
            if (v == Long.MIN_VALUE || v == Long.MAX_VALUE) {
                throw new ArithmeticException("level at the edge of a long");
            }
            return v;
        }

        private long atMost(BigDecimal level) {
            long v = level.setScale(indexScale, RoundingMode.FLOOR).unscaledValue().longValueExact();
            if (v == Long.MIN_VALUE || v == Long.MAX_VALUE) {
                throw new ArithmeticException("level at the edge of a long");
            }
            return v;
        }
    }

    /**
     * Computes the pay of a group of rows, one step at a time: writes each step's component into
     * the row's slots of {@code pay} and the total into {@code totals}; a row a step cannot decide
     * is marked in {@code undecided}.
     *
     * @param rows the rows, the first {@code count} used
     * @param count the number of rows
     * @param ratings the rows' ratings, unscaled at the index scale
     * @param salaries the rows' salaries, in minor units
     * @param variables scratch for the rows' running variable pay
     * @param amounts scratch for a step's amounts
     * @param scratch scratch for the measures, at least {@link #measures()} arrays of the group's size
     * @param indices the index column of the results, {@code width} slots per row
     * @param width the number of index slots per row
     * @param lines the compiled scorecard lines, for attainments
     * @param pay the pay column of the results, {@code payWidth} slots per row
     * @param payWidth the number of pay slots per row
     * @param totals the total column of the results
     * @param warned per group row, set to 1 if a step gave it a warning (cleared by the caller)
     * @param undecided the rows that need the object path
     */
    void compute(int[] rows, int count, long[] ratings, long[] salaries, long[] variables, long[] amounts,
            long[][] scratch, int[] indices, int width, KernelLine[] lines, long[] pay, int payWidth, long[] totals,
            byte[] warned, boolean[] undecided) {
        long[][] measured = new long[measures.length][];
        for (int j = 0; j < measures.length; j++) {
            measured[j] = measure(j, rows, count, ratings, scratch[j], indices, width, lines, undecided);
        }
        Arrays.fill(variables, 0, count, 0);
        for (int s = 0; s < steps.length; s++) {
            steps[s].apply(count, measured, salaries, variables, amounts, warned, undecided);
            for (int i = 0; i < count; i++) {
                if (!undecided[i]) {
                    long amount = amounts[i];
                    long variable = variables[i] + amount;
                    if (((variables[i] ^ variable) & (amount ^ variable)) < 0) { // overflow
                        undecided[i] = true;
                    } else {
                        pay[rows[i] * payWidth + s] = amount;
                        variables[i] = variable;
                    }
                }
            }
        }
        for (int i = 0; i < count; i++) {
            if (!undecided[i]) {
                try {
                    totals[rows[i]] = Math.addExact(salaries[i], variables[i]);
                } catch (ArithmeticException e) {
                    undecided[i] = true;
                }
            }
        }
    }

    /** The values of one measure for the rows: the ratings themselves, or indices or attainments in scratch. */
    private long[] measure(int j, int[] rows, int count, long[] ratings, long[] scratch, int[] indices, int width,
            KernelLine[] lines, boolean[] undecided) {
        Slot slot = measures[j];
        int kind = slot.kind();
        if (kind == RATING) {
            return ratings;
        }
        if (kind == POOL_REACHED || kind == POOL_EXCEEDED) {
            long[] weights = slot.values();
            long hundred = slot.factor() + (kind == POOL_EXCEEDED ? 1 : 0); // above 100: at least 100 + 1 unit
            for (int i = 0; i < count; i++) {
                int offset = rows[i] * width;
                long share = 0;
                for (int k = 0; k < weights.length; k++) {
                    share += indices[offset + k] >= hundred ? weights[k] : 0;
                }
                scratch[i] = share;
            }
            return scratch;
        }
        if (kind == COLUMN) {
            long[] values = slot.values();
            long factor = slot.factor();
            for (int i = 0; i < count; i++) {
                int row = rows[i];
                long v = row < values.length ? values[row] : Column.MISSING;
                long scaled = v * factor;
                if (v <= Column.OBJECT || Math.multiplyHigh(v, factor) != (scaled >> 63)) {
                    undecided[i] = true; // absent, held only as an object, or beyond a long
                } else {
                    scratch[i] = scaled;
                }
            }
            return scratch;
        }
        int line = slot.line();
        if (kind == INDEX) {
            for (int i = 0; i < count; i++) {
                scratch[i] = indices[rows[i] * width + line];
            }
            return scratch;
        }
        lines[line].attainments(rows, count, scratch, undecided);
        return scratch;
    }

    /** One scheme or modifier compiled: computes its component for the decided rows of a group. */
    abstract static class Step {
        /**
         * Writes each decided row's component into {@code amounts}, or marks the row undecided.
         *
         * @param count the number of rows in the group
         * @param measured the group's values of each measure, by slot
         * @param salaries the rows' salaries in minor units
         * @param variables the rows' variable pay so far in minor units
         * @param amounts where to write the components
         * @param warned the rows given a warning only the object path writes, set to 1
         * @param undecided the rows that need the object path
         */
        abstract void apply(int count, long[][] measured, long[] salaries, long[] variables, long[] amounts,
                byte[] warned, boolean[] undecided);
    }

    /**
     * A tier step whose amount for a row is a function of the row's measure and base (the salary,
     * or the turnover when one is measured): the one loop over the group that every such step shares.
     */
    abstract static class TierStep extends Step {
        /** The measure's slot. */
        final int measure;
        /** The turnover's measure slot for a percent of turnover, else −1 (the base is the salary). */
        final int turnover;
        /** Whether every accrual carries the falling-rate warning, as the object path gives it. */
        private final boolean falling;

        TierStep(int measure, int turnover, boolean falling) {
            this.measure = measure;
            this.turnover = turnover;
            this.falling = falling;
        }

        @Override
        final void apply(int count, long[][] measured, long[] salaries, long[] variables, long[] amounts, byte[] warned,
                boolean[] undecided) {
            long[] m = measured[measure];
            long[] base = turnover >= 0 ? measured[turnover] : salaries;
            for (int i = 0; i < count; i++) {
                if (!undecided[i]) {
                    if (falling) {
                        warned[i] = 1; // on every accrual, as the object path warns
                    }
                    try {
                        amounts[i] = row(m[i], base[i]);
                    } catch (ArithmeticException | ObjectPathSignal e) {
                        undecided[i] = true;
                    }
                }
            }
        }

        /**
         * One row's amount in minor units.
         *
         * @param v the measure at the index scale
         * @param base the salary in minor units or the turnover at the index scale
         * @throws ObjectPathSignal for a row the object path must decide
         * @throws ArithmeticException on overflow
         */
        abstract long row(long v, long base);
    }

    /** A condition compiled to comparisons of measures. */
    abstract static class Test {
        /** Whether the condition holds for row {@code i} of the group. */
        abstract boolean held(long[][] measured, int i);
    }

    /** {@code Always}, {@code AtLeast}, {@code AtMost} and {@code Between}: low ≤ measure ≤ high. */
    static final class Bounds extends Test {
        private final int measure;
        private final long low;
        private final long high;

        /** A measure slot of −1 is always held ({@code Always}). */
        Bounds(int measure, long low, long high) {
            this.measure = measure;
            this.low = low;
            this.high = high;
        }

        @Override
        boolean held(long[][] measured, int i) {
            if (measure < 0) {
                return true;
            }
            long m = measured[measure][i];
            // UNBOUNDED_BEST is Long.MAX_VALUE: above every high bound but the absent one.
            return m >= low && m <= high;
        }
    }

    /** {@code AllOf} and {@code AnyOf}: every part is evaluated, as on the object path. */
    static final class Combined extends Test {
        private final boolean all;
        private final Test[] parts;

        Combined(boolean all, Test[] parts) {
            this.all = all;
            this.parts = parts;
        }

        @Override
        boolean held(long[][] measured, int i) {
            boolean held = all;
            for (Test part : parts) {
                held = all ? held & part.held(measured, i) : held | part.held(measured, i);
            }
            return held;
        }
    }

    /**
     * {@code TieredScheme} RETROACTIVE: the band the measure falls in pays its amount, or its rate
     * on the whole salary or turnover.
     */
    static final class RetroactiveTiers extends TierStep {
        /** Lower bounds rounded up to the index scale, and per band the payment. */
        private final long[] lowers;
        private final long[] values;
        private final boolean percentOfSalary;
        /** The power of ten from base × rate down to minor units. */
        private final int percentScale;

        private RetroactiveTiers(int measure, long[] lowers, long[] values, boolean percentOfSalary, int turnover,
                int percentScale) {
            super(measure, turnover, false);
            this.lowers = lowers;
            this.values = values;
            this.percentOfSalary = percentOfSalary;
            this.percentScale = percentScale;
        }

        static @Nullable Step compile(Bands table, TieredScheme.Payment payment, int measure, int turnover, int indexScale,
                int currencyScale) {
            List<Band> bands = table.bands();
            long[] lower = new long[bands.size()];
            long[] value = new long[bands.size()];
            int valueScale = 0;
            for (Band band : bands) {
                valueScale = Math.max(valueScale, Decimals.normalise(band.value()).scale());
            }
            if (valueScale + 2 > ScaledMath.MAX_POWER) {
                return null;
            }
            boolean amount = payment == TieredScheme.Payment.AMOUNT;
            // a turnover is held at the index scale, a salary in minor units
            int percentScale = valueScale + 2 + (turnover >= 0 ? indexScale - currencyScale : 0);
            if (percentScale < 0 || percentScale > ScaledMath.MAX_POWER) {
                return null;
            }
            for (int i = 0; i < bands.size(); i++) {
                lower[i] = bands.get(i).lowerInclusive().setScale(indexScale, RoundingMode.CEILING).unscaledValue()
                        .longValueExact();
                BigDecimal v = bands.get(i).value();
                // An amount finer than the minor unit throws here: the object path refuses it.
                value[i] = v.setScale(amount ? currencyScale : valueScale).unscaledValue().longValueExact();
            }
            return new RetroactiveTiers(measure, lower, value, payment == TieredScheme.Payment.PERCENT_OF_SALARY,
                    turnover, percentScale);
        }

        /**
         * One row's amount.
         *
         * @param v the measure at the index scale
         * @param base the salary in minor units or the turnover at the index scale
         * @throws ObjectPathSignal for a negative turnover, which the object path refuses
         */
        @Override
        long row(long v, long base) {
            // The number of lower bounds at or below v picks the band; counted without an early
            // exit, the comparisons need no unpredictable branch.
            int reached = 0;
            for (long bound : lowers) {
                reached += v >= bound ? 1 : 0;
            }
            if (reached == 0) {
                return 0;
            }
            long rate = values[reached - 1];
            if (!percentOfSalary && turnover < 0) {
                return rate;
            }
            long product = base * rate;
            if (base < 0 || Math.multiplyHigh(base, rate) != (product >> 63)) {
                throw ObjectPathSignal.INSTANCE;
            }
            return ScaledMath.divideByPowerOfTenHalfUp(product, percentScale);
        }
    }

    /**
     * {@code TieredScheme} MARGINAL: each band pays its rate on the portion of the measure inside
     * it, Σ portion × rate; an amount table pays that sum rounded once, a percent table
     * base × sum / (measure × 100) rounded once, the base being the salary or the turnover; a
     * percent of the turnover the tiers are measured on is sum / 100.
     */
    static final class MarginalTiers extends TierStep {
        /** The factor from the index scale to the bounds' scale. */
        private final long toBoundScale;
        /** The bounds at the bounds' scale; the last band's upper is {@code Long.MAX_VALUE}. */
        private final long[] lowers;
        private final long[] uppers;
        /** The rates at their common scale. */
        private final long[] rates;
        private final boolean percentOfSalary;
        /** Amount table: the power of ten from the sum's scale down to the minor unit (negative: up). */
        private final int sumToMinor;
        /** Percent table: the power of ten beside the measure in the divisor. */
        private final long percentDivisor;
        /** Whether the turnover is the measure itself: sum / 100. */
        private final boolean onItself;

        private MarginalTiers(int measure, long toBoundScale, long[] lowers, long[] uppers, long[] rates,
                boolean percentOfSalary, int sumToMinor, long percentDivisor, int turnover, boolean onItself) {
            super(measure, turnover, false);
            this.toBoundScale = toBoundScale;
            this.lowers = lowers;
            this.uppers = uppers;
            this.rates = rates;
            this.percentOfSalary = percentOfSalary;
            this.sumToMinor = sumToMinor;
            this.percentDivisor = percentDivisor;
            this.onItself = onItself;
        }

        static @Nullable Step compile(Bands table, TieredScheme.Payment payment, int measure, int turnover,
                boolean onItself, int indexScale, int currencyScale) {
            boolean percent = payment != TieredScheme.Payment.AMOUNT;
            List<Band> bands = table.bands();
            int boundScale = indexScale;
            int rateScale = 0;
            for (Band band : bands) {
                boundScale = Math.max(boundScale, Decimals.normalise(band.lowerInclusive()).scale());
                rateScale = Math.max(rateScale, Decimals.normalise(band.value()).scale());
                if (!percent && band.value().scale() > currencyScale) {
                    return null; // finer than the minor unit: the object path refuses the table
                }
            }
            // amount: sum at the bounds' and rates' scales to minor units; on itself, one more 100
            int sumToMinor = boundScale + rateScale - currencyScale + (onItself ? 2 : 0);
            // salary (minor units) or turnover (index scale) × sum / (value × 100 × 10^rate scale)
            int divisorPower = rateScale + 2 + (turnover >= 0 ? indexScale - currencyScale : 0);
            if (boundScale > ScaledMath.MAX_POWER || Math.abs(sumToMinor) > ScaledMath.MAX_POWER
                    || divisorPower < 0 || divisorPower > ScaledMath.MAX_POWER) {
                return null;
            }
            long[] lower = new long[bands.size()];
            long[] upper = new long[bands.size()];
            long[] rate = new long[bands.size()];
            for (int i = 0; i < bands.size(); i++) {
                Band band = bands.get(i);
                lower[i] = band.lowerInclusive().setScale(boundScale).unscaledValue().longValueExact();
                BigDecimal u = band.upperExclusive();
                upper[i] = u == null ? Long.MAX_VALUE : u.setScale(boundScale).unscaledValue().longValueExact();
                rate[i] = band.value().setScale(rateScale).unscaledValue().longValueExact();
            }
            return new MarginalTiers(measure, ScaledMath.pow10(boundScale - indexScale), lower, upper, rate,
                    percent && !onItself, sumToMinor, ScaledMath.pow10(divisorPower), turnover, onItself);
        }

        /**
         * One row's amount.
         *
         * @param raw the measure at the index scale
         * @param base the salary in minor units or the turnover at the index scale
         * @throws ObjectPathSignal for an unbounded-best measure (never an amount) or a negative
         *     turnover, which the object path refuses
         * @throws ArithmeticException on overflow
         */
        @Override
        long row(long raw, long base) {
            if (raw == KernelLine.UNBOUNDED_BEST || turnover >= 0 && base < 0) {
                throw ObjectPathSignal.INSTANCE;
            }
            long value = Math.multiplyExact(raw, toBoundScale);
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
            if (percentOfSalary) {
                // value > 0 here: some portion above a lower bound of 0 or more
                return ScaledMath.divideHalfUp(Math.multiplyExact(base, sum), Math.multiplyExact(value, percentDivisor));
            }
            return sumToMinor >= 0 ? ScaledMath.divideByPowerOfTenHalfUp(sum, sumToMinor)
                    : Math.multiplyExact(sum, ScaledMath.pow10(-sumToMinor));
        }
    }

    /**
     * {@code TieredScheme} HYBRID: below the pivot exactly the retroactive table, at or above it
     * (and for an unbounded-best measure) exactly the marginal table whose first tier [0, pivot)
     * carries the rate of the highest tier below the pivot, followed by the tiers above it, as
     * {@code TieredScheme} builds it. A table whose rate falls marks every row warned.
     */
    static final class Hybrid extends TierStep {
        private final long pivot;
        private final RetroactiveTiers below;
        private final MarginalTiers above;

        private Hybrid(int measure, int turnover, long pivot, RetroactiveTiers below, MarginalTiers above, boolean falling) {
            super(measure, turnover, falling);
            this.pivot = pivot;
            this.below = below;
            this.above = above;
        }

        static @Nullable Step compile(TieredScheme tiers, int measure, int turnover, boolean onItself, int indexScale,
                int currencyScale) {
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
            Step retroactive = RetroactiveTiers.compile(tiers.tiers(), tiers.payment(), measure, turnover, indexScale,
                    currencyScale);
            Bands table;
            try {
                table = Bands.of(upper);
            } catch (KpiInputException e) {
                return null; // cannot happen for a valid hybrid table; the object path would say why
            }
            Step marginal = MarginalTiers.compile(table, tiers.payment(), measure, turnover, onItself, indexScale,
                    currencyScale);
            if (retroactive == null || marginal == null) {
                return null;
            }
            return new Hybrid(measure, turnover, at.setScale(indexScale, RoundingMode.CEILING).unscaledValue().longValueExact(),
                    (RetroactiveTiers) retroactive, (MarginalTiers) marginal, falling);
        }

        @Override
        long row(long v, long base) {
            // v < pivot exactly when v < the pivot rounded up, v being exact at the index scale
            return v != KernelLine.UNBOUNDED_BEST && v < pivot ? below.row(v, base) : above.row(v, base);
        }
    }

    /**
     * {@code LinearScheme}: 0 at or below the base, else planned bonus × (measure − base) /
     * (100 − base), rounded once, or the cap when that is above it.
     */
    static final class Linear extends Step {
        private final int measure;
        private final long toScale;
        private final long base;
        private final long divisor;
        private final long planned;
        private final long cap;

        private Linear(int measure, long toScale, long base, long divisor, long planned, long cap) {
            this.measure = measure;
            this.toScale = toScale;
            this.base = base;
            this.divisor = divisor;
            this.planned = planned;
            this.cap = cap;
        }

        /** The cap in minor units, −1 for none. */
        static @Nullable Step compile(LinearScheme linear, int measure, int indexScale, long planned, long cap) {
            int scale = Math.max(indexScale, Decimals.normalise(linear.base()).scale());
            if (scale > ScaledMath.MAX_POWER - 3) {
                return null;
            }
            long base = linear.base().setScale(scale).unscaledValue().longValueExact();
            long divisor = Math.subtractExact(Math.multiplyExact(100, ScaledMath.pow10(scale)), base);
            return new Linear(measure, ScaledMath.pow10(scale - indexScale), base, divisor, planned, cap);
        }

        @Override
        void apply(int count, long[][] measured, long[] salaries, long[] variables, long[] amounts, byte[] warned, boolean[] undecided) {
            long[] m = measured[measure];
            for (int i = 0; i < count; i++) {
                if (undecided[i]) {
                    continue;
                }
                if (m[i] == KernelLine.UNBOUNDED_BEST) {
                    undecided[i] = true; // never an amount: the object path refuses it
                    continue;
                }
                try {
                    long value = Math.multiplyExact(m[i], toScale);
                    if (value <= base) {
                        amounts[i] = 0;
                        continue;
                    }
                    long dividend = Math.multiplyExact(planned, value - base);
                    amounts[i] = cap >= 0 && dividend > Math.multiplyExact(cap, divisor) ? cap
                            : ScaledMath.divideHalfUp(dividend, divisor);
                } catch (ArithmeticException e) {
                    undecided[i] = true;
                }
            }
        }
    }

    /**
     * {@code TieredScheme} INTERPOLATED: below the first boundary nothing; inside a bounded tier
     * the rate (rateᵢ × width + (measure − lowerᵢ) × (rateᵢ₊₁ − rateᵢ)) / width, exact for an amount
     * table and rounded like an index (HALF_UP, index scale) for a percent table, which then pays
     * base × rate / 100 rounded once; in the last tier its rate. A table whose rate falls marks
     * every row it pays warned, as the object path warns on each such accrual.
     */
    static final class Interpolated extends Step {
        private final int measure;
        private final int turnover;
        private final boolean amount;
        private final long toBoundScale;
        private final long[] lowers;
        private final long[] rates;
        /** Per bounded tier: upper − lower at the bounds' scale. */
        private final long[] widths;
        /** dividend / width is at the rate scale: the power of ten to the minor unit (amount) or index scale (rate). */
        private final int shift;
        /** Percent: base × rate at the index scale, down to minor units. */
        private final int percentShift;
        private final boolean falling;

        private Interpolated(int measure, int turnover, boolean amount, long toBoundScale, long[] lowers, long[] rates,
                long[] widths, int shift, int percentShift, boolean falling) {
            this.measure = measure;
            this.turnover = turnover;
            this.amount = amount;
            this.toBoundScale = toBoundScale;
            this.lowers = lowers;
            this.rates = rates;
            this.widths = widths;
            this.shift = shift;
            this.percentShift = percentShift;
            this.falling = falling;
        }

        static @Nullable Step compile(TieredScheme tiers, int measure, int turnover, int indexScale, int currencyScale) {
            boolean amount = tiers.payment() == TieredScheme.Payment.AMOUNT;
            List<Band> bands = tiers.tiers().bands();
            int boundScale = indexScale;
            int rateScale = 0;
            boolean falling = false;
            for (int i = 0; i < bands.size(); i++) {
                Band band = bands.get(i);
                boundScale = Math.max(boundScale, Decimals.normalise(band.lowerInclusive()).scale());
                rateScale = Math.max(rateScale, Decimals.normalise(band.value()).scale());
                if (amount && band.value().scale() > currencyScale) {
                    return null; // finer than the minor unit: the object path refuses the table
                }
                falling |= i > 0 && band.value().compareTo(bands.get(i - 1).value()) < 0;
            }
            int shift = (amount ? currencyScale : indexScale) - rateScale;
            // percent of salary: salary (minor) × rate (index scale) / 100; of turnover: turnover at the index scale too
            int percentShift = indexScale + 2 + (turnover >= 0 ? indexScale - currencyScale : 0);
            if (boundScale > ScaledMath.MAX_POWER || Math.abs(shift) > ScaledMath.MAX_POWER || percentShift < 0
                    || percentShift > ScaledMath.MAX_POWER) {
                return null;
            }
            long[] lower = new long[bands.size()];
            long[] rate = new long[bands.size()];
            long[] width = new long[bands.size()];
            for (int i = 0; i < bands.size(); i++) {
                Band band = bands.get(i);
                lower[i] = band.lowerInclusive().setScale(boundScale).unscaledValue().longValueExact();
                rate[i] = band.value().setScale(rateScale).unscaledValue().longValueExact();
                BigDecimal upper = band.upperExclusive();
                width[i] = upper == null ? 0
                        : upper.subtract(band.lowerInclusive()).setScale(boundScale).unscaledValue().longValueExact();
            }
            return new Interpolated(measure, turnover, amount, ScaledMath.pow10(boundScale - indexScale), lower, rate,
                    width, shift, percentShift, falling);
        }

        @Override
        void apply(int count, long[][] measured, long[] salaries, long[] variables, long[] amounts, byte[] warned,
                boolean[] undecided) {
            long[] m = measured[measure];
            long[] base = turnover >= 0 ? measured[turnover] : salaries;
            int last = lowers.length - 1;
            for (int i = 0; i < count; i++) {
                if (undecided[i]) {
                    continue;
                }
                try {
                    long raw = m[i];
                    int tier;
                    long value = 0;
                    if (raw == KernelLine.UNBOUNDED_BEST) {
                        tier = last; // the top tier, as Reading.find gives it
                    } else {
                        value = Math.multiplyExact(raw, toBoundScale);
                        tier = -1;
                        for (int b = 0; b < lowers.length; b++) {
                            tier += value >= lowers[b] ? 1 : 0;
                        }
                    }
                    if (falling) {
                        warned[i] = 1; // on every accrual, as the object path warns
                    }
                    if (tier < 0) {
                        amounts[i] = 0;
                        continue;
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
                    long scaled = shift >= 0 ? ScaledMath.divideHalfUp(Math.multiplyExact(dividend, ScaledMath.pow10(shift)), divisor)
                            : ScaledMath.divideHalfUp(dividend, Math.multiplyExact(divisor, ScaledMath.pow10(-shift)));
                    if (amount) {
                        amounts[i] = scaled;
                    } else {
                        long b = base[i];
                        if (b < 0) {
                            undecided[i] = true; // a negative turnover: the object path refuses it
                            continue;
                        }
                        amounts[i] = ScaledMath.divideByPowerOfTenHalfUp(Math.multiplyExact(b, scaled), percentShift);
                    }
                } catch (ArithmeticException e) {
                    undecided[i] = true;
                }
            }
        }
    }

    /**
     * {@code CoefficientScheme}: turnover × share % × Σ weight × coefficient, rounded once, each
     * coefficient the step its measure falls in (0 below the first), as a retroactive table reads.
     */
    static final class Coefficients extends Step {
        private final int turnover;
        private final long share;
        /** Per term: the measure slot, the lower bounds rounded up to the index scale, the values, the weight. */
        private final int[] measures;
        private final long[][] lowers;
        private final long[][] values;
        private final long[] weights;
        /** The power of ten from turnover × share × Σ down to minor units. */
        private final int shift;

        private Coefficients(int turnover, long share, int[] measures, long[][] lowers, long[][] values, long[] weights,
                int shift) {
            this.turnover = turnover;
            this.share = share;
            this.measures = measures;
            this.lowers = lowers;
            this.values = values;
            this.weights = weights;
            this.shift = shift;
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
                weightScale = Math.max(weightScale, Decimals.normalise(term.weight()).scale());
                for (Band band : term.steps().bands()) {
                    valueScale = Math.max(valueScale, Decimals.normalise(band.value()).scale());
                }
            }
            BigDecimal share = Decimals.normalise(scheme.sharePercent());
            int shift = compiler.indexScale + Math.max(0, share.scale()) + weightScale + valueScale + 2
                    - compiler.currencyScale;
            if (share.scale() < 0 || shift < 0 || shift > ScaledMath.MAX_POWER) {
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
                    lowers[t][b] = bands.get(b).lowerInclusive().setScale(compiler.indexScale, RoundingMode.CEILING)
                            .unscaledValue().longValueExact();
                    values[t][b] = bands.get(b).value().setScale(valueScale).unscaledValue().longValueExact();
                }
                weights[t] = term.weight().setScale(weightScale).unscaledValue().longValueExact();
            }
            return new Coefficients(turnover, share.unscaledValue().longValueExact(), measures, lowers, values, weights,
                    shift);
        }

        @Override
        void apply(int count, long[][] measured, long[] salaries, long[] variables, long[] amounts, byte[] warned,
                boolean[] undecided) {
            long[] base = measured[turnover];
            for (int i = 0; i < count; i++) {
                if (undecided[i]) {
                    continue;
                }
                try {
                    long b = base[i];
                    if (b < 0) {
                        undecided[i] = true; // a negative turnover: the object path refuses it
                        continue;
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
                    amounts[i] = ScaledMath.divideByPowerOfTenHalfUp(
                            Math.multiplyExact(Math.multiplyExact(b, share), sum), shift);
                } catch (ArithmeticException e) {
                    undecided[i] = true;
                }
            }
        }
    }

    /**
     * {@code PoolScheme}: pool × Σ weight of the indicators that reached (or exceeded) plan,
     * rounded once; every line of a kernel row is scored, so no weight is re-normalised.
     */
    static final class Pool extends Step {
        private final int share;
        private final long pool;
        private final int weightScale;

        Pool(int share, long pool, int weightScale) {
            this.share = share;
            this.pool = pool;
            this.weightScale = weightScale;
        }

        @Override
        void apply(int count, long[][] measured, long[] salaries, long[] variables, long[] amounts, byte[] warned,
                boolean[] undecided) {
            long[] shares = measured[share];
            for (int i = 0; i < count; i++) {
                if (!undecided[i]) {
                    try {
                        amounts[i] = ScaledMath.divideByPowerOfTenHalfUp(Math.multiplyExact(pool, shares[i]), weightScale);
                    } catch (ArithmeticException e) {
                        undecided[i] = true;
                    }
                }
            }
        }
    }

    /** {@code FixedScheme}: the amount when the condition holds, else 0. */
    static final class Fixed extends Step {
        private final Test condition;
        private final long amount;

        Fixed(Test condition, long amount) {
            this.condition = condition;
            this.amount = amount;
        }

        @Override
        void apply(int count, long[][] measured, long[] salaries, long[] variables, long[] amounts, byte[] warned, boolean[] undecided) {
            for (int i = 0; i < count; i++) {
                amounts[i] = condition.held(measured, i) ? amount : 0;
            }
        }
    }

    /** {@code Gate}: 0 when the condition holds, else variable × factor rounded, minus the variable. */
    static final class GateStep extends Step {
        private final Test condition;
        private final long factor;
        private final int factorScale;

        GateStep(Test condition, long factor, int factorScale) {
            this.condition = condition;
            this.factor = factor;
            this.factorScale = factorScale;
        }

        @Override
        void apply(int count, long[][] measured, long[] salaries, long[] variables, long[] amounts, byte[] warned, boolean[] undecided) {
            for (int i = 0; i < count; i++) {
                if (undecided[i]) {
                    continue;
                }
                if (condition.held(measured, i)) {
                    amounts[i] = 0;
                    continue;
                }
                try {
                    long variable = variables[i];
                    amounts[i] = Math.subtractExact(ScaledMath.divideByPowerOfTenHalfUp(
                            Math.multiplyExact(variable, factor), factorScale), variable);
                } catch (ArithmeticException e) {
                    undecided[i] = true;
                }
            }
        }
    }

    /**
     * {@code Deduction}: units × amount per unit, rounded once, taken off; with a floor of the
     * salary at most the variable pay, with a floor of zero at most the total. A deduction the
     * floor limits marks the row warned; a negative or unbounded-best count takes the object path.
     */
    static final class DeductionStep extends Step {
        private final int units;
        private final long perUnit;
        private final int unitScale;
        private final Deduction.Floor floor;

        DeductionStep(int units, long perUnit, int unitScale, Deduction.Floor floor) {
            this.units = units;
            this.perUnit = perUnit;
            this.unitScale = unitScale;
            this.floor = floor;
        }

        @Override
        void apply(int count, long[][] measured, long[] salaries, long[] variables, long[] amounts, byte[] warned, boolean[] undecided) {
            long[] m = measured[units];
            for (int i = 0; i < count; i++) {
                if (undecided[i]) {
                    continue;
                }
                long n = m[i];
                if (n < 0 || n == KernelLine.UNBOUNDED_BEST) {
                    undecided[i] = true;
                    continue;
                }
                try {
                    long penalty = ScaledMath.divideByPowerOfTenHalfUp(Math.multiplyExact(perUnit, n), unitScale);
                    if (floor != Deduction.Floor.NONE) {
                        long room = floor == Deduction.Floor.SALARY ? variables[i] : Math.addExact(salaries[i], variables[i]);
                        room = Math.max(room, 0);
                        if (penalty > room) {
                            penalty = room;
                            warned[i] = 1; // limited: the explanation's warning
                        }
                    }
                    amounts[i] = -penalty;
                } catch (ArithmeticException e) {
                    undecided[i] = true;
                }
            }
        }
    }

    /**
     * {@code VariableLimits} and {@code TotalLimits}: raises the variable pay (or the total) to
     * the floor, or cuts it to the cap. A total cap below the salary that cuts marks the row warned.
     */
    static final class LimitsStep extends Step {
        private final boolean total;
        private final long floor;
        private final long cap;

        /** An absent floor is {@code Long.MIN_VALUE}, an absent cap {@code Long.MAX_VALUE}. */
        LimitsStep(boolean total, long floor, long cap) {
            this.total = total;
            this.floor = floor;
            this.cap = cap;
        }

        @Override
        void apply(int count, long[][] measured, long[] salaries, long[] variables, long[] amounts, byte[] warned, boolean[] undecided) {
            for (int i = 0; i < count; i++) {
                if (undecided[i]) {
                    continue;
                }
                try {
                    long value = total ? Math.addExact(salaries[i], variables[i]) : variables[i];
                    long amount = value < floor ? Math.subtractExact(floor, value)
                            : value > cap ? Math.subtractExact(cap, value) : 0;
                    if (total && amount < 0 && cap < salaries[i]) {
                        warned[i] = 1; // the cap cuts into the salary: the explanation's warning
                    }
                    amounts[i] = amount;
                } catch (ArithmeticException e) {
                    undecided[i] = true;
                }
            }
        }
    }
}
