package io.github.spbe4j.complaints;

import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.LinkPolicy;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.Objects;

/**
 * A reference to a file sent with a complaint, usually a photo: the library keeps the reference, never
 * the file. A reference is an http(s) link (checked by the link policy of docs/security.md) or a
 * storage key of the deployment's own (a name without {@code :}, such as {@code lapor/2026/03/foto-1.jpg}).
 *
 * <p>A public projection never shows attachments: a photo can identify an anonymous reporter (SP4N-LAPOR!
 * has had such leaks), and no check on a reference can tell.
 *
 * @param reference the link or storage key, at most 2000 characters
 * @param mediaType its media type, e.g. {@code image/jpeg}; empty when unknown
 * @since 0.1.0
 */
public record Attachment(String reference, String mediaType) {

    /** The rule of a problem about a malformed media type. */
    public static final String MEDIA_TYPE_RULE = "MediaType";

    /** The longest reference, in characters. */
    public static final int MAX_REFERENCE = 2000;

    /**
     * Checks the reference and the media type.
     *
     * @param reference the link or storage key
     * @param mediaType the media type, or empty
     * @throws InvalidComplaintException naming every problem
     */
    public Attachment {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(mediaType, "mediaType");
        ProblemList problems = ProblemList.inOrderFound();
        if (reference.indexOf(':') >= 0) {
            Rules.link(problems, "reference", reference);
        } else if (reference.startsWith("//") || reference.startsWith("\\\\") || reference.startsWith("/\\") || reference.startsWith("\\/")) {
            String shown = Text.quote(reference);
            problems.add(Problem.of("reference", LinkPolicy.RULE, "reference " + shown + " starts like a link to another host"
                    + " (//…); give an http(s) link or a storage key that does not start with // or \\\\", shown));
        } else {
            Rules.text(problems, "reference", reference, TextPolicy.NAME, 1, MAX_REFERENCE);
        }
        if (!mediaType.isEmpty() && !mediaTypeLike(mediaType)) {
            String shown = Text.quote(mediaType);
            problems.add(Problem.of("mediaType", MEDIA_TYPE_RULE, "media type " + shown
                    + " must be type/subtype in lower-case letters, digits and . + -", shown));
        }
        Rules.throwIfAny(problems, "attachment");
    }

    /**
     * Returns an attachment of unknown media type.
     *
     * @param reference the link or storage key
     * @return the attachment
     */
    public static Attachment of(String reference) {
        return new Attachment(reference, "");
    }

    private static boolean mediaTypeLike(String s) {
        int slash = s.indexOf('/');
        if (s.length() > 100 || slash < 1 || slash == s.length() - 1 || slash != s.lastIndexOf('/')) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-' || c == '/')) {
                return false;
            }
        }
        return true;
    }
}
