package org.kpiengine.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/**
 * One period of a compensation year: an id and a range of dates, both ends inclusive.
 *
 * <pre>{@code
 * Period march = Period.of("2026-03", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
 * march.days(); // 31
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the period's id, such as {@code 2026-03}; letters, digits, {@code _}, {@code -} and {@code .}; not null
 * @param start the first day, inclusive, not null
 * @param end the last day, inclusive, not before {@code start}, not null
 * @since 0.1.0
 */
public record Period(String id, LocalDate start, LocalDate end) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.\\-]+");

    /**
     * Obtains a period, validating it.
     *
     * @param id the period's id, not null
     * @param start the first day, inclusive, not null
     * @param end the last day, inclusive, not null
     * @throws KpiInputException if the id is malformed or the end lies before the start
     */
    public Period {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!ID.matcher(id).matches()) {
            throw new KpiInputException(Reason.INVALID_ID, null, "period", id,
                    "period id '" + id + "' must be letters, digits, '_', '-' or '.'");
        }
        if (end.isBefore(start)) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "end", end.toString(),
                    "period '" + id + "' ends on " + end + ", before its start " + start);
        }
    }

    /**
     * Obtains a period.
     *
     * @param id the period's id, not null
     * @param start the first day, inclusive, not null
     * @param end the last day, inclusive, not null
     * @return the period, not null
     * @throws KpiInputException if the id is malformed or the end lies before the start
     */
    public static Period of(String id, LocalDate start, LocalDate end) {
        return new Period(id, start, end);
    }

    /**
     * Returns the number of calendar days in the period, both ends counted.
     *
     * @return the days, at least 1
     */
    public int days() {
        return Math.toIntExact(ChronoUnit.DAYS.between(start, end) + 1);
    }

    /**
     * Returns whether a date lies in the period.
     *
     * @param date the date, not null
     * @return true if {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start) && !date.isAfter(end);
    }

    @Override
    public String toString() {
        return id + " [" + start + ", " + end + "]";
    }
}
