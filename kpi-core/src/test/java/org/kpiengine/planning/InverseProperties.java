package org.kpiengine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.planning.PlanningFixtures.eur;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.kpiengine.Precision;
import org.kpiengine.curve.Band;
import org.kpiengine.curve.LinearCurve;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.ScoringCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.curve.TwoSlopeCurve;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayContext;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.pay.VariableLimits;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;
import org.quicktheories.core.Gen;

/**
 * Inverse answers over generated plans and goals: the answer reaches the goal and one step worse
 * does not, checked by direct evaluation; for the count indicators, a scan of every fact in range
 * shows the answer is also the smallest (largest, lower is better) that reaches it.
 *
 * <p>The scorecard: revenue (money, higher is better, weight 0.5, plan 1 000, ratio), deals (count,
 * higher, 0.3, plan 50, one of four curves), returns (count, lower is better, 0.2, plan 20, capped
 * ratio, base–plan linear with base 40, or uncapped ratio, which has no value at 0 returns). The pay plan: rating tiers on a salary of 3 000,
 * retroactive or marginal, with or without a gate on revenue or a cap on the variable part.
 */
class InverseProperties {

    private static final PayInputs SALARY = PayInputs.of(eur("3000"));
    private static final int SCAN = 300;

    record PlanCase(int curveKind, int parameter, int payKind) {
        ScoringCurve dealsCurve() {
            return switch (curveKind) {
                case 0 -> RatioCurve.uncapped();
                case 1 -> RatioCurve.cappedAt(Integer.toString(parameter));
                case 2 -> LinearCurve.basePlan();
                default -> TwoSlopeCurve.upTo(Integer.toString(parameter));
            };
        }

        Thresholds dealsThresholds() {
            return switch (curveKind) {
                case 2 -> Thresholds.of("10", "50", Integer.toString(50 + parameter / 4));
                case 3 -> Thresholds.of("0", "50", "80");
                default -> Thresholds.plan("50");
            };
        }

        Scorecard scorecard() {
            int returnsKind = parameter % 3;
            return Scorecard.builder()
                    .add(Indicator.higherIsBetter("revenue", Unit.MONEY), "0.5", Thresholds.plan("1000"), RatioCurve.uncapped())
                    .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", dealsThresholds(), dealsCurve())
                    .add(Indicator.lowerIsBetter("returns", Unit.COUNT), "0.2",
                            returnsKind == 1 ? Thresholds.of("40", "20", null) : Thresholds.plan("20"),
                            returnsKind == 0 ? RatioCurve.cappedAt("150")
                                    : returnsKind == 1 ? LinearCurve.basePlan() : RatioCurve.uncapped())
                    .build();
        }

        /** The uncapped inverted ratio of returns has no value at 0 returns. */
        int lowestReturns() {
            return parameter % 3 == 2 ? 1 : 0;
        }

        PayPlan payPlan() {
            PayPlan.Builder builder = PayPlan.builder();
            if (payKind == 1) {
                builder.scheme(TieredScheme.marginal("tiers", Measure.rating(), PlanningFixtures.salaryTiers(),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null));
            } else {
                builder.scheme(TieredScheme.retroactive("tiers", Measure.rating(), PlanningFixtures.salaryTiers(),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null));
            }
            if (payKind == 2) {
                builder.modifier(Gate.zeroUnless("revenue gate", Condition.atLeast(Measure.attainment("revenue"), "90")));
            }
            if (payKind == 3) {
                builder.modifier(VariableLimits.cap(eur("700")));
            }
            return builder.build();
        }
    }

    record FactsCase(int revenue, int deals, int returns) {
        Facts facts() {
            return Facts.builder().put("revenue", revenue).put("deals", deals).put("returns", returns).build();
        }
    }

    record GoalCase(int kind, int level, int indicator) {
        String indicatorId() {
            return switch (indicator) {
                case 0 -> "revenue";
                case 1 -> "deals";
                default -> "returns";
            };
        }

        Goal goal() {
            return switch (kind) {
                case 0 -> Goal.rating(Integer.toString(level));
                case 1 -> Goal.payoutAtLeast(eur(Integer.toString(3000 + level * 5)));
                case 2 -> Goal.nextBand("tiers");
                default -> Goal.condition(Condition.atLeast(Measure.attainment(indicatorId()), Integer.toString(level)));
            };
        }
    }

    private static Gen<PlanCase> plans() {
        return integers().between(0, 3).zip(integers().between(100, 200), integers().between(0, 3), PlanCase::new);
    }

    private static Gen<FactsCase> facts() {
        // At least 1 return: the uncapped inverted ratio cannot score the current fact 0.
        return integers().between(0, 2000).zip(integers().between(0, 120), integers().between(1, 40), FactsCase::new);
    }

    private static Gen<GoalCase> goals() {
        return integers().between(0, 3).zip(integers().between(40, 160), integers().between(0, 2), GoalCase::new);
    }

    /** The goal, decided by direct evaluation, independently of the planner. */
    private static Predicate<BigDecimal> reaches(PlanCase plan, FactsCase facts, GoalCase goal) {
        Scorecard scorecard = plan.scorecard();
        PayPlan payPlan = plan.payPlan();
        String id = goal.indicatorId();
        BigDecimal edge;
        if (goal.kind() == 2) {
            BigDecimal rating = scorecard.evaluate(facts.facts()).rating();
            edge = PlanningFixtures.salaryTiers().bands().stream().map(Band::lowerInclusive)
                    .filter(lower -> lower.compareTo(rating) > 0).findFirst().orElse(null);
        } else {
            edge = null;
        }
        return fact -> {
            Evaluation evaluation = scorecard.evaluate(facts.facts().with(id, fact));
            Payout payout = payPlan.evaluate(evaluation, SALARY);
            return switch (goal.kind()) {
                case 0 -> evaluation.rating().compareTo(BigDecimal.valueOf(goal.level())) >= 0;
                case 1 -> !payout.total().isLessThan(Money.of("EUR", Integer.toString(3000 + goal.level() * 5)));
                case 2 -> edge != null && evaluation.rating().compareTo(edge) >= 0;
                default -> Condition.atLeast(Measure.attainment(id), Integer.toString(goal.level()))
                        .isMet(new PayContext(evaluation, SALARY, Precision.DEFAULT));
            };
        };
    }

    private static int lowest(PlanCase plan, GoalCase goal) {
        return goal.indicatorId().equals("returns") ? plan.lowestReturns() : 0;
    }

    @Test
    void answersReachTheGoalAndOneStepWorseDoesNot() {
        qt().withExamples(300).forAll(plans(), facts(), goals()).checkAssert((plan, facts, goal) -> {
            Planner planner = Planner.of(plan.scorecard(), plan.payPlan(), SALARY);
            Inverse answer = planner.inverse(facts.facts(), goal.indicatorId(), goal.goal());
            Predicate<BigDecimal> reaches = reaches(plan, facts, goal);
            boolean higher = !goal.indicatorId().equals("returns");
            assertTrue(answer.isCertified(), () -> String.valueOf(answer.uncertifiedBecause()));
            BigDecimal current = facts.facts().get(goal.indicatorId());
            switch (answer.outcome()) {
                case REACHED, ALREADY_MET -> {
                    BigDecimal fact = answer.fact();
                    BigDecimal worse = answer.worseFact();
                    assertNotNull(fact);
                    assertNotNull(worse);
                    assertTrue(reaches.test(fact), () -> answer + " does not reach the goal");
                    assertFalse(reaches.test(worse), () -> answer + ": one step worse also reaches it");
                    assertEquals(0, fact.subtract(worse).abs().compareTo(BigDecimal.ONE));
                    assertEquals(answer.outcome() == Inverse.Outcome.ALREADY_MET, reaches.test(current));
                    assertEquals(higher, fact.compareTo(worse) > 0);
                    if (!goal.indicatorId().equals("revenue")) {
                        for (int k = lowest(plan, goal); k <= SCAN; k++) {
                            BigDecimal candidate = BigDecimal.valueOf(k);
                            boolean better = higher ? candidate.compareTo(fact) >= 0 : candidate.compareTo(fact) <= 0;
                            assertEquals(better, reaches.test(candidate), () -> answer + ": fact " + candidate
                                    + " disagrees with the answer");
                        }
                    }
                }
                case MET_AT_ANY_FACT -> {
                    assertTrue(reaches.test(current));
                    assertTrue(reaches.test(BigDecimal.valueOf(lowest(plan, goal))), answer::toString);
                    assertTrue(reaches.test(BigDecimal.valueOf(SCAN)), answer::toString);
                }
                case UNREACHABLE -> {
                    assertFalse(reaches.test(current));
                    assertFalse(answer.obstacles().isEmpty());
                    // a best fact is an edge of the domain, which does not reach the goal; none when the
                    // goal stays out of reach however far the fact improves
                    if (answer.bestFact() != null) {
                        assertFalse(reaches.test(answer.bestFact()), answer::toString);
                    }
                    for (int k = lowest(plan, goal); k <= SCAN; k++) {
                        assertFalse(reaches.test(BigDecimal.valueOf(k)), answer + " but fact " + k + " reaches it");
                    }
                }
                case NOT_MONOTONE -> assertNotEquals(Inverse.Outcome.NOT_MONOTONE, answer.outcome(),
                        "a certified plan was found not monotone: " + answer);
            }
        });
    }
}
