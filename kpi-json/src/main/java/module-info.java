/**
 * Role templates (scorecard, pay plan, precision) as versioned JSON documents, and evaluation
 * results, payouts, explanations and team results as JSON. See docs/guides/json.md.
 *
 * <p>Jackson is an implementation detail: no Jackson type appears in the exported API.
 */
module org.kpiengine.json {
    requires transitive org.kpiengine.core;
    requires tools.jackson.databind;
    requires static org.jspecify;

    exports org.kpiengine.json;
}
