package org.kpiengine.pay;

import org.kpiengine.internal.Scaled;
import org.kpiengine.money.Money;

/**
 * The add-up checks of a payout's own results ({@link PayLine}: before + amount = after;
 * {@link Payout}: total − salary = variable), decided on the unscaled {@code long}s when the three
 * amounts share a currency and a scale and fit, without making the sum as a {@code Money}; any other
 * case answers {@link Answer#UNDECIDED}, and the caller checks with {@link Money} arithmetic as before.
 */
final class MoneySums {

    /** What the long check found. */
    enum Answer {
        /** The amounts add up. */
        ADDS_UP,
        /** The amounts do not add up. */
        DOES_NOT_ADD_UP,
        /** Not decided on longs: different currencies or scales, or an amount of more than 18 digits. */
        UNDECIDED
    }

    private MoneySums() {
    }

    /**
     * Decides whether {@code a + b} is {@code sum}, value and scale, in one currency.
     *
     * @param a a term, not null
     * @param b a term, not null
     * @param sum the sum claimed, not null
     * @return the answer, not null
     */
    static Answer isSum(Money a, Money b, Money sum) {
        if (!a.currency().equals(b.currency()) || !a.currency().equals(sum.currency())) {
            return Answer.UNDECIDED;
        }
        int scale = a.amount().scale();
        if (b.amount().scale() != scale || sum.amount().scale() != scale) {
            return Answer.UNDECIDED;
        }
        long total = Scaled.plus(Scaled.unscaled(a.amount()), Scaled.unscaled(b.amount()));
        long claimed = Scaled.unscaled(sum.amount());
        if (total == Scaled.OVER || claimed == Scaled.OVER) {
            return Answer.UNDECIDED;
        }
        return total == claimed ? Answer.ADDS_UP : Answer.DOES_NOT_ADD_UP;
    }
}
