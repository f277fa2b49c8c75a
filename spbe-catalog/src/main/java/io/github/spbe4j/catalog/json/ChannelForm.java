package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import io.github.spbe4j.catalog.Channel;
import io.github.spbe4j.catalog.ProcessingTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The form of a {@link Channel} through which a service is delivered.
 *
 * @param kind the kind as a kebab name of {@link Channel.Kind}, e.g. {@code "web"} or {@code "kelurahan-office"}
 * @param address a web address, an app's name or a counter's location, or null; a web channel's is an http
 *     or https address, and any address written as a link is one
 * @param processingTime the channel's own processing time as text, e.g. {@code "1 hari kerja"}, or null
 * @param requirements requirements through this channel in addition to the service's, or null
 */
@WebChannelAddress
record ChannelForm(
        @NotNull @OneOf(Channel.Kind.class) @Nullable String kind,
        @jakarta.validation.constraints.Pattern(regexp = FormRules.NOT_BLANK, message = FormRules.NOT_BLANK_MESSAGE)
        @Size(max = 2000) @PlainText(PlainText.Kind.ADDRESS) @Nullable String address,
        @PlainText(PlainText.Kind.PROCESSING_TIME) @Nullable String processingTime,
        @Size(max = 100) @Nullable List<@NotNull @Valid RequirementForm> requirements) {

    /**
     * Returns the form of a channel.
     *
     * @param channel the channel
     * @return its form
     */
    static ChannelForm from(Channel channel) {
        return new ChannelForm(Names.of(channel.kind()), channel.address().orElse(null),
                channel.processingTime().map(ProcessingTime::toString).orElse(null),
                Names.emptyToNull(channel.requirements().stream().map(RequirementForm::from).toList()));
    }

    /**
     * Returns the channel this valid form describes.
     *
     * @return the channel
     * @throws io.github.spbe4j.catalog.InvalidServiceException if the form breaks a rule of the model
     */
    Channel toDomain() {
        return new Channel(Names.require(Channel.Kind.class, Objects.requireNonNull(kind, "kind")), Optional.ofNullable(address),
                Optional.ofNullable(processingTime).map(ProcessingTime::parse), RequirementForm.toDomain(requirements));
    }

    /**
     * Tells whether the form names an online kind of channel (web or mobile app), or a kind not known,
     * which may be meant as one.
     *
     * @return true if it may be online
     */
    boolean mayBeOnline() {
        Channel.Kind k = Names.parse(Channel.Kind.class, kind);
        return k == null ? kind != null : k.online();
    }
}
