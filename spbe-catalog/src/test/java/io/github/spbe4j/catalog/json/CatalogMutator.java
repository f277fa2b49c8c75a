package io.github.spbe4j.catalog.json;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Mutates a catalog's JSON tree under the control of a {@link FuzzedDataProvider}: replaces values with
 * ordinary and hostile ones (kinds, codes, amounts, processing times, ids), removes and duplicates
 * fields and elements, and copies subtrees elsewhere, so that mutated files get past the parser and
 * reach the forms, the validator and the model.
 */
final class CatalogMutator {

    private static final JsonNodeFactory NF = JsonNodeFactory.instance;

    private static final String[] NUMBERS = {"0", "-1", "1", "1000000000000", "1000000000001", "9223372036854775807",
        "9223372036854775808", "1.5", "1e3", "1E400", "-0", "10000", "123456789012345678901234567890"};

    private static final String[] STRINGS = {"", " ", "free", "fixed", "range", "per-unit", "perUnit", "web", "counter",
        "mobile-app", "kelurahan-office", "transaksi", "interaksi", "informasi", "pilot", "active", "planned", "retired",
        "everywhere", "letter", "card", "sp4n-lapor", "sarana-prasarana", "persyaratan", "city", "regency", "central", "dinas",
        "kecamatan", "kelurahan", "99.71", "99.71.01", "99.71.01.1001", "99.71.01.2001", "99.01", "BPS:99.71.01.1001",
        "5 hari kerja", "0 menit", "10001 hari", "1 hari kalender", "lama", "sktm", "ktp-el", "nope", "a b", "-x", "x".repeat(130),
        "https://www.lapor.go.id", "http://a b", "line\nbreak", "nul\u0000", "ls\u2028", "\ud800", "é", "spbe-catalog/1"};

    private final JsonNode root;
    private final FuzzedDataProvider data;

    CatalogMutator(JsonNode root, FuzzedDataProvider data) {
        this.root = root.deepCopy();
        this.data = data;
    }

    /** Applies up to {@code max} mutations. */
    void mutate(int max) {
        int n = data.consumeInt(0, max);
        for (int i = 0; i < n; i++) {
            List<ContainerNode<?>> containers = new ArrayList<>();
            collect(root, containers);
            ContainerNode<?> target = containers.get(data.consumeInt(0, containers.size() - 1));
            if (target instanceof ObjectNode o) {
                mutate(o);
            } else if (target instanceof ArrayNode a) {
                mutate(a);
            }
        }
    }

    String text() {
        return root.toString();
    }

    private void mutate(ObjectNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() || data.consumeInt(0, 9) == 0 ? data.pickValue(new String[] {"id", "title", "kind", "cost",
            "concept", "units", "villages", "availability", "internal", "extra", "rupiah", "minimum", "maximum", "unit", "tariff",
            "digitalLevel", "channels", "requirements", "documents", "status", "region", "processingTime"})
                : names.get(data.consumeInt(0, names.size() - 1));
        switch (data.consumeInt(0, 4)) {
            case 0 -> o.remove(name);
            case 1 -> o.set(name, value());
            case 2 -> o.set(name, copyOfSomething());
            default -> o.set(name, value());
        }
    }

    private void mutate(ArrayNode a) {
        switch (data.consumeInt(0, 3)) {
            case 0 -> {
                if (!a.isEmpty()) {
                    a.remove(data.consumeInt(0, a.size() - 1));
                }
            }
            case 1 -> {
                if (!a.isEmpty()) {
                    a.add(a.get(data.consumeInt(0, a.size() - 1)).deepCopy());
                }
            }
            case 2 -> a.add(value());
            default -> a.add(copyOfSomething());
        }
    }

    private JsonNode value() {
        return switch (data.consumeInt(0, 6)) {
            case 0 -> NF.nullNode();
            case 1 -> NF.booleanNode(data.consumeBoolean());
            case 2 -> NF.arrayNode().add(NF.textNode(data.pickValue(STRINGS)));
            case 3 -> NF.objectNode();
            case 4 -> NF.textNode(data.consumeString(40));
            case 5 -> number(data.pickValue(NUMBERS));
            default -> NF.textNode(data.pickValue(STRINGS));
        };
    }

    private static JsonNode number(String text) {
        try {
            return NF.numberNode(new java.math.BigDecimal(text));
        } catch (NumberFormatException e) {
            return NF.textNode(text);
        }
    }

    private JsonNode copyOfSomething() {
        List<JsonNode> all = new ArrayList<>();
        all(root, all);
        return all.get(data.consumeInt(0, all.size() - 1)).deepCopy();
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> out) {
        if (node instanceof ContainerNode<?> c) {
            out.add(c);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collect(e.getValue(), out);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        }
    }

    private static void all(JsonNode node, List<JsonNode> out) {
        out.add(node);
        if (node.isContainerNode()) {
            node.forEach(child -> all(child, out));
        }
    }
}
