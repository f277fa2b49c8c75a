package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.Messages;

import io.github.spbe4j.catalog.internal.forms.FormValidator;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.core.internal.StrictJson;
import java.util.HashMap;
import java.util.Map;

/**
 * What reading and writing catalog files share: the one strict mapper (spbe-core's strict
 * configuration with {@link SpbeCatalogModule}), the validator of the forms, built on first use, and
 * the tree of a catalog file.
 */
final class CatalogFiles {

    /** The strict mapper forms are bound and written with. */
    static final ObjectMapper MAPPER = StrictJson.mapperBuilder().addModule(new SpbeCatalogModule()).build();

    private CatalogFiles() {
    }

    /** Holds the validator, built on first use: Hibernate Validator takes a while to start. */
    private static final class Validator {
        static final FormValidator INSTANCE = FormValidator.create(Messages.catalog(),
                java.util.Set.of(ValidCost.class, OnlineChannelForLevel.class, TitleOrConcept.class, WebChannelAddress.class));
    }

    static FormValidator validator() {
        return Validator.INSTANCE;
    }

    /**
     * Returns the tree of a catalog file: instansi, concepts and services in their order, fields in a
     * fixed order, empty and absent values left out; a service that instantiates a concept of the
     * catalog is written as its overrides of the concept.
     */
    static ObjectNode tree(Catalog catalog) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", CatalogFileForm.FORMAT);
        if (!catalog.instansi().isEmpty()) {
            ArrayNode instansi = root.putArray("instansi");
            catalog.instansi().forEach(a -> instansi.add(MAPPER.valueToTree(a)));
        }
        Map<String, ServiceConcept> concepts = new HashMap<>();
        if (!catalog.concepts().isEmpty()) {
            ArrayNode array = root.putArray("concepts");
            for (ServiceConcept c : catalog.concepts()) {
                concepts.putIfAbsent(c.id(), c);
                array.add(MAPPER.valueToTree(ConceptForm.from(c)));
            }
        }
        if (!catalog.services().isEmpty()) {
            ArrayNode array = root.putArray("services");
            for (PublicService s : catalog.services()) {
                array.add(MAPPER.valueToTree(ServiceForm.from(s, s.concept().map(concepts::get).orElse(null))));
            }
        }
        return root;
    }

    /** Returns a tree as indented text ending in a line break. */
    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JacksonException e) {
            // a tree of our own making always serialises
            throw new IllegalStateException(e);
        }
    }
}
