package io.github.spbe4j.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The framework file's form of a tree node and of a weight, written from their parts. The framework
 * file (in the {@code framework} package) and spbe-core's Jackson module (in {@code json}) both write
 * nodes; they share this writer because neither package may depend on the other's codec.
 *
 * <p>A node is {@code {"code", "kind", "name", "weight", "description"?}} followed by an indicator's
 * {@code "ladder"?} or a group's {@code "children"}; a weight is a JSON number when its text form is
 * a decimal ({@code 2.75}) and that text otherwise ({@code "10/3"}).
 */
public final class NodeForm {

    private NodeForm() {
    }

    /**
     * Returns a weight's JSON form from its text form ({@code Weight.toString()}).
     *
     * @param text {@code "2.75"} or {@code "10/3"}
     * @return a number for a decimal, else the text
     */
    public static JsonNode weight(String text) {
        return text.indexOf('/') < 0 ? JsonNodeFactory.instance.numberNode(new BigDecimal(text)) : JsonNodeFactory.instance.textNode(text);
    }

    /**
     * Returns an indicator: the fields of every node, then its ladder when it has one.
     *
     * @param code the code
     * @param name the name
     * @param weight the weight's text form
     * @param ladder the ladder id
     * @param description the description
     * @return the node
     */
    public static ObjectNode indicator(String code, String name, String weight, Optional<String> ladder,
            Optional<String> description) {
        ObjectNode n = common(code, "indicator", name, weight, description);
        ladder.ifPresent(l -> n.put("ladder", l));
        return n;
    }

    /**
     * Returns a group: the fields of every node, then its children.
     *
     * @param code the code
     * @param kind the kind, e.g. {@code domain}
     * @param name the name
     * @param weight the weight's text form
     * @param description the description
     * @param children the children, each written by this class
     * @return the node
     */
    public static ObjectNode group(String code, String kind, String name, String weight, Optional<String> description,
            List<ObjectNode> children) {
        ObjectNode n = common(code, kind, name, weight, description);
        ArrayNode array = n.putArray("children");
        children.forEach(array::add);
        return n;
    }

    private static ObjectNode common(String code, String kind, String name, String weight, Optional<String> description) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("code", code);
        n.put("kind", kind);
        n.put("name", name);
        n.set("weight", weight(weight));
        description.ifPresent(d -> n.put("description", d));
        return n;
    }
}
