/**
 * The scorecard (KPI matrix), the facts of a period, the KPI index of each indicator and the weighted rating.
 */
@NullMarked
package org.kpiengine.scorecard;

import org.jspecify.annotations.NullMarked;
