package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingDistributionTest {

    /** Nearest rank: the p-quantile of {@code count} sorted values is the ⌈p × count⌉-th. */
    @ParameterizedTest
    @CsvSource({
        "1, 1, 1, 1",
        "2, 1, 1, 2",
        "3, 1, 2, 3",
        "4, 1, 2, 3",
        "5, 2, 3, 4",
        "8, 2, 4, 6",
        "9, 3, 5, 7",
        "1000000, 250000, 500000, 750000"
    })
    void quartileRanks(int count, int lower, int median, int upper) {
        assertEquals(lower, RatingDistribution.nearestRank(25, count));
        assertEquals(median, RatingDistribution.nearestRank(50, count));
        assertEquals(upper, RatingDistribution.nearestRank(75, count));
        assertEquals(count, RatingDistribution.nearestRank(100, count));
    }

    @Test
    void aDistributionNeedsAtLeastOneRating() {
        BigDecimal r = new BigDecimal("100.0000");
        assertThrows(IllegalArgumentException.class, () -> new RatingDistribution(0, r, r, r, r, r));
        assertThrows(NullPointerException.class, () -> new RatingDistribution(1, r, r, null, r, r));
    }
}
