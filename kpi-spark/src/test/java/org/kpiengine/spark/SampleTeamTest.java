package org.kpiengine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.kpiengine.spark.examples.SampleTeam;
import org.kpiengine.spark.examples.SampleTeam.Defect;

/** The sample team: its plans are the documented samples, and its rows follow the seed alone. */
class SampleTeamTest {

    @Test
    void theShippedPlansAreTheSamplesOfTheDocumentation() throws IOException {
        for (String role : List.of(SampleTeam.SALES_MANAGER, SampleTeam.EVERY_TYPE)) {
            assertEquals(Files.readString(Path.of("..", "docs", "samples", role + ".json"), StandardCharsets.UTF_8),
                    SampleTeam.planJson(role), role);
        }
    }

    @Test
    void anEmployeesRowsDependOnlyOnTheSeedAndTheNumber() {
        for (long i = 0; i < 500; i++) {
            List<Row> rows = SampleTeam.rows(i, 7);
            assertEquals(rows, SampleTeam.rows(i, 7));
            Defect defect = SampleTeam.defect(i, 7);
            for (Row row : rows) {
                if (defect == Defect.NO_EMPLOYEE_ID) {
                    assertNull(row.getString(0));
                } else {
                    assertEquals(SampleTeam.employeeId(i), row.getString(0));
                }
                assertEquals(8, row.length());
            }
        }
    }
}
