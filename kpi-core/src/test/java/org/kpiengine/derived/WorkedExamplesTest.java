package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpiengine.Precision;

/** Every worked example of docs/reference/derived.md, as golden tables. */
class WorkedExamplesTest {

    @ParameterizedTest(name = "revenue {0} − (goods {1} + {2} h × {3}) = {4}")
    @CsvSource({
        // the manager who spent 100 hours of engineering at 1 500 per hour on a new model
        "400000, 150000, 100, 1500, 100000",
        // the manager who sold existing models
        "400000, 150000,   0, 1500, 250000",
    })
    void profitOfTwoManagersWhoEachSold400000(String revenue, String goods, String hours, String rate, String profit) {
        Profit result = Profit.of(new BigDecimal(revenue), new BigDecimal(goods),
                List.of(CostItem.hours("engineering", hours, rate)));
        assertEquals(0, new BigDecimal(profit).compareTo(result.value()), result.toString());
    }

    @Test
    void profitWithoutAdditionalCosts() {
        assertEquals(new BigDecimal("250000"),
                Profit.of(new BigDecimal("400000"), new BigDecimal("150000"), List.of()).value());
    }

    @Test
    void averageCheckOfThreeDealsIsTheirMeanAndMedian() {
        AverageCheck check = AverageCheck.of(List.of(new BigDecimal("30000"), new BigDecimal("57000"),
                new BigDecimal("3000")));
        assertEquals(new Measured(new BigDecimal("30000.0000")), check.mean(MinimumSamples.NONE, Precision.DEFAULT));
        assertEquals(new Measured(new BigDecimal("30000.0000")), check.median(MinimumSamples.NONE, Precision.DEFAULT));
        assertEquals(new Measured(new BigDecimal("30000.0000")),
                AverageCheck.mean(new BigDecimal("90000"), 3, MinimumSamples.NONE, Precision.DEFAULT));
    }

    @Test
    void averageCheckOfThreeDealsIsInsufficientDataUnderTheDecidedMinimum() {
        AverageCheck check = AverageCheck.of(List.of(new BigDecimal("30000"), new BigDecimal("57000"),
                new BigDecimal("3000")));
        assertEquals(new InsufficientData("average check", "sales", 3, 100), check.mean());
        assertEquals(new InsufficientData("average check", "sales", 3, 100), check.median());
    }

    @ParameterizedTest(name = "{0} deals of {1} contacts = {2} %")
    @CsvSource({
        "54, 1000, 5.4000",
        "20,  130, 15.3846",
    })
    void conversion(long deals, long contacts, String percent) {
        assertEquals(new Measured(new BigDecimal(percent)),
                Conversion.of(deals, contacts, MinimumSamples.NONE, Precision.DEFAULT));
    }

    @Test
    void conversionOf54Of1000MeetsTheDecidedMinimum() {
        assertEquals(new Measured(new BigDecimal("5.4000")), Conversion.of(54, 1000));
    }

    @Test
    void conversionOf20Of130IsInsufficientDataUnderTheDecidedMinimum() {
        DerivedValue value = Conversion.of(20, 130);
        assertFalse(value.isSufficient());
        assertEquals(new InsufficientData("conversion", "contacts", 130, 500), value);
    }

    @Test
    void conversionIsCountedPerChannelAndInTotal() {
        // 1 000 contacts and 54 deals over the four channels (docs/reference/derived.md, Conversion)
        ChannelConversions month = ChannelConversions.builder()
                .add(Channel.CALLS, 600, 30)
                .add(Channel.MEETINGS, 100, 12)
                .add(Channel.SOCIAL, 130, 5)
                .add(Channel.WEB, 170, 7)
                .build();
        assertEquals(new Measured(new BigDecimal("5.4000")), month.total());
        assertEquals(new Measured(new BigDecimal("5.0000")), month.of(Channel.CALLS, MinimumSamples.NONE, Precision.DEFAULT));
        assertEquals(new Measured(new BigDecimal("12.0000")),
                month.of(Channel.MEETINGS, MinimumSamples.NONE, Precision.DEFAULT));
        assertEquals(new Measured(new BigDecimal("3.8462")), month.of(Channel.SOCIAL, MinimumSamples.NONE, Precision.DEFAULT));
        assertEquals(new Measured(new BigDecimal("4.1176")), month.of(Channel.WEB, MinimumSamples.NONE, Precision.DEFAULT));
        assertEquals(new InsufficientData("conversion of web", "contacts", 170, 500), month.of(Channel.WEB));
    }

    @ParameterizedTest(name = "{0} → {1} = {2} %")
    @CsvSource({
        "VISITORS, LEADS, 5.0000",
        "LEADS, MQL, 40.0000",
        "MQL, SQL, 50.0000",
        "SQL, SAL, 75.0000",
        "SAL, DEALS, 36.6667",
        "LEADS, DEALS, 5.5000",
        "VISITORS, DEALS, 0.2750",
    })
    void funnelConversionBetweenAnyTwoStages(FunnelStage from, FunnelStage to, String percent) {
        Funnel funnel = Funnel.builder()
                .stage(FunnelStage.VISITORS, 20000)
                .stage(FunnelStage.LEADS, 1000)
                .stage(FunnelStage.MQL, 400)
                .stage(FunnelStage.SQL, 200)
                .stage(FunnelStage.SAL, 150)
                .stage(FunnelStage.DEALS, 55)
                .build();
        assertEquals(new Measured(new BigDecimal(percent)), funnel.conversion(from, to, MinimumSamples.NONE, Precision.DEFAULT));
    }

    @ParameterizedTest(name = "fact {0} of plan {1} = {2} %")
    @CsvSource({
        "570, 500, 114.0000",
        "49, 50, 98.0000",
        "8.5, 10, 85.0000",
        "12000, 10000, 120.0000",
        "100000, 250000, 40.0000",
    })
    void planCompletion(String fact, String plan, String percent) {
        assertEquals(new BigDecimal(percent), PlanCompletion.of(new BigDecimal(fact), new BigDecimal(plan)));
    }

    @Test
    void dealsToPotentialOf15Of50() {
        assertEquals(new BigDecimal("30.0000"), DealsToPotential.of(15, 50));
    }

    @ParameterizedTest(name = "plan {0} / check {1} / {2} % over {3} days")
    @CsvSource({
        // 1 deal per 20 calls (5 %): 60 calls a day give 3 deals a day
        "1800000, 30000, 5, 20, 60, 1200, 3, 60",
        // the same month with a plan that does not divide evenly: every step rounds up
        "1810000, 30000, 5, 20, 61, 1220, 4, 61",
        // 20 of 130 contacts convert (15.3846… %)
        "900000, 30000, 15.3846, 21, 30, 196, 2, 10",
    })
    void planDecompositionWorksBackwardsFromTheRevenuePlan(String plan, String check, String conversion, int days,
            long deals, long contacts, long dailyDeals, long dailyContacts) {
        PlanDecomposition decomposition = PlanDecomposition.of(plan, check, conversion, days);
        assertEquals(deals, decomposition.dealsNeeded());
        assertEquals(contacts, decomposition.contactsNeeded());
        assertEquals(dailyDeals, decomposition.dailyDeals());
        assertEquals(dailyContacts, decomposition.dailyContacts());
    }

    @Test
    void pipelineCountsAndSumsTheOpenDeals() {
        Pipeline pipeline = Pipeline.of(List.of(new BigDecimal("120000"), new BigDecimal("80000"),
                new BigDecimal("45000.50")));
        assertEquals(3, pipeline.count());
        assertEquals(new BigDecimal("245000.50"), pipeline.value());
    }

    @Test
    void dealCycleMeanAndMedianInDays() {
        List<DealDates> deals = new ArrayList<>();
        deals.add(DealDates.of("D-1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11)));
        deals.add(DealDates.of("D-2", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 22)));
        deals.add(DealDates.of("D-3", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 30)));
        DealCycle cycle = DealCycle.of(deals);
        // 10, 20 and 38 days (across the end of February 2026)
        assertEquals(new BigDecimal("22.6667"), cycle.meanDays());
        assertEquals(new BigDecimal("20.0000"), cycle.medianDays());
    }
}
