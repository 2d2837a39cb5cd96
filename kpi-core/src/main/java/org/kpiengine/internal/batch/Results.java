package org.kpiengine.internal.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kpiengine.KpiInputException;
import org.kpiengine.scorecard.Evaluation;

/**
 * The columnar results of a batch: per row a status, the indices ({@code int}s at the index
 * scale, {@code width} per row), the rating ({@code long} at the index scale); rows whose values
 * do not fit these are kept as objects, and error rows keep their exception.
 *
 * <p>Each row is written by exactly one task, so disjoint ranges may be filled concurrently.
 */
public final class Results {

    /** The row was computed and its values are in the arrays. */
    public static final byte OK = 0;
    /** The row was computed by the object path and its values are kept as objects. */
    public static final byte OK_OBJECT = 1;
    /** The row could not be computed; its exception is kept. */
    public static final byte ERROR = 2;

    /** The number of rows. */
    public final int size;
    /** The number of index slots per row: the most lines of any template. */
    public final int width;
    /** The status of each row. */
    public final byte[] status;
    /** The indices, row-major, {@code width} per row, unscaled at the index scale. */
    public final int[] indices;
    /** The ratings, unscaled at the index scale. */
    public final long[] ratings;
    /** The evaluations of {@link #OK_OBJECT} rows. */
    public final Map<Integer, Evaluation> objects = new ConcurrentHashMap<>();
    /** The exceptions of {@link #ERROR} rows. */
    public final Map<Integer, KpiInputException> errors = new ConcurrentHashMap<>();

    /**
     * Allocates results for a batch.
     *
     * @param size the number of rows
     * @param width the number of index slots per row
     */
    public Results(int size, int width) {
        this.size = size;
        this.width = width;
        this.status = new byte[size];
        this.indices = new int[Math.multiplyExact(size, width)];
        this.ratings = new long[size];
    }
}
