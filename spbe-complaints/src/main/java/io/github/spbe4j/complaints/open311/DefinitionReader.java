package io.github.spbe4j.complaints.open311;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.StrictJson;
import io.github.spbe4j.core.internal.Text;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a service definition document, as {@link Open311Format} writes it, strictly: JSON through
 * spbe-core's strict mapper, XML through Jackson's XML module with DTDs and external entities refused
 * (a document with a DOCTYPE is refused before it is parsed). Every problem is collected, with its path.
 */
final class DefinitionReader {

    static final String XML_RULE = "Xml";

    private static final JsonMapper JSON = StrictJson.mapperBuilder().build();
    private static final XmlMapper XML;
    private static final XMLInputFactory STAX;

    static {
        XmlFactory factory = XmlFactory.builder().build();
        STAX = factory.getXMLInputFactory();
        STAX.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        STAX.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML = new XmlMapper(factory);
    }

    private static final Set<String> DEFINITION = Set.of("service_code", "attributes");
    private static final Set<String> ATTRIBUTE = Set.of("variable", "code", "datatype", "required", "datatype_description", "order",
            "description", "values");
    private static final Set<String> VALUE = Set.of("key", "name");

    private final boolean xml;
    private final Checks checks = new Checks();

    private DefinitionReader(boolean xml) {
        this.xml = xml;
    }

    static ServiceDefinition read(String text, Open311Format format, String subject) {
        boolean xml = format == Open311Format.XML;
        JsonNode root = xml ? xmlTree(text, subject) : StrictJson.readTree(JSON, text, subject, Open311Exception::new);
        DefinitionReader r = new DefinitionReader(xml);
        ServiceDefinition d = r.definition(root);
        r.checks.throwIfAny(subject);
        return java.util.Objects.requireNonNull(d);
    }

    /** The parser's factory, for tests of its configuration. */
    static XMLInputFactory stax() {
        return STAX;
    }

    private static JsonNode xmlTree(String text, String subject) {
        int doctype = text.indexOf("<!DOCTYPE");
        if (doctype >= 0) {
            throw new Open311Exception(subject, List.of(Problem.of("", XML_RULE, "the document has a DOCTYPE at character " + (doctype + 1)
                    + "; Open311 XML has none, and DTDs are refused, since they can read files and expand entities without bound", null)));
        }
        XMLStreamReader sr = null;
        try {
            sr = STAX.createXMLStreamReader(new StringReader(text));
            while (sr.hasNext() && sr.next() != XMLStreamConstants.START_ELEMENT) {
                // skip the declaration, comments and processing instructions before the root
            }
            if (!sr.isStartElement()) {
                throw new Open311Exception(subject, List.of(Problem.of("", XML_RULE, "the document has no element; expected"
                        + " <service_definition>", null)));
            }
            if (!sr.getLocalName().equals("service_definition") || sr.getNamespaceURI() != null && !sr.getNamespaceURI().isEmpty()
                    && !sr.getNamespaceURI().equals("http://wiki.open311.org/GeoReport_v2")) {
                throw new Open311Exception(subject, List.of(Problem.of("", XML_RULE, "the root element is <" + Text.clean(sr.getLocalName())
                        + ">; expected <service_definition>", Text.quote(sr.getLocalName()))));
            }
            JsonNode root = XML.readValue(sr, JsonNode.class);
            return root == null ? XML.createObjectNode() : root;
        } catch (XMLStreamException e) {
            throw new Open311Exception(subject, List.of(malformed(e.getLocation(), e.getMessage())));
        } catch (JacksonException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new Open311Exception(subject, List.of(Problem.of("", XML_RULE, at == null || at.getLineNr() < 0
                    ? "not well-formed XML: " + Text.firstLine(e.getOriginalMessage())
                    : "not well-formed XML at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": "
                            + Text.firstLine(e.getOriginalMessage()), null)));
        } catch (IOException e) {
            throw new Open311Exception(subject, List.of(Problem.of("", XML_RULE, "not well-formed XML: " + Text.firstLine(e.getMessage()), null)));
        } finally {
            if (sr != null) {
                try {
                    sr.close();
                } catch (XMLStreamException e) {
                    // closing a reader over a string does not fail
                }
            }
        }
    }

    private static Problem malformed(@Nullable Location at, @Nullable String message) {
        String m = Text.firstLine(message == null ? null : message.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""));
        return Problem.of("", XML_RULE, at == null ? "not well-formed XML: " + m
                : "not well-formed XML at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + m, null);
    }

    private @Nullable ServiceDefinition definition(JsonNode root) {
        if (!object(root, "")) {
            return null;
        }
        known(root, "", DEFINITION);
        String code = text(root, "service_code", true);
        List<Attribute> attributes = new ArrayList<>();
        List<JsonNode> items = list(root.get("attributes"), "attributes", "attribute");
        for (int i = 0; i < items.size(); i++) {
            Attribute a = attribute(items.get(i), "attributes[" + i + "]");
            if (a != null) {
                attributes.add(a);
            }
        }
        if (code == null || !checks.ok()) {
            return null;
        }
        try {
            return ServiceDefinition.of(code, attributes);
        } catch (Open311Exception e) {
            e.problems().forEach(checks::add);
            return null;
        }
    }

    private @Nullable Attribute attribute(JsonNode n, String path) {
        if (!object(n, path)) {
            return null;
        }
        known(n, path, ATTRIBUTE);
        Boolean variable = bool(n, path + ".variable");
        String code = text(n, path + ".code", true);
        String datatype = text(n, path + ".datatype", true);
        Attribute.Datatype type = null;
        if (datatype != null) {
            for (Attribute.Datatype t : Attribute.Datatype.values()) {
                if (t.word().equals(datatype)) {
                    type = t;
                }
            }
            if (type == null) {
                checks.add(path + ".datatype", Checks.ONE_OF, path + ".datatype " + Text.quote(datatype) + " is not one of string, number,"
                        + " datetime, text, singlevaluelist, multivaluelist", Text.quote(datatype));
            }
        }
        Boolean required = bool(n, path + ".required");
        String datatypeDescription = text(n, path + ".datatype_description", false);
        Integer order = integer(n, path + ".order");
        String description = text(n, path + ".description", true);
        List<AttributeValue> values = new ArrayList<>();
        List<JsonNode> items = list(n.get("values"), path + ".values", "value");
        for (int i = 0; i < items.size(); i++) {
            String at = path + ".values[" + i + "]";
            JsonNode v = items.get(i);
            if (object(v, at)) {
                known(v, at, VALUE);
                String key = text(v, at + ".key", true);
                String name = text(v, at + ".name", true);
                if (key != null && name != null) {
                    try {
                        values.add(AttributeValue.of(key, name));
                    } catch (Open311Exception e) {
                        e.problems().forEach(p -> checks.add(p.under(at)));
                    }
                }
            }
        }
        if (variable == null || code == null || type == null || required == null || order == null || description == null) {
            return null;
        }
        try {
            return new Attribute(variable, code, type, required, Optional.ofNullable(datatypeDescription), order, description, values);
        } catch (Open311Exception e) {
            e.problems().forEach(p -> checks.add(p.under(path)));
            return null;
        }
    }

    private boolean object(@Nullable JsonNode n, String path) {
        if (n != null && n.isObject()) {
            return true;
        }
        checks.add(path, "Type", (path.isEmpty() ? "the document" : path) + " is " + Text.show(n) + "; expected "
                + (xml ? "an element with child elements" : "an object"), Text.show(n));
        return false;
    }

    private void known(JsonNode n, String path, Set<String> fields) {
        for (Iterator<String> names = n.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!fields.contains(name)) {
                String at = path.isEmpty() ? Text.clean(name) : path + "." + Text.clean(name);
                checks.add(at, "UnknownField", "unknown field " + Text.quote(name) + (path.isEmpty() ? "" : " in " + path) + "; expected "
                        + String.join(", ", fields.stream().sorted().toList()), Text.quote(name));
            }
        }
    }

    private String name(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private @Nullable JsonNode field(JsonNode parent, String path) {
        return parent.get(name(path));
    }

    private @Nullable String text(JsonNode parent, String path, boolean required) {
        JsonNode n = field(parent, path);
        boolean absent = n == null || n.isNull() || xml && n.isTextual() && n.textValue().isEmpty();
        if (absent) {
            if (required) {
                checks.add(path, Checks.REQUIRED, path + " is missing", null);
            }
            return null;
        }
        if (!n.isTextual()) {
            checks.add(path, "Type", path + " is " + Text.show(n) + "; expected a string", Text.show(n));
            return null;
        }
        return n.textValue();
    }

    private @Nullable Boolean bool(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (n == null || n.isNull()) {
            checks.add(path, Checks.REQUIRED, path + " is missing", null);
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (xml && n.isTextual() && (n.textValue().equals("true") || n.textValue().equals("false"))) {
            return Boolean.valueOf(n.textValue());
        }
        checks.add(path, "Type", path + " is " + Text.show(n) + "; expected true or false", Text.show(n));
        return null;
    }

    private @Nullable Integer integer(JsonNode parent, String path) {
        JsonNode n = field(parent, path);
        if (n == null || n.isNull()) {
            checks.add(path, Checks.REQUIRED, path + " is missing", null);
            return null;
        }
        if (n.isInt()) {
            return n.intValue();
        }
        if (xml && n.isTextual() && n.textValue().matches("[0-9]{1,9}")) {
            return Integer.valueOf(n.textValue());
        }
        checks.add(path, "Type", path + " is " + Text.show(n) + "; expected a whole number", Text.show(n));
        return null;
    }

    /** The items of a list: a JSON array, or in XML a container of repeated elements (one element is not an array there). */
    private List<JsonNode> list(@Nullable JsonNode n, String path, String element) {
        if (n == null || n.isNull() || xml && n.isTextual() && n.textValue().isBlank()) {
            return List.of();
        }
        if (!xml) {
            if (n.isArray()) {
                List<JsonNode> out = new ArrayList<>();
                n.forEach(out::add);
                return out;
            }
            checks.add(path, "Type", path + " is " + Text.show(n) + "; expected an array", Text.show(n));
            return List.of();
        }
        if (n.isObject()) {
            List<JsonNode> out = new ArrayList<>();
            for (Map.Entry<String, JsonNode> f : n.properties()) {
                if (!f.getKey().equals(element)) {
                    checks.add(path + "." + Text.clean(f.getKey()), "UnknownField", "unknown element <" + Text.clean(f.getKey()) + "> in "
                            + path + "; it holds <" + element + "> elements", Text.quote(f.getKey()));
                } else if (f.getValue().isArray()) {
                    f.getValue().forEach(out::add);
                } else {
                    out.add(f.getValue());
                }
            }
            return out;
        }
        checks.add(path, "Type", path + " is " + Text.show(n) + "; expected <" + element + "> elements", Text.show(n));
        return List.of();
    }
}
