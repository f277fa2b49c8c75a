package io.github.spbe4j.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.spbe4j.core.framework.Weight;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Mutates a JSON tree under the control of a {@link FuzzedDataProvider}: changes numbers and strings
 * (to ordinary and to hostile values), removes and duplicates keys and elements, changes types, adds
 * unknown keys, copies subtrees, and — for framework trees — moves weight between sibling nodes and
 * wraps nodes into groups, so that a mutated document still passes the checks it does not target and
 * reaches the validation deep inside.
 *
 * <p>Raw number tokens that no {@code BigDecimal} holds (such as {@code 1e2147483648}) are put in as
 * placeholder strings and spliced into the text by {@link #text()}.
 */
final class JsonMutator {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final JsonNodeFactory NF = JsonNodeFactory.instance;

    /** Numbers as they may be typed in a file, valid JSON each. */
    private static final String[] NUMBERS = {
        "0", "-0", "1", "-1", "2", "5", "7", "100", "101", "0.5", "2.75", "27.5", "4.2", "1.8", "3.75", "68.75", "1e2", "1.0E2",
        "1E+12", "1000000000000", "1000000000001", "0.000000000001", "0.0000000000001", "1e999999", "-1e999999", "1e-999999",
        "1e2147483647", "1e-2147483647", "1e2147483648", "1e-2147483648", "100e2147483647", "123456789012345678901234567890",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649", "1900", "9999",
        "10000", "1899", "0.1", "33.333333333333", "1.000000000000000000001", "-0.0", "0e99999999"
    };

    /** Strings that matter to the readers: weights, fractions, ids, codes, enum ids and hostile text. */
    private static final String[] STRINGS = {
        "", " ", "10/3", "20/3", "1/0", "-1/3", "1/-3", "0/5", "5/0", "1/3/4", "+1/3", " 10 / 3 ", "1e-2147483647", "1e2147483647",
        "1e999999", "1e-999999", "99999999999999999999999/3", "1/99999999999999999999999", "2.75", "-2.75", "abc", "NaN",
        "Infinity", "D1", "A1", "1", "35", "47", "I5", "I6", "I19", "process", "service", "indicator", "domain", "aspect", "group",
        "accepted", "revision", "in-review", "draft", "missing", "self-assessment", "final", "official", "provisional",
        "custom", "high", "medium", "low", "spbe-2018", "spbe-2018-35x1", "spbe-2018-35x3", "spbe-2020", "pemdi-2026", "Baik", "Kurang",
        "line\nbreak", "carriage\rreturn", "tab\there", "nul\u0000", "nel\u0085", "ls\u2028", "ps\u2029", "\ud800", "é",
        "x".repeat(200), "0".repeat(80), "1/" + "0".repeat(60) + "1"
    };

    private static final String[] EVIDENCE_STATUS = {"accepted", "accepted", "accepted", "revision", "in-review", "draft", "missing",
        "Accepted", ""};

    private final JsonNode root;
    private final FuzzedDataProvider data;
    private final List<String> raw = new ArrayList<>();

    JsonMutator(JsonNode root, FuzzedDataProvider data) {
        this.root = root.deepCopy();
        this.data = data;
    }

    JsonNode root() {
        return root;
    }

    /** What a document is, for the mutations that know its form. */
    enum Form {
        FRAMEWORK,
        ASSESSMENT
    }

    /** Applies up to {@code max} mutations, each chosen by the data. */
    void mutate(int max, Form form) {
        int n = data.consumeInt(0, max);
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            int op = data.consumeInt(0, 13);
            if (op >= 12 && form == Form.ASSESSMENT) {
                op += 2;
            }
            switch (op) {
                case 0, 1 -> setNumber();
                case 2, 3 -> setString();
                case 4 -> remove();
                case 5 -> changeType();
                case 6 -> duplicate();
                case 7 -> addUnknownKey();
                case 8 -> copySubtree();
                case 9 -> swap();
                case 10 -> setInterestingNumber();
                case 11 -> setInterestingString();
                case 12 -> transferWeight();
                case 13 -> wrapInGroup();
                case 14 -> toEvidence();
                default -> toExternal();
            }
        }
    }

    /** Returns the mutated document as JSON text, raw number tokens spliced in. */
    String text() {
        String s;
        try {
            s = PLAIN.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < raw.size(); i++) {
            s = s.replace("\"" + marker(i) + "\"", raw.get(i));
        }
        return s;
    }

    // ---- slots: a place in the tree holding a value --------------------------------------------------

    private record Slot(ContainerNode<?> parent, @Nullable String key, int index) {
        JsonNode get() {
            return parent instanceof ObjectNode o ? o.get(key) : ((ArrayNode) parent).get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private List<Slot> slots(java.util.function.Predicate<JsonNode> filter) {
        List<Slot> out = new ArrayList<>();
        collect(root, filter, out);
        return out;
    }

    private static void collect(JsonNode node, java.util.function.Predicate<JsonNode> filter, List<Slot> out) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                if (filter.test(e.getValue())) {
                    out.add(new Slot(o, e.getKey(), -1));
                }
                collect(e.getValue(), filter, out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (filter.test(a.get(i))) {
                    out.add(new Slot(a, null, i));
                }
                collect(a.get(i), filter, out);
            }
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(data.consumeInt(0, list.size() - 1));
    }

    private static String marker(int i) {
        return "~~raw" + i + "~~";
    }

    private JsonNode rawNumber(String token) {
        raw.add(token);
        return TextNode.valueOf(marker(raw.size() - 1));
    }

    // ---- mutations ------------------------------------------------------------------------------------

    private void setNumber() {
        List<Slot> slots = slots(JsonNode::isNumber);
        if (slots.isEmpty()) {
            return;
        }
        Slot s = pick(slots);
        JsonNode value = switch (data.consumeInt(0, 3)) {
            case 0 -> IntNode.valueOf(data.consumeInt(-3, 120));
            case 1 -> NF.numberNode(data.consumeLong());
            case 2 -> NF.numberNode(java.math.BigDecimal.valueOf(data.consumeLong(-100_000, 100_000), data.consumeInt(-3, 15)));
            default -> s.get().isIntegralNumber() ? NF.numberNode(s.get().intValue() + data.consumeInt(-2, 2))
                    : NF.numberNode(s.get().decimalValue().movePointLeft(data.consumeInt(-2, 2)));
        };
        s.set(value);
    }

    private void setInterestingNumber() {
        List<Slot> slots = slots(v -> v.isValueNode());
        if (!slots.isEmpty()) {
            pick(slots).set(rawNumber(NUMBERS[data.consumeInt(0, NUMBERS.length - 1)]));
        }
    }

    private void setString() {
        List<Slot> slots = slots(JsonNode::isTextual);
        if (slots.isEmpty()) {
            return;
        }
        Slot s = pick(slots);
        s.set(TextNode.valueOf(data.consumeBoolean() ? data.consumeString(24) : s.get().asText() + data.consumeString(4)));
    }

    private void setInterestingString() {
        List<Slot> slots = slots(v -> v.isValueNode());
        if (slots.isEmpty()) {
            return;
        }
        Slot s = pick(slots);
        if (data.consumeBoolean()) {
            s.set(TextNode.valueOf(STRINGS[data.consumeInt(0, STRINGS.length - 1)]));
        } else {
            // a value found elsewhere in the document: a code, an id, a name
            List<Slot> texts = slots(JsonNode::isTextual);
            if (!texts.isEmpty()) {
                s.set(pick(texts).get().deepCopy());
            }
        }
    }

    private void remove() {
        List<Slot> slots = slots(v -> true);
        if (!slots.isEmpty()) {
            pick(slots).remove();
        }
    }

    private void changeType() {
        List<Slot> slots = slots(v -> true);
        if (slots.isEmpty()) {
            return;
        }
        Slot s = pick(slots);
        JsonNode v = switch (data.consumeInt(0, 6)) {
            case 0 -> NullNode.getInstance();
            case 1 -> BooleanNode.valueOf(data.consumeBoolean());
            case 2 -> NF.arrayNode();
            case 3 -> NF.objectNode();
            case 4 -> TextNode.valueOf(s.get().toString());
            case 5 -> NF.arrayNode().add(s.get().deepCopy());
            default -> deepArray(data.consumeInt(1, 40));
        };
        s.set(v);
    }

    private static JsonNode deepArray(int depth) {
        ArrayNode top = NF.arrayNode();
        ArrayNode a = top;
        for (int i = 1; i < depth; i++) {
            a = a.addArray();
        }
        return top;
    }

    private void duplicate() {
        List<Slot> slots = slots(JsonNode::isArray);
        if (slots.isEmpty()) {
            return;
        }
        ArrayNode a = (ArrayNode) pick(slots).get();
        if (!a.isEmpty()) {
            JsonNode copy = a.get(data.consumeInt(0, a.size() - 1)).deepCopy();
            a.insert(data.consumeInt(0, a.size()), copy);
        }
    }

    private void addUnknownKey() {
        List<Slot> slots = slots(JsonNode::isObject);
        JsonNode target = slots.isEmpty() || data.consumeBoolean() ? root : pick(slots).get();
        if (target instanceof ObjectNode o) {
            String key = data.consumeBoolean() ? STRINGS[data.consumeInt(0, STRINGS.length - 1)] : data.consumeString(12);
            o.set(key, data.consumeBoolean() ? IntNode.valueOf(data.consumeInt()) : TextNode.valueOf(data.consumeString(8)));
        }
    }

    private void copySubtree() {
        List<Slot> slots = slots(v -> true);
        if (slots.size() < 2) {
            return;
        }
        Slot to = pick(slots);
        JsonNode from = pick(slots).get().deepCopy();
        to.set(from);
    }

    private void swap() {
        List<Slot> slots = slots(v -> v.isArray() && v.size() > 1);
        if (slots.isEmpty()) {
            return;
        }
        ArrayNode a = (ArrayNode) pick(slots).get();
        int i = data.consumeInt(0, a.size() - 1);
        int j = data.consumeInt(0, a.size() - 1);
        JsonNode x = a.get(i);
        a.set(i, a.get(j));
        a.set(j, x);
    }

    /** Moves a fraction of weight from one node to a sibling, keeping every sum. */
    private void transferWeight() {
        List<Slot> slots = slots(v -> v.isArray() && v.size() > 1 && v.get(0).has("weight"));
        if (slots.isEmpty()) {
            return;
        }
        ArrayNode a = (ArrayNode) pick(slots).get();
        int i = data.consumeInt(0, a.size() - 1);
        int j = data.consumeInt(0, a.size() - 1);
        if (i == j || !(a.get(i) instanceof ObjectNode from) || !(a.get(j) instanceof ObjectNode to)) {
            return;
        }
        Weight wFrom = plainWeight(from.get("weight"));
        Weight wTo = plainWeight(to.get("weight"));
        if (wFrom == null || wTo == null) {
            return; // already mutated into something that is not a plain weight
        }
        BigInteger p = BigInteger.valueOf(data.consumeLong(1, 1000));
        BigInteger q = BigInteger.valueOf(data.consumeLong(1, 10_000_000_000L));
        // from - p/q and to + p/q
        BigInteger fn = wFrom.numerator().multiply(q).subtract(p.multiply(wFrom.denominator()));
        if (fn.signum() < 0 && data.consumeBoolean()) {
            return; // mostly keep the weights positive
        }
        BigInteger fd = wFrom.denominator().multiply(q);
        BigInteger tn = wTo.numerator().multiply(q).add(p.multiply(wTo.denominator()));
        BigInteger td = wTo.denominator().multiply(q);
        from.set("weight", weight(fn, fd));
        to.set("weight", weight(tn, td));
        // a group's children must follow their parent's weight: scale them along when there are any
    }

    private static @Nullable Weight plainWeight(@Nullable JsonNode w) {
        if (w == null || !(w.isNumber() || w.isTextual()) || !w.asText().matches("[0-9]{1,12}(\\.[0-9]{1,12})?(/[1-9][0-9]{0,11})?")) {
            return null;
        }
        return Weight.parse(w.asText());
    }

    private JsonNode weight(BigInteger n, BigInteger d) {
        if (n.signum() < 0) {
            return TextNode.valueOf("-" + Weight.ofFraction(n.negate(), d));
        }
        Weight w = Weight.ofFraction(n, d);
        return w.isDecimal() && data.consumeBoolean() ? NF.numberNode(w.toBigDecimal()) : TextNode.valueOf(w.toString());
    }

    /** Replaces a node by a group of the same weight holding it, so trees grow deeper. */
    private void wrapInGroup() {
        List<Slot> slots = slots(v -> v.isObject() && v.has("code") && v.has("weight"));
        if (slots.isEmpty()) {
            return;
        }
        Slot s = pick(slots);
        JsonNode node = s.get();
        ObjectNode group = NF.objectNode();
        group.put("code", node.get("code").asText() + "/" + data.consumeInt(0, 9));
        group.put("kind", "group");
        group.put("name", "wrapped");
        group.set("weight", node.get("weight").deepCopy());
        group.putArray("children").add(node);
        s.set(group);
    }

    /** Replaces an indicator's value by evidence items. */
    private void toEvidence() {
        String code = takeValue();
        if (code == null) {
            return;
        }
        ArrayNode items = inputs("evidence").putArray(code);
        int n = data.consumeInt(0, 6);
        for (int i = 0; i < n; i++) {
            ObjectNode item = items.addObject();
            item.put("level", data.consumeInt(0, 7));
            item.put("title", data.consumeBoolean() ? "Bukti " + i : data.consumeString(10));
            item.put("status", EVIDENCE_STATUS[data.consumeInt(0, EVIDENCE_STATUS.length - 1)]);
            if (data.consumeBoolean()) {
                item.put("required", data.consumeBoolean());
            }
            if (data.consumeBoolean()) {
                item.put("reference", data.consumeString(10));
            }
        }
    }

    /** Replaces an indicator's value by a raw external index value. */
    private void toExternal() {
        String code = takeValue();
        if (code != null) {
            inputs("external").put(code, java.math.BigDecimal.valueOf(data.consumeLong(-10_000, 110_000), data.consumeInt(0, 3)));
        }
    }

    private @Nullable String takeValue() {
        if (!(root instanceof ObjectNode o) || !(o.get("values") instanceof ObjectNode values) || values.isEmpty()) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        values.fieldNames().forEachRemaining(codes::add);
        String code = pick(codes);
        if (data.consumeBoolean()) {
            values.remove(code); // else the code is given twice
        }
        return code;
    }

    private ObjectNode inputs(String field) {
        ObjectNode o = (ObjectNode) root;
        return o.get(field) instanceof ObjectNode existing ? existing : o.putObject(field);
    }

    @Override
    public String toString() {
        return "JsonMutator" + raw;
    }
}
