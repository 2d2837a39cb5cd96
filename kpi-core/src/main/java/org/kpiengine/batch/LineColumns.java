package org.kpiengine.batch;

import org.jspecify.annotations.Nullable;

/**
 * The columns of one indicator in a batch: the facts and the individual thresholds that replace
 * the template's, each null when the input has none.
 *
 * @param fact the facts, null if the input has no fact column for the indicator
 * @param base the individual bases, null if none
 * @param plan the individual plans, null if none
 * @param target the individual targets, null if none
 */
record LineColumns(@Nullable Column fact, @Nullable Column base, @Nullable Column plan, @Nullable Column target) {

    /** No columns at all. */
    static final LineColumns NONE = new LineColumns(null, null, null, null);
}
