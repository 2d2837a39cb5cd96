package org.kpiengine.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kpiengine.KpiInputException;

/**
 * The columnar results of a batch: per row a status, the indices ({@code int}s at the index
 * scale, {@code width} per row), the rating ({@code long} at the index scale), the pay components
 * and total (minor units); rows whose values
 * do not fit these are kept as objects, and error rows keep their exception.
 *
 * <p>Each row is written by exactly one task, so disjoint ranges may be filled concurrently.
 */
final class Results {

    /** The row was computed and its values are in the arrays. */
    static final byte OK = 0;
    /** The row was computed by the object path and its values are kept as objects. */
    static final byte OK_OBJECT = 1;
    /** The row could not be computed; its exception is kept. */
    static final byte ERROR = 2;

    /** The number of rows. */
    final int size;
    /** The number of index slots per row: the most lines of any template. */
    final int width;
    /** The status of each row. */
    final byte[] status;
    /** The indices, row-major, {@code width} per row, unscaled at the index scale. */
    final int[] indices;
    /** The ratings, unscaled at the index scale. */
    final long[] ratings;
    /** The number of pay components per row after the salary: the most steps of any pay plan. */
    final int payWidth;
    /**
     * The pay components after the salary, row-major, {@code payWidth} per row, in minor units.
     * They are {@code int}s, half the bytes per employee of {@code long}s: a row with a component
     * beyond {@code int} takes the object path and is kept as objects ({@link #OK_OBJECT}).
     */
    final int[] pay;
    /** The total pay of each row, in minor units; empty when no role has a pay plan. */
    final long[] totals;
    /**
     * Per {@link #OK} row, 1 if a pay step gave it a warning beyond its plan's and scorecard's (a
     * limited deduction, a total cap below the salary): its warnings are recomputed through the
     * object API when asked for. Empty when no role has a pay plan.
     */
    final byte[] warned;
    /** The results of {@link #OK_OBJECT} rows. */
    final Map<Integer, RowObjects> objects = new ConcurrentHashMap<>();
    /** The exceptions of {@link #ERROR} rows. */
    final Map<Integer, KpiInputException> errors = new ConcurrentHashMap<>();

    /**
     * Allocates results for a batch.
     *
     * @param size the number of rows
     * @param width the number of index slots per row
     * @param payWidth the number of pay components per row after the salary
     * @param withPay whether any role has a pay plan
     */
    Results(int size, int width, int payWidth, boolean withPay) {
        this.size = size;
        this.width = width;
        this.payWidth = payWidth;
        this.pay = new int[Math.multiplyExact(size, payWidth)];
        this.totals = new long[withPay ? size : 0];
        this.warned = new byte[withPay ? size : 0];
        this.status = new byte[size];
        this.indices = new int[Math.multiplyExact(size, width)];
        this.ratings = new long[size];
    }
}
