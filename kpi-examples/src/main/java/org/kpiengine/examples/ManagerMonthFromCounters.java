package org.kpiengine.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.kpiengine.Precision;
import org.kpiengine.Warning;
import org.kpiengine.curve.RatioCurve;
import org.kpiengine.curve.Thresholds;
import org.kpiengine.derived.AverageCheck;
import org.kpiengine.derived.Channel;
import org.kpiengine.derived.ChannelConversions;
import org.kpiengine.derived.CostItem;
import org.kpiengine.derived.DealCycle;
import org.kpiengine.derived.DealDates;
import org.kpiengine.derived.DerivedValue;
import org.kpiengine.derived.MinimumSamples;
import org.kpiengine.derived.PlanDecomposition;
import org.kpiengine.derived.Profit;
import org.kpiengine.indicator.Indicator;
import org.kpiengine.indicator.Unit;
import org.kpiengine.scorecard.Evaluation;
import org.kpiengine.scorecard.ExcludedIndicator;
import org.kpiengine.scorecard.Facts;
import org.kpiengine.scorecard.InsufficientDataRule;
import org.kpiengine.scorecard.KpiIndex;
import org.kpiengine.scorecard.Scorecard;

/**
 * A sales manager's month, from the raw counters of a CRM to facts, KPI indices and the rating
 * (docs/reference/derived.md): conversion per channel and in total, profit with itemised costs, the
 * average check, the deal cycle, and a plan for next month worked backwards. The average check
 * rests on 48 sales, fewer than the 100 it needs, so it is insufficient data; the scorecard leaves
 * it out and re-normalises the other weights.
 */
public final class ManagerMonthFromCounters {

    private ManagerMonthFromCounters() {
    }

    /**
     * Derives the facts of the month, evaluates the scorecard and prints every figure.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("== ManagerMonthFromCounters: from CRM counters to indices, rating and next month's plan ==");
        // 1. The raw counters of the month, as a CRM stores them.
        ChannelConversions channels = ChannelConversions.builder()
                .add(Channel.CALLS, 900, 36)     // contacts, deals
                .add(Channel.MEETINGS, 60, 9)
                .add(Channel.WEB, 140, 3)
                .build();
        BigDecimal revenue = new BigDecimal("1392000");
        long sales = channels.totalDeals();     // 48
        Profit profit = Profit.of(revenue, new BigDecimal("820000"), List.of(
                CostItem.hours("engineering", "100", "1500"),
                CostItem.of("delivery", new BigDecimal("22000"))));
        DealCycle cycle = DealCycle.of(List.of(
                DealDates.of("D-101", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 4)),
                DealDates.of("D-102", LocalDate.of(2026, 2, 25), LocalDate.of(2026, 3, 17)),
                DealDates.of("D-103", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 26)),
                DealDates.of("D-104", LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 30)),
                DealDates.of("D-105", LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 31))));

        // 2. Derived figures. A conversion or an average check may be insufficient data: fold says
        //    what to show in either case.
        System.out.println("Derived from the CRM counters");
        for (Channel channel : channels.channels()) {
            System.out.println("  conversion " + channel.label() + ": " + show(channels.of(channel)));
        }
        DerivedValue conversion = channels.total();
        DerivedValue averageCheck = AverageCheck.mean(revenue, sales);
        System.out.println("  conversion total: " + show(conversion));
        System.out.println("  profit: " + profit.value().toPlainString());
        System.out.println("  average check: " + show(averageCheck));
        System.out.println("  deal cycle: mean " + cycle.meanDays().toPlainString() + " days, median "
                + cycle.medianDays().toPlainString() + " days");

        // 3. The scorecard handed out at the start of the month.
        Scorecard scorecard = Scorecard.builder()
                .add(Indicator.higherIsBetter("deals", Unit.COUNT), "0.3", Thresholds.plan("50"), RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("conversion", Unit.PERCENT), "0.2", Thresholds.plan("5"),
                        RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("profit", Unit.MONEY), "0.2", Thresholds.plan("350000"),
                        RatioCurve.uncapped())
                .add(Indicator.higherIsBetter("average-check", Unit.MONEY), "0.2", Thresholds.plan("25000"),
                        RatioCurve.uncapped())
                .add(Indicator.lowerIsBetter("deal-cycle", Unit.DURATION), "0.1", Thresholds.plan("30"),
                        RatioCurve.cappedAt("150"))
                .build();

        // 4. Facts straight from the derived figures; a derived value goes in as it is.
        Facts facts = Facts.builder()
                .put("deals", sales)
                .put("conversion", conversion)
                .put("profit", profit.value())
                .put("average-check", averageCheck)
                .put("deal-cycle", cycle.medianDays())
                .build();

        // 5. Evaluate, leaving out what has too little data and re-normalising the other weights:
        //    rating = ROUND(sum of weight x index / sum of the remaining weights; 4).
        Evaluation result = scorecard.evaluate(facts, Precision.DEFAULT, InsufficientDataRule.EXCLUDE_AND_RENORMALISE);
        System.out.println("KPI indices");
        for (KpiIndex index : result.indices()) {
            System.out.println("  " + index.id() + ": fact " + index.fact().toPlainString() + ", index "
                    + index.index().toPlainString());
        }
        for (ExcludedIndicator excluded : result.excluded()) {
            System.out.println("  " + excluded.id() + ": excluded, " + excluded.data().describe());
        }
        for (Warning warning : result.warnings()) {
            if (warning.code() == Warning.Code.INDICATOR_EXCLUDED) {
                System.out.println("  warning: " + warning.message());
            }
        }
        System.out.println("  rating " + result.rating().toPlainString());

        // 6. Next month's plan worked backwards, every step rounded up to whole units. The mean
        //    check of 48 sales is good enough to plan with, so no minimum applies here.
        BigDecimal check = AverageCheck.mean(revenue, sales, MinimumSamples.NONE, Precision.DEFAULT).valueOrThrow("check");
        PlanDecomposition plan = new PlanDecomposition(new BigDecimal("1500000"), check,
                conversion.valueOrThrow("conversion"), 21);
        System.out.println("Plan for next month: revenue 1500000 over 21 working days");
        System.out.println("  deals needed " + plan.dealsNeeded() + ", contacts needed " + plan.contactsNeeded());
        System.out.println("  per day: " + plan.dailyDeals() + " deals, " + plan.dailyContacts() + " contacts");
    }

    private static String show(DerivedValue value) {
        return value.fold(number -> number.toPlainString(), missing -> "insufficient data (" + missing.describe() + ")");
    }
}
