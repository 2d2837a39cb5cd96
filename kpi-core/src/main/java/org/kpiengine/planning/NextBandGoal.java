package org.kpiengine.planning;

import java.util.Objects;

/**
 * The goal "the measure of the tier table {@code schemeName} reaches the lower edge of the band
 * above the one it is in now" (the first band when the measure is below the table).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param schemeName the name of a tiered scheme in the pay plan, not null
 * @since 0.1.0
 */
public record NextBandGoal(String schemeName) implements Goal {

    /**
     * Obtains the goal.
     *
     * @param schemeName the scheme's name, not null
     * @throws NullPointerException if the name is null
     */
    public NextBandGoal {
        Objects.requireNonNull(schemeName, "schemeName");
    }

    @Override
    public String describe() {
        return "next band of '" + schemeName + "'";
    }
}
