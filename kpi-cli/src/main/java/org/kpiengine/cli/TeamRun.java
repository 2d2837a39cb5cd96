package org.kpiengine.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.credit.CreditedFacts;

/**
 * The pay pipeline of the tool: a plan and a facts file in, one result per employee of the facts
 * file out, in the order of their first row. It does not throw for any content of the files:
 * every problem becomes a {@link Problem} and, where it belongs to an employee, that employee's
 * error row.
 *
 * <p>The employees whose rows all read are computed together in one team batch; an employee with
 * a malformed row is not computed from partial data and gets an error row that names every
 * malformed row ({@code file:line: reason}).
 */
final class TeamRun {

    /** Above this many employees the batch runs on every core. */
    static final int PARALLEL_FROM = 20_000;

    /**
     * One employee's place in the results.
     *
     * @param employeeId the employee id
     * @param batchRow the employee's row in {@link Team#result()}, or -1 if not computed
     * @param error why the employee was not computed, or null if it was
     */
    record Entry(String employeeId, int batchRow, @Nullable String error) {
    }

    /**
     * The outcome of a run.
     *
     * @param entries one entry per employee of the facts file, in the order of their first row
     * @param result the batch result of the employees computed, null if none was
     * @param currency the currency code of the salaries, empty if none
     * @param lineNames the pay component names of the plan, empty if it has no pay plan or was unusable
     * @param problems every problem of the files
     * @param complete false if the plan or the facts file could not be used as a whole
     */
    record Team(List<Entry> entries, @Nullable TeamResult result, String currency, List<String> lineNames,
            List<Problem> problems, boolean complete) {

        Team {
            entries = List.copyOf(entries);
            lineNames = List.copyOf(lineNames);
            problems = List.copyOf(problems);
        }

        long errorCount() {
            return entries.stream().filter(e -> e.batchRow() < 0 || !result.isOk(e.batchRow())).count();
        }
    }

    /**
     * Facts of some indicators credited from a transactions file. They give those indicators'
     * facts for every employee of the facts file (0 where nothing was credited), and add every
     * credited employee the facts file does not list; a facts file row of a credited indicator is
     * a problem of its employee (the fact would be given twice).
     *
     * @param fileName the transactions file's name, for messages
     * @param indicatorIds the indicators fed from the transactions
     * @param facts the credited facts of the period
     */
    record Credited(String fileName, List<String> indicatorIds, CreditedFacts facts) {

        Credited {
            indicatorIds = List.copyOf(indicatorIds);
        }
    }

    private TeamRun() {
    }

    /**
     * Runs the pipeline with no transactions file.
     *
     * @param plan the plan, or null if it could not be used
     * @param planProblem why the plan could not be used, or null if {@code plan} is given
     * @param factsName the facts file's name, for messages
     * @param facts the facts file's bytes, not null
     * @param currency the currency of the salaries, null if the plan pays nothing
     * @param progress where to show progress, not null
     * @return the outcome, not null
     */
    static Team run(@Nullable PlanFile plan, @Nullable Problem planProblem, String factsName, byte[] facts,
            @Nullable Currency currency, Progress progress) {
        return run(plan, planProblem, factsName, facts, null, currency, progress);
    }

    /**
     * Runs the pipeline.
     *
     * @param plan the plan, or null if it could not be used
     * @param planProblem why the plan could not be used, or null if {@code plan} is given
     * @param factsName the facts file's name, for messages
     * @param facts the facts file's bytes, not null
     * @param credited the indicators fed from a transactions file, or null if none
     * @param currency the currency of the salaries, null if the plan pays nothing
     * @param progress where to show progress, not null
     * @return the outcome, not null
     */
    static Team run(@Nullable PlanFile plan, @Nullable Problem planProblem, String factsName, byte[] facts,
            @Nullable Credited credited, @Nullable Currency currency, Progress progress) {
        progress.step("reading " + factsName);
        if (plan == null) {
            // Without a plan nobody can be computed; every employee of the facts file still gets a row.
            FactsCsv.Contents contents = FactsCsv.read(factsName, facts, java.util.Set.of(), progress::done);
            String reason = "not computed: the plan cannot be used: " + planProblem;
            List<Entry> entries = contents.employees().stream().map(e -> new Entry(e.id(), -1, reason)).toList();
            List<Problem> problems = new ArrayList<>(contents.readable() ? List.of() : contents.problems());
            problems.add(planProblem);
            return new Team(entries, null, "", List.of(), problems, false);
        }
        FactsCsv.Contents contents = FactsCsv.read(factsName, facts, plan.knownIds(), progress::done);
        List<Problem> problems = new ArrayList<>(contents.problems());
        List<FactsCsv.EmployeeRows> employees = credited == null ? contents.employees()
                : credit(contents.employees(), credited, factsName, problems);
        List<FactsCsv.EmployeeRows> good = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (FactsCsv.EmployeeRows employee : employees) {
            if (employee.problems().isEmpty()) {
                entries.add(new Entry(employee.id(), good.size(), null));
                good.add(employee);
            } else {
                entries.add(new Entry(employee.id(), -1, "malformed rows: " + employee.problems().stream()
                        .map(Problem::toString).collect(Collectors.joining("; "))));
            }
        }
        TeamResult result = null;
        if (!good.isEmpty()) {
            progress.step("computing " + good.size() + " employees");
            TeamInput input = input(plan, good, currency);
            result = good.size() >= PARALLEL_FROM ? plan.document().batch().evaluateInParallel(input)
                    : plan.document().batch().evaluate(input);
        }
        return new Team(entries, result, currency == null ? "" : currency.getCurrencyCode(), plan.lineNames(),
                problems, contents.readable());
    }

    /** The facts file's employees with the credited facts, then the credited employees it does not list. */
    private static List<FactsCsv.EmployeeRows> credit(List<FactsCsv.EmployeeRows> employees, Credited credited, String factsName,
            List<Problem> problems) {
        List<FactsCsv.EmployeeRows> result = new ArrayList<>(employees.size());
        Set<String> listed = new HashSet<>();
        for (FactsCsv.EmployeeRows employee : employees) {
            listed.add(employee.id());
            List<Problem> mine = new ArrayList<>(employee.problems());
            for (String indicator : credited.indicatorIds()) {
                if (employee.facts().containsKey(indicator)) {
                    Problem twice = new Problem(factsName, 0, employee.id(), "employee " + Problem.show(employee.id())
                            + " has a row of indicator '" + indicator + "', which is credited from " + credited.fileName()
                            + "; give each fact in one file only");
                    mine.add(twice);
                    problems.add(twice);
                }
            }
            result.add(new FactsCsv.EmployeeRows(employee.id(), employee.salary(), credited(employee.facts(), credited,
                    employee.id()), employee.thresholds(), mine));
        }
        for (String id : credited.facts().employees()) {
            if (!listed.contains(id)) {
                result.add(new FactsCsv.EmployeeRows(id, null, credited(Map.of(), credited, id), Map.of(), List.of()));
            }
        }
        return result;
    }

    private static Map<String, BigDecimal> credited(Map<String, BigDecimal> given, Credited credited, String employeeId) {
        Map<String, BigDecimal> facts = new LinkedHashMap<>(given);
        for (String indicator : credited.indicatorIds()) {
            BigDecimal value = credited.facts().facts(employeeId).get(indicator);
            facts.put(indicator, value == null ? BigDecimal.ZERO : value);
        }
        return facts;
    }

    /** The team input of the employees whose rows all read: one column per indicator, threshold and pay input. */
    private static TeamInput input(PlanFile plan, List<FactsCsv.EmployeeRows> employees, @Nullable Currency currency) {
        int n = employees.size();
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = employees.get(i).id();
        }
        TeamInput.Builder builder = TeamInput.builder(n).employeeIds(ids);
        for (String indicator : plan.indicatorIds()) {
            builder.facts(indicator, column(employees, e -> e.facts().get(indicator)));
            for (int k = 0; k < 3; k++) {
                int threshold = k;
                BigDecimal[] values = values(employees, e -> {
                    BigDecimal[] cells = e.thresholds().get(indicator);
                    return cells == null ? null : cells[threshold];
                });
                if (anyValue(values)) {
                    DecimalColumn column = DecimalColumn.of(values);
                    switch (k) {
                        case 0 -> builder.bases(indicator, column);
                        case 1 -> builder.plans(indicator, column);
                        default -> builder.targets(indicator, column);
                    }
                }
            }
        }
        if (currency != null && plan.pays()) {
            builder.salaries(currency, column(employees, FactsCsv.EmployeeRows::salary));
            for (String name : plan.inputs()) {
                BigDecimal[] values = values(employees, e -> e.facts().get(name));
                if (anyValue(values)) {
                    builder.quantities(name, DecimalColumn.of(values));
                }
            }
        }
        return builder.build();
    }

    private interface Cell {
        @Nullable BigDecimal of(FactsCsv.EmployeeRows employee);
    }

    private static BigDecimal[] values(List<FactsCsv.EmployeeRows> employees, Cell cell) {
        BigDecimal[] values = new BigDecimal[employees.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = cell.of(employees.get(i));
        }
        return values;
    }

    private static DecimalColumn column(List<FactsCsv.EmployeeRows> employees, Cell cell) {
        return DecimalColumn.of(values(employees, cell));
    }

    private static boolean anyValue(BigDecimal[] values) {
        for (BigDecimal value : values) {
            if (value != null) {
                return true;
            }
        }
        return false;
    }
}
