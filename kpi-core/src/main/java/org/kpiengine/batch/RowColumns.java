package org.kpiengine.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;

/**
 * The columns a row-wise input fills, one row at a time: per column a {@code long} array of
 * unscaled values at the column's scale (the largest scale its values need, at most 18), grown as
 * rows arrive, and for the rare value the {@code long} form cannot hold its exact decimal (or its
 * double) in a side array, behind {@link Column#OBJECT}. No object is made per row or per value
 * given as a {@code long}.
 *
 * <p>A column is found by its indicator id (or input name); the order in which the previous row
 * wrote its columns is remembered, so a row that writes them in the same order finds each one
 * without a map look-up. Each value may be written once per row. Not thread-safe.
 */
final class RowColumns {

    /** What a column holds. */
    enum Kind {
        FACT("fact", "facts"),
        BASE("base", "bases"),
        PLAN("plan", "plans"),
        TARGET("target", "targets"),
        QUANTITY("quantity", "quantities"),
        SALARY("salary", "salaries");

        final String field;
        final String plural;

        Kind(String field, String plural) {
            this.field = field;
            this.plural = plural;
        }

        boolean ofIndicator() {
            return this != QUANTITY && this != SALARY;
        }
    }

    /** One column being filled. */
    private static final class Slot {
        final Kind kind;
        final String key;
        long[] unscaled;
        int scale;
        BigDecimal @Nullable [] decimals;
        double @Nullable [] doubles;
        /** The last row that wrote this column, to refuse a second value in one row. */
        int lastRow = -1;

        Slot(Kind kind, String key, int capacity) {
            this.kind = kind;
            this.key = key;
            this.unscaled = new long[capacity];
            Arrays.fill(unscaled, Column.MISSING);
        }
    }

    /** Per power of ten k, the largest magnitude a {@code long} can be multiplied by 10^k without overflow. */
    private static final long[] LIMITS = new long[ScaledMath.MAX_POWER + 1];

    static {
        for (int k = 0; k < LIMITS.length; k++) {
            LIMITS[k] = Long.MAX_VALUE / ScaledMath.pow10(k);
        }
    }

    @SuppressWarnings("unchecked")
    private final Map<String, Slot>[] slots = new Map[Kind.values().length];
    private final List<Slot> all = new ArrayList<>();
    private @Nullable Slot salary;
    private @Nullable Currency currency;
    private String @Nullable [] ids;
    private int[] roles;
    private int roleRow = -1;
    private int capacity;
    /** The current row, -1 before the first. */
    private int row = -1;
    private boolean built;
    /** The columns in the order the previous rows wrote them, and the current row's position in it. */
    private Slot[] order = new Slot[16];
    private int written;
    /** The long form of the last decimal {@link #split} accepted. */
    private long splitUnscaled;
    private int splitScale;

    RowColumns(int expectedRows) {
        for (int k = 0; k < slots.length; k++) {
            slots[k] = new LinkedHashMap<>();
        }
        this.capacity = Math.max(1, expectedRows);
        this.roles = new int[capacity];
    }

    /** Starts the next row. */
    int next() {
        checkOpen();
        row++;
        if (row == capacity) {
            if (capacity == Integer.MAX_VALUE - 8) {
                throw new KpiInputException(Reason.OUT_OF_RANGE, null, "size", Integer.toString(row + 1),
                        "a batch holds at most " + capacity + " employees; split the rows into smaller batches");
            }
            capacity = (int) Math.min(Integer.MAX_VALUE - 8, 2L * capacity);
            roles = Arrays.copyOf(roles, capacity);
            if (ids != null) {
                ids = Arrays.copyOf(ids, capacity);
            }
        }
        written = 0;
        return row;
    }

    int rows() {
        return row + 1;
    }

    void employeeId(String employeeId) {
        started();
        if (employeeId == null) {
            throw new NullPointerException("employeeId is null (" + where() + ")");
        }
        if (ids == null) {
            ids = new String[capacity];
        } else if (ids[row] != null) {
            throw new KpiInputException(Reason.INVALID_ID, null, "employeeId", employeeId,
                    where() + ": employee id '" + employeeId + "' was given, but the row already has one;"
                            + " each value is written once per row");
        }
        ids[row] = employeeId;
    }

    void role(int role) {
        started();
        if (roleRow == row) {
            throw new KpiInputException(Reason.OTHER, null, "role", Integer.toString(role),
                    where() + ": role " + role + " was given, but the row already has role " + roles[row]
                            + "; each value is written once per row");
        }
        roleRow = row;
        roles[row] = role;
    }

    void currency(Currency salaryCurrency) {
        if (currency == null) {
            currency = salaryCurrency;
        } else if (!currency.equals(salaryCurrency)) {
            throw new KpiInputException(Reason.CURRENCY_MISMATCH, null, "salary", salaryCurrency.getCurrencyCode(),
                    where() + ": salary in " + salaryCurrency.getCurrencyCode() + ", but earlier rows' salaries are in "
                            + currency.getCurrencyCode() + "; a batch pays in one currency");
        }
    }

    /** Writes a value given as unscaled long and scale (any scale). */
    void put(Kind kind, @Nullable String key, long unscaled, int scale) {
        Slot s = slot(kind, key);
        if (scale >= 0 && scale <= ScaledMath.MAX_POWER) {
            if (!putLong(s, unscaled, scale)) {
                putObject(s, BigDecimal.valueOf(unscaled, scale));
            }
        } else {
            putDecimal(s, BigDecimal.valueOf(unscaled, scale));
        }
    }

    /** Writes an exact decimal; null leaves the value absent. */
    void put(Kind kind, @Nullable String key, @Nullable BigDecimal value) {
        Slot s = slot(kind, key);
        if (value != null) {
            putDecimal(s, value);
        }
    }

    /** Writes a double through its shortest decimal form; NaN and infinities are kept for the row's error. */
    void put(Kind kind, @Nullable String key, double value) {
        Slot s = slot(kind, key);
        if (Double.isNaN(value) || Double.isInfinite(value) || !split(BigDecimal.valueOf(value))
                || !putLong(s, splitUnscaled, splitScale)) {
            ensure(s);
            s.unscaled[row] = Column.OBJECT;
            double[] doubles = s.doubles;
            if (doubles == null || doubles.length <= row) {
                doubles = doubles == null ? new double[capacity] : Arrays.copyOf(doubles, capacity);
                s.doubles = doubles;
            }
            doubles[row] = value;
        }
    }

    private void putDecimal(Slot s, BigDecimal value) {
        if (!split(value) || !putLong(s, splitUnscaled, splitScale)) {
            putObject(s, value);
        }
    }

    /**
     * Finds the {@code long} form of a decimal: sets {@link #splitUnscaled} and {@link #splitScale}
     * (0 to 18) and returns true, or returns false if it has none (more than 18 digits, more than
     * 18 decimal places once trailing zeros are stripped, or out of the library's range).
     */
    private boolean split(BigDecimal value) {
        int scale = value.scale();
        int precision = value.precision();
        if (scale >= 0 && scale <= ScaledMath.MAX_POWER && precision <= ScaledMath.MAX_POWER) {
            splitUnscaled = value.unscaledValue().longValue();
            splitScale = scale;
            return true;
        }
        if (scale < 0 && (long) precision - scale <= ScaledMath.MAX_POWER) {
            splitUnscaled = value.unscaledValue().longValue() * ScaledMath.pow10(-scale);
            splitScale = 0;
            return true;
        }
        try {
            Decimals.checkRange(null, "value", value);
        } catch (KpiInputException outOfRange) {
            return false; // the object path reports it as the row's error
        }
        BigDecimal normal = Decimals.normalise(value);
        if (normal.scale() <= ScaledMath.MAX_POWER && normal.precision() <= ScaledMath.MAX_POWER) {
            splitUnscaled = normal.unscaledValue().longValue();
            splitScale = normal.scale();
            return true;
        }
        return false;
    }

    /**
     * Stores a value at the column's scale, first raising the column's scale if the value needs
     * more places; returns false if the value does not fit the column's {@code long} form.
     */
    private boolean putLong(Slot s, long unscaled, int scale) {
        if (unscaled <= Column.OBJECT) {
            return false;
        }
        long u = unscaled;
        int sc = scale;
        if (sc > s.scale) {
            if (u == 0) {
                sc = s.scale;
            }
            while (sc > s.scale && u % 10 == 0) {
                u /= 10;
                sc--;
            }
            if (sc > s.scale) {
                rescale(s, sc);
            }
        }
        if (sc < s.scale) {
            if (Math.abs(u) > LIMITS[s.scale - sc]) {
                return false;
            }
            u *= ScaledMath.pow10(s.scale - sc);
        }
        ensure(s);
        s.unscaled[row] = u;
        return true;
    }

    /** Raises a column's scale, turning an earlier value that no longer fits into its exact decimal. */
    private void rescale(Slot s, int scale) {
        long factor = ScaledMath.pow10(scale - s.scale);
        long limit = LIMITS[scale - s.scale];
        long[] values = s.unscaled;
        int end = Math.min(row, values.length);
        for (int i = 0; i < end; i++) {
            long v = values[i];
            if (v == Column.MISSING || v == Column.OBJECT) {
                continue;
            }
            if (Math.abs(v) > limit) {
                decimals(s)[i] = BigDecimal.valueOf(v, s.scale);
                values[i] = Column.OBJECT;
            } else {
                values[i] = v * factor;
            }
        }
        s.scale = scale;
    }

    private void putObject(Slot s, BigDecimal value) {
        ensure(s);
        s.unscaled[row] = Column.OBJECT;
        decimals(s)[row] = value;
    }

    private BigDecimal[] decimals(Slot s) {
        BigDecimal[] decimals = s.decimals;
        if (decimals == null || decimals.length < s.unscaled.length) {
            decimals = decimals == null ? new BigDecimal[s.unscaled.length] : Arrays.copyOf(decimals, s.unscaled.length);
            s.decimals = decimals;
        }
        return decimals;
    }

    private void ensure(Slot s) {
        if (s.unscaled.length <= row) {
            int old = s.unscaled.length;
            s.unscaled = Arrays.copyOf(s.unscaled, capacity);
            Arrays.fill(s.unscaled, old, capacity, Column.MISSING);
        }
    }

    /** Finds (or makes) the column a value goes to, and refuses a second value in one row. */
    private Slot slot(Kind kind, @Nullable String key) {
        started();
        String name = kind == Kind.SALARY ? "salary" : key;
        if (name == null) {
            throw new NullPointerException((kind == Kind.QUANTITY ? "name" : "indicatorId") + " of a " + kind.field
                    + " is null (" + where() + ")");
        }
        Slot s = written < order.length ? order[written] : null;
        if (s == null || s.kind != kind || (s.key != name && !s.key.equals(name))) {
            s = kind == Kind.SALARY ? salary : slots[kind.ordinal()].get(name);
            if (s == null) {
                s = new Slot(kind, name, capacity);
                all.add(s);
                if (kind == Kind.SALARY) {
                    salary = s;
                } else {
                    slots[kind.ordinal()].put(name, s);
                }
            }
            if (written == order.length) {
                order = Arrays.copyOf(order, 2 * order.length);
            }
            order[written] = s;
        }
        written++;
        if (s.lastRow == row) {
            throw duplicate(s);
        }
        s.lastRow = row;
        return s;
    }

    private KpiInputException duplicate(Slot s) {
        if (s.kind.ofIndicator()) {
            return new KpiInputException(Reason.DUPLICATE_INDICATOR, s.key, s.kind.field, null,
                    where() + ": " + s.kind.field + " of indicator '" + s.key + "' was given twice;"
                            + " each value is written once per row");
        }
        String subject = s.kind == Kind.SALARY ? "salary" : "pay input '" + s.key + "'";
        return new KpiInputException(Reason.OTHER, null, s.key, null,
                where() + ": " + subject + " was given twice; each value is written once per row");
    }

    /** Names the current row and, once given, its employee, for a message. */
    String where() {
        String id = ids == null || row < 0 ? null : ids[row];
        return id == null ? "row " + row : "row " + row + " (employee '" + id + "')";
    }

    private void started() {
        checkOpen();
        if (row < 0) {
            throw new IllegalStateException("no row was started: call next() before writing a row's values");
        }
    }

    private void checkOpen() {
        if (built) {
            throw new IllegalStateException("the rows were already built into a TeamInput; start a new row builder");
        }
    }

    /**
     * Builds the input from the rows written; this object accepts no more rows afterwards.
     *
     * @return the input
     * @throws KpiInputException ({@code INVALID_ID}) if some rows have an employee id and others not
     */
    TeamInput build() {
        checkOpen();
        int size = rows();
        String[] employeeIds = ids;
        if (employeeIds != null) {
            for (int i = 0; i < size; i++) {
                if (employeeIds[i] == null) {
                    throw new KpiInputException(Reason.INVALID_ID, null, "employeeId", null,
                            "row " + i + " has no employee id while other rows have one; give an id to every row"
                                    + " or to none");
                }
            }
        }
        built = true;
        TeamInput.Builder b = TeamInput.builder(size).roles(trim(roles, size));
        if (employeeIds != null) {
            b.employeeIds(employeeIds.length == size ? employeeIds : Arrays.copyOf(employeeIds, size));
        }
        for (Slot s : all) {
            DecimalColumn column = DecimalColumn.wrap(Column.ofParts(trim(s.unscaled, size), s.scale,
                    s.decimals == null ? null : Arrays.copyOf(s.decimals, size),
                    s.doubles == null ? null : Arrays.copyOf(s.doubles, size)));
            switch (s.kind) {
                case FACT -> b.facts(s.key, column);
                case BASE -> b.bases(s.key, column);
                case PLAN -> b.plans(s.key, column);
                case TARGET -> b.targets(s.key, column);
                case QUANTITY -> b.quantities(s.key, column);
                case SALARY -> b.salaries(java.util.Objects.requireNonNull(currency), column);
            }
        }
        return b.build();
    }

    private static int[] trim(int[] values, int size) {
        return values.length == size ? values : Arrays.copyOf(values, size);
    }

    private static long[] trim(long[] values, int size) {
        if (values.length == size) {
            return values;
        }
        long[] out = Arrays.copyOf(values, size);
        if (values.length < size) {
            Arrays.fill(out, values.length, size, Column.MISSING);
        }
        return out;
    }
}
