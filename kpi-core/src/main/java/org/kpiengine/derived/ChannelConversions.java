package org.kpiengine.derived;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.kpiengine.KpiInputException;
import org.kpiengine.KpiInputException.Reason;
import org.kpiengine.Precision;

/**
 * Contacts and deals per {@link Channel}, giving the conversion of each channel and in total
 * (docs/reference/derived.md, Conversion). Each conversion is {@link Conversion}'s formula: the total is
 * {@code Σ deals / Σ contacts × 100}, so it is the channels' conversions weighted by each
 * channel's contacts — exactly for the exact ratios, and within one unit of the last place
 * (0.0001 % by default) once each figure is rounded.
 *
 * <p>The minimum sample applies to each channel by its own contacts and to the total by all
 * contacts, so a small channel may be insufficient data while the total is a number.
 *
 * <pre>{@code
 * ChannelConversions month = ChannelConversions.builder()
 *         .add(Channel.CALLS, 900, 45)
 *         .add(Channel.WEB, 100, 9)
 *         .build();
 * month.total();                  // 5.4000 (54 of 1 000)
 * month.of(Channel.WEB);          // insufficient data: 100 of 500 contacts
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ChannelConversions {

    /** The counts of one channel, validated by the builder. */
    private record Counts(long contacts, long deals) {
    }

    private final Map<Channel, Counts> counts;

    private ChannelConversions(Map<Channel, Counts> counts) {
        this.counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /**
     * Starts building the counts of the channels.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the channels that have counts, in the enum's order.
     *
     * @return the unmodifiable set, not null
     */
    public Set<Channel> channels() {
        return counts.keySet();
    }

    /**
     * Returns the contacts of a channel.
     *
     * @param channel the channel, not null
     * @return the contacts, 0 if the channel has no counts
     */
    public long contacts(Channel channel) {
        @Nullable Counts pair = counts.get(channel);
        return pair == null ? 0 : pair.contacts();
    }

    /**
     * Returns the deals of a channel.
     *
     * @param channel the channel, not null
     * @return the deals, 0 if the channel has no counts
     */
    public long deals(Channel channel) {
        @Nullable Counts pair = counts.get(channel);
        return pair == null ? 0 : pair.deals();
    }

    /**
     * Returns the contacts of all channels.
     *
     * @return the sum, not negative
     */
    public long totalContacts() {
        long sum = 0;
        for (Counts pair : counts.values()) {
            sum = Math.addExact(sum, pair.contacts());
        }
        return sum;
    }

    /**
     * Returns the deals of all channels.
     *
     * @return the sum, not negative
     */
    public long totalDeals() {
        long sum = 0;
        for (Counts pair : counts.values()) {
            sum = Math.addExact(sum, pair.deals());
        }
        return sum;
    }

    /**
     * Returns the conversion of one channel with the default minimums and precision.
     *
     * @param channel the channel, not null
     * @return the percentage, or insufficient data below 500 contacts, not null
     * @throws KpiInputException if the channel has no counts
     */
    public DerivedValue of(Channel channel) {
        return of(channel, MinimumSamples.DEFAULT, Precision.DEFAULT);
    }

    /**
     * Returns the conversion of one channel, {@code ROUND(deals × 100 / contacts; indexScale)}.
     *
     * @param channel the channel, not null
     * @param minimums the minimum samples, not null
     * @param precision the rounding rule, not null
     * @return the percentage, or insufficient data below {@code minimums.contacts()}, not null
     * @throws KpiInputException if the channel has no counts, or has no contacts and the minimum is 0
     */
    public DerivedValue of(Channel channel, MinimumSamples minimums, Precision precision) {
        if (!counts.containsKey(channel)) {
            throw new KpiInputException(Reason.MISSING_FACT, null, channel.label(), null,
                    "no contacts were given for channel '" + channel.label() + "'");
        }
        return Conversion.of("conversion of " + channel.label(), "contacts", channel.label() + " deals", deals(channel),
                channel.label() + " contacts", contacts(channel), minimums, precision);
    }

    /**
     * Returns the total conversion with the default minimums and precision.
     *
     * @return the percentage, or insufficient data below 500 contacts, not null
     */
    public DerivedValue total() {
        return total(MinimumSamples.DEFAULT, Precision.DEFAULT);
    }

    /**
     * Returns the total conversion, {@code ROUND(Σ deals × 100 / Σ contacts; indexScale)}.
     *
     * @param minimums the minimum samples, not null
     * @param precision the rounding rule, not null
     * @return the percentage, or insufficient data below {@code minimums.contacts()}, not null
     * @throws KpiInputException if there are no contacts and the minimum is 0
     */
    public DerivedValue total(MinimumSamples minimums, Precision precision) {
        return Conversion.of("conversion", "contacts", "deals", totalDeals(), "contacts", totalContacts(), minimums,
                precision);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ChannelConversions other && counts.equals(other.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ChannelConversions{");
        counts.forEach((channel, pair) -> text.append(channel.label()).append(' ').append(pair.deals()).append(" of ")
                .append(pair.contacts()).append(", "));
        if (!counts.isEmpty()) {
            text.setLength(text.length() - 2);
        }
        return text.append('}').toString();
    }

    /**
     * Collects the counts one channel at a time; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final Map<Channel, Counts> counts = new EnumMap<>(Channel.class);

        private Builder() {
        }

        /**
         * Adds (or replaces) the counts of a channel.
         *
         * @param channel the channel, not null
         * @param contacts the contacts made through it, not negative
         * @param deals the deals closed from them, not negative, at most the contacts
         * @return this builder, not null
         * @throws KpiInputException naming the channel's field if a count is negative or the deals
         *     exceed the contacts
         */
        public Builder add(Channel channel, long contacts, long deals) {
            Objects.requireNonNull(channel, "channel");
            Samples.requireNonNegative(channel.label() + " contacts", contacts);
            Samples.requireNonNegative(channel.label() + " deals", deals);
            Samples.requireAtMost(channel.label() + " deals", deals, channel.label() + " contacts", contacts);
            counts.put(channel, new Counts(contacts, deals));
            return this;
        }

        /**
         * Builds the counts.
         *
         * @return the channel conversions, not null
         */
        public ChannelConversions build() {
            return new ChannelConversions(counts);
        }
    }
}
