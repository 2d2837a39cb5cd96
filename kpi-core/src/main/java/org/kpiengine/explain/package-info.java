/**
 * Explanations: how a rating and a payout came about, per indicator and per pay step, as a
 * plain-text table and as structured data.
 */
@NullMarked
package org.kpiengine.explain;

import org.jspecify.annotations.NullMarked;
