package io.github.spbe4j.core.internal;

import io.github.spbe4j.core.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one policy for links taken from input, in every module: which addresses spbe4j accepts for a web
 * address or a document, and which for a contact.
 *
 * <p>A link is an absolute URI of at most {@value #MAX_LENGTH} characters, without spaces, control,
 * bidirectional or invisible characters. {@link #WEB} links are {@code http} or {@code https} with a
 * host and no user name or password; {@link #CONTACT} links may also be {@code mailto:} an address or
 * {@code tel:} a number. Anything else — {@code javascript:}, {@code data:}, {@code file:} — is
 * refused, since these links go out in exports and onto web pages. docs/security.md states the policy
 * for users.
 */
public enum LinkPolicy {

    /** A web address or a document: http or https only. */
    WEB(Set.of("http", "https")),

    /** A way to reach someone: http, https, mailto or tel. */
    CONTACT(Set.of("http", "https", "mailto", "tel"));

    /** The rule of a problem about a link this policy refuses. */
    public static final String RULE = "Link";

    /** The most characters a link may have. */
    public static final int MAX_LENGTH = 2000;

    private static final Pattern TEL = Pattern.compile("\\+?[0-9(][0-9().\\-]{0,30}");
    private static final Pattern MAILBOX = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}");

    private final Set<String> schemes;

    LinkPolicy(Set<String> schemes) {
        this.schemes = schemes;
    }

    /**
     * Returns why a link is refused, as a phrase to follow the field's name ({@code "is not an http or
     * https address"}); empty when the link is allowed.
     *
     * @param link the link
     * @return the reason, if refused
     */
    public Optional<String> violation(String link) {
        if (link.length() > MAX_LENGTH) {
            return Optional.of("has " + link.length() + " characters; a link has at most " + MAX_LENGTH);
        }
        Optional<String> text = TextPolicy.NAME.violation(link);
        if (text.isPresent()) {
            return text;
        }
        for (int i = 0; i < link.length(); i++) {
            if (Character.isWhitespace(link.charAt(i)) || Character.isSpaceChar(link.charAt(i))) {
                return Optional.of("holds a space at character " + (i + 1) + "; write it as %20");
            }
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid address: " + Text.oneLine(e.getReason()) + " at character " + (e.getIndex() + 1));
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            return Optional.of("is not an absolute address; it must start with " + allowed());
        }
        String s = scheme.toLowerCase(Locale.ROOT);
        if (!schemes.contains(s)) {
            return Optional.of("is a " + Text.clean(scheme) + ": link; only " + allowed() + " links are allowed");
        }
        switch (s) {
            case "mailto":
                return MAILBOX.matcher(uri.getSchemeSpecificPart()).matches() ? Optional.empty()
                        : Optional.of("is not a mailto: link to one e-mail address");
            case "tel":
                return TEL.matcher(uri.getSchemeSpecificPart()).matches() ? Optional.empty()
                        : Optional.of("is not a tel: link to a telephone number (digits, an optional leading +, and - . ( ))");
            default:
                if (uri.getRawAuthority() == null || uri.getHost() == null) {
                    return Optional.of("has no host; an " + s + " address names one in ASCII, as https://example.go.id/");
                }
                if (uri.getRawUserInfo() != null) {
                    return Optional.of("holds a user name or password before the host; such addresses are not allowed");
                }
                return Optional.empty();
        }
    }

    /**
     * Returns the problem with a link at a path, its message naming the path, the link and the rule:
     * {@code legalBasis[0].link "javascript:alert(1)" is a javascript: link; only http: or https: links
     * are allowed}.
     *
     * @param path where the link is
     * @param link the link
     * @return the problem, if the link is refused
     */
    public Optional<Problem> check(String path, String link) {
        return violation(link).map(reason -> Problem.of(path, RULE, path + " " + Text.quote(link) + " " + reason, Text.quote(link)));
    }

    /**
     * Tells whether a link is allowed.
     *
     * @param link the link
     * @return true when {@link #violation(String)} finds nothing
     */
    public boolean allows(String link) {
        return violation(link).isEmpty();
    }

    private String allowed() {
        return this == WEB ? "http: or https:" : "http:, https:, mailto: or tel:";
    }
}
