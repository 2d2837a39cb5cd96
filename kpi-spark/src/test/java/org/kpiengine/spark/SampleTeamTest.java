package org.kpiengine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.kpiengine.batch.TeamResult;
import org.kpiengine.json.PlanDocument;
import org.kpiengine.json.PlanJson;
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
    void thePlansTravelToExecutorsByJavaSerialization() throws IOException, ClassNotFoundException {
        Map<String, RolePlan> plans = new LinkedHashMap<>(SampleTeam.batch().plans());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(plans);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Object back = in.readObject();
            assertEquals(plans, back);
            assertEquals(List.of(SampleTeam.IDLE_HOURS), ((Map<?, ?>) back).get(SampleTeam.EVERY_TYPE) instanceof RolePlan plan
                    ? plan.inputs() : null);
        }
    }

    @Test
    void everyEmployeeWithoutADefectIsComputedByTheSamplePlans() {
        // the rows must give every indicator of the sample plans, or the team tests compare error rows only
        for (String role : List.of(SampleTeam.SALES_MANAGER, SampleTeam.EVERY_TYPE)) {
            List<List<Row>> employees = new ArrayList<>();
            for (long i = 0; employees.size() < 500; i++) {
                List<Row> rows = SampleTeam.rows(i, 11);
                if (SampleTeam.defect(i, 11) == Defect.NONE && rows.get(0).getString(1).equals(role)) {
                    employees.add(rows);
                }
            }
            PlanDocument plan = PlanJson.standard().read(SampleTeam.planJson(role));
            TeamResult result = plan.batch().evaluate(SingleMachineEquivalenceTest.input(plan, role, employees));
            for (int e = 0; e < employees.size(); e++) {
                int row = e;
                assertTrue(result.isOk(row), () -> role + ": " + result.error(row).message());
            }
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
