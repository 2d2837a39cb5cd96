/**
 * The KPI engine: indicators, thresholds and scoring curves, KPI indices, the
 * weighted rating, and (in later packages) pay plans, money and explanations.
 *
 * <p>Only the API packages are exported; batch kernels and parsing helpers stay internal.
 */
module org.kpiengine.core {
    requires static org.jspecify;

    exports org.kpiengine;
    exports org.kpiengine.indicator;
    exports org.kpiengine.curve;
    exports org.kpiengine.scorecard;
    exports org.kpiengine.batch;
}
