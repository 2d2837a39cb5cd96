package org.kpiengine.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/**
 * The calendar of a compensation year: contiguous, non-overlapping periods in date order (months
 * by default, quarters, or any list of date ranges). Dates are inclusive; day counts are calendar
 * days (docs/reference/periods.md, Calendar).
 *
 * <pre>{@code
 * PlanYear months = PlanYear.months(2026);     // 2026-01 ... 2026-12
 * PlanYear quarters = PlanYear.quarters(2026); // 2026-Q1 ... 2026-Q4
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanYear {

    private final List<Period> periods;
    private final Map<String, Integer> positions;

    private PlanYear(List<Period> periods) {
        this.periods = List.copyOf(Objects.requireNonNull(periods, "periods"));
        if (this.periods.isEmpty()) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "periods", null, "a plan year needs at least one period");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.periods.size(); i++) {
            Period period = this.periods.get(i);
            if (index.putIfAbsent(period.id(), i) != null) {
                throw new KpiInputException(Reason.INVALID_ID, null, "period", period.id(),
                        "period id '" + period.id() + "' is used twice in the plan year");
            }
            if (i > 0) {
                Period previous = this.periods.get(i - 1);
                LocalDate expected = previous.end().plusDays(1);
                if (!period.start().equals(expected)) {
                    String what = period.start().isAfter(expected) ? "leaves a gap after" : "overlaps";
                    throw new KpiInputException(Reason.OUT_OF_RANGE, null, "start", period.start().toString(),
                            "period " + period + " " + what + " period " + previous
                                    + ": periods must be contiguous and in order, so it must start on " + expected);
                }
            }
        }
        this.positions = Map.copyOf(index);
    }

    /**
     * Obtains a plan year from a list of periods.
     *
     * @param periods the periods in date order, each starting the day after the previous ends, not empty, not null
     * @return the plan year, not null
     * @throws KpiInputException if the list is empty, two periods overlap or leave a gap, or an id repeats
     */
    public static PlanYear of(List<Period> periods) {
        return new PlanYear(periods);
    }

    /**
     * Obtains the twelve months of a calendar year, with ids such as {@code 2026-03}.
     *
     * @param year the year
     * @return the plan year, not null
     */
    public static PlanYear months(int year) {
        List<Period> periods = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            periods.add(new Period(ym.toString(), ym.atDay(1), ym.atEndOfMonth()));
        }
        return new PlanYear(periods);
    }

    /**
     * Obtains the four quarters of a calendar year, with ids such as {@code 2026-Q1}.
     *
     * @param year the year
     * @return the plan year, not null
     */
    public static PlanYear quarters(int year) {
        List<Period> periods = new ArrayList<>(4);
        for (int quarter = 1; quarter <= 4; quarter++) {
            YearMonth first = YearMonth.of(year, quarter * 3 - 2);
            periods.add(new Period(year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth()));
        }
        return new PlanYear(periods);
    }

    /**
     * Returns the periods in date order.
     *
     * @return the unmodifiable list, not null
     */
    public List<Period> periods() {
        return periods;
    }

    /**
     * Returns the first day of the year.
     *
     * @return the start of the first period, not null
     */
    public LocalDate start() {
        return periods.get(0).start();
    }

    /**
     * Returns the last day of the year.
     *
     * @return the end of the last period, not null
     */
    public LocalDate end() {
        return periods.get(periods.size() - 1).end();
    }

    /**
     * Returns whether a date lies in the year.
     *
     * @param date the date, not null
     * @return true if it lies in one of the periods
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * Returns the position of a period, from 0.
     *
     * @param periodId the period's id, not null
     * @return the position, or -1 if the year has no such period
     */
    public int indexOf(String periodId) {
        Integer position = positions.get(Objects.requireNonNull(periodId, "periodId"));
        return position == null ? -1 : position;
    }

    /**
     * Returns a period by id.
     *
     * @param periodId the period's id, not null
     * @return the period, not null
     * @throws KpiInputException if the year has no such period
     */
    public Period period(String periodId) {
        int position = indexOf(periodId);
        if (position < 0) {
            throw unknownPeriod("period", periodId);
        }
        return periods.get(position);
    }

    static KpiInputException unknownPeriod(String field, String periodId) {
        return new KpiInputException(Reason.OUT_OF_RANGE, null, field, periodId,
                "the plan year has no period '" + periodId + "'");
    }

    @Nullable Period at(LocalDate date) {
        for (Period period : periods) {
            if (period.contains(date)) {
                return period;
            }
        }
        return null;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PlanYear other && periods.equals(other.periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    @Override
    public String toString() {
        return "PlanYear" + periods;
    }
}
