package org.kpiengine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kpiengine.planning.PlanningFixtures.eur;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.batch.DecimalColumn;
import org.kpiengine.batch.RoleTemplate;
import org.kpiengine.batch.TeamBatch;
import org.kpiengine.batch.TeamInput;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.quicktheories.core.Gen;

/**
 * What-if points equal single evaluations, on the object path and through the team batch, over the
 * generated plans of {@link InverseProperties}.
 */
class WhatIfProperties {

    private static Gen<InverseProperties.PlanCase> plans() {
        return integers().between(0, 3).zip(integers().between(100, 200), integers().between(0, 3),
                InverseProperties.PlanCase::new);
    }

    private static Gen<InverseProperties.FactsCase> facts() {
        return integers().between(0, 2000).zip(integers().between(0, 120), integers().between(1, 40),
                InverseProperties.FactsCase::new);
    }

    /** A grid: from 0 to 60 %, to from + 0 to 150 %, step 0.5 to 20 %. */
    private static Gen<WhatIfGrid> grids() {
        return integers().between(0, 60).zip(integers().between(0, 150), integers().between(1, 40),
                (from, width, halfSteps) -> new WhatIfGrid(BigDecimal.valueOf(from), BigDecimal.valueOf(from + width),
                        BigDecimal.valueOf(halfSteps, 0).divide(BigDecimal.valueOf(2))));
    }

    private static Gen<String> indicators() {
        return integers().between(0, 2).map(i -> i == 0 ? "revenue" : i == 1 ? "deals" : "returns");
    }

    @Test
    void everyPointEqualsTheEvaluationAtItsFact() {
        qt().withExamples(150).forAll(plans(), facts(), grids(), indicators()).checkAssert((plan, facts, grid, id) -> {
            Scorecard scorecard = plan.scorecard();
            PayPlan payPlan = plan.payPlan();
            PayInputs salary = PayInputs.of(eur("3000"));
            WhatIfCurve curve = Planner.of(scorecard, payPlan, salary).whatIf(facts.facts(), id, grid);
            // Only a point the curve cannot score is left out: 0 returns under the uncapped inverted ratio.
            boolean unscorableFirst = id.equals("returns") && plan.lowestReturns() == 1 && grid.fromPercent().signum() == 0;
            assertEquals(grid.size() - (unscorableFirst ? 1 : 0), curve.points().size());
            for (WhatIfPoint point : curve.points()) {
                BigDecimal expectedFact = scorecard.line(id).thresholds().plan().multiply(point.percentOfPlan())
                        .divide(BigDecimal.valueOf(100));
                assertEquals(0, expectedFact.compareTo(point.fact()));
                Evaluation evaluation = scorecard.evaluate(facts.facts().with(id, point.fact()));
                Payout payout = payPlan.evaluate(evaluation, salary);
                assertEquals(evaluation.rating(), point.rating());
                assertEquals(evaluation.index(id).index(), point.index());
                assertEquals(payout.total(), point.total());
                assertEquals(payout.lines().stream().map(PayLine::name).toList(), List.copyOf(point.lines().keySet()));
                for (PayLine line : payout.lines()) {
                    assertEquals(line.amount(), point.lines().get(line.name()), line.name());
                }
            }
        });
    }

    @Test
    void aTeamsCurvesThroughTheBatchEqualTheObjectPath() {
        Gen<List<InverseProperties.FactsCase>> teams = lists().of(facts()).ofSizeBetween(1, 6);
        Gen<List<Integer>> individualPlans = lists().of(integers().between(0, 80)).ofSize(6);
        qt().withExamples(40).forAll(plans(), teams, individualPlans, indicators()).checkAssert((plan, team, plans, id) -> {
            WhatIfGrid grid = WhatIfGrid.of("0", "200", "5");
            Scorecard scorecard = plan.scorecard();
            int n = team.size();
            BigDecimal[] revenue = new BigDecimal[n];
            BigDecimal[] deals = new BigDecimal[n];
            BigDecimal[] returns = new BigDecimal[n];
            BigDecimal[] dealPlans = new BigDecimal[n];
            BigDecimal[] salaries = new BigDecimal[n];
            for (int e = 0; e < n; e++) {
                revenue[e] = BigDecimal.valueOf(team.get(e).revenue());
                deals[e] = BigDecimal.valueOf(team.get(e).deals());
                returns[e] = BigDecimal.valueOf(team.get(e).returns());
                // An individual deals plan for some employees (0 means the role's plan); it must stay inside
                // the linear and two-slope thresholds, so only the ratio curves get one.
                int individual = plans.get(e);
                dealPlans[e] = individual > 20 && plan.curveKind() < 2 ? BigDecimal.valueOf(individual) : null;
                salaries[e] = BigDecimal.valueOf(2500 + 250L * e);
            }
            TeamInput input = TeamInput.builder(n)
                    .facts("revenue", DecimalColumn.of(revenue))
                    .facts("deals", DecimalColumn.of(deals))
                    .facts("returns", DecimalColumn.of(returns))
                    .plans("deals", DecimalColumn.of(dealPlans))
                    .salaries(Currency.getInstance("EUR"), DecimalColumn.of(salaries))
                    .build();
            TeamBatch batch = TeamBatch.of(List.of(RoleTemplate.of("seller", scorecard, plan.payPlan())));
            TeamWhatIf curves = TeamWhatIf.of(batch, input, id, grid);
            List<WhatIfCurve> expected = new ArrayList<>();
            for (int e = 0; e < n; e++) {
                Scorecard own = dealPlans[e] == null ? scorecard
                        : scorecard.withThresholds("deals", Thresholds.plan(dealPlans[e]));
                Facts facts = team.get(e).facts();
                expected.add(Planner.of(own, plan.payPlan(), PayInputs.of(eur(salaries[e].toPlainString())))
                        .whatIf(facts, id, grid));
            }
            for (int e = 0; e < n; e++) {
                assertEquals(expected.get(e), curves.curve(e), "employee " + e);
            }
        });
    }
}
