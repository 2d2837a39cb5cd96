package org.kpiengine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kpiengine.planning.PlanningFixtures.eur;
import static org.kpiengine.planning.PlanningFixtures.facts;
import static org.kpiengine.planning.PlanningFixtures.matrix;
import static org.kpiengine.planning.PlanningFixtures.retroactive;
import static org.kpiengine.planning.PlanningFixtures.salary3000;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/** What-if curves of the sales-manager matrix: rating = 74.6 + 0.6 × deals (see InverseTest). */
class WhatIfTest {

    private static final Planner PLANNER = Planner.of(matrix(), retroactive(), salary3000());

    @ParameterizedTest
    @CsvSource({
        // percent of plan 50, deals, deals index, rating, band rate, total
        "0,   0,   0,        74.6,  0,  3000.00",
        "50,  25,  50.0000,  89.6,  10, 3300.00",
        "100, 50,  100.0000, 104.6, 20, 3600.00",
        "151, 75.5, 151.0000, 119.9, 20, 3600.00",
        "152, 76,  152.0000, 120.2, 30, 3900.00",
        "200, 100, 200.0000, 134.6, 30, 3900.00",
    })
    void theDefaultGridHas201PointsAndTheseValues(String percent, String deals, String index, String rating,
            String rate, String total) {
        WhatIfCurve curve = PLANNER.whatIf(facts(), "deals");
        assertEquals(201, curve.points().size());
        assertEquals(0, new BigDecimal("50").compareTo(curve.plan()));
        WhatIfPoint point = curve.points().get(Integer.parseInt(percent));
        assertEquals(0, new BigDecimal(percent).compareTo(point.percentOfPlan()));
        assertEquals(0, new BigDecimal(deals).compareTo(point.fact()));
        assertEquals(0, new BigDecimal(index).compareTo(point.index()));
        assertEquals(0, new BigDecimal(index).compareTo(point.attainment()));
        assertEquals(0, new BigDecimal(rating).compareTo(point.rating()));
        assertEquals(eur(total), point.total());
        assertEquals(List.of("salary", "rating tiers"), List.copyOf(point.lines().keySet()));
        assertEquals(eur(total).minus(eur("3000")), point.lines().get("rating tiers"));
        assertEquals(0, new BigDecimal(rate).multiply(new BigDecimal("30")).compareTo(
                point.lines().get("rating tiers").amount()));
    }

    @Test
    void everyPointEqualsAnEvaluationOfItsFacts() {
        WhatIfCurve curve = PLANNER.whatIf(facts(), "conversion", WhatIfGrid.of("80", "120", "0.5"));
        assertEquals(81, curve.points().size());
        for (WhatIfPoint point : curve.points()) {
            Evaluation evaluation = matrix().evaluate(facts().with("conversion", point.fact()));
            Payout payout = retroactive().evaluate(evaluation, salary3000());
            assertEquals(evaluation.rating(), point.rating());
            assertEquals(evaluation.index("conversion").index(), point.index());
            assertEquals(payout.total(), point.total());
            assertEquals(point, PLANNER.at(facts(), "conversion", point.fact()).withPercent(point.percentOfPlan()));
        }
    }

    @Test
    void aScorecardAloneGivesRatingsWithoutPay() {
        WhatIfPoint point = Planner.of(matrix()).whatIf(facts(), "deals").points().get(100);
        assertEquals(0, new BigDecimal("104.6").compareTo(point.rating()));
        assertNull(point.total());
        assertEquals(0, point.lines().size());
    }

    @Test
    void badGridsAreRefusedWithTheirField() {
        KpiInputException negative = assertThrows(KpiInputException.class, () -> WhatIfGrid.of("-1", "200", "1"));
        assertEquals("fromPercent", negative.field());
        assertEquals(Reason.OUT_OF_RANGE, negative.reason());
        assertEquals("toPercent", assertThrows(KpiInputException.class, () -> WhatIfGrid.of("10", "5", "1")).field());
        assertEquals("stepPercent", assertThrows(KpiInputException.class, () -> WhatIfGrid.of("0", "200", "0")).field());
        assertEquals("stepPercent", assertThrows(KpiInputException.class,
                () -> WhatIfGrid.of("0", "200", "0.001")).field());
        assertEquals(Reason.UNKNOWN_INDICATOR, assertThrows(KpiInputException.class,
                () -> PLANNER.whatIf(facts(), "calls")).reason());
    }

    @Test
    void aTeamsCurvesThroughTheBatchEqualEachEmployeesOwnCurve() {
        Scorecard matrix = matrix();
        TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("manager", matrix, retroactive())));
        TeamInput team = TeamInput.builder(3)
                .employeeIds("E1", "E2", "E3")
                .facts("contacts", DecimalColumn.of(new BigDecimal("570"), new BigDecimal("480"), new BigDecimal("610")))
                .facts("deals", DecimalColumn.of(new BigDecimal("49"), new BigDecimal("30"), new BigDecimal("61")))
                .facts("conversion", DecimalColumn.of(new BigDecimal("8.5"), new BigDecimal("11.2"), new BigDecimal("9")))
                .facts("average-check", DecimalColumn.of(new BigDecimal("12000"), new BigDecimal("9000"), new BigDecimal("10000")))
                .plans("deals", DecimalColumn.of(null, new BigDecimal("40"), null))
                .salaries(Currency.getInstance("EUR"), DecimalColumn.of(new BigDecimal("3000"), new BigDecimal("2500"),
                        new BigDecimal("4000.50")))
                .build();
        TeamWhatIf curves = TeamWhatIf.of(batch, team, "deals", WhatIfGrid.of("0", "200", "2"));
        assertEquals(List.of(), curves.errors());
        assertEquals(3 * 101, curves.result().size());
        for (int e = 0; e < 3; e++) {
            Facts facts = Facts.builder()
                    .put("contacts", team.facts().get("contacts").get(e))
                    .put("deals", team.facts().get("deals").get(e))
                    .put("conversion", team.facts().get("conversion").get(e))
                    .put("average-check", team.facts().get("average-check").get(e))
                    .build();
            BigDecimal plan = e == 1 ? new BigDecimal("40") : new BigDecimal("50");
            Planner own = Planner.of(matrix.withThresholds("deals", Thresholds.plan(plan)), retroactive(),
                    PayInputs.of(eur(team.salaries().get(e).toPlainString())));
            assertEquals(own.whatIf(facts, "deals", WhatIfGrid.of("0", "200", "2")), curves.curve(e), "employee " + e);
        }
    }

    @Test
    void aPointTheCurveCannotScoreIsLeftOutOnBothPaths() {
        // Returns, lower is better, uncapped ratio: plan / fact has no value at fact 0, the first grid point.
        Scorecard card = Scorecard.builder()
                .add(org.kpiengine.indicator.Indicator.higherIsBetter("revenue", org.kpiengine.indicator.Unit.MONEY), "0.7",
                        Thresholds.plan("1000"), org.kpiengine.curve.RatioCurve.uncapped())
                .add(org.kpiengine.indicator.Indicator.lowerIsBetter("returns", org.kpiengine.indicator.Unit.COUNT), "0.3",
                        Thresholds.plan("20"), org.kpiengine.curve.RatioCurve.uncapped())
                .build();
        Facts facts = Facts.builder().put("revenue", 1000).put("returns", 25).build();
        WhatIfCurve curve = Planner.of(card, retroactive(), salary3000()).whatIf(facts, "returns", WhatIfGrid.of("0", "100", "10"));
        assertEquals(10, curve.points().size());
        assertEquals(0, BigDecimal.TEN.compareTo(curve.points().get(0).percentOfPlan()));
        // 10 % of plan: 2 returns, index 1 000, rating 70 + 300 = 370.
        assertEquals(0, new BigDecimal("370").compareTo(curve.points().get(0).rating()));

        TeamInput team = TeamInput.builder(1)
                .facts("revenue", DecimalColumn.of(new BigDecimal("1000")))
                .facts("returns", DecimalColumn.of(new BigDecimal("25")))
                .salaries(Currency.getInstance("EUR"), DecimalColumn.of(new BigDecimal("3000")))
                .build();
        TeamWhatIf curves = TeamWhatIf.of(TeamBatch.of(List.of(RoleTemplate.of("seller", card, retroactive()))), team,
                "returns", WhatIfGrid.of("0", "100", "10"));
        assertEquals(curve, curves.curve(0));
        assertEquals(1, curves.errors().size());
    }

    @Test
    void gridsAreNormalisedValues() {
        assertEquals(WhatIfGrid.DEFAULT, WhatIfGrid.of("0.0", "200.00", "1"));
        assertEquals(201, WhatIfGrid.DEFAULT.size());
        assertEquals(List.of(new BigDecimal("10"), new BigDecimal("12.5"), new BigDecimal("15")),
                WhatIfGrid.of("10", "16", "2.5").percents());
        assertEquals(0, new BigDecimal("0.5").compareTo(WhatIfGrid.factAt(new BigDecimal("50"), BigDecimal.ONE)));
    }
}
