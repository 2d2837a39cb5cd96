package org.kpiengine.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.apache.spark.sql.SparkSession;

/** One local Spark session (two cores) shared by the module's tests; skipped, with a message, where Spark cannot run. */
final class LocalSpark {

    /** The newest JDK feature release Spark 4.1 runs on. */
    static final int NEWEST_SUPPORTED_JDK = 21;

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        int feature = Runtime.version().feature();
        String why = "Spark 4.1 supports JDK 17 and 21; this is JDK " + feature + ", where its Hadoop file"
                + " access fails (Subject.getSubject is not supported), so the kpi-spark tests that start Spark are"
                + " skipped (see docs/guides/spark.md)";
        boolean runs = feature <= NEWEST_SUPPORTED_JDK || Boolean.getBoolean("kpi.spark.anyJdk");
        if (!runs) {
            System.out.println("[kpi-spark] " + why + " (-Dkpi.spark.anyJdk=true tries anyway)");
        }
        assumeTrue(runs, why);
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("kpi-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
