package org.kpiengine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An advisory warning: a good-practice rule (docs/reference/scoring.md, Warnings) that a scorecard, pay plan or result
 * breaks. Warnings never change a number; they travel with the result so that a CRM can show them.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param code the rule broken, not null
 * @param indicatorId the indicator concerned, or null when the warning is about the whole
 * @param message a sentence for a person, stating the rule and the values, not null
 * @since 0.1.0
 */
public record Warning(Code code, @Nullable String indicatorId, String message) {

    /**
     * The good-practice rules that produce warnings.
     *
     * @since 0.1.0
     */
    public enum Code {
        /** Fewer than 3 indicators on a scorecard. */
        TOO_FEW_INDICATORS,
        /** More than 5 indicators (7 for a manager's scorecard). */
        TOO_MANY_INDICATORS,
        /** A weight below 0.10. */
        LOW_WEIGHT,
        /** The variable part is worth less than 5 % of the employee's income. */
        LOW_VARIABLE_SHARE,
        /** An indicator was left out of the rating for want of data and the other weights re-normalised. */
        INDICATOR_EXCLUDED,
        /**
         * An interpolated or hybrid tier table whose rate falls as its measure rises.
         *
         * @since 0.1.0
         */
        FALLING_TIER_RATE,
        /**
         * A tier pays a rate above 100 % of salary or of turnover: allowed, but far beyond common
         * plans and more often a typing error (a rate written as 1000000 for 10.00).
         *
         * @since 0.1.0
         */
        HIGH_RATE,
        /**
         * A deduction was limited so that the pay stays at or above its floor (the salary or zero).
         *
         * @since 0.1.0
         */
        DEDUCTION_LIMITED,
        /**
         * A cap on the total is below the salary, so it cuts into the salary.
         *
         * @since 0.1.0
         */
        TOTAL_CAP_BELOW_SALARY,
        /** Any other advisory rule. */
        OTHER
    }

    /**
     * Obtains a warning.
     *
     * @param code the rule broken, not null
     * @param indicatorId the indicator concerned, or null when the warning is about the whole
     * @param message a sentence for a person, stating the rule and the values, not null
     * @throws NullPointerException if code or message is null
     */
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + (indicatorId == null ? "" : " [" + indicatorId + "]") + ": " + message;
    }
}
