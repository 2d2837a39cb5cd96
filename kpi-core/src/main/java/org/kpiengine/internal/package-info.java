/**
 * Internal helpers of the library; not exported from the module and not part of the API.
 */
@NullMarked
package org.kpiengine.internal;

import org.jspecify.annotations.NullMarked;
