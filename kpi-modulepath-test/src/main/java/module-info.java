/**
 * A consumer of the KPI engine on the module path: it requires {@code org.kpiengine.core} and
 * nothing else, as an application would, and reads jspecify's annotations through it.
 */
module org.kpiengine.modulepath {
    requires org.kpiengine.core;

    exports org.kpiengine.modulepath;
}
