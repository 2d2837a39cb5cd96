/**
 * Exact money: an amount in a {@link java.util.Currency} at the currency's minor-unit scale, with
 * every rounding named.
 */
@NullMarked
package org.kpiengine.money;

import org.jspecify.annotations.NullMarked;
