package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import io.github.spbe4j.catalog.ComplaintChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The form of a {@link ComplaintChannel}.
 *
 * @param kind the kind as a kebab name of {@link ComplaintChannel.Kind}, e.g. {@code "sp4n-lapor"}
 * @param contact where to reach it, e.g. {@code "https://www.lapor.go.id"}: one line of text, or a link
 *     (http, https, mailto or tel) when written as one
 */
record ComplaintChannelForm(
        @NotNull @OneOf(ComplaintChannel.Kind.class) @Nullable String kind,
        @NotBlank @Size(max = 1000) @PlainText(PlainText.Kind.CONTACT) @Nullable String contact) {

    /**
     * Returns the form of a complaint channel.
     *
     * @param channel the channel
     * @return its form
     */
    static ComplaintChannelForm from(ComplaintChannel channel) {
        return new ComplaintChannelForm(Names.of(channel.kind()), channel.contact());
    }

    /**
     * Returns the complaint channel this valid form describes.
     *
     * @return the channel
     * @throws io.github.spbe4j.catalog.InvalidServiceException if the form breaks a rule of the model
     */
    ComplaintChannel toDomain() {
        return new ComplaintChannel(Names.require(ComplaintChannel.Kind.class, Objects.requireNonNull(kind, "kind")),
                Objects.requireNonNull(contact, "contact"));
    }

    static List<ComplaintChannel> toDomain(@Nullable List<ComplaintChannelForm> forms) {
        return forms == null ? List.of() : forms.stream().map(ComplaintChannelForm::toDomain).toList();
    }
}
