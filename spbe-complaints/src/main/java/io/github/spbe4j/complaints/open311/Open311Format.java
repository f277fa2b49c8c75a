package io.github.spbe4j.complaints.open311;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import io.github.spbe4j.complaints.open311.Tree.Doc;
import io.github.spbe4j.complaints.open311.Tree.Field;
import io.github.spbe4j.complaints.open311.Tree.Items;
import io.github.spbe4j.complaints.open311.Tree.Rec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.xml.namespace.QName;

/**
 * The two formats of Open311 responses and their writers: {@link #XML}, which the specification
 * requires, and {@link #JSON}, its mapping by the Spark convention (a container of repeated elements
 * becomes an array). Every standard field is written, absent ones as JSON {@code null} or an empty XML
 * element, as the specification's examples do; the {@code notes} extension only when a request has notes.
 * Identifiers and codes are written as texts (the specification's JSON examples show {@code 001} as a
 * number, which loses its zeros and is not valid JSON).
 *
 * <pre>{@code
 * String xml = Open311Format.XML.requests(List.of(request));
 * String json = Open311Format.JSON.errors(List.of(Open311Error.of(404, "service_code \"x\" is not a service")));
 * }</pre>
 *
 * <p>XML output starts with {@code <?xml version="1.0" encoding="UTF-8"?>}, has no namespace, and is
 * indented; text the writers are given has passed spbe4j's text policy, so it holds no character XML 1.0
 * cannot carry. Thread-safe.
 *
 * @since 0.1.0
 */
public enum Open311Format {

    /** JSON, {@code application/json; charset=utf-8}. */
    JSON("json", "application/json; charset=utf-8"),

    /** XML, {@code text/xml; charset=utf-8}: the format every Open311 server must offer. */
    XML("xml", "text/xml; charset=utf-8");

    private static final JsonFactory JSON_FACTORY = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final XmlFactory XML_FACTORY = XmlFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private final String extension;
    private final String contentType;

    Open311Format(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /**
     * Returns the format named as in a resource's extension ({@code services.xml}) or a CLI option.
     *
     * @param name {@code json} or {@code xml}
     * @return the format
     * @throws Open311Exception for any other name
     */
    public static Open311Format of(String name) {
        for (Open311Format f : values()) {
            if (f.extension.equals(name)) {
                return f;
            }
        }
        Checks checks = new Checks();
        checks.add("format", Checks.ONE_OF, "format " + io.github.spbe4j.core.internal.Text.quote(name) + " is not json or xml",
                io.github.spbe4j.core.internal.Text.quote(name));
        checks.throwIfAny("Open311 format");
        throw new AssertionError();
    }

    /**
     * Returns the extension of the format's resources: {@code json} or {@code xml}.
     *
     * @return the extension
     */
    public String extension() {
        return extension;
    }

    /**
     * Returns the HTTP content type the specification gives for the format.
     *
     * @return e.g. {@code text/xml; charset=utf-8}
     */
    public String contentType() {
        return contentType;
    }

    /**
     * Writes GET services' answer: {@code <services><service>…} or a JSON array.
     *
     * @param services the services
     * @return the document
     */
    public String services(List<Open311Service> services) {
        return write(new Doc("services", Tree.items("service", services, Tree::service)));
    }

    /**
     * Writes GET service definition's answer: {@code <service_definition>…} or a JSON object.
     *
     * @param definition the definition
     * @return the document
     */
    public String definition(ServiceDefinition definition) {
        return write(new Doc("service_definition", Tree.definition(Objects.requireNonNull(definition, "definition"))));
    }

    /**
     * Writes GET requests' (and GET request's) answer: {@code <service_requests><request>…} or a JSON array.
     *
     * @param requests the requests
     * @return the document
     */
    public String requests(List<ServiceRequest> requests) {
        return write(new Doc("service_requests", Tree.items("request", requests, Tree::request)));
    }

    /**
     * Writes the answer to an accepted POST: {@code <service_requests><request>…} with the id or token.
     *
     * @param responses the responses, usually one
     * @return the document
     */
    public String posted(List<PostResponse> responses) {
        return write(new Doc("service_requests", Tree.items("request", responses, Tree::posted)));
    }

    /**
     * Writes an error response: {@code <errors><error><code>…} or a JSON array of {@code {code,
     * description}}.
     *
     * @param errors the errors, usually at least one
     * @return the document
     */
    public String errors(List<Open311Error> errors) {
        return write(new Doc("errors", Tree.items("error", errors, Tree::error)));
    }

    private String write(Doc doc) {
        StringWriter out = new StringWriter();
        try {
            if (this == XML) {
                out.write(DECLARATION);
                try (ToXmlGenerator g = XML_FACTORY.createGenerator(out)) {
                    g.useDefaultPrettyPrinter();
                    g.setNextName(new QName(doc.root()));
                    content(g, doc.content());
                }
            } else {
                try (JsonGenerator g = JSON_FACTORY.createGenerator(out)) {
                    g.useDefaultPrettyPrinter();
                    content(g, doc.content());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        String text = out.toString();
        return text.endsWith("\n") ? text : text + "\n";
    }

    private void content(JsonGenerator g, Object content) throws IOException {
        if (content instanceof Rec r) {
            rec(g, r);
        } else {
            value(g, content);
        }
    }

    private void rec(JsonGenerator g, Rec r) throws IOException {
        g.writeStartObject();
        for (Field f : r.fields()) {
            g.writeFieldName(f.name());
            value(g, f.value());
        }
        g.writeEndObject();
    }

    private void value(JsonGenerator g, @org.jspecify.annotations.Nullable Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Items items) {
            if (this == XML) {
                g.writeStartObject();
                if (!items.records().isEmpty()) {
                    g.writeFieldName(items.element());
                    g.writeStartArray();
                    for (Rec r : items.records()) {
                        rec(g, r);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            } else {
                g.writeStartArray();
                for (Rec r : items.records()) {
                    rec(g, r);
                }
                g.writeEndArray();
            }
        } else {
            throw new IllegalStateException("no Open311 form for " + value.getClass().getSimpleName());
        }
    }
}
