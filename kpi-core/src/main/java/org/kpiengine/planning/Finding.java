package org.kpiengine.planning;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finding of a {@link PlanReview}: what rule it concerns, how serious it is, where in the plan
 * it is, and the numbers that triggered it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind the rule, not null
 * @param severity how serious, not null
 * @param place where in the plan: {@code "scorecard"}, an indicator id, a scheme's or modifier's name, not null
 * @param indicatorId the indicator concerned, null if none
 * @param employeeId the employee concerned (reviews with a team's data), null if none
 * @param figures the numbers that triggered the finding, by name, in a fixed order, not null
 * @param cliff the cliff, for {@link Kind#CLIFF}; null otherwise
 * @param message a sentence for a person, stating the rule and the numbers, not null
 * @since 0.1.0
 */
public record Finding(Kind kind, Severity severity, String place, @Nullable String indicatorId,
        @Nullable String employeeId, Map<String, BigDecimal> figures, @Nullable Cliff cliff, String message) {

    /**
     * The rules a review checks.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Fewer indicators than the minimum (3 by default). */
        TOO_FEW_INDICATORS,
        /** More indicators than the maximum (5, or 7 for a manager, by default). */
        TOO_MANY_INDICATORS,
        /** A weight below the minimum (0.10 by default). */
        LOW_WEIGHT,
        /** A variable part below a share (5 % by default) of the total target pay. */
        LOW_VARIABLE_SHARE,
        /** A tier band, or a condition's level, that no value can reach: above the highest value its measure can take. */
        UNREACHABLE_BAND,
        /** One step more of one fact raises the payout by more than a share of the salary (10 % by default). */
        CLIFF,
        /** A band paying less than the band below it. */
        FALLING_BAND,
        /** A gate or measure reads an indicator whose weight is 0. */
        ZERO_WEIGHT_REFERENCE
    }

    /**
     * How serious a finding is.
     *
     * @since 0.1.0
     */
    public enum Severity {
        /** Worth knowing; often intended. */
        INFO,
        /** Likely to mislead or to be gamed; review before the plan goes live. */
        WARNING,
        /** Part of the plan can never take effect. */
        ERROR
    }

    /**
     * Obtains a finding; the figures are copied, keeping their order.
     *
     * @param kind the rule, not null
     * @param severity how serious, not null
     * @param place where in the plan: {@code "scorecard"}, an indicator id, a scheme's or modifier's name, not null
     * @param indicatorId the indicator concerned, null if none
     * @param employeeId the employee concerned (reviews with a team's data), null if none
     * @param figures the numbers that triggered the finding, by name, in a fixed order, not null
     * @param cliff the cliff, for {@link Kind#CLIFF}; null otherwise
     * @param message a sentence for a person, stating the rule and the numbers, not null
     * @throws NullPointerException if a non-null component is null
     */
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(place, "place");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(figures, "figures")));
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity + " " + kind + " at " + place + (employeeId == null ? "" : " (employee " + employeeId + ")")
                + ": " + message;
    }
}
