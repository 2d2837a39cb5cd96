/**
 * Team batches: a whole sales organisation evaluated at once from columnar input, with results
 * per employee (indices, rating, status) and per team (plan completion, share who met the plan,
 * rating distribution, ranking). The entry point is {@link org.kpiengine.batch.TeamBatch}.
 */
@NullMarked
package org.kpiengine.batch;

import org.jspecify.annotations.NullMarked;
