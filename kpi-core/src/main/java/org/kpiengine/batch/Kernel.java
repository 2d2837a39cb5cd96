package org.kpiengine.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.KpiIndex;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * The batch kernel: computes rows into {@link Results}, each row either in exact scaled
 * {@code long} arithmetic or, when the kernel cannot decide it, through the object API
 * ({@link Scorecard#withThresholds}, {@link Scorecard#evaluate}); a {@link KpiInputException} on
 * that path becomes the row's error. Both give the same numbers; the kernel is only faster.
 *
 * <p>Stateless apart from its inputs and results; disjoint row ranges may run concurrently.
 */
final class Kernel {

    private final KernelTemplate[] templates;
    private final int[] roles;
    private final Precision precision;
    private final Results results;
    private final @Nullable Currency currency;
    private final @Nullable Column salaries;
    private final long[] salaryValues;
    private final long salaryFactor;
    private final long salaryDivisor;
    private final Map<String, Column> quantities;
    /** The most scratch arrays any template's pay measures need. */
    private final int payMeasures;

    /**
     * Prepares a kernel.
     *
     * @param templates the compiled templates, by role number
     * @param roles the role number of each row
     * @param precision the rounding rule
     * @param results where to write, sized for the rows
     * @param currency the currency of salaries and pay, null if no salaries were given
     * @param salaries the salaries, null if none were given
     * @param quantities the named pay inputs, by name
     */
    Kernel(List<KernelTemplate> templates, int[] roles, Precision precision, Results results,
            @Nullable Currency currency, @Nullable Column salaries, Map<String, Column> quantities) {
        this.templates = templates.toArray(new KernelTemplate[0]);
        this.roles = roles;
        this.precision = precision;
        this.results = results;
        this.currency = currency;
        this.salaries = salaries;
        this.quantities = Map.copyOf(quantities);
        int most = 0;
        for (KernelTemplate template : this.templates) {
            most = Math.max(most, template.payMeasures());
        }
        this.payMeasures = most;
        int currencyScale = currencyScale(currency);
        this.salaryValues = salaries == null ? new long[0] : salaries.unscaled();
        int shift = salaries == null ? 0 : currencyScale - salaries.scale();
        this.salaryFactor = shift >= 0 && shift <= ScaledMath.MAX_POWER ? ScaledMath.pow10(shift) : 0;
        this.salaryDivisor = shift < 0 && -shift <= ScaledMath.MAX_POWER ? ScaledMath.pow10(-shift) : 0;
    }

    /**
     * Returns the minor-unit scale of a currency.
     *
     * @param currency the currency, null for none
     * @return its default fraction digits, 0 for none, −1 for a currency without minor unit
     */
    static int currencyScale(@Nullable Currency currency) {
        return currency == null ? 0 : currency.getDefaultFractionDigits();
    }

    /** The number of rows computed together, column by column; the scratch arrays hold this many. */
    private static final int GROUP = 256;

    /**
     * The scratch arrays of one thread's groups, sized for {@link #GROUP} rows: allocated once per
     * thread and batch, and reused for every group and chunk it computes.
     */
    final class Scratch {
        final int[] rows = new int[GROUP];
        final long[] sums = new long[GROUP];
        final long[] salaries = new long[GROUP];
        final long[] variables = new long[GROUP];
        final long[] measures = new long[GROUP];
        final long[][] payMeasures = new long[Kernel.this.payMeasures][GROUP];
        final boolean[] undecided = new boolean[GROUP];
        final byte[] warned = new byte[GROUP];
    }

    /**
     * Allocates the scratch arrays for one thread.
     *
     * @return new scratch arrays
     */
    Scratch scratch() {
        return new Scratch();
    }

    /**
     * Computes the rows {@code from} (inclusive) to {@code to} (exclusive), in groups of rows of
     * one template: each scorecard line over the whole group, then the ratings, then each pay
     * step; rows the kernel cannot decide take the object path afterwards.
     *
     * @param from the first row
     * @param to the row after the last
     * @param scratch the calling thread's scratch arrays
     */
    void run(int from, int to, Scratch scratch) {
        int[] rows = scratch.rows;
        for (int start = from; start < to; ) {
            // a group never spans two chunks of the results: it ends at the chunk's end at the latest
            Results.Chunk chunk = results.chunkOf(start);
            int end = Math.min(Math.min(to, start + GROUP), chunk.first + chunk.status.length);
            // role 0 first, counting the rows of any other role: a team of one role (the usual
            // case) needs no second look at its rows
            int count = 0;
            int others = 0;
            for (int row = start; row < end; row++) {
                boolean mine = roles[row] == 0;
                rows[count] = row;
                count += mine ? 1 : 0;
                others += mine ? 0 : 1;
            }
            if (count > 0 && templates.length > 0) {
                group(templates[0], count, scratch, chunk);
            }
            if (others > 0 || templates.length == 0) {
                others(start, end, scratch, chunk);
            }
            start = end;
        }
    }

    /** The rows of a group whose role is not 0: each other role's rows together, then the unknown roles' errors. */
    private void others(int start, int end, Scratch scratch, Results.Chunk chunk) {
        int[] rows = scratch.rows;
        for (int role = 1; role < templates.length; role++) {
            int count = 0;
            for (int row = start; row < end; row++) {
                if (roles[row] == role) {
                    rows[count++] = row;
                }
            }
            if (count > 0) {
                group(templates[role], count, scratch, chunk);
            }
        }
        for (int row = start; row < end; row++) {
            int role = roles[row];
            if (role < 0 || role >= templates.length) {
                error(row, new KpiInputException(Reason.OUT_OF_RANGE, null, "role", Integer.toString(role),
                        "role " + role + " has no template (roles run from 0 to " + (templates.length - 1) + ")"));
            }
        }
    }

    private void group(KernelTemplate template, int count, Scratch scratch, Results.Chunk chunk) {
        int[] rows = scratch.rows;
        KernelLine[] lines = template.lines;
        if (lines == null) {
            for (int i = 0; i < count; i++) {
                objectPath(template, rows[i]);
            }
            return;
        }
        long[] sums = scratch.sums;
        boolean[] undecided = scratch.undecided;
        Arrays.fill(sums, 0, count, 0);
        Arrays.fill(undecided, 0, count, false);
        long[] weights = template.weights;
        boolean plainSums = KernelLine.plainSums(weights);
        for (int k = 0; k < lines.length; k++) {
            lines[k].score(rows, count, chunk.indices, chunk.slot(k), weights[k], sums, undecided,
                    plainSums, scratch.measures);
        }
        KernelPay pay = template.pay;
        long[] salaries = scratch.salaries;
        long[] variables = scratch.variables;
        byte[] warned = scratch.warned;
        int[] ratings = chunk.ratings;
        int first = chunk.first;
        // the rating, rounded like an index, written straight into the chunk, and with a pay plan
        // the salary in minor units and the cleared running pay and warnings, in one pass
        if (!plainRatings(template, rows, count, ratings, first, sums, salaries, variables, warned, undecided)) {
            checkedRatings(template, rows, count, ratings, first, sums, salaries, variables, warned, undecided);
        }
        if (pay == null) {
            for (int i = 0; i < count; i++) {
                if (undecided[i]) {
                    objectPath(template, rows[i]);
                }
            }
            return;
        }
        pay.compute(rows, count, sums, salaries, variables, scratch.payMeasures, chunk,
                lines, warned, undecided);
        // the totals, the warned flags and the rows the kernel could not decide, in one pass
        long[] totals = chunk.totals;
        for (int i = 0; i < count; i++) {
            int row = rows[i];
            long salary = salaries[i];
            long variable = variables[i];
            long total = salary + variable;
            if (undecided[i] || ((salary ^ total) & (variable ^ total)) < 0) { // undecided or an overflow
                objectPath(template, row);
            } else {
                // the status is OK (0) as the chunk was allocated; the rating is written
                totals[row - first] = total;
                if (warned[i] != 0) {
                    chunk.warned[row - first] = 1;
                }
            }
        }
    }

    /**
     * The rating and salary pass without a {@code try} per row, for {@code HALF_UP} index rounding
     * and salaries at the currency's scale or coarser (the usual case): a row whose rating
     * overflows or is beyond the {@code int} rating column, or whose salary is absent, negative or
     * beyond a {@code long} in minor units, is marked undecided by a mask instead of an exception.
     * Writes each decided row's rating into the chunk and into {@code sums}.
     *
     * @return false if the pass does not apply (nothing was written): the checked pass must run
     */
    private boolean plainRatings(KernelTemplate template, int[] rows, int count, int[] ratings, int first, long[] sums,
            long[] salaries, long[] variables, byte[] warned, boolean[] undecided) {
        int weightScale = template.weightScale;
        boolean withPay = template.pay != null;
        if (precision.indexRounding() != RoundingMode.HALF_UP || weightScale > 2 || withPay && salaryFactor == 0) {
            return false;
        }
        long[] values = salaryValues;
        // rows ascend, so every row of the group has a salary cell when the last one has
        boolean cells = !withPay || rows[count - 1] < values.length;
        if (!cells) {
            return false;
        }
        long factor = salaryFactor;
        long most = withPay ? Long.MAX_VALUE / factor : 0; // the largest salary whose minor units fit a long
        long half = weightScale == 0 ? 0 : weightScale == 1 ? 5 : 50;
        for (int i = 0; i < count; i++) {
            // ScaledMath.divideByPowerOfTenHalfUp, its overflow (|sum| > Long.MAX_VALUE − 50) as a mask
            long sum = sums[i];
            long sign = sum >> 63;
            long a = (sum ^ sign) - sign;
            long q = weightScale == 0 ? a : weightScale == 1 ? (a + half) / 10 : (a + half) / 100;
            long rating = (q ^ sign) - sign;
            boolean bad = a + 50 < 0 | rating != (int) rating;
            if (withPay) {
                long v = values[rows[i]];
                bad |= v < 0 | v > most; // absent, unrepresentable or negative, or beyond a long in minor units
                salaries[i] = v * factor;
                variables[i] = 0;
                warned[i] = 0;
            }
            sums[i] = rating;
            boolean decided = !(undecided[i] | bad);
            undecided[i] = !decided;
            if (decided) {
                ratings[rows[i] - first] = (int) rating;
            }
        }
        return true;
    }

    /**
     * The rating and salary pass in any rounding mode and for any salary scale, a row the kernel
     * cannot decide caught by its exception: writes each decided row's rating into the chunk and
     * into {@code sums}, and with a pay plan its salary in minor units, and clears the running pay
     * and warnings.
     */
    private void checkedRatings(KernelTemplate template, int[] rows, int count, int[] ratings, int first, long[] sums,
            long[] salaries, long[] variables, byte[] warned, boolean[] undecided) {
        int weightScale = template.weightScale;
        RoundingMode rounding = precision.indexRounding();
        boolean halfUp = rounding == RoundingMode.HALF_UP;
        boolean withPay = template.pay != null;
        for (int i = 0; i < count; i++) {
            variables[i] = 0;
            warned[i] = 0;
            if (!undecided[i]) {
                try {
                    long rating = halfUp ? ScaledMath.divideByPowerOfTenHalfUp(sums[i], weightScale)
                            : ScaledMath.divide(sums[i], ScaledMath.pow10(weightScale), rounding);
                    if (rating != (int) rating) {
                        throw ObjectPathSignal.INSTANCE; // beyond the int rating column
                    }
                    if (withPay) {
                        salaries[i] = salaryMinor(rows[i]);
                    }
                    sums[i] = rating;
                    ratings[rows[i] - first] = (int) rating;
                } catch (ArithmeticException | ObjectPathSignal e) {
                    undecided[i] = true;
                }
            }
        }
    }

    /** The row's salary in minor units, as {@code Money.of} would take it. */
    private long salaryMinor(int row) {
        long v = row < salaryValues.length ? salaryValues[row] : Column.MISSING;
        if (v < 0) { // absent, unrepresentable or negative
            throw ObjectPathSignal.INSTANCE;
        }
        if (salaryFactor != 0) {
            return Math.multiplyExact(v, salaryFactor);
        }
        if (salaryDivisor == 0 || v % salaryDivisor != 0) {
            throw ObjectPathSignal.INSTANCE;
        }
        return v / salaryDivisor;
    }

    private void objectPath(KernelTemplate template, int row) {
        Evaluation evaluation;
        Payout payout;
        try {
            evaluation = evaluate(template, row);
            payout = pay(template, evaluation, row);
        } catch (KpiInputException e) {
            error(row, e);
            return;
        }
        List<KpiIndex> indices = evaluation.indices();
        Results.Chunk chunk = results.chunkOf(row);
        int local = row - chunk.first;
        boolean fits = fitsLong(evaluation.rating()) && evaluation.rating().unscaledValue().bitLength() < 32;
        for (int k = 0; k < indices.size() && fits; k++) {
            BigDecimal index = indices.get(k).index();
            fits = fitsLong(index) && index.unscaledValue().longValue() <= Integer.MAX_VALUE;
            if (fits) {
                chunk.indices[chunk.slot(k) + row] = (int) index.unscaledValue().longValue();
            }
        }
        if (payout != null) {
            List<PayLine> lines = payout.lines();
            for (int k = 1; k < lines.size() && fits; k++) {
                BigDecimal amount = lines.get(k).amount().amount();
                fits = amount.unscaledValue().bitLength() < 32; // the pay column holds ints
                if (fits) {
                    chunk.pay[chunk.slot(k - 1) + row] = amount.unscaledValue().intValue();
                }
            }
            fits = fits && payout.total().amount().unscaledValue().bitLength() < 64
                    && payout.warnings().size() == evaluation.warnings().size() + template.payPlan.warnings().size();
            if (fits) {
                chunk.totals[local] = payout.total().amount().unscaledValue().longValue();
            }
        }
        if (fits) {
            chunk.ratings[local] = evaluation.rating().unscaledValue().intValue();
            chunk.status[local] = Results.OK;
        } else {
            results.objects.put(row, new RowObjects(evaluation, payout));
            chunk.status[local] = Results.OK_OBJECT;
        }
    }

    /**
     * Evaluates one row's pay plan through the object API, after its scorecard: the salary and
     * named quantities become {@link PayInputs}, then {@link PayPlan#evaluate(Evaluation, PayInputs, Precision)}.
     *
     * @param template the row's template
     * @param evaluation the row's evaluation
     * @param row the row
     * @return the payout, or null if the role has no pay plan
     * @throws KpiInputException if the salary is missing, negative or finer than the currency's
     *     minor unit, or the plan cannot read what it needs
     */
    @Nullable Payout pay(KernelTemplate template, Evaluation evaluation, int row) {
        PayPlan plan = template.payPlan;
        if (plan == null) {
            return null;
        }
        BigDecimal salary = salaries == null ? null : salaries.decimal(null, "salary", row);
        if (salary == null || currency == null) {
            throw new KpiInputException(Reason.MISSING_INPUT, null, "salary", null,
                    "no salary was given, and the role's pay plan needs one");
        }
        checkSalary(salary, currency);
        Map<String, BigDecimal> named = new LinkedHashMap<>();
        quantities.forEach((name, column) -> {
            BigDecimal value = column.decimal(null, name, row);
            if (value != null) {
                named.put(name, value);
            }
        });
        return plan.evaluate(evaluation, PayInputs.of(Money.of(currency, salary), named), precision);
    }

    /**
     * Checks a salary as {@code Money.of} would, but naming the field: a salary out of range or
     * finer than the currency's minor unit says "salary", not "amount".
     */
    private static void checkSalary(BigDecimal salary, Currency currency) {
        BigDecimal exact = Decimals.normalise(null, "salary", salary);
        int scale = currencyScale(currency);
        if (scale >= 0 && exact.scale() > scale) {
            String text = Decimals.quote(Decimals.text(exact));
            throw new KpiInputException(Reason.MONEY_SCALE, null, "salary", text,
                    "salary " + text + " has more than " + scale + " decimal places, the minor unit of "
                            + currency.getCurrencyCode());
        }
    }

    private boolean fitsLong(BigDecimal value) {
        return value.scale() == precision.indexScale() && value.unscaledValue().bitLength() < 64;
    }

    private void error(int row, KpiInputException e) {
        results.errors.put(row, e);
        Results.Chunk chunk = results.chunkOf(row);
        chunk.status[row - chunk.first] = Results.ERROR;
    }

    /**
     * Evaluates one row through the object API, exactly as an integrator would for one employee:
     * the individual thresholds replace the template's ({@link Scorecard#withThresholds}), then the
     * facts are evaluated.
     *
     * @param template the row's template
     * @param row the row
     * @return the evaluation
     * @throws KpiInputException if the row's data breaks a rule
     */
    Evaluation evaluate(KernelTemplate template, int row) {
        Scorecard scorecard = template.scorecard;
        List<ScorecardLine> lines = scorecard.lines();
        Map<String, Thresholds> individual = new LinkedHashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            Thresholds thresholds = thresholds(lines.get(k), template.columns[k], row);
            if (thresholds != null) {
                individual.put(lines.get(k).id(), thresholds);
            }
        }
        if (!individual.isEmpty()) {
            scorecard = scorecard.withThresholds(individual);
        }
        Facts.Builder facts = Facts.builder();
        for (int k = 0; k < lines.size(); k++) {
            Column column = template.columns[k].fact();
            String id = lines.get(k).id();
            BigDecimal fact = column == null ? null : column.decimal(id, "fact", row);
            if (fact != null) {
                facts.put(id, fact);
            }
        }
        return scorecard.evaluate(facts.build(), precision);
    }

    /**
     * Returns a row's individual thresholds for a line: the template's with the row's base, plan
     * and target where the columns hold them.
     *
     * @param line the template line
     * @param columns the line's columns
     * @param row the row
     * @return the thresholds, or null if the row has no individual value
     */
    static @Nullable Thresholds thresholds(ScorecardLine line, LineColumns columns, int row) {
        String id = line.id();
        BigDecimal base = columns.base() == null ? null : columns.base().decimal(id, "base", row);
        BigDecimal plan = columns.plan() == null ? null : columns.plan().decimal(id, "plan", row);
        BigDecimal target = columns.target() == null ? null : columns.target().decimal(id, "target", row);
        if (base == null && plan == null && target == null) {
            return null;
        }
        // checked here so that the error names the indicator, not only the field
        if (base != null) {
            Decimals.checkRange(id, "base", base);
        }
        if (plan != null) {
            Decimals.checkRange(id, "plan", plan);
        }
        if (target != null) {
            Decimals.checkRange(id, "target", target);
        }
        Thresholds t = line.thresholds();
        return new Thresholds(base == null ? t.base() : base, plan == null ? t.plan() : plan,
                target == null ? t.target() : target);
    }
}
