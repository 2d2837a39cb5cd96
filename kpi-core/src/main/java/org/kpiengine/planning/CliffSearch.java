package org.kpiengine.planning;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * Finds cliffs of one indicator between two facts: evaluates the total payout at the grid points
 * (snapped to the step's lattice), and wherever two neighbouring points differ by more than the
 * threshold in the better direction, halves the interval, following every half whose rise is
 * above the threshold, until the two facts are one step apart. With a monotone payout, a one-step
 * rise above the threshold lies in a half whose rise is above the threshold, so none is missed
 * between two evaluated points; a budget bounds the work on a plan that rises steeply everywhere.
 */
final class CliffSearch {

    /** The most evaluations one interval of the grid may take while it is halved. */
    static final int BUDGET_PER_INTERVAL = 256;

    private final Planner planner;
    private final Facts facts;
    private final ScorecardLine line;
    private final BigDecimal step;
    private final Money threshold;
    private final Money salary;
    private final boolean higherIsBetter;
    private final TreeMap<BigInteger, Money> totals = new TreeMap<>();
    private int budget;

    CliffSearch(Planner planner, Facts facts, ScorecardLine line, BigDecimal step, Money salary, BigDecimal cliffShare) {
        this.planner = planner;
        this.facts = facts;
        this.line = line;
        this.step = step;
        this.salary = salary;
        this.threshold = Money.of(salary.currency(), salary.amount().multiply(cliffShare), RoundingMode.HALF_UP);
        this.higherIsBetter = line.indicator().isHigherBetter();
    }

    private BigDecimal factOf(BigInteger k) {
        return Decimals.normalise(new BigDecimal(k).multiply(step));
    }

    private Money total(BigInteger k) {
        Money known = totals.get(k);
        if (known == null) {
            budget--;
            known = planner.state(facts, line.id(), factOf(k)).requirePayout().total();
            totals.put(k, known);
        }
        return known;
    }

    /** The rise from the lower lattice point a to the higher b, in the better direction. */
    private Money rise(BigInteger a, BigInteger b) {
        return higherIsBetter ? total(b).minus(total(a)) : total(a).minus(total(b));
    }

    /** The cliffs among the given facts (any order), each interval between neighbours searched. */
    List<Cliff> among(List<BigDecimal> points) {
        TreeMap<BigInteger, Boolean> lattice = new TreeMap<>();
        boolean nonNegative = !line.indicator().unit().allowsNegative();
        for (BigDecimal point : points) {
            BigInteger k = point.divide(step, 0, RoundingMode.FLOOR).toBigIntegerExact();
            lattice.put(nonNegative && k.signum() < 0 ? BigInteger.ZERO : k, Boolean.TRUE);
        }
        List<Cliff> found = new ArrayList<>();
        BigInteger previous = null;
        for (BigInteger k : lattice.keySet()) {
            if (previous != null) {
                budget = BUDGET_PER_INTERVAL;
                search(previous, k, found);
            }
            previous = k;
        }
        return found;
    }

    private void search(BigInteger a, BigInteger b, List<Cliff> found) {
        if (!rise(a, b).isGreaterThan(threshold)) {
            return;
        }
        BigInteger width = b.subtract(a);
        if (width.equals(BigInteger.ONE)) {
            found.add(cliff(a, b));
            return;
        }
        if (budget <= 0) {
            return;
        }
        BigInteger middle = a.add(width.shiftRight(1));
        search(a, middle, found);
        search(middle, b, found);
    }

    private Cliff cliff(BigInteger a, BigInteger b) {
        BigInteger worse = higherIsBetter ? a : b;
        BigInteger better = higherIsBetter ? b : a;
        Money jump = total(better).minus(total(worse));
        BigDecimal share = salary.amount().signum() == 0 ? BigDecimal.ZERO
                : jump.amount().divide(salary.amount(), 4, RoundingMode.HALF_UP);
        return new Cliff(line.id(), factOf(worse), factOf(better), Objects.requireNonNull(totals.get(worse)),
                Objects.requireNonNull(totals.get(better)), jump, Decimals.normalise(share));
    }
}
