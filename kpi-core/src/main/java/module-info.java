/**
 * The KPI engine: indicators, thresholds and scoring curves, KPI indices, the
 * weighted rating, exact money, pay plans (bonus schemes and
 * modifiers), explanations and pay statements in the employee's language.
 *
 * <p>Only the API packages are exported; parsing helpers stay internal, and the batch kernel is
 * package-private inside {@code org.kpiengine.batch}.
 */
module org.kpiengine.core {
    // The nullness annotations are needed to compile against the API, not to run it. The pom publishes
    // jspecify as an ordinary compile-scope dependency, so a consumer's requires org.kpiengine.core finds it
    // on its module path (kpi-modulepath-test compiles and runs such a consumer).
    requires static transitive org.jspecify;

    exports org.kpiengine;
    exports org.kpiengine.indicator;
    exports org.kpiengine.curve;
    exports org.kpiengine.scorecard;
    exports org.kpiengine.money;
    exports org.kpiengine.pay;
    exports org.kpiengine.explain;
    exports org.kpiengine.statement;
    exports org.kpiengine.derived;
    exports org.kpiengine.batch;
    exports org.kpiengine.planning;
    exports org.kpiengine.credit;
    exports org.kpiengine.period;
}
