package org.kpiengine.scorecard;

import java.util.Objects;
import org.kpiengine.derived.InsufficientData;

/**
 * An indicator left out of an evaluation under {@link InsufficientDataRule#EXCLUDE_AND_RENORMALISE}:
 * its line and the insufficient-data result that was its fact.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param line the scorecard line left out, not null
 * @param data why: the figure, the sample size and the minimum, not null
 * @since 0.1.0
 */
public record ExcludedIndicator(ScorecardLine line, InsufficientData data) {

    /**
     * Obtains an excluded indicator.
     *
     * @param line the scorecard line left out, not null
     * @param data why: the figure, the sample size and the minimum, not null
     * @throws NullPointerException if an argument is null
     */
    public ExcludedIndicator {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(data, "data");
    }

    /**
     * Returns the indicator's id.
     *
     * @return the id, not null
     */
    public String id() {
        return line.id();
    }

    @Override
    public String toString() {
        return id() + " excluded: " + data.describe();
    }
}
