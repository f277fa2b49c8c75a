package io.github.spbe4j.catalog.internal;

import io.github.spbe4j.core.internal.LinkPolicy;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog's rules for the text of its fields, in the one place the model, the catalog file's forms
 * and the CPSV-AP import take them from: spbe-core's {@link TextPolicy} for text and {@link LinkPolicy}
 * for links, and what the catalog adds — which fields may hold a link, and that a web channel's address
 * is one.
 *
 * <p>A contact or a channel address is either a line of text ("Loket 3, lantai 1", "WhatsApp 0812…")
 * or a link. It is read as a link when it starts with a scheme and a colon followed by more than a
 * space ({@code https://…}, {@code mailto:…}, {@code WA:0812…}), or with {@code javascript:},
 * {@code vbscript:}, {@code data:} or {@code file:} in any case, as a browser would; a link must then
 * pass the link policy.
 */
public final class InputRules {

    private static final Pattern SCHEME = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9+.\\-]*):(\\S?)");

    /** Schemes that browsers act on even with spaces after the colon; always read as links. */
    private static final Set<String> ACTIVE = Set.of("javascript", "vbscript", "data", "file");

    /**
     * Why a text is refused: the rule ({@code Text} or {@code Link}) and the reason, a phrase to follow
     * the field's name and value.
     *
     * @param rule the rule
     * @param reason the reason, e.g. {@code "is a javascript: link; only http: or https: links are allowed"}
     */
    public record Refusal(String rule, String reason) {
    }

    private InputRules() {
    }

    /**
     * Checks a text under a text policy.
     *
     * @param policy the field's policy
     * @param text the text
     * @return why it is refused, if it is
     */
    public static Optional<Refusal> text(TextPolicy policy, CharSequence text) {
        return policy.violation(text).map(r -> new Refusal(TextPolicy.RULE, r));
    }

    /**
     * Checks a link under a link policy.
     *
     * @param policy the field's policy
     * @param link the link
     * @return why it is refused, if it is
     */
    public static Optional<Refusal> link(LinkPolicy policy, String link) {
        return policy.violation(link).map(r -> new Refusal(LinkPolicy.RULE, r));
    }

    /**
     * Checks a contact of a complaint channel: a line of text, or a link under {@link LinkPolicy#CONTACT}
     * (http, https, mailto, tel).
     *
     * @param contact the contact
     * @return why it is refused, if it is
     */
    public static Optional<Refusal> contact(String contact) {
        return isLink(contact) ? link(LinkPolicy.CONTACT, contact) : text(TextPolicy.LINE, contact);
    }

    /**
     * Checks a channel's address: a line of text, or a link under {@link LinkPolicy#WEB}; a web channel's
     * address must be an http or https link.
     *
     * @param web whether the channel is a web channel
     * @param address the address
     * @return why it is refused, if it is
     */
    public static Optional<Refusal> address(boolean web, String address) {
        if (isLink(address)) {
            return link(LinkPolicy.WEB, address);
        }
        Optional<Refusal> text = text(TextPolicy.LINE, address);
        if (text.isPresent() || !web) {
            return text;
        }
        return Optional.of(new Refusal(LinkPolicy.RULE, WEB_ADDRESS));
    }

    /** The reason a web channel's address that is not a link is refused. */
    public static final String WEB_ADDRESS = "is not a web address; a web channel needs an http: or https: address,"
            + " e.g. https://layanan.example.go.id/";

    /**
     * Tells whether a contact or address is written as a link (see the class description).
     *
     * @param text the text
     * @return true when it starts with a scheme and a colon, as a link does
     */
    public static boolean isLink(CharSequence text) {
        Matcher m = SCHEME.matcher(text);
        return m.find() && (!m.group(2).isEmpty() || ACTIVE.contains(m.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * Returns the scheme a text written as a link starts with, as written ({@code javascript}).
     *
     * @param text the text
     * @return the scheme, if the text starts with one
     */
    public static Optional<String> scheme(CharSequence text) {
        Matcher m = SCHEME.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
