package org.kpiengine.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;

/**
 * The grid of a what-if curve: percentages of the indicator's plan from {@code fromPercent} to
 * {@code toPercent} inclusive, every {@code stepPercent}. The fact at a grid point is
 * {@code plan × percent / 100}, exact.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param fromPercent the first percentage, not negative, not null
 * @param toPercent the last percentage, at least {@code fromPercent}, not null
 * @param stepPercent the distance between points, positive, not null
 * @since 0.1.0
 */
public record WhatIfGrid(BigDecimal fromPercent, BigDecimal toPercent, BigDecimal stepPercent) {

    /** The most points a grid may have. */
    public static final int MAX_POINTS = 100_000;

    /** The default grid: 0 to 200 % of plan in steps of 1 % (201 points). */
    public static final WhatIfGrid DEFAULT = new WhatIfGrid(BigDecimal.ZERO, BigDecimal.valueOf(200), BigDecimal.ONE);

    /**
     * Obtains a grid.
     *
     * @param fromPercent the first percentage, not negative, not null
     * @param toPercent the last percentage, not null
     * @param stepPercent the step, positive, not null
     * @throws KpiInputException ({@code OUT_OF_RANGE}, naming the field) if the first percentage is
     *     negative, the last is below the first, the step is not positive, or the grid would have
     *     more than {@link #MAX_POINTS} points
     */
    public WhatIfGrid {
        fromPercent = Decimals.normalise("fromPercent", Objects.requireNonNull(fromPercent, "fromPercent"));
        toPercent = Decimals.normalise("toPercent", Objects.requireNonNull(toPercent, "toPercent"));
        stepPercent = Decimals.normalise("stepPercent", Objects.requireNonNull(stepPercent, "stepPercent"));
        if (fromPercent.signum() < 0) {
            throw refused("fromPercent", fromPercent, "the grid's first percentage " + Decimals.text(fromPercent)
                    + " must not be negative");
        }
        if (toPercent.compareTo(fromPercent) < 0) {
            throw refused("toPercent", toPercent, "the grid's last percentage " + Decimals.text(toPercent)
                    + " must not be below its first, " + Decimals.text(fromPercent));
        }
        if (stepPercent.signum() <= 0) {
            throw refused("stepPercent", stepPercent, "the grid's step " + Decimals.text(stepPercent) + " must be positive");
        }
        BigDecimal count = toPercent.subtract(fromPercent).divideToIntegralValue(stepPercent);
        if (count.compareTo(BigDecimal.valueOf(MAX_POINTS - 1L)) > 0) {
            throw refused("stepPercent", stepPercent, "a grid from " + Decimals.text(fromPercent) + " to "
                    + Decimals.text(toPercent) + " % in steps of " + Decimals.text(stepPercent)
                    + " would have more than " + MAX_POINTS + " points");
        }
    }

    private static KpiInputException refused(String field, BigDecimal value, String message) {
        return new KpiInputException(Reason.OUT_OF_RANGE, null, field, Decimals.text(value), message);
    }

    /**
     * Obtains a grid from percentages written as decimals.
     *
     * @param fromPercent the first percentage, such as {@code "0"}, not null
     * @param toPercent the last percentage, such as {@code "200"}, not null
     * @param stepPercent the step, such as {@code "1"}, not null
     * @return the grid, not null
     * @throws KpiInputException if a value is not a number or the grid is invalid
     */
    public static WhatIfGrid of(String fromPercent, String toPercent, String stepPercent) {
        return new WhatIfGrid(Decimals.parse("fromPercent", fromPercent), Decimals.parse("toPercent", toPercent),
                Decimals.parse("stepPercent", stepPercent));
    }

    /**
     * Returns the number of points.
     *
     * @return the size, at least 1
     */
    public int size() {
        return toPercent.subtract(fromPercent).divideToIntegralValue(stepPercent).intValueExact() + 1;
    }

    /**
     * Returns the percentages of the grid, ascending.
     *
     * @return the unmodifiable list, not null
     */
    public List<BigDecimal> percents() {
        int size = size();
        List<BigDecimal> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(Decimals.normalise(fromPercent.add(stepPercent.multiply(BigDecimal.valueOf(i)))));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the fact at a percentage of a plan: {@code plan × percent / 100}, exact.
     *
     * @param plan the plan, not null
     * @param percent the percentage, not null
     * @return the fact, normalised, not null
     */
    public static BigDecimal factAt(BigDecimal plan, BigDecimal percent) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(percent, "percent");
        return Decimals.normalise(plan.multiply(percent).movePointLeft(2));
    }
}
