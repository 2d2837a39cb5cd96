package org.kpiengine.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Scorecard;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * The statistics of a team batch over the employees with an OK result: {@link #planCompletion(String)}
 * (Σ fact / Σ plan), {@link #metCount()} and {@link #shareMet()} (rating ≥ 100),
 * {@link #totalPaid()} and {@link #totalVariable()}, {@link #ratingDistribution()} (min, quartiles,
 * max) and {@link #top(int)} (the ranking). Obtained from {@link TeamResult#summary()}; each
 * statistic is computed when asked for, from the result's columns.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TeamSummary {

    private final TeamResult result;
    private final TeamInput input;
    private final Results results;
    private final List<KernelTemplate> compiled;
    private final int scale;

    TeamSummary(TeamResult result, TeamInput input, Results results, List<KernelTemplate> compiled) {
        this.result = result;
        this.input = input;
        this.results = results;
        this.compiled = compiled;
        this.scale = result.precision().indexScale();
    }

    /**
     * Returns the total paid to the team: the sum of the totals of the employees with an OK
     * result whose role has a pay plan.
     *
     * @return the total, or null if the input gave no salaries
     */
    public @Nullable Money totalPaid() {
        return sumPay(false);
    }

    /**
     * Returns the variable pay of the team: the sum of total − salary of the employees with an OK
     * result whose role has a pay plan.
     *
     * @return the total variable pay, or null if the input gave no salaries
     */
    public @Nullable Money totalVariable() {
        return sumPay(true);
    }

    private @Nullable Money sumPay(boolean variableOnly) {
        Currency currency = input.currency();
        if (currency == null) {
            return null;
        }
        Money sum = Money.zero(currency);
        long fast = 0;
        for (int row = 0; row < results.size; row++) {
            if (!result.isOk(row) || result.template(row).payPlan() == null) {
                continue;
            }
            if (results.status(row) == Results.OK && !variableOnly) {
                long before = fast;
                fast += results.total(row);
                if (((before ^ fast) & (results.total(row) ^ fast)) < 0) {
                    fast = before;
                    sum = sum.plus(result.total(row));
                }
            } else {
                sum = sum.plus(variableOnly ? result.variable(row) : result.total(row));
            }
        }
        return sum.plus(Money.of(currency, BigDecimal.valueOf(fast, result.minorScale())));
    }

    /**
     * Returns the department's plan completion of one indicator: Σ fact × 100 / Σ plan over the
     * employees with an OK result whose scorecard has the indicator (each with their individual
     * plan), rounded with the precision to {@link Precision#indexScale()}. The ratio is the same
     * for a lower-is-better indicator (there, below 100 is better).
     *
     * @param indicatorId the indicator id, not null
     * @return the completion in percent, or null if no such employee has an OK result or the plans total 0
     * @throws KpiInputException with {@link Reason#UNKNOWN_INDICATOR} if no template has the indicator
     */
    public @Nullable BigDecimal planCompletion(String indicatorId) {
        Objects.requireNonNull(indicatorId, "indicatorId");
        int[] lineOf = new int[compiled.size()];
        boolean any = false;
        for (int role = 0; role < compiled.size(); role++) {
            Scorecard scorecard = compiled.get(role).scorecard();
            lineOf[role] = scorecard.has(indicatorId) ? scorecard.lines().indexOf(scorecard.line(indicatorId)) : -1;
            any |= lineOf[role] >= 0;
        }
        if (!any) {
            throw new KpiInputException(Reason.UNKNOWN_INDICATOR, indicatorId, indicatorId,
                    "no role template has indicator '" + indicatorId + "'");
        }
        DecimalColumn factColumn = input.facts().get(indicatorId);
        if (factColumn == null) {
            return null;
        }
        Column facts = factColumn.column();
        DecimalColumn plans = input.plans().get(indicatorId);
        BigDecimal factSum = BigDecimal.ZERO;
        BigDecimal planSum = BigDecimal.ZERO;
        boolean counted = false;
        for (int row = 0; row < results.size; row++) {
            if (!result.isOk(row) || lineOf[input.role(row)] < 0) {
                continue;
            }
            ScorecardLine line = compiled.get(input.role(row)).scorecard().lines().get(lineOf[input.role(row)]);
            BigDecimal plan = plans == null ? null : plans.column().decimal(indicatorId, "plan", row);
            factSum = factSum.add(Objects.requireNonNull(facts.decimal(indicatorId, "fact", row)));
            planSum = planSum.add(plan == null ? line.thresholds().plan() : plan);
            counted = true;
        }
        if (!counted || planSum.signum() == 0) {
            return null;
        }
        return factSum.multiply(Decimals.HUNDRED).divide(planSum, scale, result.precision().indexRounding());
    }

    /**
     * Returns the number of employees who met their plan: an OK result with a rating of at least 100.
     *
     * @return the count
     */
    public int metCount() {
        BigDecimal hundredPercent = Decimals.HUNDRED;
        long hundred = Decimals.HUNDRED.movePointRight(scale).longValueExact();
        int met = 0;
        for (int row = 0; row < results.size; row++) {
            byte status = results.status(row);
            if (status == Results.OK ? results.rating(row) >= hundred
                    : status == Results.OK_OBJECT && result.rating(row).compareTo(hundredPercent) >= 0) {
                met++;
            }
        }
        return met;
    }

    /**
     * Returns the share of employees who met their plan, in percent of the employees with an OK
     * result: {@link #metCount()} × 100 / {@link TeamResult#okCount()}, rounded with the precision to
     * {@link Precision#indexScale()}.
     *
     * @return the share in percent, or null if no employee has an OK result
     */
    public @Nullable BigDecimal shareMet() {
        int ok = result.okCount();
        if (ok == 0) {
            return null;
        }
        return BigDecimal.valueOf(metCount() * 100L).divide(BigDecimal.valueOf(ok), scale, result.precision().indexRounding());
    }

    /**
     * Returns the distribution of the ratings of the employees with an OK result: minimum,
     * nearest-rank quartiles and maximum (see {@link RatingDistribution}).
     *
     * @return the distribution, or null if no employee has an OK result
     */
    public @Nullable RatingDistribution ratingDistribution() {
        int ok = result.okCount();
        if (ok == 0) {
            return null;
        }
        BigDecimal[] sorted = new BigDecimal[5];
        int[] ranks = {1, RatingDistribution.nearestRank(25, ok), RatingDistribution.nearestRank(50, ok),
                RatingDistribution.nearestRank(75, ok), ok};
        if (results.objects.isEmpty()) {
            long[] ratings = new long[ok];
            int i = 0;
            for (int row = 0; row < results.size; row++) {
                if (results.status(row) == Results.OK) {
                    ratings[i++] = results.rating(row);
                }
            }
            Arrays.sort(ratings);
            for (int q = 0; q < 5; q++) {
                sorted[q] = BigDecimal.valueOf(ratings[ranks[q] - 1], scale);
            }
        } else {
            BigDecimal[] ratings = new BigDecimal[ok];
            int i = 0;
            for (int row = 0; row < results.size; row++) {
                if (result.isOk(row)) {
                    ratings[i++] = result.rating(row);
                }
            }
            Arrays.sort(ratings);
            for (int q = 0; q < 5; q++) {
                sorted[q] = ratings[ranks[q] - 1];
            }
        }
        return new RatingDistribution(ok, sorted[0], sorted[1], sorted[2], sorted[3], sorted[4]);
    }

    /**
     * Returns the ranking's first {@code n} places: the employees with an OK result by rating,
     * highest first; equal ratings keep input order, so the ranking is deterministic.
     *
     * @param n the number of places, not negative
     * @return the unmodifiable list of at most {@code n} places, not null
     * @throws IllegalArgumentException if n is negative
     */
    public List<RankedEmployee> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n " + n + " must not be negative");
        }
        Comparator<Integer> better = (a, b) -> {
            int c = compareRatings(b, a);
            return c != 0 ? c : Integer.compare(a, b);
        };
        PriorityQueue<Integer> kept = new PriorityQueue<>(Math.max(1, Math.min(n, results.size)), better.reversed());
        for (int row = 0; row < results.size && n > 0; row++) {
            if (!result.isOk(row)) {
                continue;
            }
            if (kept.size() < n) {
                kept.add(row);
            } else if (better.compare(row, kept.peek()) < 0) {
                kept.poll();
                kept.add(row);
            }
        }
        List<Integer> rows = new ArrayList<>(kept);
        rows.sort(better);
        List<RankedEmployee> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            out.add(new RankedEmployee(i + 1, row, result.employeeId(row), result.rating(row)));
        }
        return Collections.unmodifiableList(out);
    }

    private int compareRatings(int a, int b) {
        if (results.status(a) == Results.OK && results.status(b) == Results.OK) {
            return Long.compare(results.rating(a), results.rating(b));
        }
        return result.rating(a).compareTo(result.rating(b));
    }

    @Override
    public String toString() {
        return "TeamSummary[" + result.okCount() + " ok of " + result.size() + "]";
    }
}
