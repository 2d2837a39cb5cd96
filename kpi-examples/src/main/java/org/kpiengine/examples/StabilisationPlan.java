package org.kpiengine.examples;

import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.explain.Explanation;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.money.Money;
import org.kpiengine.pay.Condition;
import org.kpiengine.pay.Deduction;
import org.kpiengine.pay.FixedScheme;
import org.kpiengine.pay.Gate;
import org.kpiengine.pay.Measure;
import org.kpiengine.pay.PayInputs;
import org.kpiengine.pay.PayLine;
import org.kpiengine.pay.PayPlan;
import org.kpiengine.pay.Payout;
import org.kpiengine.pay.TieredScheme;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.Scorecard;

/**
 * Three plans of a distribution company that keeps its figures steady rather than growing them:
 * <ol>
 *   <li>a logistics coordinator, paid in tiers on a rating, with a gate on a lower-is-better
 *       figure ("no bonus while overdue receivables are above 15 %": at most, on the fact);</li>
 *   <li>a trainee with a guaranteed monthly bonus and an idle-hours deduction, evaluated without a
 *       scorecard;</li>
 *   <li>a warehouse picker on salary minus idle hours, a plan of modifiers only: salary 20 000,
 *       12 idle hours at 90 → 18 920.</li>
 * </ol>
 * Each payout is printed with the lines an employee checks by hand.
 */
public final class StabilisationPlan {

    private StabilisationPlan() {
    }

    /** The coordinator's scorecard: delivery on time, stock accuracy, overdue receivables. */
    static Scorecard coordinatorScorecard() {
        return Scorecard.builder()
                .add(Indicator.higherIsBetter("on-time", Unit.PERCENT), "0.5", Thresholds.plan("95"), RatioCurve.cappedAt("120"))
                .add(Indicator.higherIsBetter("stock-accuracy", Unit.PERCENT), "0.3", Thresholds.plan("98"), RatioCurve.cappedAt("110"))
                .add(Indicator.lowerIsBetter("overdue", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.cappedAt("150"))
                .build();
    }

    /** The coordinator's pay plan: rating tiers, gated on overdue receivables. */
    static PayPlan coordinatorPlan() {
        return PayPlan.builder()
                // rating 80-100 pays 5 % of the salary, 100 and above 10 % (retroactive)
                .scheme(TieredScheme.retroactive("rating tiers", Measure.rating(),
                        Bands.from("0").upTo("80", "0").upTo("100", "5").andAbove("10"),
                        TieredScheme.Payment.PERCENT_OF_SALARY, null))
                // overdue receivables are lower-is-better: the gate is "at most 15", on the fact
                .modifier(Gate.zeroUnless("overdue gate", Condition.atMost(Measure.fact("overdue"), "15")))
                .build();
    }

    /** The trainee's plan: a guaranteed bonus, less 20 per idle hour (by default never below the salary). */
    static PayPlan traineePlan() {
        return PayPlan.builder()
                .scheme(FixedScheme.always("guaranteed bonus", Money.of("EUR", "200")))
                .modifier(Deduction.perUnit("idle hours", "idle-hours", Money.of("EUR", "20")))
                .build();
    }

    /** The picker's plan: salary minus 90 per idle hour, which may eat into the salary (floor zero). */
    static PayPlan pickerPlan() {
        return PayPlan.builder()
                .modifier(Deduction.perUnit("idle hours", "idle-hours", Money.of("RUB", "90")).flooredAtZero())
                .build();
    }

    /**
     * Evaluates the three plans and prints each payout.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Scorecard scorecard = coordinatorScorecard();
        PayPlan coordinator = coordinatorPlan();
        PayInputs salary = PayInputs.of(Money.of("EUR", "3000"));

        System.out.println("== StabilisationPlan: an at-most gate, a bonus without a scorecard, a salary less idle hours ==");
        System.out.println("1. Logistics coordinator, overdue receivables 12 % (the gate passes)");
        Evaluation good = scorecard.evaluate(Facts.builder()
                .put("on-time", "97").put("stock-accuracy", "99.5").put("overdue", "12").build());
        System.out.print(Explanation.of(good, coordinator.evaluate(good, salary)).toText());

        System.out.println();
        System.out.println("1. Logistics coordinator, overdue receivables 18 % (the gate takes the bonus)");
        Evaluation late = scorecard.evaluate(Facts.builder()
                .put("on-time", "99").put("stock-accuracy", "99.5").put("overdue", "18").build());
        System.out.print(Explanation.of(late, coordinator.evaluate(late, salary)).toText());

        System.out.println();
        System.out.println("2. Trainee: guaranteed bonus 200, 4 idle hours at 20, no scorecard");
        print(traineePlan().evaluate(PayInputs.of(Money.of("EUR", "1800")).with("idle-hours", "4")));

        System.out.println();
        System.out.println("3. Warehouse picker: salary 20 000, 12 idle hours at 90, no scheme");
        print(pickerPlan().evaluate(PayInputs.of(Money.of("RUB", "20000")).with("idle-hours", "12")));
    }

    private static void print(Payout payout) {
        for (PayLine line : payout.lines()) {
            System.out.printf("  %-16s %10s  %s%n", line.name(), line.amount().toAmountText(), line.detail());
        }
        System.out.println("  total " + payout.total());
    }
}
