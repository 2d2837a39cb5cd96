package org.kpiengine.period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
    private record Group(int role, @Nullable Scorecard scorecard) {
    }

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
        Map<PlanVersion, Map<Integer, Group>> groups = new IdentityHashMap<>();
        List<RoleTemplate> templates = new ArrayList<>();
        // the role templates, and the employees whose plan cannot be priced in a batch
        for (int i = 0; i < n; i++) {
            if (fallback[i] || k >= parts.get(i).size()) {
                continue;
            }
            for (Part part : parts.get(i).get(k)) {
                Group group = groups.computeIfAbsent(part.version(), v -> new HashMap<>())
                        .computeIfAbsent(part.days(), d -> group(part, templates));
                if (group.role() < 0 || !batchable(part, Objects.requireNonNull(group.scorecard()))) {
                    fallback[i] = true;
                }
            }
        }
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (!fallback[i] && k < parts.get(i).size()) {
                size += parts.get(i).get(k).size();
            }
        }
        int[] first = new int[n];
        firstRow[k] = first;
        if (size == 0) {
            return;
        }
        Set<String> indicators = new LinkedHashSet<>();
        for (RoleTemplate template : templates) {
            for (ScorecardLine line : template.scorecard().lines()) {
                indicators.add(line.id());
            }
        }
        Map<String, BigDecimal[]> facts = new LinkedHashMap<>();
        for (String id : indicators) {
            facts.put(id, new BigDecimal[size]);
        }
        Set<String> quantities = new LinkedHashSet<>();
        BigDecimal[] salaries = new BigDecimal[size];
        int[] roles = new int[size];
        String[] ids = new String[size];
        RoundingMode rounding = year.precision().moneyRounding();
        int row = 0;
        for (int i = 0; i < n; i++) {
            if (fallback[i] || k >= parts.get(i).size()) {
                continue;
            }
            first[i] = row;
            for (Part part : parts.get(i).get(k)) {
                Group group = Objects.requireNonNull(groups.get(part.version()).get(part.days()));
                roles[row] = group.role();
                ids[row] = employees.get(i).employeeId();
                salaries[row] = Proration.money(part.version().salary(), part.days(), part.periodDays(), rounding).amount();
                for (Map.Entry<String, BigDecimal[]> column : facts.entrySet()) {
                    column.getValue()[row] = part.facts().get(column.getKey());
                }
                quantities.addAll(part.quantities().keySet());
                row++;
            }
        }
        TeamInput.Builder input = TeamInput.builder(size).employeeIds(ids).roles(roles)
                .salaries(year.currency(), DecimalColumn.of(salaries));
        facts.forEach((id, values) -> input.facts(id, DecimalColumn.of(values)));
        for (String name : quantities) {
            BigDecimal[] values = new BigDecimal[size];
            int r = 0;
            for (int i = 0; i < n; i++) {
                if (fallback[i] || k >= parts.get(i).size()) {
                    continue;
                }
                for (Part part : parts.get(i).get(k)) {
                    values[r++] = part.quantities().get(name);
                }
            }
            input.quantities(name, DecimalColumn.of(values));
        }
        TeamResult result = TeamBatch.of(templates).withPrecision(year.precision()).evaluate(input.build());
        results[k] = result;
        for (int i = 0; i < n; i++) {
            if (fallback[i] || k >= parts.get(i).size()) {
                continue;
            }
            for (int p = 0; p < parts.get(i).get(k).size(); p++) {
                if (!result.isOk(first[i] + p)) {
                    fallback[i] = true; // the per-employee path gives this employee's error
                }
            }
        }
    }

    /**
     * Whether the batch sees a part's facts as the object path does: the batch reads only the
     * scorecard's indicators and has no insufficient-data entries, so a fact of another indicator
     * or such an entry is left to the per-employee path.
     */
    private static boolean batchable(Part part, Scorecard scorecard) {
        if (!part.facts().insufficientData().isEmpty()) {
            return false;
        }
        for (String id : part.facts().ids()) {
            if (!scorecard.has(id)) {
                return false;
            }
        }
        return true;
    }

    /** The template of a version over some days: its prorated scorecard and pay plan; role −1 if they cannot be made. */
    private Group group(Part part, List<RoleTemplate> templates) {
        PlanVersion version = part.version();
        try {
            Scorecard scorecard = YearComputation.prorated(version.scorecard(), part.days(), part.periodDays(), year.precision());
            PayPlan plan = version.payPlan() == null ? null : Proration.plan(version.payPlan(),
                    amount -> Proration.money(amount, part.days(), part.periodDays(), year.precision().moneyRounding()),
                    part.days() == part.periodDays(), year.currency());
            templates.add(new RoleTemplate(version.role(), scorecard, plan));
            return new Group(templates.size() - 1, scorecard);
        } catch (KpiInputException e) {
            return new Group(-1, null);
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
