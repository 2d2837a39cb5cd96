package org.kpiengine.internal;

import java.math.BigDecimal;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;

/**
 * The one rule for weights that must add up, shared by a scorecard's indicator weights and a
 * coefficient scheme's term weights: the weights total exactly 1, or exactly a total of 10 or 100
 * that the caller declared explicitly, in which case every weight is divided by that total, which
 * is exact (a shift of the decimal point). Any other total is an error, never silently rescaled.
 */
public final class WeightTotal {

    private WeightTotal() {
    }

    /**
     * Returns how many places a declared total shifts the decimal point: 0 for 1, 1 for 10, 2 for 100.
     *
     * @param declaredTotal the declared total
     * @return the shift, 0 to 2
     * @throws KpiInputException ({@link Reason#WEIGHTS_TOTAL}) if the total is not 1, 10 or 100
     */
    public static int shift(int declaredTotal) {
        return switch (declaredTotal) {
            case 1 -> 0;
            case 10 -> 1;
            case 100 -> 2;
            default -> throw new KpiInputException(Reason.WEIGHTS_TOTAL, null, "total", Integer.toString(declaredTotal),
                    "declared weight total " + declaredTotal + " must be 1, 10 or 100");
        };
    }

    /**
     * Checks that weights total exactly the declared total.
     *
     * @param sum the exact sum of the weights
     * @param declaredTotal 1, 10 or 100
     * @param declared whether the caller declared the total explicitly (the message then says
     *     "the declared" total)
     * @param owner what the weights belong to, for the message ({@code ""} for a scorecard,
     *     {@code "of 'share'"} for a scheme)
     * @param weights the weights listed for the message, such as {@code "calls 0.5, deals 0.4"}
     * @throws KpiInputException ({@link Reason#WEIGHTS_TOTAL}, field {@code weights}, value the
     *     sum) if the sum differs from the declared total, or the total is not 1, 10 or 100
     */
    public static void require(BigDecimal sum, int declaredTotal, boolean declared, String owner, String weights) {
        shift(declaredTotal);
        if (sum.compareTo(BigDecimal.valueOf(declaredTotal)) != 0) {
            String text = Decimals.text(Decimals.normalise(sum));
            String subject = owner.isEmpty() ? "weights" : "weights " + owner;
            throw new KpiInputException(Reason.WEIGHTS_TOTAL, null, "weights", text,
                    subject + " must total " + (declared ? "the declared " + declaredTotal : Integer.toString(declaredTotal))
                            + ", but total " + text + " (" + weights + ")");
        }
    }

    /**
     * Divides a weight by the declared total, exactly.
     *
     * @param weight the weight as written
     * @param declaredTotal 1, 10 or 100
     * @return the weight on a total of 1
     * @throws KpiInputException if the total is not 1, 10 or 100
     */
    public static BigDecimal normalise(BigDecimal weight, int declaredTotal) {
        return weight.movePointLeft(shift(declaredTotal));
    }
}
