package org.kpiengine.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ConversionProperties {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Contacts from 1 to a trillion, with small counts (and exact edges) often. */
    private static Gen<Long> contacts() {
        return longs().between(1, 1_000_000_000_000L).mix(longs().between(1, 1000), 50);
    }

    /** A pair {contacts, deals} with deals in [0, contacts], the edges 0 and all coming up often. */
    private static Gen<long[]> counts() {
        return contacts().zip(integers().between(0, 3), longs().between(0, Long.MAX_VALUE), (c, edge, r) -> {
            long deals = edge == 0 ? 0 : edge == 1 ? c : Math.floorMod(r, c + 1);
            return new long[] {c, deals};
        });
    }

    private static Gen<Precision> precisions() {
        Gen<RoundingMode> modes = Generate.pick(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.UP,
                RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_DOWN));
        return integers().between(0, 12).zip(modes, (scale, mode) -> Precision.DEFAULT.withIndexScale(scale)
                .withIndexRounding(mode));
    }

    @Test
    void aConversionIsWithinZeroAndHundredPercent() {
        qt().withExamples(1000).forAll(counts(), precisions()).checkAssert((pair, precision) -> {
            BigDecimal percent = Conversion.of(pair[1], pair[0], MinimumSamples.NONE, precision).valueOrThrow("conversion");
            assertTrue(percent.signum() >= 0, percent::toPlainString);
            assertTrue(percent.compareTo(HUNDRED) <= 0, percent::toPlainString);
            assertEquals(precision.indexScale(), percent.scale());
        });
    }

    @Test
    void aConversionIsANumberExactlyFromTheMinimumOn() {
        qt().withExamples(500).forAll(counts(), longs().between(0, 2000)).checkAssert((pair, minimum) -> {
            DerivedValue value = Conversion.of(pair[1], pair[0], MinimumSamples.DEFAULT.withContacts(minimum),
                    Precision.DEFAULT);
            assertEquals(pair[0] >= minimum, value.isSufficient(), value::toString);
            if (!value.isSufficient()) {
                assertEquals(new InsufficientData("conversion", "contacts", pair[0], minimum), value);
            }
        });
    }

    /**
     * Per-channel conversions combine to the total conversion when weighted by each channel's
     * contacts. For the exact ratios this is an identity (Σ contactsᵢ × dealsᵢ / contactsᵢ =
     * Σ dealsᵢ), which the total computes directly; for the figures rounded HALF_UP to a scale s
     * the weighted mean of the channels differs from the total by at most one unit in the last
     * place, 10⁻ˢ (each rounded figure is within half a unit of its exact ratio).
     */
    @Test
    void perChannelConversionsWeightedByContactsCombineToTheTotal() {
        Gen<List<long[]>> channels = lists().of(counts()).ofSizeBetween(1, Channel.values().length);
        qt().withExamples(500).forAll(channels, integers().between(0, 12)).checkAssert((list, scale) -> {
            Precision precision = Precision.DEFAULT.withIndexScale(scale);
            ChannelConversions.Builder builder = ChannelConversions.builder();
            for (int i = 0; i < list.size(); i++) {
                builder.add(Channel.values()[i], list.get(i)[0], list.get(i)[1]);
            }
            ChannelConversions month = builder.build();
            // exact: the total is Σ deals over Σ contacts
            assertEquals(Conversion.of(month.totalDeals(), month.totalContacts(), MinimumSamples.NONE, precision),
                    month.total(MinimumSamples.NONE, precision));
            // rounded: |Σ cᵢ × rᵢ − R × Σ cᵢ| ≤ 10⁻ˢ × Σ cᵢ, compared without any further division
            BigDecimal weighted = BigDecimal.ZERO;
            for (Channel channel : month.channels()) {
                BigDecimal percent = month.of(channel, MinimumSamples.NONE, precision).valueOrThrow(channel.label());
                weighted = weighted.add(percent.multiply(BigDecimal.valueOf(month.contacts(channel))));
            }
            BigDecimal contacts = BigDecimal.valueOf(month.totalContacts());
            BigDecimal total = month.total(MinimumSamples.NONE, precision).valueOrThrow("conversion");
            BigDecimal gap = weighted.subtract(total.multiply(contacts)).abs();
            BigDecimal bound = BigDecimal.ONE.movePointLeft(scale).multiply(contacts);
            assertTrue(gap.compareTo(bound) <= 0, () -> "gap " + gap + " above " + bound + " for " + month);
        });
    }

    @Test
    void moreDealsThanContactsIsAlwaysAnError() {
        qt().withExamples(300).forAll(contacts(), longs().between(1, 1000)).checkAssert((c, extra) -> {
            KpiInputException e = assertThrows(KpiInputException.class, () -> Conversion.of(c + extra, c));
            assertEquals(Reason.OUT_OF_RANGE, e.reason());
            assertEquals("deals", e.field());
            assertEquals("deals " + (c + extra) + " must not exceed contacts " + c, e.getMessage());
        });
    }
}
