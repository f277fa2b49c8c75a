package io.github.spbe4j.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The writer a report section writes its HTML and inline SVG through: every text and every attribute
 * value it is given is escaped, so that a section cannot put input on the page as markup; elements are
 * limited to those of a document and of a chart (no script, style, link, image, frame or form), and
 * attributes that run code, fetch something or restyle the page ({@code on…}, {@code href},
 * {@code src}, {@code style}, …) are refused.
 *
 * <p>Not thread-safe; one is made by the report for each page.
 *
 * @since 0.1.0
 */
public final class HtmlOut {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final Set<String> ELEMENTS = Set.of("section", "header", "footer", "nav", "div", "span", "p", "h2", "h3", "h4",
            "strong", "em", "small", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tr", "th", "td",
            "figure", "figcaption", "svg", "g", "rect", "line", "polyline", "circle", "text", "title", "desc");
    private static final Set<String> REFUSED_ATTRIBUTES = Set.of("href", "src", "srcset", "style", "action", "formaction", "data",
            "poster", "background", "xmlns", "xlink");

    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();

    HtmlOut(StringBuilder out) {
        this.out = out;
    }

    /**
     * Opens an element.
     *
     * @param element the element's name, one of a document's and a chart's (e.g. {@code "p"},
     *        {@code "table"}, {@code "svg"}, {@code "rect"})
     * @param attributes names and values, alternating: {@code "class", "bar", "x", "10"}; values are
     *        escaped
     * @return this writer
     * @throws IllegalArgumentException if the element or an attribute is not allowed, or a value lacks
     *         its name
     */
    public HtmlOut open(String element, String... attributes) {
        checkElement(element);
        out.append('<').append(element);
        attributes(attributes);
        out.append('>');
        open.push(element);
        return this;
    }

    /**
     * Closes the element opened last.
     *
     * @param element its name, checked against the element opened last
     * @return this writer
     * @throws IllegalStateException if it is not the element opened last
     */
    public HtmlOut close(String element) {
        if (open.isEmpty() || !open.peek().equals(element)) {
            throw new IllegalStateException("closing " + element + " but the element open last is " + (open.isEmpty() ? "none"
                    : open.peek()));
        }
        open.pop();
        out.append("</").append(element).append('>');
        return this;
    }

    /**
     * Writes text, escaped.
     *
     * @param text the text
     * @return this writer
     */
    public HtmlOut text(String text) {
        out.append(Escape.html(Objects.requireNonNull(text, "text")));
        return this;
    }

    /**
     * Writes an element holding only text: {@code open(element, attributes).text(text).close(element)}.
     *
     * @param element the element's name
     * @param text the text, escaped
     * @param attributes names and values, alternating; values are escaped
     * @return this writer
     */
    public HtmlOut element(String element, String text, String... attributes) {
        return open(element, attributes).text(text).close(element);
    }

    /**
     * Writes an element without content, such as an SVG {@code rect}: {@code <rect …></rect>}.
     *
     * @param element the element's name
     * @param attributes names and values, alternating; values are escaped
     * @return this writer
     */
    public HtmlOut empty(String element, String... attributes) {
        return open(element, attributes).close(element);
    }

    /** Tells how many elements are open; the report checks that a section closed all it opened. */
    int depth() {
        return open.size();
    }

    private static void checkElement(String element) {
        Objects.requireNonNull(element, "element");
        if (!ELEMENTS.contains(element)) {
            throw new IllegalArgumentException("element " + Escape.html(element) + " is not one a report section may write");
        }
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come as names and values; " + attributes.length + " strings given");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            String name = Objects.requireNonNull(attributes[i], "attribute name");
            String value = Objects.requireNonNull(attributes[i + 1], "attribute value");
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NAME.matcher(name).matches() || lower.startsWith("on") || REFUSED_ATTRIBUTES.contains(lower)) {
                throw new IllegalArgumentException("attribute " + Escape.html(name) + " is not one a report section may write");
            }
            out.append(' ').append(name).append("=\"").append(Escape.html(value)).append('"');
        }
    }
}
