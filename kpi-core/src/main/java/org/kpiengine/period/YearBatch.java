package org.kpiengine.period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Scheme;
import org.kpiengine.period.YearComputation.Part;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * The columnar path of {@link CompensationYear#compute(List)}: every employee's periods are split
 * into parts; per period one {@link TeamBatch} prices every part of every employee over columns,
 * with one role template per (plan version, participating days) holding the prorated scorecard
 * and pay plan; then each employee's sequencing (true-ups, carry-forward, draw, chargebacks,
 * adjustment, settlement) runs on the batch's totals, in {@link YearComputation}, the same code
 * as the per-employee path.
 *
 * <p>An employee whose inputs break a rule anywhere (a split, a batch row in error, a plan that
 * cannot be prorated) is computed again on the per-employee path, which is the definition: its
 * result, or its {@link KpiInputException}, is that employee's.
 */
final class YearBatch {

    /** One role template of a period's batch, a plan version over some number of days: its role number, −1 if it cannot be made. */
    private record Group(int role, String[] ids, Fill[] columns, @Nullable BigDecimal salary) {
    }

    /**
     * A column filled row by row, converted to unscaled {@code long}s as each value is read (while
     * it is in the cache) as long as every value has the scale of the first and fits a long; the
     * values are kept as well, and any other column is made from them by {@link #column}. Rows
     * never set are missing.
     */
    static final class Fill {
        private final BigDecimal[] values;
        private final long[] unscaled;
        private int scale = -1;
        private boolean general;

        Fill(int size) {
            this.values = new BigDecimal[size];
            this.unscaled = new long[size];
            Arrays.fill(unscaled, DecimalColumn.MISSING);
        }

        void set(int row, @Nullable BigDecimal value) {
            values[row] = value;
            if (general || value == null) {
                return;
            }
            int s = value.scale();
            if (scale < 0) {
                if (s < 0 || s > MAX_SCALE) {
                    general = true;
                    return;
                }
                scale = s;
            }
            if (s != scale) {
                general = true; // another scale: made from the values
                return;
            }
            long u;
            try {
                u = value.scaleByPowerOfTen(s).longValueExact();
            } catch (ArithmeticException e) {
                general = true; // too many digits for a long
                return;
            }
            if (u == DecimalColumn.MISSING || u == DecimalColumn.MISSING + 1) {
                general = true; // the two values a long column reserves
                return;
            }
            unscaled[row] = u;
        }

        /** The column of the first {@code size} rows. */
        DecimalColumn column(int size) {
            if (general) {
                return YearBatch.column(trim(values, size));
            }
            return DecimalColumn.ofUnscaled(unscaled.length == size ? unscaled : Arrays.copyOf(unscaled, size), Math.max(scale, 0));
        }
    }

    /** The largest scale of a long column. */
    private static final int MAX_SCALE = 18;

    private final CompensationYear year;
    private final List<EmployeeYear> employees;
    private final int n;
    private final boolean[] fallback;
    private final YearComputation[] computations;
    private final List<List<List<Part>>> parts;
    private TeamResult[] results = new TeamResult[0];
    private int[][] firstRow = new int[0][];

    private YearBatch(CompensationYear year, List<EmployeeYear> employees) {
        this.year = year;
        this.employees = employees;
        this.n = employees.size();
        this.fallback = new boolean[n];
        this.computations = new YearComputation[n];
        this.parts = new ArrayList<>(n);
    }

    static YearBatchResult compute(CompensationYear year, List<EmployeeYear> employees) {
        List<EmployeeYear> copy = List.copyOf(Objects.requireNonNull(employees, "employees"));
        return new YearBatch(year, copy).run();
    }

    private YearBatchResult run() {
        int horizon = -1;
        for (int i = 0; i < n; i++) {
            List<List<Part>> split = List.of();
            try {
                YearComputation computation = new YearComputation(year, employees.get(i), false);
                split = computation.split();
                computations[i] = computation;
                horizon = Math.max(horizon, split.size() - 1);
            } catch (KpiInputException e) {
                fallback[i] = true;
            }
            parts.add(split);
        }
        results = new TeamResult[horizon + 1];
        firstRow = new int[horizon + 1][];
        for (int k = 0; k <= horizon; k++) {
            period(k);
        }
        YearFigures[] figures = new YearFigures[n];
        KpiInputException[] errors = new KpiInputException[n];
        for (int i = 0; i < n; i++) {
            try {
                if (fallback[i]) {
                    figures[i] = new YearComputation(year, employees.get(i), false).figures();
                } else {
                    YearComputation computation = computations[i];
                    computation.priced(new Rows(i));
                    figures[i] = computation.figures();
                }
            } catch (KpiInputException e) {
                errors[i] = e;
            }
            computations[i] = null; // its balances are no longer needed
        }
        boolean[] columnar = new boolean[n];
        for (int i = 0; i < n; i++) {
            columnar[i] = !fallback[i];
        }
        return new YearBatchResult(year, employees, figures, errors, columnar);
    }

    /** Prices every part of period k in one team batch. */
    private void period(int k) {
        int upper = 0;
        for (int i = 0; i < n; i++) {
            if (!fallback[i] && k < parts.get(i).size()) {
                upper += parts.get(i).get(k).size();
            }
        }
        int[] first = new int[n];
        int[] count = new int[n];
        firstRow[k] = first;
        if (upper == 0) {
            return;
        }
        int capacity = upper;
        Map<PlanVersion, Map<Integer, Group>> groups = new IdentityHashMap<>();
        List<RoleTemplate> templates = new ArrayList<>();
        Map<String, Fill> facts = new LinkedHashMap<>();
        Set<String> quantities = new LinkedHashSet<>();
        Fill salaries = new Fill(upper);
        int[] roles = new int[upper];
        String[] ids = new String[upper];
        PlanVersion lastVersion = null;
        int lastDays = -1;
        Group group = null;
        int row = 0;
        for (int i = 0; i < n; i++) {
            if (fallback[i] || k >= parts.get(i).size()) {
                continue;
            }
            first[i] = row;
            for (Part part : parts.get(i).get(k)) {
                if (group == null || part.version() != lastVersion || part.days() != lastDays) {
                    group = groups.computeIfAbsent(part.version(), v -> new HashMap<>())
                            .computeIfAbsent(part.days(), d -> group(part, templates, facts, capacity));
                    lastVersion = part.version();
                    lastDays = part.days();
                }
                if (group.role() < 0) {
                    fallback[i] = true; // a plan that cannot be prorated: the per-employee path says why
                    break;
                }
                roles[row] = group.role();
                ids[row] = employees.get(i).employeeId();
                salaries.set(row, group.salary());
                Facts partFacts = part.facts();
                int found = 0;
                for (int j = 0; j < group.ids().length; j++) {
                    BigDecimal value = partFacts.get(group.ids()[j]);
                    group.columns()[j].set(row, value);
                    if (value != null) {
                        found++;
                    }
                }
                // the batch reads only the scorecard's indicators and knows no insufficient data:
                // a fact of another indicator, or such an entry, is left to the per-employee path
                if (found != partFacts.ids().size() || !partFacts.insufficientData().isEmpty()) {
                    fallback[i] = true;
                }
                if (!part.quantities().isEmpty()) {
                    quantities.addAll(part.quantities().keySet());
                }
                count[i]++;
                row++;
            }
        }
        int size = row;
        if (size == 0) {
            return;
        }
        TeamInput.Builder input = TeamInput.builder(size).employeeIds(trim(ids, size)).roles(Arrays.copyOf(roles, size))
                .salaries(year.currency(), salaries.column(size));
        facts.forEach((id, values) -> input.facts(id, values.column(size)));
        for (String name : quantities) {
            BigDecimal[] values = new BigDecimal[size];
            for (int i = 0; i < n; i++) {
                for (int p = 0; p < count[i]; p++) {
                    values[first[i] + p] = parts.get(i).get(k).get(p).quantities().get(name);
                }
            }
            input.quantities(name, column(values));
        }
        TeamResult result = TeamBatch.of(templates).withPrecision(year.precision()).evaluate(input.build());
        results[k] = result;
        for (int i = 0; i < n; i++) {
            if (fallback[i]) {
                continue;
            }
            for (int p = 0; p < count[i]; p++) {
                if (!result.isOk(first[i] + p)) {
                    fallback[i] = true; // the per-employee path gives this employee's error
                }
            }
        }
    }

    private static <T> T[] trim(T[] values, int size) {
        return values.length == size ? values : Arrays.copyOf(values, size);
    }

    /**
     * A column of exact decimals: unscaled {@code long}s at the largest scale when every value
     * fits one (the same numbers, read without a range check per value, since any such number is
     * in the library's range), otherwise {@link DecimalColumn#of(BigDecimal...)}.
     */
    static DecimalColumn column(BigDecimal[] values) {
        int scale = 0;
        for (BigDecimal value : values) {
            if (value != null) {
                if (value.scale() < 0 || value.scale() > MAX_SCALE) {
                    return DecimalColumn.of(values);
                }
                scale = Math.max(scale, value.scale());
            }
        }
        long[] unscaled = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            BigDecimal value = values[i];
            if (value == null) {
                unscaled[i] = DecimalColumn.MISSING;
                continue;
            }
            try {
                long u = (value.scale() == scale ? value : value.setScale(scale, RoundingMode.UNNECESSARY))
                        .scaleByPowerOfTen(scale).longValueExact();
                if (u == DecimalColumn.MISSING || u == DecimalColumn.MISSING + 1) {
                    return DecimalColumn.of(values); // the two values a long column reserves
                }
                unscaled[i] = u;
            } catch (ArithmeticException e) {
                return DecimalColumn.of(values); // too many digits for a long
            }
        }
        return DecimalColumn.ofUnscaled(unscaled, scale);
    }

    /**
     * The template of a version over some days: its prorated scorecard and pay plan, and the fact
     * columns of its indicators (shared with the period's other templates); role −1 if they cannot
     * be made.
     */
    private Group group(Part part, List<RoleTemplate> templates, Map<String, Fill> facts, int size) {
        PlanVersion version = part.version();
        try {
            Scorecard scorecard = YearComputation.prorated(version.scorecard(), part.days(), part.periodDays(), year.precision());
            PayPlan plan = version.payPlan() == null ? null : Proration.plan(version.payPlan(),
                    amount -> Proration.money(amount, part.days(), part.periodDays(), year.precision().moneyRounding()),
                    part.days() == part.periodDays(), year.currency());
            templates.add(new RoleTemplate(version.role(), scorecard, plan));
            List<ScorecardLine> lines = scorecard.lines();
            String[] ids = new String[lines.size()];
            Fill[] columns = new Fill[lines.size()];
            for (int j = 0; j < ids.length; j++) {
                ids[j] = lines.get(j).id();
                columns[j] = facts.computeIfAbsent(ids[j], id -> new Fill(size));
            }
            BigDecimal salary = Proration.money(version.salary(), part.days(), part.periodDays(), year.precision().moneyRounding())
                    .amount();
            return new Group(templates.size() - 1, ids, columns, salary);
        } catch (KpiInputException e) {
            return new Group(-1, new String[0], new Fill[0], null);
        }
    }

    /** The batch's prices of one employee's parts: part p of period k is row first + p of period k's batch. */
    private final class Rows implements YearComputation.PartResults {
        private final int employee;

        Rows(int employee) {
            this.employee = employee;
        }

        @Override
        public Money total(int k, int p) {
            return results[k].total(firstRow[k][employee] + p);
        }

        @Override
        public Map<String, Money> schemes(int k, int p) {
            int row = firstRow[k][employee] + p;
            PayPlan plan = Objects.requireNonNull(results[k].template(row).payPlan());
            Map<String, Money> components = results[k].components(row);
            Map<String, Money> schemes = new LinkedHashMap<>();
            for (Scheme scheme : plan.schemes()) {
                Money amount = components.get(scheme.name());
                if (amount != null) {
                    schemes.put(scheme.name(), amount);
                }
            }
            return schemes;
        }
    }
}
