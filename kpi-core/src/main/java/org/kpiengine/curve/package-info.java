/**
 * Thresholds (base, plan, target) and the scoring curves that turn a fact into a KPI index.
 */
@NullMarked
package org.kpiengine.curve;

import org.jspecify.annotations.NullMarked;
