package org.kpiengine.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kpiengine.money.Money;

class TeamPoolProperties {

    @Test
    void sharesTotalThePoolEqualWeightsDifferByAtMostOneMinorUnitAndWeightZeroGetsZero() {
        qt().withExamples(1000).forAll(CreditGenerators.amounts(), CreditGenerators.weights()).checkAssert((pool, weights) -> {
            Map<String, BigDecimal> members = new LinkedHashMap<>();
            for (int i = 0; i < weights.size(); i++) {
                members.put("m" + i, weights.get(i));
            }
            Map<String, Money> shares = TeamPool.share(pool, members);
            assertEquals(pool, shares.values().stream().reduce(Money::plus).orElseThrow());
            List<String> ids = List.copyOf(members.keySet());
            for (String a : ids) {
                if (members.get(a).signum() == 0) {
                    assertTrue(shares.get(a).isZero());
                }
                for (String b : ids) {
                    if (members.get(a).compareTo(members.get(b)) == 0) {
                        assertTrue(shares.get(a).minus(shares.get(b)).amount().abs().compareTo(new BigDecimal("0.01")) <= 0);
                    }
                }
            }
        });
    }
}
