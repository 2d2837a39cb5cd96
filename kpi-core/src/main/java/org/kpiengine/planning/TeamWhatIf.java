package org.kpiengine.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.EmployeeError;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.internal.Attainment;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * What-if curves of a whole team through the batch path: one indicator's fact moved over a grid
 * of percentages of each employee's own plan (the individual plan where the input gives one, else
 * the role's), every other column held. The team input is expanded to one row per employee per
 * grid point and evaluated by the {@link TeamBatch} once, so a team's curves cost one batch run
 * of {@code employees × points} rows; every point equals the one {@link Planner#whatIf} gives for
 * that employee.
 *
 * <pre>{@code
 * TeamWhatIf curves = TeamWhatIf.of(batch, team, "deals");      // 0 to 200 % of plan, step 1 %
 * WhatIfCurve first = curves.curve(0);
 * }</pre>
 *
 * <p>An employee whose role has no such indicator, or whose row fails at some point, has no curve
 * ({@link #curve(int)} throws, {@link #errors()} lists the failed rows); a point at which the
 * moved indicator's curve has no value ({@code UNSCORABLE_FACT}, an uncapped lower-is-better ratio
 * at fact 0) is left out of the curve, as {@link Planner#whatIf} leaves it out, and is listed in
 * {@link #errors()}. This class is immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class TeamWhatIf {

    private final TeamInput team;
    private final String indicatorId;
    private final List<BigDecimal> percents;
    private final @Nullable BigDecimal[] plans;
    private final TeamResult result;

    private TeamWhatIf(TeamInput team, String indicatorId, List<BigDecimal> percents, @Nullable BigDecimal[] plans,
            TeamResult result) {
        this.team = team;
        this.indicatorId = indicatorId;
        this.percents = percents;
        this.plans = plans;
        this.result = result;
    }

    /**
     * Computes the team's curves over the default grid, 0 to 200 % of plan in steps of 1 %.
     *
     * @param batch the batch (templates and precision), not null
     * @param team the team's input, not null
     * @param indicatorId the indicator moved, not null
     * @return the curves, not null
     * @throws KpiInputException if no template has the indicator, or the expanded input is refused
     */
    public static TeamWhatIf of(TeamBatch batch, TeamInput team, String indicatorId) {
        return of(batch, team, indicatorId, WhatIfGrid.DEFAULT);
    }

    /**
     * Computes the team's curves over a grid.
     *
     * @param batch the batch (templates and precision), not null
     * @param team the team's input, not null
     * @param indicatorId the indicator moved, not null
     * @param grid the grid of percentages of each employee's plan, not null
     * @return the curves, not null
     * @throws KpiInputException if no template has the indicator ({@code UNKNOWN_INDICATOR}), the
     *     expanded team would have more than {@link Integer#MAX_VALUE} rows ({@code OUT_OF_RANGE}),
     *     or the expanded input is refused
     */
    public static TeamWhatIf of(TeamBatch batch, TeamInput team, String indicatorId, WhatIfGrid grid) {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(grid, "grid");
        if (batch.templates().stream().noneMatch(t -> t.scorecard().has(indicatorId))) {
            throw new KpiInputException(Reason.UNKNOWN_INDICATOR, indicatorId, "indicatorId", indicatorId,
                    "no role of the batch has indicator '" + indicatorId + "'");
        }
        List<BigDecimal> percents = grid.percents();
        int points = percents.size();
        int employees = team.size();
        long rows = (long) employees * points;
        if (rows > Integer.MAX_VALUE) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "grid", Long.toString(rows),
                    employees + " employees × " + points + " grid points = " + rows + " rows, more than a batch can hold");
        }
        int size = (int) rows;
        @Nullable BigDecimal[] plans = new BigDecimal[employees];
        DecimalColumn individualPlans = team.plans().get(indicatorId);
        for (int e = 0; e < employees; e++) {
            Scorecard scorecard = batch.templates().get(team.role(e)).scorecard();
            if (scorecard.has(indicatorId)) {
                BigDecimal individual = individualPlans == null ? null : individualPlans.get(e);
                plans[e] = individual != null ? individual : scorecard.line(indicatorId).thresholds().plan();
            }
        }
        TeamInput.Builder expanded = TeamInput.builder(size);
        String[] ids = new String[size];
        int[] roles = new int[size];
        for (int e = 0; e < employees; e++) {
            for (int j = 0; j < points; j++) {
                ids[e * points + j] = team.employeeId(e);
                roles[e * points + j] = team.role(e);
            }
        }
        expanded.employeeIds(ids).roles(roles);
        for (Map.Entry<String, DecimalColumn> column : team.facts().entrySet()) {
            if (!column.getKey().equals(indicatorId)) {
                expanded.facts(column.getKey(), repeat(column.getValue(), employees, points));
            }
        }
        BigDecimal[] moved = new BigDecimal[size];
        DecimalColumn originalFacts = team.facts().get(indicatorId);
        for (int e = 0; e < employees; e++) {
            BigDecimal plan = plans[e];
            for (int j = 0; j < points; j++) {
                moved[e * points + j] = plan != null ? WhatIfGrid.factAt(plan, percents.get(j))
                        : originalFacts == null ? null : originalFacts.get(e);
            }
        }
        expanded.facts(indicatorId, DecimalColumn.of(moved));
        team.bases().forEach((id, column) -> expanded.bases(id, repeat(column, employees, points)));
        team.plans().forEach((id, column) -> expanded.plans(id, repeat(column, employees, points)));
        team.targets().forEach((id, column) -> expanded.targets(id, repeat(column, employees, points)));
        team.quantities().forEach((name, column) -> expanded.quantities(name, repeat(column, employees, points)));
        DecimalColumn salaries = team.salaries();
        if (salaries != null) {
            expanded.salaries(Objects.requireNonNull(team.currency()), repeat(salaries, employees, points));
        }
        TeamResult result = batch.evaluate(expanded.build());
        return new TeamWhatIf(team, indicatorId, percents, plans, result);
    }

    private static DecimalColumn repeat(DecimalColumn column, int employees, int points) {
        BigDecimal[] out = new BigDecimal[employees * points];
        for (int e = 0; e < employees; e++) {
            BigDecimal value = column.get(e);
            for (int j = 0; j < points; j++) {
                out[e * points + j] = value;
            }
        }
        return DecimalColumn.of(out);
    }

    /**
     * Returns the number of employees.
     *
     * @return the size, not negative
     */
    public int size() {
        return team.size();
    }

    /**
     * Returns an employee's id, as the team input gives it.
     *
     * @param employee the employee's row in the team input, from 0
     * @return the id, not null
     */
    public String employeeId(int employee) {
        return team.employeeId(employee);
    }

    /**
     * Returns the batch result of the expanded team: row {@code employee × points + j} is the
     * employee at grid point {@code j}.
     *
     * @return the result, not null
     */
    public TeamResult result() {
        return result;
    }

    /**
     * Returns the rows of the expanded team that failed, with their employee ids.
     *
     * @return the unmodifiable list, not null
     */
    public List<EmployeeError> errors() {
        return result.errors();
    }

    /**
     * Returns one employee's curve.
     *
     * @param employee the employee's row in the team input, from 0
     * @return the curve, not null
     * @throws KpiInputException if the employee's role has no such indicator ({@code UNKNOWN_INDICATOR}),
     *     or the cause of the first failed point of the employee's curve
     */
    public WhatIfCurve curve(int employee) {
        Objects.checkIndex(employee, team.size());
        BigDecimal plan = plans[employee];
        if (plan == null) {
            throw new KpiInputException(Reason.UNKNOWN_INDICATOR, indicatorId, "indicatorId", indicatorId,
                    "employee '" + team.employeeId(employee) + "' has a role without indicator '" + indicatorId + "'");
        }
        int points = percents.size();
        List<WhatIfPoint> out = new ArrayList<>(points);
        for (int j = 0; j < points; j++) {
            int row = employee * points + j;
            EmployeeError error = result.error(row);
            if (error != null) {
                if (error.reason() == Reason.UNSCORABLE_FACT && indicatorId.equals(error.indicatorId())) {
                    continue; // left out, as Planner.whatIf leaves it out
                }
                throw error.cause();
            }
            BigDecimal fact = WhatIfGrid.factAt(plan, percents.get(j));
            ScorecardLine line = result.template(row).scorecard().line(indicatorId);
            BigDecimal attainment = plan.signum() == 0 ? null
                    : Attainment.percent(line.indicator().isHigherBetter(), plan, fact, result.precision());
            Money total = null;
            Map<String, Money> lines = Map.of();
            if (result.hasPay(row)) {
                total = result.total(row);
                lines = result.components(row);
            }
            out.add(new WhatIfPoint(percents.get(j), fact, attainment, result.index(row, indicatorId), result.rating(row),
                    total, lines));
        }
        return new WhatIfCurve(indicatorId, Decimals.normalise(plan), out);
    }

    @Override
    public String toString() {
        return "TeamWhatIf[" + indicatorId + ", " + team.size() + " employees × " + percents.size() + " points]";
    }
}
