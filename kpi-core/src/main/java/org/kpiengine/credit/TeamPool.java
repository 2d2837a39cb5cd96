package org.kpiengine.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;
import org.kpiengine.money.Money;

/**
 * A team bonus pool shared among members in proportion to weights (their rating, their credited
 * revenue, or weights given), exactly to the minor unit by the largest-remainder rule of
 * {@link Allocation}: the shares total the pool, a member with weight 0 gets 0, and ties go in
 * the order the members are listed.
 *
 * <pre>{@code
 * Map<String, BigDecimal> ratings = new LinkedHashMap<>();
 * ratings.put("anna", new BigDecimal("1.10"));
 * ratings.put("ben", new BigDecimal("0.90"));
 * Map<String, Money> shares = TeamPool.share(Money.of("EUR", "1000.00"), ratings); // 550.00, 450.00
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TeamPool {

    private TeamPool() {
    }

    /**
     * Shares a pool by given weights (ratings, points, anything not negative).
     *
     * @param pool the pool, not null
     * @param weights each member's weight, in listing order (which decides ties), not null, not empty
     * @return each member's share in the same order, totalling the pool exactly, not null
     * @throws KpiInputException with {@link Reason#NEGATIVE_WEIGHT} naming the member for a negative
     *     weight, with {@link Reason#WEIGHTS_TOTAL} for no members, or weights all 0 with a pool that is not 0
     */
    public static Map<String, Money> share(Money pool, Map<String, BigDecimal> weights) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(weights, "weights");
        List<String> members = new ArrayList<>(weights.keySet());
        List<BigDecimal> values = new ArrayList<>(members.size());
        for (String member : members) {
            BigDecimal w = Objects.requireNonNull(weights.get(member), () -> "weight of member '" + member + "'");
            if (w.signum() < 0) {
                throw new KpiInputException(Reason.NEGATIVE_WEIGHT, null, "weight", Decimals.text(w),
                        "pool weight " + Decimals.text(w) + " of member '" + member + "' is negative; pool weights must be 0 or more");
            }
            values.add(w);
        }
        if (members.isEmpty()) {
            throw new KpiInputException(Reason.WEIGHTS_TOTAL, null, "weight", null,
                    "a pool of " + pool + " has no members to share it");
        }
        if (!pool.isZero() && values.stream().allMatch(w -> w.signum() == 0)) {
            throw new KpiInputException(Reason.WEIGHTS_TOTAL, null, "weight", "0",
                    "a pool of " + pool + " cannot be shared: every member's weight is 0");
        }
        List<Money> parts = Allocation.split(pool, values);
        Map<String, Money> result = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            result.put(members.get(i), parts.get(i));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Shares a pool by the members' credited facts of one indicator (their credited revenue, say).
     *
     * @param pool the pool, not null
     * @param facts the credited facts of the period, not null
     * @param indicatorId the indicator whose facts are the weights, not null
     * @param members the members, in listing order (which decides ties), not null, not empty; a
     *     member with no fact has weight 0
     * @return each member's share in the same order, totalling the pool exactly, not null
     * @throws KpiInputException with {@link Reason#NEGATIVE_WEIGHT} naming the indicator when a
     *     member's fact is negative (refunds above their deals in the period), with
     *     {@link Reason#WEIGHTS_TOTAL} when every fact is 0
     */
    public static Map<String, Money> shareByFact(Money pool, CreditedFacts facts, String indicatorId, List<String> members) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(indicatorId, "indicatorId");
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (String member : Objects.requireNonNull(members, "members")) {
            BigDecimal fact = facts.facts(member).get(indicatorId);
            BigDecimal w = fact == null ? BigDecimal.ZERO : fact;
            if (w.signum() < 0) {
                throw new KpiInputException(Reason.NEGATIVE_WEIGHT, indicatorId, "weight", Decimals.text(w),
                        "member '" + member + "' has a negative '" + indicatorId + "' of " + Decimals.text(w)
                                + " in the period, so it cannot weight a share of the pool");
            }
            weights.put(member, w);
        }
        return share(pool, weights);
    }
}
