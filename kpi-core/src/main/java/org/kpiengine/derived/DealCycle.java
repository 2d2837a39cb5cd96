package org.kpiengine.derived;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.internal.Nulls;

/**
 * The deal-cycle length of a period's closed deals (docs/reference/derived.md, Deal cycle), in calendar days from
 * first touch to close: the mean, {@code ROUND(Σ days / deals; 4)} {@code HALF_UP} by default, and
 * the median (the middle length, or the exact mean of the two middle lengths, set to the same
 * scale). A lower-is-better indicator.
 *
 * <pre>{@code
 * DealCycle cycle = DealCycle.of(List.of(
 *         DealDates.of("D-1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11)),
 *         DealDates.of("D-2", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 22))));
 * cycle.meanDays();   // 15.0000
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param deals the closed deals, not null, not empty, copied
 * @since 0.1.0
 */
public record DealCycle(List<DealDates> deals) {

    /**
     * Obtains a deal cycle, copying the list.
     *
     * @param deals the closed deals, not null, not empty, copied
     * @throws KpiInputException if there are no deals (the mean would divide by zero)
     */
    public DealCycle {
        deals = Nulls.copyOf(deals, "deals");
        if (deals.isEmpty()) {
            throw new KpiInputException(Reason.DIVISION_BY_ZERO, null, "deals", "0",
                    "deal-cycle length divides by the number of closed deals, which is 0");
        }
    }

    /**
     * Obtains a deal cycle.
     *
     * @param deals the closed deals, not null, not empty
     * @return the deal cycle, not null
     * @throws KpiInputException if there are no deals
     */
    public static DealCycle of(List<DealDates> deals) {
        return new DealCycle(deals);
    }

    /**
     * Returns the mean cycle length in days with the default precision.
     *
     * @return the mean, rounded to 4 places, not null
     */
    public BigDecimal meanDays() {
        return meanDays(Precision.DEFAULT);
    }

    /**
     * Returns the mean cycle length in days, {@code ROUND(Σ days / deals; indexScale)}.
     *
     * @param precision the rounding rule, not null
     * @return the mean, not null
     */
    public BigDecimal meanDays(Precision precision) {
        return Samples.mean(lengths(), precision);
    }

    /**
     * Returns the median cycle length in days with the default precision.
     *
     * @return the median, at scale 4, not null
     */
    public BigDecimal medianDays() {
        return medianDays(Precision.DEFAULT);
    }

    /**
     * Returns the median cycle length in days, set to the precision's index scale.
     *
     * @param precision the rounding rule, not null
     * @return the median, not null
     */
    public BigDecimal medianDays(Precision precision) {
        return Samples.median(lengths(), precision);
    }

    private List<BigDecimal> lengths() {
        List<BigDecimal> lengths = new ArrayList<>(deals.size());
        for (DealDates deal : deals) {
            lengths.add(BigDecimal.valueOf(deal.days()));
        }
        return lengths;
    }
}
