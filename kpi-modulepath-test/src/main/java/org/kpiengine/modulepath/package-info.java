/**
 * A consumer of the KPI engine on the module path; its tests check that it really runs there.
 */
@NullMarked
package org.kpiengine.modulepath;

import org.jspecify.annotations.NullMarked;
