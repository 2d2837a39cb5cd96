package org.kpiengine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.Precision;
import org.kpiengine.money.Money;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.quicktheories.core.Gen;

class TeamBatchProperties {

    private static final int EMPLOYEES_PER_TEAM = 250;

    private static ExecutorService threads;

    @BeforeAll
    static void start() {
        threads = Executors.newFixedThreadPool(3);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    /** 48 teams × 250 employees = 12 000 employees, each checked against the object API. */
    @Test
    void everyEmployeeEqualsTheObjectApi() {
        qt().withExamples(48).withShrinkCycles(20).forAll(TeamCase.teams(EMPLOYEES_PER_TEAM))
                .checkAssert(TeamBatchProperties::equalsTheObjectApi);
    }

    /** Complete columns, so that whole groups take the kernel's plain-arithmetic path: 12 000 employees. */
    @Test
    void everyEmployeeWithCompleteColumnsEqualsTheObjectApi() {
        qt().withExamples(48).withShrinkCycles(20).forAll(TeamCase.completeTeams(EMPLOYEES_PER_TEAM))
                .checkAssert(TeamBatchProperties::equalsTheObjectApi);
    }

    /**
     * Scorecards alone (the pay kernel takes HALF_UP only) at index scales 0 to 8 and every
     * rounding mode: each curve's checked loop and the rating's rounding, 40 teams × 250 employees.
     */
    @Test
    void everyIndexAtAnyPrecisionEqualsTheObjectApi() {
        RoundingMode[] modes = Arrays.stream(RoundingMode.values()).filter(m -> m != RoundingMode.UNNECESSARY)
                .toArray(RoundingMode[]::new);
        Gen<Precision> precisions = integers().between(0, 8).zip(integers().between(0, modes.length - 1),
                (scale, mode) -> new Precision(scale, modes[mode], RoundingMode.HALF_UP));
        qt().withExamples(40).withShrinkCycles(20).forAll(TeamCase.teams(EMPLOYEES_PER_TEAM), precisions)
                .checkAssert(TeamBatchProperties::indicesEqualTheObjectApi);
    }

    private static void indicesEqualTheObjectApi(TeamCase team, Precision precision) {
        TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("a", team.scorecards.get(0)),
                RoleTemplate.of("b", team.scorecards.get(1)))).withPrecision(precision);
        TeamResult result = batch.evaluate(team.input());
        for (int row = 0; row < team.size; row++) {
            Evaluation expected;
            try {
                expected = team.scorecardOf(row).evaluate(team.factsOf(row), precision);
            } catch (KpiInputException e) {
                EmployeeError error = result.error(row);
                assertTrue(error != null, () -> "expected an error for " + e.getMessage());
                assertEquals("employee 'E" + row + "': " + e.getMessage(), error.message());
                continue;
            }
            int r = row;
            assertTrue(result.isOk(row), () -> "unexpected error " + result.error(r));
            assertEquals(expected.rating(), result.rating(row), () -> "rating of row " + r + " at " + precision);
            List<java.math.BigDecimal> indices = result.indices(row);
            for (int k = 0; k < indices.size(); k++) {
                assertEquals(expected.indices().get(k).index(), indices.get(k),
                        "index " + k + " of row " + r + " at " + precision + ": " + expected.indices().get(k));
            }
        }
    }

    private static void equalsTheObjectApi(TeamCase team) {
        TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("a", team.scorecards.get(0), team.payPlans.get(0)),
                RoleTemplate.of("b", team.scorecards.get(1), team.payPlans.get(1)))).withPrecision(team.precision);
        TeamResult result = batch.evaluate(team.input());
        assertEquals(team.size, result.size());
        for (int row = 0; row < team.size; row++) {
            Evaluation expected;
            Payout payout;
            try {
                expected = team.scorecardOf(row).evaluate(team.factsOf(row), team.precision);
                payout = team.payPlans.get(team.roles[row]).evaluate(expected, team.payInputsOf(row));
            } catch (KpiInputException e) {
                EmployeeError error = result.error(row);
                assertTrue(error != null, () -> "expected an error for " + e.getMessage());
                assertEquals(e.reason(), error.reason(), error::message);
                assertEquals(e.indicatorId(), error.indicatorId(), error::message);
                assertEquals("employee 'E" + row + "': " + e.getMessage(), error.message());
                continue;
            }
            int r = row;
            assertTrue(result.isOk(row), () -> "unexpected error " + result.error(r));
            assertEquals(expected.rating(), result.rating(row), () -> "rating of row " + r);
            List<java.math.BigDecimal> indices = result.indices(row);
            assertEquals(expected.indices().size(), indices.size());
            for (int k = 0; k < indices.size(); k++) {
                assertEquals(expected.indices().get(k).index(), indices.get(k),
                        "index " + k + " of row " + r + ": " + expected.indices().get(k));
            }
            Map<String, Money> components = result.components(row);
            assertEquals(payout.lines().size(), components.size());
            for (PayLine line : payout.lines()) {
                assertEquals(line.amount(), components.get(line.name()), () -> line + " of row " + r + ": " + payout.lines());
            }
            assertEquals(payout.total(), result.total(row));
            assertEquals(payout.total().amount().unscaledValue().longValueExact(), result.unscaledTotal(row));
            assertEquals(payout.warnings(), result.warnings(row));
        }
    }

    /**
     * Complete columns over two chunks of the results (4 096 rows each, the last one shorter): the
     * plain loops write the second chunk's rows from its own first row. Not shrunk: the team's size
     * is fixed, and shrinking thousands of employees only exhausts the test JVM's memory before the
     * failure is reported.
     */
    @Test
    void completeTeamsOverTwoChunksEqualTheObjectApi() {
        qt().withExamples(3).withShrinkCycles(0).forAll(TeamCase.completeTeams(5_000)).checkAssert(TeamBatchProperties::equalsTheObjectApi);
    }

    /**
     * Teams of 5 000 employees span two chunks of the results (4 096 rows each, the last one
     * shorter): every employee equals the object API on one thread, and 4 threads give the same.
     */
    @Test
    void theThreadCountDoesNotChangeAnyResult() {
        qt().withExamples(4).withShrinkCycles(0).forAll(TeamCase.teams(5_000)).checkAssert(team -> {
            equalsTheObjectApi(team);
            TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("a", team.scorecards.get(0), team.payPlans.get(0)),
                    RoleTemplate.of("b", team.scorecards.get(1), team.payPlans.get(1)))).withPrecision(team.precision);
            TeamInput input = team.input();
            TeamResult one = batch.evaluate(input);
            TeamResult many = batch.evaluate(input, threads, 4);
            assertEquals(one.errors().toString(), many.errors().toString());
            for (int row = 0; row < team.size; row++) {
                if (one.isOk(row)) {
                    assertEquals(one.rating(row), many.rating(row));
                    assertEquals(one.indices(row), many.indices(row));
                    assertEquals(one.components(row), many.components(row));
                } else {
                    assertEquals(EmployeeStatus.ERROR, many.status(row));
                }
            }
            assertEquals(one.ratingDistribution(), many.ratingDistribution());
            assertEquals(one.top(20), many.top(20));
            assertEquals(one.totalPaid(), many.totalPaid());
        });
    }
}
