package io.github.spbe4j.catalog.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.InvalidServiceException;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.SpbeException;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.InvalidAgencyException;
import io.github.spbe4j.core.internal.Fields;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.json.SpbeCoreModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a catalog file's tree — or one service or concept in its catalog-file form — binding the
 * forms, validating them, merging and converting, and collecting every problem; throws them all at
 * once. Not thread-safe: one per read.
 */
final class CatalogReader {

    private static final ObjectReader INSTANSI = CatalogFiles.MAPPER.readerFor(Instansi.class);

    private static final List<String> TOP = List.of("format", "instansi", "concepts", "services");

    /** The element a path of the catalog's own checks starts with: {@code services[3]}. */
    private static final Pattern ELEMENT = Pattern.compile("^(instansi|concepts|services)\\[(\\d+)\\]");

    private final ObjectMapper mapper = CatalogFiles.MAPPER;
    private final FormValidator validator = CatalogFiles.validator();
    private final Locale locale;
    private final List<Problem> problems = new ArrayList<>();
    /** For each list handed to the catalog, the index in the file of each of its elements. */
    private final Map<String, List<Integer>> fileIndex = new HashMap<>();

    CatalogReader(Locale locale) {
        this.locale = locale;
    }

    /** The parts of a file that could be read. */
    private record Parts(List<Instansi> instansi, List<ServiceConcept> concepts, List<PublicService> services) {
    }

    /** Reads what can be read, recording every problem; the parts that break a rule are left out. */
    private Parts parts(JsonNode root, String subject) {
        if (!root.isObject()) {
            throw new InvalidCatalogException(subject, List.of(Problem.of("", Fields.TYPE,
                    "the document must be a JSON object (" + Text.show(root) + ")", Text.show(root))));
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!TOP.contains(e.getKey())) {
                problems.add(Problem.ofField(Text.clean(e.getKey()), Fields.UNKNOWN, "is not a known field; known fields are "
                        + String.join(", ", TOP), Text.show(e.getValue())));
            }
        }
        String format = null;
        JsonNode f = root.get("format");
        if (f != null && !f.isNull() && !f.isTextual()) {
            problems.add(Problem.ofField("format", Fields.TYPE, "must be a string", Text.show(f)));
            format = CatalogFileForm.FORMAT; // reported; keep the validator quiet about it
        } else if (f != null && f.isTextual()) {
            format = f.textValue();
        }
        List<Instansi> instansi = readInstansi(root);
        List<@Nullable ConceptForm> concepts = bind(root, "concepts", ConceptForm.class);
        List<@Nullable ServiceForm> services = bind(root, "services", ServiceForm.class);
        CatalogFileForm file = new CatalogFileForm(format, instansi, concepts, services);
        Set<String> invalid = new HashSet<>();
        for (FormViolation v : validator.validate(file, locale)) {
            problems.add(Problem.ofField(v.path(), v.rule(), v.message(), v.value()));
            invalid.add(element(v.path()));
        }
        Map<String, ServiceConcept> byId = new HashMap<>();
        Set<String> conceptIds = new HashSet<>();
        List<ServiceConcept> conceptList = new ArrayList<>();
        List<Integer> conceptIndex = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            ConceptForm c = concepts.get(i);
            if (c == null) {
                continue;
            }
            conceptIds.add(String.valueOf(c.id()));
            String at = "concepts[" + i + "]";
            if (invalid.contains(at)) {
                continue;
            }
            ServiceConcept concept = convert(at, c::toDomain);
            if (concept != null) {
                conceptList.add(concept);
                conceptIndex.add(i);
                byId.putIfAbsent(concept.id(), concept);
            }
        }
        fileIndex.put("concepts", conceptIndex);
        List<PublicService> serviceList = new ArrayList<>();
        List<Integer> serviceIndex = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            ServiceForm s = services.get(i);
            String at = "services[" + i + "]";
            if (s == null || invalid.contains(at)) {
                continue;
            }
            String conceptId = s.concept();
            ServiceConcept concept = conceptId == null ? null : byId.get(conceptId);
            if (conceptId != null && concept == null) {
                if (!conceptIds.contains(conceptId)) {
                    problems.add(Problem.ofField(at + ".concept", "Reference", "names a concept the file does not define",
                            Text.quote(conceptId)));
                }
                continue;
            }
            PublicService service = convert(at, () -> s.toDomain(concept));
            if (service != null) {
                serviceList.add(service);
                serviceIndex.add(i);
            }
        }
        fileIndex.put("services", serviceIndex);
        return new Parts(instansi, conceptList, serviceList);
    }

    /**
     * Reads the file into a catalog: the problems of the file and the inconsistencies between the parts
     * that could be read, all at once, each with its path in the file.
     *
     * @throws InvalidCatalogException listing every problem
     */
    Catalog readCatalog(JsonNode root, String subject) {
        Parts parts = parts(root, subject);
        Catalog catalog = null;
        try {
            catalog = Catalog.of(parts.instansi(), parts.concepts(), parts.services());
        } catch (InvalidCatalogException e) {
            e.problems().forEach(p -> problems.add(inFile(p)));
        }
        if (!problems.isEmpty() || catalog == null) {
            throw new InvalidCatalogException(subject, problems);
        }
        return catalog;
    }

    /**
     * Reads one value in its catalog-file form — a service in full, a concept — binding the form,
     * validating it and converting it; every problem is thrown at once, with its path: the value's own
     * path {@code at} in a larger document (empty at the root) followed by the field's.
     *
     * @throws InvalidServiceException listing every problem
     */
    <F, T> T readOne(JsonNode node, Class<F> type, Function<F, T> toDomain, String subject, String at) {
        F form = null;
        if (!node.isObject()) {
            problems.add(Problem.ofField(at, Fields.TYPE, "must be a JSON object", Text.show(node)));
        } else {
            try {
                form = mapper.treeToValue(node, type);
            } catch (JacksonException e) {
                problems.add(describe(at, node, e));
            }
        }
        if (form != null) {
            for (FormViolation v : validator.validate(form, locale)) {
                problems.add(Problem.ofField(v.path().isEmpty() ? at : Fields.where(at, v.path()), v.rule(), v.message(), v.value()));
            }
        }
        T value = null;
        if (form != null && problems.isEmpty()) {
            F valid = form;
            value = convert(at, () -> toDomain.apply(valid));
        }
        if (value == null) {
            throw new InvalidServiceException(subject, problems);
        }
        return value;
    }

    /** Returns a problem of the catalog's own checks with its path in the file: the elements that could not be read are not in the catalog. */
    private Problem inFile(Problem p) {
        Matcher m = ELEMENT.matcher(p.path());
        if (!m.find()) {
            return p;
        }
        List<Integer> index = fileIndex.get(m.group(1));
        int i = Integer.parseInt(m.group(2));
        if (index == null || i >= index.size()) {
            return p;
        }
        String path = m.group(1) + "[" + index.get(i) + "]" + p.path().substring(m.end());
        return Problem.of(path, p.rule(), p.message(), p.rejectedValue().orElse(null));
    }

    /** Reads the instansi section with spbe-core's reader, each problem with its path in the file. */
    private List<Instansi> readInstansi(JsonNode root) {
        JsonNode array = root.get("instansi");
        List<Instansi> result = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        fileIndex.put("instansi", index);
        if (array == null || array.isNull()) {
            return result;
        }
        if (!array.isArray()) {
            problems.add(Problem.ofField("instansi", Fields.TYPE, "must be an array", Text.show(array)));
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            try {
                result.add(INSTANSI.withAttribute(SpbeCoreModule.PATH_ATTRIBUTE, "instansi[" + i + "]").readValue(array.get(i)));
                index.add(i);
            } catch (InvalidAgencyException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                // a tree in memory reads without I/O
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    /** Binds each element of an array to a form; an element that does not bind is null, its problem recorded. */
    private <T> List<@Nullable T> bind(JsonNode root, String field, Class<T> type) {
        JsonNode array = root.get(field);
        List<@Nullable T> forms = new ArrayList<>();
        if (array == null || array.isNull()) {
            return forms;
        }
        if (!array.isArray()) {
            problems.add(Problem.ofField(field, Fields.TYPE, "must be an array", Text.show(array)));
            return forms;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = field + "[" + i + "]";
            JsonNode node = array.get(i);
            try {
                T form = node.isNull() ? null : mapper.treeToValue(node, type);
                if (form == null) {
                    problems.add(Problem.ofField(at, Fields.TYPE, "must be an object", "null"));
                }
                forms.add(form);
            } catch (JacksonException e) {
                problems.add(describe(at, node, e));
                forms.add(null);
            }
        }
        return forms;
    }

    /** Converts a valid form; a rule of the model it breaks becomes a problem at the element's path. */
    private <T> @Nullable T convert(String at, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (SpbeException e) {
            for (Problem p : e.problems()) {
                problems.add(at.isEmpty() ? p : Problem.of(p.path().isEmpty() ? at : at + "." + p.path(), p.rule(),
                        at + ": " + p.message(), p.rejectedValue().orElse(null)));
            }
        }
        return null;
    }

    /** Returns {@code services[3]} of a path such as {@code services[3].cost.rupiah}. */
    private static String element(String path) {
        int end = path.indexOf(']');
        return end < 0 ? path : path.substring(0, end + 1);
    }

    /** Describes a binding failure: the JSON path, what was expected, and the value found. */
    private static Problem describe(String at, JsonNode element, JacksonException e) {
        StringBuilder path = new StringBuilder(at);
        JsonNode value = element;
        List<JsonMappingException.Reference> refs = e instanceof JsonMappingException d ? d.getPath() : List.of();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(Text.clean(r.getFieldName()));
                value = value == null ? null : value.get(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
                value = value == null ? null : value.get(r.getIndex());
            }
        }
        String shown = value == null ? null : Text.show(value);
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            Collection<Object> ids = u.getKnownPropertyIds();
            if (ids != null) {
                ids.forEach(id -> known.add(String.valueOf(id)));
            }
            known.sort(null);
            return Problem.ofField(path.toString(), Fields.UNKNOWN, "is not a known field; known fields are " + String.join(", ", known), shown);
        }
        if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
            return Problem.ofField(path.toString(), Fields.RANGE, "must be a whole number of at most " + Cost.MAX_RUPIAH, shown);
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return Problem.ofField(path.toString(), Fields.TYPE, "must be " + expected(m.getTargetType()), shown);
        }
        return Problem.ofField(path.toString(), Fields.TYPE, "cannot be read: " + Text.firstLine(e.getOriginalMessage(), e), shown);
    }

    private static String expected(Class<?> type) {
        Map<Class<?>, String> names = Map.of(String.class, "a string", Long.class, "a whole number",
                long.class, "a whole number", List.class, "an array", Map.class, "an object",
                AvailabilityForm.class, "\"everywhere\" or an object {\"villages\": [village codes]}");
        return names.getOrDefault(type, Collection.class.isAssignableFrom(type) ? "an array" : "an object");
    }
}
