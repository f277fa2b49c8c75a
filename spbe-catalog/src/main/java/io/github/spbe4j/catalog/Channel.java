package io.github.spbe4j.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A channel through which a public service is delivered — a website, an app, a counter, a kelurahan
 * office … — with what is particular to it: where to find it, and its own processing time and
 * requirements when they differ from the service's (an online application may need a scanned
 * document the counter does not).
 *
 * @param kind the kind of channel
 * @param address where to find it: a web address, an app's name, a counter's location; or null
 * @param processingTime the channel's own processing time, or null when it is the service's
 * @param requirements requirements that apply through this channel in addition to the service's
 */
public record Channel(ChannelKind kind, @Nullable String address, @Nullable ProcessingTime processingTime,
        List<Requirement> requirements) {

    /**
     * Checks the channel.
     *
     * @throws IllegalArgumentException if the address is blank or a requirement id repeated
     */
    public Channel {
        Objects.requireNonNull(kind, "kind");
        Texts.optionalText(address, "channel address");
        requirements = Texts.copy(requirements, "channel requirements");
        List<String> repeated = Texts.duplicates(requirements, Requirement::id);
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException("channel " + kind + " lists requirements " + repeated + " more than once");
        }
    }

    /**
     * Returns a channel of a kind with nothing particular to it.
     *
     * @param kind the kind
     * @return the channel
     */
    public static Channel of(ChannelKind kind) {
        return new Channel(kind, null, null, List.of());
    }

    /**
     * Returns a channel with an address.
     *
     * @param kind the kind
     * @param address a web address, an app's name, a counter's location
     * @return the channel
     */
    public static Channel of(ChannelKind kind, String address) {
        return new Channel(kind, Objects.requireNonNull(address, "address"), null, List.of());
    }

    /**
     * Returns a copy with its own processing time.
     *
     * @param time the processing time through this channel
     * @return the copy
     */
    public Channel withProcessingTime(ProcessingTime time) {
        return new Channel(kind, address, Objects.requireNonNull(time, "time"), requirements);
    }

    /**
     * Returns a copy with requirements of its own, in addition to the service's.
     *
     * @param more the requirements through this channel
     * @return the copy
     */
    public Channel withRequirements(List<Requirement> more) {
        return new Channel(kind, address, processingTime, more);
    }

    /**
     * Returns the address, if any.
     *
     * @return the address
     */
    public Optional<String> addressIfPresent() {
        return Optional.ofNullable(address);
    }

    /**
     * Returns the channel's own processing time, if it has one.
     *
     * @return the processing time
     */
    public Optional<ProcessingTime> processingTimeIfPresent() {
        return Optional.ofNullable(processingTime);
    }

    /**
     * Tells whether the channel is used remotely, over the internet.
     *
     * @return the kind's {@link ChannelKind#online()}
     */
    public boolean online() {
        return kind.online();
    }
}
