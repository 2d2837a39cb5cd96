package org.kpiengine.derived;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/**
 * The dates of one closed deal: the first touch and the close. Its cycle length is the number of
 * calendar days from the first touch to the close (0 when both fall on one day).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param deal the deal's id in the CRM, named in errors, not null, not blank
 * @param firstTouch the date of the first contact, not null
 * @param closed the date the deal closed, not null, not before the first touch
 * @since 0.1.0
 */
public record DealDates(String deal, LocalDate firstTouch, LocalDate closed) {

    /**
     * Obtains the dates of a deal, validating them.
     *
     * @param deal the deal's id in the CRM, named in errors, not null, not blank
     * @param firstTouch the date of the first contact, not null
     * @param closed the date the deal closed, not null, not before the first touch
     * @throws KpiInputException naming the deal and both dates if the close is before the first touch
     */
    public DealDates {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(firstTouch, "firstTouch");
        Objects.requireNonNull(closed, "closed");
        if (deal.isBlank()) {
            throw new KpiInputException(Reason.INVALID_ID, null, "deal", deal, "the id of a deal must not be blank");
        }
        if (closed.isBefore(firstTouch)) {
            throw new KpiInputException(Reason.OUT_OF_RANGE, null, "close date", closed.toString(),
                    "close date " + closed + " of deal '" + deal + "' must not be before its first touch " + firstTouch);
        }
    }

    /**
     * Obtains the dates of a deal.
     *
     * @param deal the deal's id, not null
     * @param firstTouch the date of the first contact, not null
     * @param closed the date the deal closed, not null
     * @return the dates, not null
     * @throws KpiInputException naming the deal if the close is before the first touch
     */
    public static DealDates of(String deal, LocalDate firstTouch, LocalDate closed) {
        return new DealDates(deal, firstTouch, closed);
    }

    /**
     * Returns the cycle length in calendar days from the first touch to the close.
     *
     * @return the days, not negative
     */
    public long days() {
        return ChronoUnit.DAYS.between(firstTouch, closed);
    }
}
