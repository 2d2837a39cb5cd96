package org.kpiengine.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.scorecard.Facts;

/**
 * Each employee's credited facts for one period, with the explanation of every fact. Obtained from
 * {@link CreditLedger#facts}.
 *
 * <p>Every employee in the result has a fact for every indicator credited in the period (0 where
 * nothing was credited to them), so the facts feed a scorecard or a team batch directly.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CreditedFacts {

    private final LocalDate first;
    private final LocalDate last;
    private final RollUp rollUp;
    private final Set<String> indicators;
    private final Map<String, Facts> facts;
    /** Where the explanations come from, read again only when one is asked for. */
    private final CreditLedger ledger;
    private final CreditBasis basis;
    private final @Nullable Hierarchy hierarchy;
    /** The credits behind each fact, built on the first explanation; a race builds the same twice. */
    private volatile @Nullable Index index;

    /** Each employee's own and rolled-up credits of the period, by indicator. */
    private record Index(Map<String, Map<String, List<Credit>>> own, Map<String, Map<String, List<Credit>>> rolledUp) {
    }

    private CreditedFacts(LocalDate first, LocalDate last, RollUp rollUp, Aggregation sums, CreditLedger ledger,
            CreditBasis basis, @Nullable Hierarchy hierarchy) {
        this.first = first;
        this.last = last;
        this.rollUp = rollUp;
        this.indicators = Collections.unmodifiableSet(new LinkedHashSet<>(sums.indicators()));
        this.facts = sums.facts();
        this.ledger = ledger;
        this.basis = basis;
        this.hierarchy = hierarchy;
    }

    static CreditedFacts of(CreditLedger ledger, CreditBasis basis, LocalDate first, LocalDate last,
            @Nullable Hierarchy hierarchy, RollUp rollUp) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(basis, "basis");
        if (last.isBefore(first)) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "last", last.toString(),
                    "a period's last day " + last + " is before its first day " + first);
        }
        List<Transaction> transactions = ledger.transactions();
        int scale = transactions.isEmpty() ? 0 : transactions.get(0).amount().amount().scale();
        Aggregation sums = new Aggregation(first, last, hierarchy, rollUp, scale, transactions.size() / 8);
        ledger.aggregate(basis, sums);
        return new CreditedFacts(first, last, rollUp, sums, ledger, basis, hierarchy);
    }

    /** The credits behind every fact, grouped as the facts were summed (see {@link Aggregation}). */
    private Index index() {
        Index result = index;
        if (result != null) {
            return result;
        }
        Map<String, Map<String, List<Credit>>> own = new HashMap<>();
        Map<String, Map<String, List<Credit>>> rolled = new HashMap<>();
        Hierarchy h = hierarchy;
        for (Credit c : ledger.credits(basis)) {
            if (c.date().isBefore(first) || c.date().isAfter(last)) {
                continue;
            }
            add(own, c.employeeId(), c);
            if (h == null || rollUp == RollUp.NONE) {
                continue;
            }
            String manager = h.managerOn(c.employeeId(), c.date());
            while (manager != null) {
                add(rolled, manager, c);
                if (rollUp == RollUp.DIRECT) {
                    break;
                }
                manager = h.managerOn(manager, c.date());
            }
        }
        result = new Index(own, rolled);
        index = result;
        return result;
    }

    private static void add(Map<String, Map<String, List<Credit>>> into, String employee, Credit c) {
        into.computeIfAbsent(employee, k -> new LinkedHashMap<>()).computeIfAbsent(c.indicatorId(), k -> new ArrayList<>()).add(c);
    }

    private static List<Credit> list(Map<String, Map<String, List<Credit>>> from, String employee, String indicator) {
        Map<String, List<Credit>> byIndicator = from.get(employee);
        if (byIndicator == null) {
            return List.of();
        }
        return byIndicator.getOrDefault(indicator, List.of());
    }

    private static List<Credit> byDate(List<Credit> credits) {
        List<Credit> sorted = new ArrayList<>(credits);
        sorted.sort(Comparator.comparing(Credit::date));
        return sorted;
    }

    private static BigDecimal sum(List<Credit> credits) {
        BigDecimal total = BigDecimal.ZERO;
        for (Credit c : credits) {
            total = total.add(c.amount().amount());
        }
        return total;
    }

    /**
     * Returns the employees that have facts, in order of first appearance (hierarchy first).
     *
     * @return the unmodifiable set, not null
     */
    public Set<String> employees() {
        return facts.keySet();
    }

    /**
     * Returns the indicators credited in the period, in order of first credit.
     *
     * @return the unmodifiable set, not null
     */
    public Set<String> indicators() {
        return indicators;
    }

    /**
     * Returns an employee's facts.
     *
     * @param employeeId the employee, not null
     * @return the facts; empty if the employee has none in the period, not null
     */
    public Facts facts(String employeeId) {
        Facts result = facts.get(Objects.requireNonNull(employeeId, "employeeId"));
        return result == null ? Facts.builder().build() : result;
    }

    /**
     * Returns every employee's facts.
     *
     * @return the unmodifiable map of employee to facts, not null
     */
    public Map<String, Facts> asMap() {
        return facts;
    }

    /**
     * Returns one indicator's facts for a list of employees as a team batch column, in that order:
     * the way to hand a CRM's deals to a {@link org.kpiengine.batch.TeamBatch}.
     *
     * <pre>{@code
     * TeamInput input = TeamInput.builder(ids.size())
     *         .employeeIds(ids.toArray(String[]::new))
     *         .facts("revenue", q1.column("revenue", ids))
     *         .build();
     * }</pre>
     *
     * @param indicatorId the indicator, not null
     * @param employeeIds the employees, one per batch row, not null; an employee with no fact gets 0
     * @return the column, not null
     */
    public DecimalColumn column(String indicatorId, List<String> employeeIds) {
        Objects.requireNonNull(indicatorId, "indicatorId");
        BigDecimal[] values = new BigDecimal[employeeIds.size()];
        for (int i = 0; i < values.length; i++) {
            BigDecimal value = facts(Objects.requireNonNull(employeeIds.get(i), "employee id")).get(indicatorId);
            values[i] = value == null ? BigDecimal.ZERO : value;
        }
        return DecimalColumn.of(values);
    }

    /**
     * Returns a team batch input with one row per employee of these facts ({@link #employees()},
     * in that order) and a facts column for every indicator credited in the period: a CRM's deals
     * handed to a {@link org.kpiengine.batch.TeamBatch} directly. Add salaries, thresholds or other
     * indicators' columns in the same row order before building.
     *
     * <pre>{@code
     * CreditedFacts q1 = CreditLedger.of(deals).facts(first, last, CreditBasis.BOOKING_DATE);
     * TeamResult result = batch.evaluate(q1.teamInput().build());
     * }</pre>
     *
     * @return a new builder with the employee ids and the credited columns set, not null
     */
    public TeamInput.Builder teamInput() {
        List<String> ids = List.copyOf(facts.keySet());
        TeamInput.Builder builder = TeamInput.builder(ids.size()).employeeIds(ids.toArray(String[]::new));
        for (String indicator : indicators) {
            fill(builder, indicator, ids);
        }
        return builder;
    }

    /**
     * Sets one indicator's facts column of a team batch input whose rows are the given employees,
     * in that order; an employee with no fact gets 0. The way to feed one indicator from the deals
     * while the others, and the salaries, come from elsewhere.
     *
     * <pre>{@code
     * TeamInput input = q1.fill(TeamInput.builder(ids.size()).employeeIds(ids.toArray(String[]::new)), "revenue", ids)
     *         .facts("calls", calls)
     *         .build();
     * }</pre>
     *
     * @param builder the builder, not null
     * @param indicatorId the indicator, not null; credited or not in the period (then every fact is 0)
     * @param employeeIds the builder's employees, one per row, not null
     * @return {@code builder}, not null
     */
    public TeamInput.Builder fill(TeamInput.Builder builder, String indicatorId, List<String> employeeIds) {
        Objects.requireNonNull(builder, "builder");
        return builder.facts(indicatorId, column(indicatorId, employeeIds));
    }

    /**
     * Explains an employee's fact of one indicator: the credits behind it. The credits are not kept
     * with the facts: the first explanation lists the ledger's credits of the period once (see
     * {@link CreditLedger#credits}) and keeps them for the next.
     *
     * @param employeeId the employee, not null
     * @param indicatorId the indicator, not null
     * @return the explanation, not null; with no credits and a fact of 0 when nothing was credited
     */
    public CreditExplanation explain(String employeeId, String indicatorId) {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(indicatorId, "indicatorId");
        Index credits = index();
        List<Credit> mine = byDate(list(credits.own(), employeeId, indicatorId));
        List<Credit> theirs = byDate(list(credits.rolledUp(), employeeId, indicatorId));
        return new CreditExplanation(employeeId, indicatorId, first, last, rollUp, sum(mine).add(sum(theirs)), mine, theirs);
    }

    /**
     * Returns the period's first day.
     *
     * @return the day, not null
     */
    public LocalDate first() {
        return first;
    }

    /**
     * Returns the period's last day, inclusive.
     *
     * @return the day, not null
     */
    public LocalDate last() {
        return last;
    }

    @Override
    public String toString() {
        return "CreditedFacts[" + first + ".." + last + ", " + rollUp + ", " + facts + "]";
    }
}
