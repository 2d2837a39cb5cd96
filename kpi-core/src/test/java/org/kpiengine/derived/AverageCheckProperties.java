package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.quicktheories.core.Gen;

/**
 * Properties of the average check (and of the other mean/median figures). Amounts are generated
 * at the scale of money (2 places), below the index scale of 4, so rounding cannot carry a mean
 * or a median past the smallest or the largest amount.
 */
class AverageCheckProperties {

    private static Gen<List<BigDecimal>> amounts() {
        Gen<BigDecimal> amount = longs().between(0, 10_000_000_000L).mix(longs().between(0, 100), 30)
                .map(cents -> BigDecimal.valueOf(cents, 2));
        return lists().of(amount).ofSizeBetween(1, 60);
    }

    @Test
    void theMedianAndTheMeanLieBetweenTheSmallestAndTheLargestAmount() {
        qt().withExamples(500).forAll(amounts()).checkAssert(amounts -> {
            AverageCheck check = AverageCheck.of(amounts);
            BigDecimal min = Collections.min(amounts);
            BigDecimal max = Collections.max(amounts);
            for (DerivedValue value : List.of(check.median(MinimumSamples.NONE, Precision.DEFAULT),
                    check.mean(MinimumSamples.NONE, Precision.DEFAULT))) {
                BigDecimal figure = value.valueOrThrow("average-check");
                assertTrue(figure.compareTo(min) >= 0 && figure.compareTo(max) <= 0,
                        () -> figure + " outside [" + min + ", " + max + "] of " + amounts);
            }
        });
    }

    @Test
    void theMedianDoesNotDependOnTheOrderOfTheSales() {
        qt().withExamples(300).forAll(amounts()).checkAssert(amounts -> {
            List<BigDecimal> reversed = new ArrayList<>(amounts);
            Collections.reverse(reversed);
            assertEquals(AverageCheck.of(amounts).median(MinimumSamples.NONE, Precision.DEFAULT),
                    AverageCheck.of(reversed).median(MinimumSamples.NONE, Precision.DEFAULT));
        });
    }

    @Test
    void theMeanTimesTheSalesIsTheRevenueWithinHalfAUnitPerSale() {
        qt().withExamples(500).forAll(amounts()).checkAssert(amounts -> {
            AverageCheck check = AverageCheck.of(amounts);
            BigDecimal mean = check.mean(MinimumSamples.NONE, Precision.DEFAULT).valueOrThrow("average-check");
            BigDecimal gap = mean.multiply(BigDecimal.valueOf(amounts.size())).subtract(check.revenue()).abs();
            assertTrue(gap.compareTo(new BigDecimal("0.00005").multiply(BigDecimal.valueOf(amounts.size()))) <= 0,
                    () -> "gap " + gap);
        });
    }

    @Test
    void theMedianDealCycleLiesBetweenTheShortestAndTheLongest() {
        Gen<List<Integer>> lengths = lists().of(integers().between(0, 800)).ofSizeBetween(1, 40);
        qt().withExamples(300).forAll(lengths).checkAssert(days -> {
            List<DealDates> deals = new ArrayList<>();
            LocalDate start = LocalDate.of(2026, 1, 1);
            for (int i = 0; i < days.size(); i++) {
                deals.add(DealDates.of("D-" + i, start.plusDays(i), start.plusDays(i + days.get(i))));
            }
            DealCycle cycle = DealCycle.of(deals);
            BigDecimal min = BigDecimal.valueOf(Collections.min(days));
            BigDecimal max = BigDecimal.valueOf(Collections.max(days));
            for (BigDecimal figure : List.of(cycle.medianDays(), cycle.meanDays())) {
                assertTrue(figure.compareTo(min) >= 0 && figure.compareTo(max) <= 0,
                        () -> figure + " outside [" + min + ", " + max + "] of " + days);
            }
        });
    }
}
