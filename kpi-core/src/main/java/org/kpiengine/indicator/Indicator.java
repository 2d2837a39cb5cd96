package org.kpiengine.indicator;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/**
 * An indicator (a KPI): something measurable about one employee's period.
 *
 * <p>The id is stable and is how facts, thresholds and results refer to the indicator; it is made
 * of letters, digits, {@code _}, {@code -} and {@code .}. Two indicators are equal when all their
 * fields are equal.
 *
 * <pre>{@code
 * Indicator revenue = Indicator.of("revenue", "Revenue", Unit.MONEY, Direction.HIGHER_IS_BETTER)
 *         .withCategory(Category.FINANCE)
 *         .withTiming(Timing.LAGGING);
 * }</pre>
 *
 * <p>An indicator is <em>additive</em> when its values over consecutive periods add up to the
 * value over the whole time (revenue, deals, calls), and non-additive otherwise (percentages,
 * ratios, averages, durations, a stock such as receivables at period end). A compensation year
 * prorates the thresholds of additive indicators by participating days and sums them to date;
 * non-additive thresholds stay as they are (see docs/reference/periods.md, Proration). Unless
 * set with {@link #withAdditive(boolean)}, an indicator is additive when its unit is
 * {@link Unit#isAdditiveByDefault() additive by default} (money and counts): an average check or
 * receivables at period end, measured in money, say {@code withAdditive(false)}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the stable id, such as {@code revenue}, not null
 * @param name the display name, not null
 * @param unit the unit, not null
 * @param direction whether higher or lower is better, not null
 * @param category the balanced-scorecard group, null if not given
 * @param timing leading or lagging, null if not given
 * @param additive whether values over consecutive periods add up (revenue, deals), see above
 * @since 0.1.0
 */
public record Indicator(
        String id, String name, Unit unit, Direction direction, @Nullable Category category, @Nullable Timing timing,
        boolean additive) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.\\-]+");

    /**
     * Obtains an indicator, validating it.
     *
     * @param id the stable id, such as {@code revenue}, not null
     * @param name the display name, not null
     * @param unit the unit, not null
     * @param direction whether higher or lower is better, not null
     * @param category the balanced-scorecard group, null if not given
     * @param timing leading or lagging, null if not given
     * @param additive whether values over consecutive periods add up
     * @throws KpiInputException if the id is blank or holds other characters, or the name is blank
     * @throws NullPointerException if a required field is null
     */
    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        if (!ID.matcher(id).matches()) {
            throw new KpiInputException(Reason.INVALID_ID, null, "id", id,
                    "indicator id '" + id + "' must be letters, digits, '_', '-' or '.'");
        }
        if (name.isBlank()) {
            throw new KpiInputException(Reason.INVALID_ID, id, "name", name, "name of indicator '" + id + "' must not be blank");
        }
    }

    /**
     * Obtains an indicator, validating it; it is additive when its unit is
     * {@link Unit#isAdditiveByDefault() additive by default}.
     *
     * @param id the stable id, such as {@code revenue}, not null
     * @param name the display name, not null
     * @param unit the unit, not null
     * @param direction whether higher or lower is better, not null
     * @param category the balanced-scorecard group, null if not given
     * @param timing leading or lagging, null if not given
     * @throws KpiInputException if the id is blank or holds other characters, or the name is blank
     * @throws NullPointerException if a required field is null
     */
    public Indicator(
            String id, String name, Unit unit, Direction direction, @Nullable Category category, @Nullable Timing timing) {
        this(id, name, unit, direction, category, timing, Objects.requireNonNull(unit, "unit").isAdditiveByDefault());
    }

    /**
     * Obtains an indicator without category or timing.
     *
     * @param id the stable id, not null
     * @param name the display name, not null
     * @param unit the unit, not null
     * @param direction the direction, not null
     * @return the indicator, not null
     * @throws KpiInputException if the id or name is invalid
     */
    public static Indicator of(String id, String name, Unit unit, Direction direction) {
        return new Indicator(id, name, unit, direction, null, null);
    }

    /**
     * Obtains a higher-is-better indicator whose display name is its id.
     *
     * @param id the stable id, not null
     * @param unit the unit, not null
     * @return the indicator, not null
     * @throws KpiInputException if the id is invalid
     */
    public static Indicator higherIsBetter(String id, Unit unit) {
        return of(id, id, unit, Direction.HIGHER_IS_BETTER);
    }

    /**
     * Obtains a lower-is-better indicator whose display name is its id.
     *
     * @param id the stable id, not null
     * @param unit the unit, not null
     * @return the indicator, not null
     * @throws KpiInputException if the id is invalid
     */
    public static Indicator lowerIsBetter(String id, Unit unit) {
        return of(id, id, unit, Direction.LOWER_IS_BETTER);
    }

    /**
     * Returns a copy of this indicator with a category; this instance is immutable and unaffected.
     *
     * @param newCategory the category, null to remove it
     * @return the new indicator, not null
     */
    public Indicator withCategory(@Nullable Category newCategory) {
        return new Indicator(id, name, unit, direction, newCategory, timing, additive);
    }

    /**
     * Returns a copy of this indicator with a timing (leading or lagging); this instance is unaffected.
     *
     * @param newTiming the timing, null to remove it
     * @return the new indicator, not null
     */
    public Indicator withTiming(@Nullable Timing newTiming) {
        return new Indicator(id, name, unit, direction, category, newTiming, additive);
    }

    /**
     * Returns a copy of this indicator that is additive or not; this instance is unaffected.
     * An additive indicator's values over consecutive periods add up (revenue, deals, calls); a
     * compensation year prorates and sums its thresholds (docs/reference/periods.md, Proration).
     *
     * @param newAdditive whether values over consecutive periods add up
     * @return the new indicator, not null
     * @since 0.1.0
     */
    public Indicator withAdditive(boolean newAdditive) {
        return new Indicator(id, name, unit, direction, category, timing, newAdditive);
    }

    /**
     * Returns whether higher is better for this indicator.
     *
     * @return true if higher is better
     */
    public boolean isHigherBetter() {
        return direction.isHigherBetter();
    }
}
