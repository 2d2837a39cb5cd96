package org.kpiengine.batch;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.internal.Decimals;

/**
 * One decimal column of a batch, as the kernel reads it: unscaled {@code long}s at one fixed
 * scale, with two sentinels. {@link #MISSING} marks an absent value; {@link #OBJECT} marks a
 * value the {@code long} form cannot hold (too many digits, NaN, infinite), which the object
 * path reads from the column's source instead.
 *
 * <p>Immutable once built; the arrays are the caller's and must not change during a batch.
 */
final class Column {

    /** The unscaled value that marks an absent value. */
    static final long MISSING = Long.MIN_VALUE;

    /** The unscaled value that marks a value only the source can give. */
    static final long OBJECT = Long.MIN_VALUE + 1;

    private final long[] unscaled;
    private final int scale;
    private final BigDecimal @Nullable [] decimals;
    private final double @Nullable [] doubles;

    private Column(long[] unscaled, int scale, BigDecimal @Nullable [] decimals, double @Nullable [] doubles) {
        this.unscaled = unscaled;
        this.scale = scale;
        this.decimals = decimals;
        this.doubles = doubles;
    }

    /**
     * Wraps unscaled values at a fixed scale; the array is used as it is, not copied.
     *
     * @param unscaled the values, {@link #MISSING} for absent, not null
     * @param scale the scale, 0 to 18
     * @return the column
     */
    static Column ofUnscaled(long[] unscaled, int scale) {
        return new Column(unscaled, scale, null, null);
    }

    /**
     * Wraps the parts a row-wise input filled: unscaled values at a fixed scale, and for each
     * {@link #OBJECT} row its exact decimal or, for a double that the {@code long} form cannot
     * hold (NaN, infinite, too many digits), that double. The arrays are used as they are.
     *
     * @param unscaled the values, {@link #MISSING} for absent, not null
     * @param scale the scale, 0 to 18
     * @param decimals the exact values of {@link #OBJECT} rows that came as decimals, or null if none
     * @param doubles the values of {@link #OBJECT} rows that came as doubles, or null if none
     * @return the column
     */
    static Column ofParts(long[] unscaled, int scale, BigDecimal @Nullable [] decimals, double @Nullable [] doubles) {
        return new Column(unscaled, scale, decimals, doubles);
    }

    /**
     * Converts exact decimals: the column's scale is the largest scale among them (at most 18);
     * a value that does not fit becomes {@link #OBJECT}, and so does one outside the library's
     * range (checked in time independent of its digits), which the object path then reports as
     * that row's error.
     *
     * @param values the values, null for absent, not null
     * @return the column
     */
    static Column ofDecimals(BigDecimal[] values) {
        int scale = 0;
        for (BigDecimal value : values) {
            if (value != null && inRange(value)) {
                int s = Decimals.normalise(value).scale();
                if (s <= ScaledMath.MAX_POWER) {
                    scale = Math.max(scale, s);
                }
            }
        }
        long[] unscaled = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            unscaled[i] = values[i] == null ? MISSING : toUnscaled(values[i], scale);
        }
        return new Column(unscaled, scale, values.clone(), null);
    }

    /**
     * Converts doubles through their shortest decimal form ({@link BigDecimal#valueOf(double)});
     * NaN and infinities become {@link #OBJECT}, so the object path reports them.
     *
     * @param values the values, not null
     * @return the column
     */
    static Column ofDoubles(double[] values) {
        BigDecimal[] decimals = new BigDecimal[values.length];
        int scale = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                decimals[i] = Decimals.normalise(BigDecimal.valueOf(v));
                if (decimals[i].scale() <= ScaledMath.MAX_POWER) {
                    scale = Math.max(scale, decimals[i].scale());
                }
            }
        }
        long[] unscaled = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            unscaled[i] = decimals[i] == null ? OBJECT : toUnscaled(decimals[i], scale);
        }
        return new Column(unscaled, scale, null, values.clone());
    }

    private static boolean inRange(BigDecimal value) {
        try {
            Decimals.checkRange(null, "value", value);
            return true;
        } catch (KpiInputException e) {
            return false;
        }
    }

    private static long toUnscaled(BigDecimal value, int scale) {
        if (!inRange(value) || Decimals.normalise(value).scale() > scale) {
            return OBJECT;
        }
        BigInteger u = value.setScale(scale).unscaledValue();
        if (u.bitLength() > 63) {
            return OBJECT;
        }
        long v = u.longValue();
        return v <= OBJECT ? OBJECT : v;
    }

    /**
     * Returns the number of rows.
     *
     * @return the size
     */
    int size() {
        return unscaled.length;
    }

    /**
     * Returns the scale of the unscaled values.
     *
     * @return the scale
     */
    int scale() {
        return scale;
    }

    /**
     * Returns the unscaled values, shared, not copied.
     *
     * @return the array
     */
    long[] unscaled() {
        return unscaled;
    }

    /**
     * Returns whether a row has a value.
     *
     * @param row the row
     * @return false if the value is absent
     */
    boolean has(int row) {
        return unscaled[row] != MISSING;
    }

    /**
     * Returns a row's value as an exact decimal, for the object path.
     *
     * @param indicatorId the indicator the column belongs to, null if none, for an error message
     * @param field the field name ("fact", "plan", "salary"…), for an error message
     * @param row the row
     * @return the value, or null if absent
     * @throws org.kpiengine.KpiInputException if the value is NaN or infinite
     */
    @Nullable BigDecimal decimal(@Nullable String indicatorId, String field, int row) {
        long v = unscaled[row];
        if (v == MISSING) {
            return null;
        }
        if (v != OBJECT) {
            return BigDecimal.valueOf(v, scale);
        }
        if (decimals != null && decimals[row] != null) {
            return decimals[row];
        }
        if (doubles == null) {
            throw new IllegalStateException("row " + row + " of a column has no value behind its marker");
        }
        return Decimals.ofDouble(indicatorId, field, doubles[row]);
    }
}
