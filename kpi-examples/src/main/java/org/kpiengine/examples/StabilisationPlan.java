package org.kpiengine.examples;

import org.kpiengine.curve.Bands;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.TargetBandCurve;
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
 *   <li>a logistics coordinator whose on-time delivery should stay near 95 % (a target band:
 *       within 2 points scores 100, falling to 0 at 7 points away), paid in hybrid tiers on the
 *       rating (retroactive up to 100 %, marginal above it), with a gate on a lower-is-better
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

    /** The coordinator's scorecard: delivery on time (kept near its plan), stock accuracy, overdue receivables. */
    static Scorecard coordinatorScorecard() {
        return Scorecard.builder()
                // 95 ± 2 scores 100; 7 or more away scores 0; linear in between
                .add(Indicator.higherIsBetter("on-time", Unit.PERCENT), "0.5", Thresholds.plan("95"), TargetBandCurve.of("2", "7"))
                .add(Indicator.higherIsBetter("stock-accuracy", Unit.PERCENT), "0.3", Thresholds.plan("98"), RatioCurve.cappedAt("110"))
                .add(Indicator.lowerIsBetter("overdue", Unit.PERCENT), "0.2", Thresholds.plan("10"), RatioCurve.cappedAt("150"))
                .build();
    }

    /** The coordinator's pay plan: hybrid rating tiers, gated on overdue receivables. */
    static PayPlan coordinatorPlan() {
        return PayPlan.builder()
                // rating 80-100 pays 5 % of the salary on everything (retroactive below the pivot 100);
                // above 100 each point beyond it is paid at 10 % (marginal), blended over the rating
                .scheme(TieredScheme.hybrid("rating tiers", Measure.rating(),
                        Bands.from("0").upTo("80", "0").upTo("100", "5").andAbove("10"), "100",
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
        System.out.println("== StabilisationPlan: a target band, hybrid tiers, an at-most gate, a bonus without a scorecard,"
                + " a salary less idle hours ==");
        coordinatorMonth("1a. Logistics coordinator, overdue receivables 12 % (the gate passes)", "97", "99.5", "12");
        coordinatorMonth("1b. Logistics coordinator, overdue receivables 18 % (the gate takes the bonus)", "96", "99.5", "18");
        coordinatorMonth("1c. Logistics coordinator, on-time 91 % (4 points out of the band: index 60), a record month otherwise",
                "91", "107.8", "2");
        coordinatorMonth("1d. Logistics coordinator, on plan everywhere and overdue 5 % (rating above the pivot)",
                "95", "107.8", "5");
        System.out.println("2. Trainee: guaranteed bonus 200, 4 idle hours at 20, no scorecard");
        print(traineePlan().evaluate(PayInputs.of(Money.of("EUR", "1800")).with("idle-hours", "4")));

        System.out.println();
        System.out.println("3. Warehouse picker: salary 20 000, 12 idle hours at 90, no scheme");
        print(pickerPlan().evaluate(PayInputs.of(Money.of("RUB", "20000")).with("idle-hours", "12")));
    }

    /** Prints one month of the coordinator on a salary of 3 000: the scorecard and the pay, explained. */
    private static void coordinatorMonth(String title, String onTime, String stockAccuracy, String overdue) {
        System.out.println(title);
        Evaluation month = coordinatorScorecard().evaluate(Facts.builder()
                .put("on-time", onTime).put("stock-accuracy", stockAccuracy).put("overdue", overdue).build());
        Payout payout = coordinatorPlan().evaluate(month, PayInputs.of(Money.of("EUR", "3000")));
        System.out.print(Explanation.of(month, payout).toText());
        System.out.println();
    }

    private static void print(Payout payout) {
        for (PayLine line : payout.lines()) {
            System.out.printf("  %-16s %10s  %s%n", line.name(), line.amount().toAmountText(), line.detail());
        }
        System.out.println("  total " + payout.total());
    }
}
