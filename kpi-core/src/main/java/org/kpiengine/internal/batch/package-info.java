/**
 * The team-batch kernel: exact scaled-{@code long} arithmetic over columns, with a per-row fall
 * back to the object API. Not exported.
 */
@NullMarked
package org.kpiengine.internal.batch;

import org.jspecify.annotations.NullMarked;
