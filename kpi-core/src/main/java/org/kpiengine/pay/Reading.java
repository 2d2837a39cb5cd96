package org.kpiengine.pay;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.Bands;
import org.kpiengine.internal.Decimals;

/**
 * What a {@link Measure} reads in one calculation: a number, or <em>unbounded best</em>.
 *
 * <p>Unbounded best is the plan attainment of a lower-is-better indicator whose fact is 0 or less
 * (nothing overdue, no returns: the best month). Its formula {@code plan / fact × 100} has no
 * value there, but the meaning is clear, and the library keeps both the meaning and exact
 * arithmetic by never turning it into a number (see docs/guides/errors.md, "Attainment at fact 0"):
 * <ul>
 *   <li>it passes every "at least" bound ({@link #isAtLeast}) and no "at most" bound
 *       ({@link #isAtMost}): it is above every number;</li>
 *   <li>it falls in the top band of any table ({@link #find}), as a step curve on attainment
 *       already scores it;</li>
 *   <li>it is never used as an amount: {@link #value()} refuses it, so a scheme that would multiply
 *       by it (a linear bonus on attainment, a marginal table, a deduction per unit) fails with a
 *       clear error ({@code UNSCORABLE_FACT} naming the indicator) rather than paying a number.</li>
 * </ul>
 * In a spreadsheet, {@code =IF(fact<=0; "best"; ROUND(plan*100/fact; 4))}, with "best" above every
 * bound and looked up in the last row of a table. Explanations show it as {@code ∞}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Reading {

    private final @Nullable BigDecimal value;
    private final @Nullable String indicatorId;
    private final @Nullable BigDecimal fact;

    private Reading(@Nullable BigDecimal value, @Nullable String indicatorId, @Nullable BigDecimal fact) {
        this.value = value;
        this.indicatorId = indicatorId;
        this.fact = fact;
    }

    /**
     * Obtains a reading of a number.
     *
     * @param value the value, not null
     * @return the reading, not null
     */
    public static Reading of(BigDecimal value) {
        return new Reading(Objects.requireNonNull(value, "value"), null, null);
    }

    /**
     * Obtains the unbounded-best reading of a lower-is-better indicator's attainment.
     *
     * @param indicatorId the indicator, not null
     * @param fact its fact, 0 or less, not null
     * @return the reading, not null
     */
    public static Reading unboundedBest(String indicatorId, BigDecimal fact) {
        return new Reading(null, Objects.requireNonNull(indicatorId, "indicatorId"), Objects.requireNonNull(fact, "fact"));
    }

    /**
     * Returns whether this is the unbounded-best attainment, above every number.
     *
     * @return true for unbounded best, false for a number
     */
    public boolean isUnboundedBest() {
        return value == null;
    }

    /**
     * Returns the number read, for use as an amount or in arithmetic.
     *
     * @return the value, not null
     * @throws KpiInputException ({@code UNSCORABLE_FACT}, naming the indicator, field
     *     {@code attainment}) if this is unbounded best, which is never an amount
     */
    public BigDecimal value() {
        if (value == null) {
            String id = Objects.requireNonNull(indicatorId);
            String text = Decimals.text(Objects.requireNonNull(fact));
            throw new KpiInputException(Reason.UNSCORABLE_FACT, id, "attainment", text,
                    "attainment of lower-is-better indicator '" + id + "' at fact " + text
                            + " is unbounded (the best there is): it passes every 'at least' bound and falls in the"
                            + " top band of a table, but cannot be used as an amount");
        }
        return value;
    }

    /**
     * Returns whether this reading reaches a level: the number compared with it, unbounded best
     * always.
     *
     * @param level the level, not null
     * @return true if the reading is at or above the level
     */
    public boolean isAtLeast(BigDecimal level) {
        Objects.requireNonNull(level, "level");
        return value == null || value.compareTo(level) >= 0;
    }

    /**
     * Returns whether this reading stays at or below a level: the number compared with it;
     * unbounded best never does, being above every number.
     *
     * @param level the level, not null
     * @return true if the reading is a number at or below the level
     */
    public boolean isAtMost(BigDecimal level) {
        Objects.requireNonNull(level, "level");
        return value != null && value.compareTo(level) <= 0;
    }

    /**
     * Returns the band of a table this reading falls in: the band holding the number, the last
     * (top) band for unbounded best.
     *
     * @param table the table, not null
     * @return the band, or null when a number lies below the first band
     */
    public @Nullable Band find(Bands table) {
        if (value == null) {
            return table.bands().get(table.bands().size() - 1);
        }
        return table.find(value);
    }

    /**
     * Returns the reading as text: the plain number, or {@code ∞} for unbounded best.
     *
     * @return the text, not null
     */
    public String text() {
        return value == null ? "∞" : Decimals.text(value);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Reading other && Objects.equals(value, other.value)
                && Objects.equals(indicatorId, other.indicatorId) && Objects.equals(fact, other.fact);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, indicatorId, fact);
    }

    @Override
    public String toString() {
        return value == null ? "∞ (attainment of '" + indicatorId + "' at fact " + Decimals.text(Objects.requireNonNull(fact)) + ")"
                : Decimals.text(value);
    }
}
