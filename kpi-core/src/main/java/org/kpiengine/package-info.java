/**
 * The library's shared vocabulary: the calculation {@link org.kpiengine.Precision}, advisory
 * {@link org.kpiengine.Warning}s and the {@link org.kpiengine.KpiInputException} thrown for bad input.
 */
@NullMarked
package org.kpiengine;

import org.jspecify.annotations.NullMarked;
