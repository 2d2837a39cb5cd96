package org.kpiengine.credit;

import java.math.BigDecimal;
import java.util.Objects;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.internal.Decimals;

/**
 * A credit receiver of a deal: an employee and their share, a percentage, an amount or a relative
 * weight as the deal's {@link ShareBasis} says.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param employeeId the employee credited, not blank
 * @param share the share: a percentage (75 for 75 %), an amount or a weight, 0 or more
 * @since 0.1.0
 */
public record Receiver(String employeeId, BigDecimal share) {

    /**
     * Validates the receiver.
     *
     * @param employeeId the employee credited, not blank
     * @param share the share: a percentage (75 for 75 %), an amount or a weight, 0 or more
     * @throws KpiInputException with {@link Reason#INVALID_ID} for a blank employee id, with
     *     {@link Reason#NEGATIVE_WEIGHT} for a negative share
     */
    public Receiver {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(share, () -> "share of receiver '" + employeeId + "'");
        if (employeeId.isBlank()) {
            throw new KpiInputException(Reason.INVALID_ID, null, "employeeId", employeeId,
                    "a credit receiver's employee id must not be blank");
        }
        if (share.signum() < 0) {
            throw new KpiInputException(Reason.NEGATIVE_WEIGHT, null, "share", Decimals.text(share),
                    "share " + Decimals.text(share) + " of receiver '" + employeeId + "' is negative; shares must be 0 or more");
        }
    }

    /**
     * Obtains a receiver with a share written as a decimal with a dot, such as {@code "75"}.
     *
     * @param employeeId the employee, not blank
     * @param share the share as text, not null
     * @return the receiver, not null
     * @throws KpiInputException if the text is not a number, the share is negative or the id blank
     */
    public static Receiver of(String employeeId, String share) {
        return new Receiver(employeeId, Decimals.parse("share", share));
    }
}
