package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The way a complaint reached the city: the national SP4N-LAPOR! portal, the city's own web site or
 * app, a message, a call, a letter or a visit to a counter.
 *
 * @since 0.1.0
 */
public enum Channel {

    /** Forwarded from the national SP4N-LAPOR! system. */
    LAPOR("lapor"),

    /** The city's web site or web form. */
    WEB("web"),

    /** The city's mobile app. */
    MOBILE_APP("mobile-app"),

    /** A short message (SMS), e.g. to 1708. */
    SMS("sms"),

    /** A chat message (WhatsApp or the like). */
    CHAT("chat"),

    /** An e-mail. */
    EMAIL("email"),

    /** A telephone call, e.g. to a call centre. */
    PHONE("phone"),

    /** A post on social media. */
    SOCIAL_MEDIA("social-media"),

    /** A letter. */
    LETTER("letter"),

    /** In person, at a counter (loket) or a complaint desk. */
    COUNTER("counter");

    /** The rule of a problem about an unknown channel code. */
    public static final String RULE = "ComplaintChannel";

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    /**
     * Returns the word a complaints file writes for this channel.
     *
     * @return the code, e.g. {@code "mobile-app"}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the channel with a code, exactly as {@link #code()} writes it.
     *
     * @param code the code
     * @return the channel
     * @throws InvalidComplaintException if no channel has that code; the message names the known ones
     */
    public static Channel ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (Channel c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        String known = Arrays.stream(values()).map(Channel::code).collect(Collectors.joining(", "));
        String shown = Text.quote(code);
        throw new InvalidComplaintException(Problem.of("channel", RULE, "channel " + shown + " is unknown; the channels are " + known, shown));
    }

    @Override
    public String toString() {
        return code;
    }
}
