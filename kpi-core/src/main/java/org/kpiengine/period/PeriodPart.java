package org.kpiengine.period;

import java.time.LocalDate;
import java.util.Objects;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;

/**
 * A part of a period computed with one plan version: the period is split where an assignment
 * starts or ends and where a new version takes effect. Its amounts and additive thresholds were
 * prorated by {@code days ÷ periodDays} (docs/reference/periods.md, Proration).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param from the first day, inclusive, not null
 * @param to the last day, inclusive, not null
 * @param role the role assigned, not null
 * @param versionFrom the effective date of the plan version used, not null
 * @param days the participating days D
 * @param periodDays the days of the whole period P
 * @param evaluation the evaluation of the prorated scorecard (its thresholds are the prorated ones), not null
 * @param payout the prorated pay plan's payout for this part, not null
 * @since 0.1.0
 */
public record PeriodPart(LocalDate from, LocalDate to, String role, LocalDate versionFrom, int days, int periodDays,
        Evaluation evaluation, Payout payout) {

    /**
     * Obtains a part.
     *
     * @param from the first day, not null
     * @param to the last day, not null
     * @param role the role, not null
     * @param versionFrom the version's effective date, not null
     * @param days the participating days
     * @param periodDays the days of the period
     * @param evaluation the evaluation, not null
     * @param payout the payout, not null
     */
    public PeriodPart {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(versionFrom, "versionFrom");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(payout, "payout");
    }

    /**
     * Returns whether the part is the whole period.
     *
     * @return true if {@code days == periodDays}
     */
    public boolean isWholePeriod() {
        return days == periodDays;
    }
}
