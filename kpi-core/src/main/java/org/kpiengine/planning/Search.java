package org.kpiengine.planning;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Modifier;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.ScorecardLine;

/**
 * One inverse search: an exponential search from the current fact on the lattice k × step, then a
 * bisection between the last miss and the first hit. Lattice points are BigIntegers, so nothing
 * overflows; every probe is one exact evaluation through the {@link Planner}.
 */
final class Search {

    /** How many doublings the exponential phase tries before it calls the goal unreachable (2^64 steps). */
    static final int MAX_DOUBLINGS = 64;
    /** How many points on each side of an uncertified answer are checked (1, 2, 4… steps away). */
    static final int SAMPLE_POINTS = 16;

    private final Planner planner;
    private final Facts facts;
    private final ScorecardLine line;
    private final Target target;
    private final BigDecimal step;
    private final @Nullable String uncertified;
    private final BigInteger better;
    private final boolean nonNegative;
    private int evaluations;
    private @Nullable State lastState;
    private @Nullable BigInteger lastK;

    Search(Planner planner, Facts facts, ScorecardLine line, Target target, BigDecimal step, @Nullable String uncertified) {
        this.planner = planner;
        this.facts = facts;
        this.line = line;
        this.target = target;
        this.step = step;
        this.uncertified = uncertified;
        this.better = line.indicator().isHigherBetter() ? BigInteger.ONE : BigInteger.ONE.negate();
        this.nonNegative = !line.indicator().unit().allowsNegative();
    }

    private BigDecimal factOf(BigInteger k) {
        return Decimals.normalise(new BigDecimal(k).multiply(step));
    }

    private State at(BigInteger k) {
        evaluations++;
        State state = planner.state(facts, line.id(), factOf(k));
        lastState = state;
        lastK = k;
        return state;
    }

    private boolean met(BigInteger k) {
        return target.isMet(at(k));
    }

    /** Whether the goal is met at k, or null where the curve has no value (unscorable fact). */
    private @Nullable Boolean metOrNull(BigInteger k) {
        try {
            return met(k);
        } catch (KpiInputException e) {
            if (e.reason() != Reason.UNSCORABLE_FACT) {
                throw e;
            }
            return null;
        }
    }

    private BigInteger clamp(BigInteger k) {
        return nonNegative && k.signum() < 0 ? BigInteger.ZERO : k;
    }

    /** The last point with {@code !want} and the first with {@code want}, or only the last when none was found. */
    private record Bracket(BigInteger last, @Nullable BigInteger found, boolean exhausted) {
    }

    private Bracket explore(BigInteger from, BigInteger direction, boolean want) {
        BigInteger last = from;
        BigInteger distance = BigInteger.ONE;
        for (int i = 0; i <= MAX_DOUBLINGS; i++) {
            BigInteger candidate = clamp(from.add(direction.multiply(distance)));
            if (candidate.equals(last)) {
                return new Bracket(last, null, true);
            }
            boolean met;
            try {
                met = met(candidate);
            } catch (KpiInputException e) {
                if (e.reason() != Reason.UNSCORABLE_FACT) {
                    throw e;
                }
                // The curve has no value here (an uncapped lower-is-better ratio at fact 0): the edge of the
                // domain. The point one step inside it is the best one left to try.
                BigInteger inside = candidate.subtract(direction);
                if (inside.equals(last)) {
                    return new Bracket(last, null, true);
                }
                return met(inside) == want ? new Bracket(last, inside, false) : new Bracket(inside, null, true);
            }
            if (met == want) {
                return new Bracket(last, candidate, false);
            }
            last = candidate;
            distance = distance.shiftLeft(1);
        }
        return new Bracket(last, null, false);
    }

    /** Halves [miss, hit] (in either order) until they are adjacent; returns {hit, miss}. */
    private BigInteger[] bisect(BigInteger miss, BigInteger hit) {
        while (hit.subtract(miss).abs().compareTo(BigInteger.ONE) > 0) {
            BigInteger middle = miss.add(hit).shiftRight(1);
            if (met(middle)) {
                hit = middle;
            } else {
                miss = middle;
            }
        }
        return new BigInteger[] {hit, miss};
    }

    Inverse run(State now) {
        evaluations = 1;
        BigDecimal current = now.fact();
        BigInteger k0 = current.divide(step).toBigIntegerExact();
        if (target.isMet(now)) {
            Bracket bracket = explore(k0, better.negate(), false);
            if (bracket.found() == null) {
                return answer(Inverse.Outcome.MET_AT_ANY_FACT, current, null, null, null, target.valueAt(now), List.of());
            }
            return checked(Inverse.Outcome.ALREADY_MET, current, bisect(bracket.found(), bracket.last()));
        }
        Bracket bracket = explore(k0, better, true);
        if (bracket.found() == null) {
            State best = lastState == null ? now : lastState;
            BigInteger bestK = lastK == null ? k0 : lastK;
            // Only an edge of the domain is a best fact; the farthest point of an exhausted doubling
            // (2^64 steps away) is an artefact of the search, so there is none to report.
            return answer(Inverse.Outcome.UNREACHABLE, current, null, null, bracket.exhausted() ? best.fact() : null,
                    target.valueAt(best), obstacles(best, k0, bestK, bracket.exhausted()));
        }
        return checked(Inverse.Outcome.REACHED, current, bisect(bracket.last(), bracket.found()));
    }

    private Inverse checked(Inverse.Outcome outcome, BigDecimal current, BigInteger[] hitMiss) {
        BigInteger hit = hitMiss[0];
        BigInteger miss = hitMiss[1];
        State atHit = at(hit);
        String value = target.valueAt(atHit);
        if (uncertified != null) {
            BigInteger counterexample = sample(hit, miss);
            if (counterexample != null) {
                return answer(Inverse.Outcome.NOT_MONOTONE, current, null, null, factOf(counterexample),
                        target.valueAt(at(counterexample)), List.of());
            }
        }
        return answer(outcome, current, factOf(hit), factOf(miss), null, value, List.of());
    }

    /** Checks points 1, 2, 4… steps beyond each side: better than the hit must meet, worse than the miss must not. */
    private @Nullable BigInteger sample(BigInteger hit, BigInteger miss) {
        BigInteger distance = BigInteger.ONE;
        BigInteger previousWorse = miss;
        for (int i = 0; i < SAMPLE_POINTS; i++) {
            BigInteger better = hit.add(this.better.multiply(distance));
            if (!clamp(better).equals(better)) {
                better = null;
            }
            if (better != null && Boolean.FALSE.equals(metOrNull(better))) {
                return better;
            }
            BigInteger worse = clamp(miss.subtract(this.better.multiply(distance)));
            if (!worse.equals(previousWorse) && Boolean.TRUE.equals(metOrNull(worse))) {
                return worse;
            }
            previousWorse = worse;
            distance = distance.shiftLeft(1);
        }
        return null;
    }

    private Inverse answer(Inverse.Outcome outcome, BigDecimal current, @Nullable BigDecimal fact,
            @Nullable BigDecimal worse, @Nullable BigDecimal best, String value, List<Obstacle> obstacles) {
        return new Inverse(line.id(), target.describe(), outcome, current, step, fact, worse, best, value, obstacles,
                uncertified, evaluations);
    }

    /** The first fact from k0 towards bestK at which the index reaches the cap (bisection on the index alone). */
    private BigDecimal capReachedAt(BigInteger k0, BigInteger bestK, BigDecimal cap) {
        BigInteger miss = k0;
        BigInteger hit = bestK;
        if (at(miss).evaluation().index(line.id()).index().compareTo(cap) >= 0) {
            return factOf(miss);
        }
        while (hit.subtract(miss).abs().compareTo(BigInteger.ONE) > 0) {
            BigInteger middle = miss.add(hit).shiftRight(1);
            if (at(middle).evaluation().index(line.id()).index().compareTo(cap) >= 0) {
                hit = middle;
            } else {
                miss = middle;
            }
        }
        return factOf(hit);
    }

    private List<Obstacle> obstacles(State best, BigInteger k0, BigInteger bestK, boolean exhausted) {
        List<Obstacle> found = new ArrayList<>();
        String id = line.id();
        String where = exhausted ? "at the best fact " + Decimals.text(best.fact()) + " of '" + id + "'"
                : "however far '" + id + "' improves";
        BigDecimal index = best.evaluation().index(id).index();
        BigDecimal cap = line.curve().maxIndex(line.indicator(), line.thresholds(), best.evaluation().precision());
        if (cap != null && index.compareTo(cap) >= 0) {
            BigDecimal capFact = capReachedAt(k0, bestK, cap);
            found.add(new Obstacle(Obstacle.Kind.CAPPED_INDEX, id, "the index of indicator '" + id + "' stops at its cap "
                    + Decimals.text(Decimals.normalise(cap)) + " from fact " + Decimals.text(capFact) + " on; "
                    + target.valueAt(best) + " at best, short of " + target.describe()));
        }
        if (exhausted) {
            found.add(new Obstacle(Obstacle.Kind.BEST_FACT, id, "indicator '" + id + "' cannot improve beyond fact "
                    + Decimals.text(best.fact()) + "; " + target.valueAt(best) + " there"));
        }
        Payout payout = best.payout();
        PayPlan plan = planner.payPlan();
        if (payout != null && plan != null) {
            for (Modifier modifier : plan.modifiers()) {
                if (modifier instanceof Gate gate && !gate.condition().isMet(best.requireContext())) {
                    found.add(new Obstacle(Obstacle.Kind.GATE_CLOSED, gate.name(), "gate '" + gate.name()
                            + "' stays closed " + where + ": "
                            + gate.condition().explain(best.requireContext())));
                }
            }
            for (PayLine payLine : payout.lines()) {
                boolean limit = payLine.kind() == PayLine.Kind.VARIABLE_LIMITS || payLine.kind() == PayLine.Kind.TOTAL_LIMITS;
                if (limit && payLine.amount().isNegative()) {
                    found.add(new Obstacle(Obstacle.Kind.PAY_CAPPED, payLine.name(), "'" + payLine.name()
                            + "' cuts the payout by " + payLine.amount().negated() + " " + where));
                }
            }
        }
        if (found.isEmpty()) {
            found.add(new Obstacle(Obstacle.Kind.SHORT, id, target.valueAt(best) + " " + where + " is short of "
                    + target.describe()));
        }
        return found;
    }
}
