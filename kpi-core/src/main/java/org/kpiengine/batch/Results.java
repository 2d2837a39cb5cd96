package org.kpiengine.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;

/**
 * The columnar results of a batch: per row a status, the indices ({@code int}s at the index
 * scale, {@code width} per row, held line by line), the rating (an {@code int} at the index scale), the pay
 * components and total (minor units); rows whose values
 * do not fit these are kept as objects, and error rows keep their exception.
 *
 * <p>The columns are held in chunks of {@link #CHUNK} rows, each allocated by the thread that
 * computes its rows, just before it does: no thread zeroes the columns of the whole batch before
 * the others can start, and a chunk's arrays are written while the zeroing has left them in the
 * thread's cache. A parallel task claims exactly one chunk, so each chunk, and each row, is
 * written by exactly one task; the reader sees them once every task has finished.
 */
final class Results {

    /** The row was computed and its values are in the arrays. */
    static final byte OK = 0;
    /** The row was computed by the object path and its values are kept as objects. */
    static final byte OK_OBJECT = 1;
    /** The row could not be computed; its exception is kept. */
    static final byte ERROR = 2;

    /** log2 of {@link #CHUNK}. */
    static final int CHUNK_SHIFT = 12;
    /** The number of rows of a chunk (the last may have fewer), and of a parallel task. */
    static final int CHUNK = 1 << CHUNK_SHIFT;

    /** The number of rows. */
    final int size;
    /** The number of index slots per row: the most lines of any template. */
    final int width;
    /** The number of pay components per row after the salary: the most steps of any pay plan. */
    final int payWidth;
    /** Whether any role has a pay plan: without one, a chunk has no totals and no warned flags. */
    private final boolean withPay;
    /** The chunks, each null until the thread computing its rows allocates it. */
    private final @Nullable Chunk[] chunks;
    /** The results of {@link #OK_OBJECT} rows. */
    final Map<Integer, RowObjects> objects = new ConcurrentHashMap<>();
    /** The exceptions of {@link #ERROR} rows. */
    final Map<Integer, KpiInputException> errors = new ConcurrentHashMap<>();

    /**
     * The result columns of the rows {@code first} to {@code first + rows − 1}, each indexed from
     * the chunk's first row.
     */
    static final class Chunk {
        /** The chunk's first row. */
        final int first;
        /** The status of each row. */
        final byte[] status;
        /**
         * The indices, unscaled at the index scale, line by line: the chunk's rows' indices of the
         * first line, then of the second, and so on, so that a line's indices of consecutive rows
         * are written one after another ({@link #slot}).
         */
        final int[] indices;
        /**
         * The ratings, unscaled at the index scale. They are {@code int}s, like the indices whose
         * weighted average they are (the weights total 1, so a rating lies within the row's
         * indices, up to one unit of rounding); a row whose rating would still be beyond
         * {@code int} takes the object path and is kept as objects ({@link #OK_OBJECT}).
         */
        final int[] ratings;
        /**
         * The pay components after the salary, component by component like the indices, in minor
         * units. They are {@code int}s, half the bytes per employee of {@code long}s: a row with a
         * component beyond {@code int} takes the object path and is kept as objects
         * ({@link #OK_OBJECT}).
         */
        final int[] pay;
        /** The total pay of each row, in minor units; empty when no role has a pay plan. */
        final long[] totals;
        /**
         * Per {@link #OK} row, 1 if a pay step gave it a warning beyond its plan's and
         * scorecard's (a limited deduction, a total cap below the salary): its warnings are
         * recomputed through the object API when asked for. Empty when no role has a pay plan.
         */
        final byte[] warned;

        Chunk(int first, int rows, int width, int payWidth, boolean withPay) {
            this.first = first;
            this.status = new byte[rows];
            this.indices = new int[rows * width];
            this.ratings = new int[rows];
            this.pay = new int[rows * payWidth];
            this.totals = new long[withPay ? rows : 0];
            this.warned = new byte[withPay ? rows : 0];
        }

        /**
         * Returns where the value of row 0 in slot {@code k} would be in {@link #indices} or
         * {@link #pay}: a row's value in that slot (line {@code k}'s index, or pay component
         * {@code k}) is at {@code slot(k) + row}.
         *
         * @param k the line's or the component's slot
         * @return the offset
         */
        int slot(int k) {
            return k * status.length - first;
        }
    }

    /**
     * Prepares the results of a batch; no column is allocated yet.
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
        this.withPay = withPay;
        // (size + CHUNK − 1) / CHUNK without overflow near Integer.MAX_VALUE
        this.chunks = new Chunk[(size >>> CHUNK_SHIFT) + ((size & (CHUNK - 1)) == 0 ? 0 : 1)];
    }

    /**
     * Returns the chunk of a row, allocating it the first time: to be called only by the task that
     * computes the chunk's rows.
     *
     * @param row a row of the chunk
     * @return the chunk
     */
    Chunk chunkOf(int row) {
        int c = row >>> CHUNK_SHIFT;
        Chunk chunk = chunks[c];
        if (chunk == null) {
            int first = c << CHUNK_SHIFT;
            chunk = new Chunk(first, Math.min(CHUNK, size - first), width, payWidth, withPay);
            chunks[c] = chunk;
        }
        return chunk;
    }

    /** The computed chunk of a row, for reading once the batch has finished. */
    private Chunk computed(int row) {
        Chunk chunk = chunks[row >>> CHUNK_SHIFT];
        if (chunk == null) {
            throw new IllegalStateException("row " + row + " of the batch was not computed");
        }
        return chunk;
    }

    /**
     * Returns a row's status.
     *
     * @param row the row
     * @return {@link #OK}, {@link #OK_OBJECT} or {@link #ERROR}
     */
    byte status(int row) {
        Chunk chunk = computed(row);
        return chunk.status[row - chunk.first];
    }

    /**
     * Returns an {@link #OK} row's rating.
     *
     * @param row the row
     * @return the rating, unscaled at the index scale
     */
    long rating(int row) {
        Chunk chunk = computed(row);
        return chunk.ratings[row - chunk.first];
    }

    /**
     * Returns an {@link #OK} row's index of one line.
     *
     * @param row the row
     * @param k the line's slot
     * @return the index, unscaled at the index scale
     */
    int index(int row, int k) {
        Chunk chunk = computed(row);
        return chunk.indices[chunk.slot(k) + row];
    }

    /**
     * Returns an {@link #OK} row's pay component.
     *
     * @param row the row
     * @param k the component's slot after the salary
     * @return the component, in minor units
     */
    int pay(int row, int k) {
        Chunk chunk = computed(row);
        return chunk.pay[chunk.slot(k) + row];
    }

    /**
     * Returns an {@link #OK} row's total pay.
     *
     * @param row the row
     * @return the total, in minor units
     */
    long total(int row) {
        Chunk chunk = computed(row);
        return chunk.totals[row - chunk.first];
    }

    /**
     * Returns whether a pay step gave an {@link #OK} row a warning only the object path writes.
     *
     * @param row the row
     * @return true if the row's warnings must be recomputed; false when no role has a pay plan
     */
    boolean warned(int row) {
        Chunk chunk = computed(row);
        return chunk.warned.length > 0 && chunk.warned[row - chunk.first] != 0;
    }
}
