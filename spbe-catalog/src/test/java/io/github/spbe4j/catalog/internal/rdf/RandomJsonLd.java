package io.github.spbe4j.catalog.internal.rdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generator of random small JSON-LD documents inside the subset {@link JsonLdReader} reads: prefixes,
 * terms with {@code @id}/{@code @type}/{@code @language}/{@code @container}, {@code @vocab},
 * {@code @language}, the CPSV-AP context, {@code @graph}, IRIs in every form, blank nodes, nested
 * nodes, value objects, numbers, booleans, arrays, {@code @set} and {@code @list}. The same seed gives
 * the same document.
 */
final class RandomJsonLd {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] LANGUAGES = {"id", "en", "en-GB", "jv", "zh-Hant"};
    private static final String[] TEXT = {"a", "b", "Layanan", " ", "é", "日本", "😀", "\"", "\\", "\n", "/", "50%", "x1"};
    private static final String[] CPSV_TYPES = {"PublicService", "Channel", "Evidence", "ContactPoint", "Cost"};

    private final Random random;
    private final List<String> plainTerms = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final Set<String> defined = new HashSet<>();
    private boolean vocab;
    private boolean cpsv;
    private boolean defaultLanguage;

    private RandomJsonLd(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Returns a random document.
     *
     * @param seed the seed
     * @return the JSON text
     */
    static String document(long seed) {
        return new RandomJsonLd(seed).document();
    }

    private String document() {
        ObjectNode context = context();
        JsonNode contextValue = context;
        if (cpsv) {
            contextValue = F.arrayNode().add(ContextProcessor.CPSV_AP_CONTEXT).add(context);
        }
        ObjectNode root;
        if (random.nextInt(3) == 0) {
            root = node(0);
        } else {
            root = F.objectNode();
            ArrayNode graph = root.putArray("@graph");
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                graph.add(node(0));
            }
        }
        ObjectNode withContext = F.objectNode();
        withContext.set("@context", contextValue);
        withContext.setAll(root);
        try {
            return MAPPER.writeValueAsString(withContext);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode context() {
        cpsv = random.nextInt(4) == 0;
        vocab = random.nextBoolean();
        defaultLanguage = random.nextInt(3) == 0;
        ObjectNode c = F.objectNode();
        // terms first sometimes, so that definitions refer to prefixes defined after them
        List<Runnable> parts = new ArrayList<>();
        parts.add(() -> {
            c.put("ex", "http://example.org/");
            c.put("dct", "http://purl.org/dc/terms/");
            c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
            c.put("p0", "http://p0.example/ns#");
            c.put("p1", "http://p1.example/ns/");
        });
        parts.add(() -> {
            if (random.nextBoolean()) {
                c.put("name", "dct:title");
                plainTerms.add("name");
            }
            if (random.nextBoolean()) {
                define("link");
                c.putObject("link").put("@id", "ex:link").put("@type", "@id");
            }
            if (random.nextBoolean()) {
                define("date");
                c.putObject("date").put("@id", "dct:issued").put("@type", "xsd:date");
            }
            if (random.nextBoolean()) {
                define("amount");
                c.putObject("amount").put("@id", "ex:amount").put("@type", "xsd:double");
            }
            if (random.nextBoolean()) {
                c.putObject("label").put("@id", "ex:label").put("@language", pick(LANGUAGES));
                plainTerms.add("label");
            }
            if (random.nextBoolean()) {
                c.putObject("code").put("@id", "ex:code").putNull("@language");
                plainTerms.add("code");
            }
            if (random.nextBoolean()) {
                define("steps");
                c.putObject("steps").put("@id", "ex:steps").put("@container", "@list");
            }
            if (random.nextBoolean()) {
                c.putObject("tags").put("@id", "ex:tags").put("@container", "@set");
                plainTerms.add("tags");
            }
            if (random.nextBoolean()) {
                c.put("Kind", "ex:Kind");
                types.add("Kind");
            }
        });
        if (random.nextBoolean()) {
            Collections.reverse(parts);
        }
        parts.forEach(Runnable::run);
        if (vocab) {
            c.put("@vocab", "http://vocab.example/terms#");
        }
        if (defaultLanguage) {
            c.put("@language", pick(LANGUAGES));
        }
        return c;
    }

    private void define(String term) {
        defined.add(term);
    }

    private ObjectNode node(int depth) {
        ObjectNode node = F.objectNode();
        if (random.nextInt(10) < 7) {
            node.put("@id", iri());
        }
        if (random.nextBoolean()) {
            if (random.nextBoolean()) {
                node.put("@type", type());
            } else {
                ArrayNode array = node.putArray("@type");
                int n = random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    array.add(type());
                }
            }
        }
        int properties = random.nextInt(5);
        for (int i = 0; i < properties; i++) {
            property(node, depth);
        }
        return node;
    }

    private void property(ObjectNode node, int depth) {
        int choice = random.nextInt(12);
        String[] needs = {"link", "date", "amount", "steps"};
        if (choice < needs.length && !defined.contains(needs[choice])) {
            choice = 7;
        }
        switch (choice) {
            case 0 -> node.set("link", random.nextBoolean() ? F.textNode(iri()) : F.arrayNode().add(iri()).add(iri()));
            case 1 -> node.put("date", "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
            case 2 -> node.set("amount", random.nextBoolean() ? number() : F.textNode("12.50"));
            case 3 -> {
                ArrayNode items = F.arrayNode();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    items.add(random.nextBoolean() ? scalar() : node(depth + 1));
                }
                node.set("steps", items);
            }
            case 4 -> {
                if (cpsv) {
                    switch (random.nextInt(4)) {
                        case 0 -> node.put("TemporalEntity.frequency", iri());
                        case 1 -> node.put("Agent.identifier", text());
                        case 2 -> node.set("Cost.hasValue", number());
                        default -> node.putObject("PublicService.name").put("@value", text()).put("@language", pick(LANGUAGES));
                    }
                } else {
                    node.set("ex:p" + random.nextInt(4), value(depth));
                }
            }
            case 5 -> {
                if (vocab) {
                    node.set("v" + random.nextInt(3), value(depth));
                } else {
                    node.set("http://example.org/abs" + random.nextInt(3), value(depth));
                }
            }
            case 6 -> node.set("p" + random.nextInt(2) + ":q" + random.nextInt(3), value(depth));
            default -> {
                String key = plainTerms.isEmpty() || random.nextBoolean() ? "ex:p" + random.nextInt(4) : pick(plainTerms);
                node.set(key, value(depth));
            }
        }
    }

    private JsonNode value(int depth) {
        int choice = random.nextInt(depth < 2 ? 14 : 9);
        return switch (choice) {
            case 0, 1 -> scalar();
            case 2 -> F.nullNode();
            case 3 -> F.objectNode().put("@value", text()).put("@language", pick(LANGUAGES));
            case 4 -> random.nextBoolean() ? F.objectNode().put("@value", "2025-01-0" + (1 + random.nextInt(9))).put("@type", "xsd:date")
                    : F.objectNode().put("@value", text()).put("@type", "ex:dt" + random.nextInt(2));
            case 5 -> F.objectNode().put("@value", random.nextInt(100) - 50).put("@type", "xsd:integer");
            case 6 -> F.objectNode().set("@value", random.nextBoolean() ? number() : F.booleanNode(random.nextBoolean()));
            case 7 -> F.objectNode().put("@id", iri());
            case 8 -> F.objectNode().set("@value", F.nullNode());
            case 9, 10 -> node(depth + 1);
            case 11 -> {
                ArrayNode array = F.arrayNode();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    array.add(value(depth + 1));
                }
                yield array;
            }
            case 12 -> {
                ArrayNode list = F.arrayNode();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    list.add(random.nextBoolean() ? scalar() : node(depth + 1));
                }
                yield F.objectNode().set("@list", list);
            }
            default -> {
                ArrayNode set = F.arrayNode();
                set.add(scalar());
                set.add(value(depth + 1));
                yield F.objectNode().set("@set", set);
            }
        };
    }

    private JsonNode scalar() {
        return switch (random.nextInt(4)) {
            case 0 -> number();
            case 1 -> F.booleanNode(random.nextBoolean());
            default -> F.textNode(text());
        };
    }

    private JsonNode number() {
        return switch (random.nextInt(5)) {
            case 0 -> F.numberNode(random.nextInt(2001) - 1000);
            case 1 -> F.numberNode(random.nextLong());
            case 2 -> F.numberNode(BigDecimal.valueOf(random.nextInt(20001) - 10000, 2));
            case 3 -> F.numberNode(BigDecimal.valueOf(random.nextInt(1000) * 8L + 1 + random.nextInt(7), 0)
                    .divide(BigDecimal.valueOf(8)));
            default -> F.numberNode(new BigDecimal((1 + random.nextInt(9)) + "E" + (random.nextInt(41) - 20)));
        };
    }

    private String text() {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(pick(TEXT));
        }
        return sb.toString();
    }

    private String iri() {
        int k = random.nextInt(6);
        return switch (random.nextInt(5)) {
            case 0 -> "ex:n" + k;
            case 1 -> "http://example.org/n" + k;
            case 2 -> "_:b" + k;
            case 3 -> "p" + random.nextInt(2) + ":n" + k;
            default -> "urn:example:n" + k;
        };
    }

    private String type() {
        int k = random.nextInt(3);
        int choice = random.nextInt(5);
        if (choice == 0 && !types.isEmpty()) {
            return pick(types);
        }
        if (choice == 1 && cpsv) {
            return pick(CPSV_TYPES);
        }
        if (choice == 2 && vocab) {
            return "Thing" + k;
        }
        return random.nextBoolean() ? "ex:T" + k : "http://example.org/T" + k;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
