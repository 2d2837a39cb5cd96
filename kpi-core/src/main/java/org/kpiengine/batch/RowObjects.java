package org.kpiengine.batch;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;

/**
 * The object-path results of one row whose values do not fit the result columns.
 *
 * @param evaluation the scorecard evaluation, not null
 * @param payout the payout, null if the role has no pay plan
 */
record RowObjects(Evaluation evaluation, @Nullable Payout payout) {

    /**
     * Obtains row objects.
     *
     * @throws NullPointerException if the evaluation is null
     */
    public RowObjects {
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
