package io.github.spbe4j.catalog.internal.rdf;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.spbe4j.catalog.internal.rdf.RdfTerm.Iri;
import io.github.spbe4j.core.internal.Text;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The well-formedness rules that {@link JsonLdReader} and {@link ContextProcessor} share (absolute
 * IRIs, language tags, Unicode strings, keywords) and the one form of their refusals: a JSON path,
 * the rule, and the offending value.
 */
final class Syntax {

    /** The characters after which an IRI may be a compact IRI's prefix: RFC 3986's gen-delims. */
    static final String GEN_DELIMS = ":/?#[]@";

    private static final Pattern KEYWORD_FORM = Pattern.compile("@[A-Za-z]+");
    /** A well-formed BCP 47 (RFC 5646) language tag, grandfathered and private-use-only tags excepted. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("(?i)"
            + "([a-z]{2,3}(-[a-z]{3}){0,3}|[a-z]{4,8})" // language, with extended language subtags
            + "(-[a-z]{4})?" // script
            + "(-([a-z]{2}|[0-9]{3}))?" // region
            + "(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*" // variants
            + "(-[0-9a-wyz](-[a-z0-9]{2,8})+)*" // extensions
            + "(-x(-[a-z0-9]{1,8})+)?"); // private use
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

    private Syntax() {
    }

    // ---- rules ----

    /** Tells whether a key or value has the form of a keyword, {@code @} and letters. */
    static boolean keywordForm(String value) {
        return KEYWORD_FORM.matcher(value).matches();
    }

    /** Returns an expanded IRI as an {@link Iri}, refusing a blank node where only an IRI may stand. */
    static Iri iri(String expanded, String path) {
        if (expanded.startsWith("_:")) {
            throw fail(path, "blank nodes as predicates, types or datatypes are not supported", expanded);
        }
        return new Iri(expanded);
    }

    /** Returns a string, refusing one with a lone surrogate (no valid Unicode, so no RDF literal). */
    static String text(String text, String path) {
        if (hasLoneSurrogate(text)) {
            throw fail(path, "a string must be valid Unicode, without lone surrogates", text);
        }
        return text;
    }

    /** Returns a well-formed BCP 47 language tag in lower case. */
    static String languageTag(String tag, String path) {
        if (!LANGUAGE_TAG.matcher(tag).matches()) {
            throw fail(path, "a language tag must be well-formed (BCP 47, e.g. en or id-ID)", tag);
        }
        return tag.toLowerCase(Locale.ROOT);
    }

    /** Returns an IRI, refusing one that is not absolute and well-formed as RFC 3986 says, or has dot segments. */
    static String absolute(String iri, String path) {
        int colon = iri.indexOf(':');
        if (colon <= 0 || !SCHEME.matcher(iri.substring(0, colon)).matches()) {
            throw fail(path, "an IRI must start with a scheme", iri);
        }
        if (hasLoneSurrogate(iri)) {
            throw fail(path, "an IRI must be valid Unicode, without lone surrogates", iri);
        }
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c >= 0x7f && c <= 0x9f || "<>\"{}|\\^`".indexOf(c) >= 0) {
                throw fail(path, "an IRI may not contain spaces, control characters or any of <>\"{}|\\^`", iri);
            }
            if (c == '%' && !(i + 2 < iri.length() && isHex(iri.charAt(i + 1)) && isHex(iri.charAt(i + 2)))) {
                throw fail(path, "an IRI's % must start a percent-encoding such as %20", iri);
            }
        }
        try {
            URI uri = new URI(iri);
            if (!uri.isAbsolute()) {
                throw fail(path, "an IRI must be absolute", iri);
            }
            String rawPath = uri.getRawPath();
            if (rawPath != null && List.of(rawPath.split("/", -1)).stream().anyMatch(seg -> seg.equals(".") || seg.equals(".."))) {
                throw fail(path, "an IRI may not contain the dot segments . or .. (processors differ on removing them)", iri);
            }
        } catch (URISyntaxException e) {
            throw fail(path, "an IRI must be well-formed as RFC 3986 says (" + e.getReason() + " at index " + e.getIndex() + ")", iri);
        }
        return iri;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    // ---- messages ----

    /** Returns the rule that refuses a key starting with {@code @}: an unsupported keyword, or a reserved form. */
    static String keywordRule(String key, String where) {
        return keywordForm(key) ? "the keyword " + key + " is not supported " + where
                : "keys starting with @ are reserved for keywords";
    }

    /** Returns the JSON path of a key below a path, e.g. {@code $['@graph']}. */
    static String child(String path, String key) {
        return path + "['" + key.replace("'", "\\'") + "']";
    }

    /** Returns the refusal of a value: the place, the rule and the value, each cut to a readable length. */
    static InvalidJsonLdException fail(String path, String rule, Object value) {
        String shown = value instanceof JsonNode node ? node.toString() : "'" + value + "'";
        return new InvalidJsonLdException(clip(path) + ": " + rule + "; got " + clip(shown));
    }

    /**
     * Returns a text of the document for a message: on one line, its control, bidirectional and lone
     * surrogate characters escaped, cut to at most 120 characters.
     */
    static String clip(String text) {
        return Text.cut(Text.oneLine(text), 120);
    }
}
