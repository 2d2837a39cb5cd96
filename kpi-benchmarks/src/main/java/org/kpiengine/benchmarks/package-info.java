/**
 * JMH benchmarks of the KPI engine; not part of the API. Each comparison runs its baseline in the
 * same JMH invocation, so that a figure is quoted as a ratio.
 */
@NullMarked
package org.kpiengine.benchmarks;

import org.jspecify.annotations.NullMarked;
