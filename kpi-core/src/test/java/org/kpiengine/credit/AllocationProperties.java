package org.kpiengine.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.money.Money;
import org.quicktheories.core.Gen;

class AllocationProperties {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Test
    void partsTotalTheAmountAndEachIsWithinOneMinorUnitOfItsExactShare() {
        qt().withExamples(2000).forAll(CreditGenerators.amounts(), CreditGenerators.weights()).checkAssert((amount, weights) -> {
            List<Money> parts = Allocation.split(amount, weights);
            assertEquals(weights.size(), parts.size());
            assertEquals(amount, parts.stream().reduce(Money::plus).orElseThrow());
            BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int i = 0; i < parts.size(); i++) {
                BigDecimal exact = amount.amount().multiply(weights.get(i)).divide(total, MathContext.DECIMAL128);
                BigDecimal gap = parts.get(i).amount().subtract(exact).abs();
                assertTrue(gap.compareTo(CENT) < 0, () -> "part " + parts + " vs exact " + exact);
                if (weights.get(i).signum() == 0) {
                    assertTrue(parts.get(i).isZero(), "weight 0 gets 0");
                }
                // rounded toward zero, then at most one minor unit added away from zero
                assertTrue(parts.get(i).amount().signum() * amount.amount().signum() >= 0, "same sign as the amount");
            }
        });
    }

    @Test
    void aNegativeAmountSplitsAsTheNegationOfItsAbsoluteValue() {
        qt().withExamples(1000).forAll(CreditGenerators.amounts(), CreditGenerators.weights()).checkAssert((amount, weights) -> {
            List<Money> negated = Allocation.split(amount.negated(), weights).stream().map(Money::negated).toList();
            assertEquals(Allocation.split(amount, weights), negated);
        });
    }

    @Test
    void permutingDistinctWeightsPermutesTheParts() {
        // with distinct weights, no ties at equal remainders come from equal weights; the order of listing
        // only decides between equal remainders, so parts of equal weights may swap, totals never change
        qt().withExamples(1000).forAll(CreditGenerators.amounts(), CreditGenerators.weights()).checkAssert((amount, weights) -> {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < weights.size(); i++) {
                order.add(i);
            }
            Collections.reverse(order);
            List<BigDecimal> reversed = order.stream().map(weights::get).toList();
            List<Money> parts = Allocation.split(amount, weights);
            List<Money> partsReversed = Allocation.split(amount, reversed);
            for (int i = 0; i < weights.size(); i++) {
                Money a = parts.get(i);
                Money b = partsReversed.get(weights.size() - 1 - i);
                assertTrue(a.minus(b).amount().abs().compareTo(CENT) <= 0, "one receiver moves at most one minor unit");
            }
        });
    }

    @Test
    void equalWeightsGetPartsThatDifferByAtMostOneMinorUnitLargerFirst() {
        qt().withExamples(1000).forAll(CreditGenerators.positiveAmounts(), org.quicktheories.generators.SourceDSL.integers()
                .between(1, 12)).checkAssert((amount, n) -> {
            List<Money> parts = Allocation.split(amount, Collections.nCopies(n, BigDecimal.ONE));
            for (int i = 1; i < n; i++) {
                BigDecimal step = parts.get(i - 1).amount().subtract(parts.get(i).amount());
                assertTrue(step.signum() >= 0 && step.compareTo(CENT) <= 0, () -> "ties in listing order: " + parts);
            }
        });
    }

    @Test
    void theLongSplitGivesTheSamePartsAsTheBigIntegerSplitOrStepsAside() {
        Gen<Long> units = longs().between(-5, 5).mix(longs().between(-1L << 31, 1L << 31), 50)
                .mix(longs().between(Long.MIN_VALUE + 1, Long.MAX_VALUE), 20);
        Gen<Long> weight = longs().between(0, 3).mix(longs().between(0, 1L << 31), 60).mix(longs().between(0, Long.MAX_VALUE), 10);
        qt().withExamples(3000).forAll(units, lists().of(weight).ofSizeBetween(1, 20)).checkAssert((amount, list) -> {
            int n = list.size();
            long[] weights = new long[n + 2];   // longer than n: only the first n count
            List<BigDecimal> big = new ArrayList<>();
            boolean fits = Math.abs(amount) < (1L << 31);
            for (int i = 0; i < n; i++) {
                weights[i] = i == n - 1 && list.stream().allMatch(w -> w == 0) ? 1 : list.get(i);
                big.add(BigDecimal.valueOf(weights[i]));
                fits &= weights[i] <= (1L << 31);
            }
            weights[n] = 7;
            long[] fast = Allocation.splitUnits(amount, weights, n);
            BigInteger[] exact = Allocation.splitUnits(BigInteger.valueOf(amount), big);
            if (fits) {
                assertTrue(fast != null, "products below 2^62 with a total below 2^63 split in long");
            }
            if (fast != null) {
                assertEquals(n, fast.length);
                for (int i = 0; i < n; i++) {
                    assertEquals(exact[i].longValueExact(), fast[i], () -> "part of " + amount + " by " + list);
                }
            }
        });
    }
}
