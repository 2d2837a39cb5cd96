package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;

class FunnelTest {

    private static final Funnel FUNNEL = Funnel.builder()
            .stage(FunnelStage.DEALS, 54)
            .stage(FunnelStage.VISITORS, 20000)
            .stage(FunnelStage.LEADS, 1000)
            .build();

    @Test
    void stagesMayBeSkippedAndAreKeptInFunnelOrder() {
        assertEquals(List.of(FunnelStage.VISITORS, FunnelStage.LEADS, FunnelStage.DEALS), List.copyOf(FUNNEL.counts().keySet()));
        assertEquals(new Measured(new BigDecimal("5.4000")), FUNNEL.conversion(FunnelStage.LEADS, FunnelStage.DEALS));
        assertEquals(new Measured(new BigDecimal("0.2700")), FUNNEL.conversion(FunnelStage.VISITORS, FunnelStage.DEALS));
    }

    @Test
    void theEarlierStageMustReachTheMinimum() {
        Funnel small = Funnel.builder().stage(FunnelStage.SAL, 40).stage(FunnelStage.DEALS, 12).build();
        assertEquals(new InsufficientData("conversion sal → deals", "sal", 40, 500),
                small.conversion(FunnelStage.SAL, FunnelStage.DEALS));
        assertEquals(new Measured(new BigDecimal("30.0000")),
                small.conversion(FunnelStage.SAL, FunnelStage.DEALS, MinimumSamples.NONE, Precision.DEFAULT));
    }

    @Test
    void rejectsALaterStageThatCountsMore() {
        Expect.error(Reason.OUT_OF_RANGE, "sql", "60", "sql 60 must not exceed mql 50",
                () -> Funnel.builder().stage(FunnelStage.MQL, 50).stage(FunnelStage.SQL, 60).build());
        // the comparison is with the nearest counted earlier stage
        Expect.error(Reason.OUT_OF_RANGE, "deals", "60", "deals 60 must not exceed leads 50",
                () -> Funnel.builder().stage(FunnelStage.LEADS, 50).stage(FunnelStage.DEALS, 60).build());
    }

    @Test
    void rejectsANegativeCount() {
        Expect.error(Reason.OUT_OF_RANGE, "leads", "-1", "leads -1 must not be negative",
                () -> Funnel.builder().stage(FunnelStage.LEADS, -1));
    }

    @Test
    void rejectsAConversionBackwardsOrToTheSameStage() {
        Expect.error(Reason.OUT_OF_RANGE, "leads", "leads",
                "funnel conversion must go to a later stage, but 'leads' does not come after 'deals'",
                () -> FUNNEL.conversion(FunnelStage.DEALS, FunnelStage.LEADS));
        Expect.error(Reason.OUT_OF_RANGE, "leads", "leads",
                "funnel conversion must go to a later stage, but 'leads' does not come after 'leads'",
                () -> FUNNEL.conversion(FunnelStage.LEADS, FunnelStage.LEADS));
    }

    @Test
    void rejectsAStageThatIsNotCounted() {
        Expect.error(Reason.MISSING_FACT, "mql", null, "the funnel has no count for stage 'mql'",
                () -> FUNNEL.conversion(FunnelStage.LEADS, FunnelStage.MQL));
    }

    @Test
    void anEmptyEarlierStageWithoutAMinimumIsADivisionByZero() {
        Funnel empty = Funnel.builder().stage(FunnelStage.LEADS, 0).stage(FunnelStage.DEALS, 0).build();
        Expect.error(Reason.DIVISION_BY_ZERO, "leads", "0", "conversion leads → deals divides by leads, which is 0",
                () -> empty.conversion(FunnelStage.LEADS, FunnelStage.DEALS, MinimumSamples.NONE, Precision.DEFAULT));
    }

    @Test
    void equalityAndText() {
        Funnel same = Funnel.builder().stage(FunnelStage.VISITORS, 20000).stage(FunnelStage.LEADS, 1000)
                .stage(FunnelStage.DEALS, 54).build();
        assertEquals(FUNNEL, same);
        assertEquals(FUNNEL.hashCode(), same.hashCode());
        assertEquals("Funnel{VISITORS=20000, LEADS=1000, DEALS=54}", FUNNEL.toString());
    }
}
