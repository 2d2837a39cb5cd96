package org.kpiengine.batch;

import java.util.Objects;
import org.kpiengine.scorecard.Scorecard;

/**
 * The template of one role in a team batch: the scorecard every employee of the role shares,
 * whose thresholds each employee's individual plan, base or target may replace.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param role the role's name, such as {@code "account-manager"}, not null
 * @param scorecard the role's scorecard, not null
 */
public record RoleTemplate(String role, Scorecard scorecard) {

    /**
     * Obtains a role template.
     *
     * @throws NullPointerException if an argument is null
     */
    public RoleTemplate {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scorecard, "scorecard");
    }

    /**
     * Obtains a role template.
     *
     * @param role the role's name, not null
     * @param scorecard the scorecard, not null
     * @return the template, not null
     */
    public static RoleTemplate of(String role, Scorecard scorecard) {
        return new RoleTemplate(role, scorecard);
    }
}
