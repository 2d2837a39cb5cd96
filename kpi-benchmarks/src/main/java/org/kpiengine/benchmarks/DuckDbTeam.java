package org.kpiengine.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The in-process SQL baseline: the workload in a DuckDB in-memory table (loaded with the
 * Appender API), and one query that computes every employee's rating and total pay, all rows
 * fetched through JDBC. Columns are {@code DOUBLE}, as an analyst would load them.
 */
final class DuckDbTeam implements AutoCloseable {

    private final Connection connection;
    private final String query;

    DuckDbTeam(TeamWorkload workload, int threads) throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads TO " + threads);
            StringBuilder ddl = new StringBuilder("CREATE TABLE team (");
            for (int k = 1; k <= TeamWorkload.INDICATORS; k++) {
                ddl.append("b").append(k).append(" DOUBLE, p").append(k).append(" DOUBLE, t").append(k)
                        .append(" DOUBLE, f").append(k).append(" DOUBLE, ");
            }
            s.execute(ddl.append("salary DOUBLE)").toString());
        }
        try (DuckDBAppender appender = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "team")) {
            for (int i = 0; i < workload.size; i++) {
                appender.beginRow();
                for (int k = 0; k < TeamWorkload.INDICATORS; k++) {
                    appender.append(workload.bases[k][i] / 10.0);
                    appender.append((double) workload.plans[k][i]);
                    appender.append(workload.targets[k][i] / 10.0);
                    appender.append(workload.facts[k][i] / 100.0);
                }
                appender.append(workload.salaries[i] / 100.0);
                appender.endRow();
            }
        }
        StringBuilder rating = new StringBuilder();
        for (int k = 1; k <= TeamWorkload.INDICATORS; k++) {
            String below = k - 1 == TeamWorkload.LOWER ? "f" + k + " >= p" + k : "f" + k + " <= p" + k;
            rating.append(k == 1 ? "" : " + ").append("0.").append(TeamWorkload.WEIGHT_TENTHS[k - 1])
                    .append(" * (CASE WHEN ").append(below)
                    .append(" THEN greatest(0, round((f").append(k).append(" - b").append(k).append(") * 100 / (p")
                    .append(k).append(" - b").append(k).append("), 4))")
                    .append(" ELSE least(150, 100 + round((f").append(k).append(" - p").append(k)
                    .append(") * 50 / (t").append(k).append(" - p").append(k).append("), 4)) END)");
        }
        int g = TeamWorkload.GATED + 1;
        query = "SELECT rating, salary + round(salary * (CASE WHEN rating < 80 THEN 0 WHEN rating < 100 THEN 0.2"
                + " WHEN rating < 120 THEN 0.5 ELSE 0.8 END) * (CASE WHEN attainment < 90 THEN 0.5 ELSE 1 END), 2) AS total"
                + " FROM (SELECT round(" + rating + ", 4) AS rating, round(f" + g + " * 100 / p" + g + ", 4) AS attainment,"
                + " salary FROM team)";
    }

    /** Runs the query, fetches every row, and returns a checksum of the ratings and totals. */
    double run() throws SQLException {
        double checksum = 0;
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(query)) {
            while (rows.next()) {
                checksum += rows.getDouble(1) + rows.getDouble(2);
            }
        }
        return checksum;
    }

    /** Counts the rows the query returns. */
    int count() throws SQLException {
        int n = 0;
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(query)) {
            while (rows.next()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
