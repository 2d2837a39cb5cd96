package org.kpiengine.derived;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.kpiengine.internal.Nulls;

/**
 * The response time of a period: how long each enquiry waited for its first answer, as the mean
 * and the median in minutes. Each is divided once and rounded like a KPI index: the mean is
 * {@code ROUND(Σ seconds / (60 × answers); 4)} and the median {@code ROUND(median seconds / 60; 4)},
 * {@code HALF_UP} by default. A lower-is-better indicator.
 *
 * <pre>{@code
 * ResponseTime time = ResponseTime.of(List.of(Duration.ofMinutes(5), Duration.ofMinutes(20),
 *         Duration.ofSeconds(90)));
 * time.meanMinutes();   // 8.8333
 * time.medianMinutes(); // 5.0000
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param waits the time each enquiry waited, not null, not empty, none negative, copied
 * @since 0.1.0
 */
public record ResponseTime(List<Duration> waits) {

    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    /**
     * Obtains a response time, validating it and copying the list.
     *
     * @param waits the time each enquiry waited, not null, not empty, none negative, copied
     * @throws KpiInputException naming the enquiry if a wait is negative, or if there are none
     */
    public ResponseTime {
        waits = Nulls.copyOf(waits, "waits");
        if (waits.isEmpty()) {
            throw new KpiInputException(Reason.DIVISION_BY_ZERO, null, "answers", "0",
                    "response time divides by the number of answers, which is 0");
        }
        for (int i = 0; i < waits.size(); i++) {
            if (waits.get(i).isNegative()) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "wait of enquiry " + (i + 1), waits.get(i).toString(),
                        "wait of enquiry " + (i + 1) + " " + waits.get(i) + " must not be negative");
            }
        }
    }

    /**
     * Obtains a response time from the waits of the enquiries.
     *
     * @param waits the waits, not null, not empty, none negative
     * @return the response time, not null
     * @throws KpiInputException naming the enquiry if a wait is negative, or if there are none
     */
    public static ResponseTime of(List<Duration> waits) {
        return new ResponseTime(waits);
    }

    /**
     * Returns the mean wait in minutes with the default precision.
     *
     * @return the mean, rounded to 4 places, not null
     */
    public BigDecimal meanMinutes() {
        return meanMinutes(Precision.DEFAULT);
    }

    /**
     * Returns the mean wait in minutes, {@code ROUND(Σ seconds / (60 × answers); indexScale)}.
     *
     * @param precision the rounding rule, not null
     * @return the mean, not null
     */
    public BigDecimal meanMinutes(Precision precision) {
        return precision.divideIndex(Samples.sum(seconds()), SECONDS_PER_MINUTE.multiply(BigDecimal.valueOf(waits.size())));
    }

    /**
     * Returns the median wait in minutes with the default precision.
     *
     * @return the median, rounded to 4 places, not null
     */
    public BigDecimal medianMinutes() {
        return medianMinutes(Precision.DEFAULT);
    }

    /**
     * Returns the median wait in minutes, {@code ROUND(median seconds / 60; indexScale)}.
     *
     * @param precision the rounding rule, not null
     * @return the median, not null
     */
    public BigDecimal medianMinutes(Precision precision) {
        return precision.divideIndex(Samples.exactMedian(seconds()), SECONDS_PER_MINUTE);
    }

    private List<BigDecimal> seconds() {
        List<BigDecimal> seconds = new ArrayList<>(waits.size());
        for (Duration wait : waits) {
            seconds.add(BigDecimal.valueOf(wait.getSeconds()).add(BigDecimal.valueOf(wait.getNano(), 9)));
        }
        return seconds;
    }
}
