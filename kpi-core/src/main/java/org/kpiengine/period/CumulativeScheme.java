package org.kpiengine.period;

import java.util.Objects;
import org.kpiengine.pay.Scheme;

/**
 * A scheme paid on attainment to date: at the end of each period it is evaluated on the facts to
 * date of its window against the thresholds to date (the sum of the periods' prorated additive
 * thresholds), giving earned to date; the period pays the difference from what this scheme has
 * paid to date in the window, under its {@link TrueUpPolicy} (docs/reference/periods.md, True-up).
 *
 * <pre>{@code
 * CumulativeScheme quarterly = CumulativeScheme.of(
 *         LinearScheme.of("quarterly bonus", Measure.index("revenue"), Money.of("EUR", "1000")),
 *         Window.QUARTER);
 * }</pre>
 *
 * <p>The scheme's amounts (planned bonus, fixed amounts, pool) are per period: to date they are
 * prorated for each period of the window and summed, as the thresholds are. A cumulative scheme
 * is not subject to the modifiers of the period's pay plan.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param scheme the scheme, with amounts per period, not null
 * @param window the window the scheme accumulates over, not null
 * @param policy what is paid when earned to date falls below paid to date, not null
 * @since 0.1.0
 */
public record CumulativeScheme(Scheme scheme, Window window, TrueUpPolicy policy) {

    /**
     * Obtains a cumulative scheme.
     *
     * @param scheme the scheme, not null
     * @param window the window, not null
     * @param policy the true-up policy, not null
     */
    public CumulativeScheme {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(policy, "policy");
    }

    /**
     * Obtains a cumulative scheme that never pays a negative true-up.
     *
     * @param scheme the scheme, not null
     * @param window the window, not null
     * @return the cumulative scheme, not null
     */
    public static CumulativeScheme of(Scheme scheme, Window window) {
        return new CumulativeScheme(scheme, window, TrueUpPolicy.NEVER_NEGATIVE);
    }

    /**
     * Returns the scheme's name.
     *
     * @return the name, not null
     */
    public String name() {
        return scheme.name();
    }
}
