/**
 * Indicators (KPIs): what is measured, its unit and its direction.
 */
@NullMarked
package org.kpiengine.indicator;

import org.jspecify.annotations.NullMarked;
