package org.kpiengine.planning;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.kpiengine.pay.PayContext;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;

/**
 * One exact evaluation at one fact of the indicator under study: the scorecard's evaluation and,
 * when the planner has a pay plan, the payout and the context it was computed in.
 */
record State(BigDecimal fact, Evaluation evaluation, @Nullable Payout payout, @Nullable PayContext context) {

    Payout requirePayout() {
        if (payout == null) {
            throw new IllegalStateException("a payout was needed but the planner has no pay plan");
        }
        return payout;
    }

    PayContext requireContext() {
        if (context == null) {
            throw new IllegalStateException("a pay context was needed but the planner has no pay plan");
        }
        return context;
    }
}
