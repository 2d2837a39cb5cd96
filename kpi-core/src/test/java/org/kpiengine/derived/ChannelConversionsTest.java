package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;

class ChannelConversionsTest {

    private static final ChannelConversions MONTH = ChannelConversions.builder()
            .add(Channel.CALLS, 900, 45)
            .add(Channel.WEB, 100, 9)
            .build();

    @Test
    void totalIsAllDealsOverAllContacts() {
        assertEquals(1000, MONTH.totalContacts());
        assertEquals(54, MONTH.totalDeals());
        assertEquals(new Measured(new BigDecimal("5.4000")), MONTH.total());
    }

    @Test
    void eachChannelHasItsOwnMinimum() {
        assertEquals(new Measured(new BigDecimal("5.0000")), MONTH.of(Channel.CALLS));
        assertEquals(new InsufficientData("conversion of web", "contacts", 100, 500), MONTH.of(Channel.WEB));
        assertEquals(new Measured(new BigDecimal("9.0000")), MONTH.of(Channel.WEB, MinimumSamples.NONE, Precision.DEFAULT));
    }

    @Test
    void channelsWithoutCountsAreNotThere() {
        assertEquals(EnumSet.of(Channel.CALLS, Channel.WEB), MONTH.channels());
        assertEquals(0, MONTH.contacts(Channel.SOCIAL));
        assertEquals(0, MONTH.deals(Channel.SOCIAL));
        Expect.error(Reason.MISSING_FACT, "social", null, "no contacts were given for channel 'social'",
                () -> MONTH.of(Channel.SOCIAL));
    }

    @Test
    void noChannelsGiveInsufficientDataInTotal() {
        assertEquals(new InsufficientData("conversion", "contacts", 0, 500), ChannelConversions.builder().build().total());
    }

    @Test
    void rejectsNegativeCountsNamingTheChannel() {
        Expect.error(Reason.OUT_OF_RANGE, "meetings contacts", "-4", "meetings contacts -4 must not be negative",
                () -> ChannelConversions.builder().add(Channel.MEETINGS, -4, 0));
        Expect.error(Reason.OUT_OF_RANGE, "social deals", "-1", "social deals -1 must not be negative",
                () -> ChannelConversions.builder().add(Channel.SOCIAL, 4, -1));
    }

    @Test
    void rejectsMoreDealsThanContactsNamingTheChannel() {
        Expect.error(Reason.OUT_OF_RANGE, "calls deals", "61", "calls deals 61 must not exceed calls contacts 60",
                () -> ChannelConversions.builder().add(Channel.CALLS, 60, 61));
    }

    @Test
    void zeroContactsOfAChannelWithoutAMinimumIsADivisionByZero() {
        ChannelConversions idle = ChannelConversions.builder().add(Channel.SOCIAL, 0, 0).build();
        Expect.error(Reason.DIVISION_BY_ZERO, "social contacts", "0",
                "conversion of social divides by social contacts, which is 0",
                () -> idle.of(Channel.SOCIAL, MinimumSamples.NONE, Precision.DEFAULT));
    }

    @Test
    void equalityAndText() {
        ChannelConversions same = ChannelConversions.builder().add(Channel.WEB, 100, 9).add(Channel.CALLS, 900, 45).build();
        assertEquals(MONTH, same);
        assertEquals(MONTH.hashCode(), same.hashCode());
        assertNotEquals(MONTH, ChannelConversions.builder().add(Channel.CALLS, 900, 45).build());
        assertNotEquals(MONTH, ChannelConversions.builder().add(Channel.CALLS, 900, 44).add(Channel.WEB, 100, 9).build());
        assertEquals("ChannelConversions{calls 45 of 900, web 9 of 100}", MONTH.toString());
    }
}
