package org.kpiengine.batch;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One column of exact decimals for a team batch: the facts of one indicator, or individual
 * plans, bases or targets, or salaries, one value per employee.
 *
 * <p>Three forms, all exact:
 * <ul>
 * <li>{@link #ofUnscaled(long[], int)}: unscaled {@code long}s at one fixed scale (value =
 *     unscaled × 10<sup>−scale</sup>), {@link #MISSING} for an absent value. The fastest form: the
 *     array is used as it is, no object per value.</li>
 * <li>{@link #of(BigDecimal...)}: exact decimals, null for absent.</li>
 * <li>{@link #ofDoubles(double[])}: doubles read through their shortest decimal form
 *     ({@link BigDecimal#valueOf(double)}, so 0.1 is exactly 0.1); NaN and infinities are kept and
 *     give that employee an error result.</li>
 * </ul>
 *
 * <pre>{@code
 * // revenue facts of three employees, to the cent: 1 250.00, 980.55 and (missing)
 * DecimalColumn revenue = DecimalColumn.ofUnscaled(new long[] {125000, 98055, DecimalColumn.MISSING}, 2);
 * }</pre>
 *
 * <p>The arrays are not copied by {@code ofUnscaled}; they must not change while a batch runs.
 * Otherwise this class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DecimalColumn {

    /** The unscaled value that marks an absent value in {@link #ofUnscaled(long[], int)}. */
    public static final long MISSING = Column.MISSING;

    private final Column column;

    private DecimalColumn(Column column) {
        this.column = column;
    }

    /**
     * Obtains a column of unscaled values at a fixed scale; the array is shared, not copied.
     *
     * @param unscaled the unscaled values, {@link #MISSING} for an absent value, not null
     * @param scale the number of decimal places, 0 to 18
     * @return the column, not null
     * @throws IllegalArgumentException if the scale is outside 0..18, or a value is
     *     {@code Long.MIN_VALUE + 1} (reserved)
     */
    public static DecimalColumn ofUnscaled(long[] unscaled, int scale) {
        Objects.requireNonNull(unscaled, "unscaled");
        if (scale < 0 || scale > ScaledMath.MAX_POWER) {
            throw new IllegalArgumentException("scale " + scale + " must be between 0 and 18");
        }
        for (long v : unscaled) {
            if (v == Column.OBJECT) {
                throw new IllegalArgumentException("unscaled value " + v + " is reserved");
            }
        }
        return new DecimalColumn(Column.ofUnscaled(unscaled, scale));
    }

    /**
     * Obtains a column of exact decimals; the values are copied.
     *
     * @param values the values, null for an absent value, not null
     * @return the column, not null
     */
    public static DecimalColumn of(BigDecimal... values) {
        Objects.requireNonNull(values, "values");
        return new DecimalColumn(Column.ofDecimals(values));
    }

    /**
     * Obtains a column of doubles, each read through its shortest decimal form; the values are
     * copied. A NaN or infinite value gives its employee an error result
     * ({@link org.kpiengine.KpiInputException.Reason#NOT_A_NUMBER}).
     *
     * @param values the values, not null
     * @return the column, not null
     */
    public static DecimalColumn ofDoubles(double[] values) {
        Objects.requireNonNull(values, "values");
        return new DecimalColumn(Column.ofDoubles(values));
    }

    /**
     * Returns the number of values.
     *
     * @return the size
     */
    public int size() {
        return column.size();
    }

    /**
     * Returns one value.
     *
     * @param row the row, from 0
     * @return the value, or null if absent
     * @throws org.kpiengine.KpiInputException if the value is NaN or infinite
     * @throws IndexOutOfBoundsException if the row is outside the column
     */
    public @org.jspecify.annotations.Nullable BigDecimal get(int row) {
        return column.decimal(null, "value", row);
    }

    /**
     * Wraps a column a row-wise input filled.
     *
     * @param column the column
     * @return the decimal column
     */
    static DecimalColumn wrap(Column column) {
        return new DecimalColumn(column);
    }

    Column column() {
        return column;
    }

    @Override
    public String toString() {
        return "DecimalColumn[" + size() + " values, scale " + column.scale() + "]";
    }
}
