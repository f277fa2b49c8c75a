package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.FormBinder;
import io.github.spbe4j.catalog.internal.forms.FormValidator;
import io.github.spbe4j.catalog.internal.forms.FormViolation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.Cost;
import io.github.spbe4j.catalog.InvalidCatalogException;
import io.github.spbe4j.catalog.InvalidServiceException;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.core.internal.ProblemList;
import io.github.spbe4j.catalog.internal.Repeats;
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
import java.util.BitSet;
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
 * once, the first {@value SpbeException#MAX_PROBLEMS} in document order and a count of the rest.
 *
 * <p>The cost of a read grows with the file: each concept and service is validated on its own, and the
 * rules between them — ids unique, a service's concept defined — are checked once for the whole file,
 * each repeated id reported once. A problem is reported once, where it is: a service that names an
 * instansi or concept whose entry in the file is broken is not reported again for naming it. Not
 * thread-safe: one per read.
 */
final class CatalogReader {

    private static final ObjectReader INSTANSI = CatalogFiles.MAPPER.readerFor(Instansi.class);

    private static final FormBinder BINDER = new FormBinder(CatalogFiles.MAPPER,
            Map.of(AvailabilityForm.class, "\"everywhere\" or an object {\"villages\": [village codes]}"),
            "a whole number of at most " + Cost.MAX_RUPIAH);

    private static final List<String> TOP = List.of("format", "instansi", "concepts", "services");

    /** The element a path of the catalog's own checks starts with: {@code services[3]}. */
    private static final Pattern ELEMENT = Pattern.compile("^(instansi|concepts|services)\\[(\\d+)\\]");

    private final ObjectMapper mapper = CatalogFiles.MAPPER;
    private final FormValidator validator = CatalogFiles.validator();
    private final Locale locale;
    private final ProblemList problems = ProblemList.inDocumentOrder();
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
        FormBinder.Format format = FormBinder.head(root, TOP, problems, p -> new InvalidCatalogException(subject, p));
        if (format.readable()) {
            add(validator.validate(new CatalogFileForm(format.text()), locale), "");
        }
        JsonNode instansiArray = array(root, "instansi");
        JsonNode conceptArray = array(root, "concepts");
        JsonNode serviceArray = array(root, "services");
        List<@Nullable String> instansiIds = ids(instansiArray);
        List<@Nullable String> conceptIds = ids(conceptArray);
        List<@Nullable String> serviceIds = ids(serviceArray);
        BitSet instansiRepeats = repeats("instansi", instansiIds);
        BitSet conceptRepeats = repeats("concepts", conceptIds);
        BitSet serviceRepeats = repeats("services", serviceIds);

        // the instansi: those that cannot be read are left out, and services naming them are not checked against them
        List<Instansi> instansi = new ArrayList<>();
        List<Integer> instansiIndex = new ArrayList<>();
        Set<String> brokenInstansi = new HashSet<>();
        for (int i = 0; instansiArray != null && i < instansiArray.size(); i++) {
            Instansi read = readInstansi(instansiArray.get(i), i);
            if (read == null) {
                String id = instansiIds.get(i);
                if (id != null) {
                    brokenInstansi.add(id);
                }
            } else if (!instansiRepeats.get(i)) {
                instansi.add(read);
                instansiIndex.add(i);
            }
        }
        fileIndex.put("instansi", instansiIndex);

        // the concepts: a service naming one that is broken is not reported for naming it
        Set<String> definedConcepts = new HashSet<>();
        conceptIds.forEach(id -> {
            if (id != null) {
                definedConcepts.add(id);
            }
        });
        Map<String, ServiceConcept> byId = new HashMap<>();
        List<ServiceConcept> conceptList = new ArrayList<>();
        List<Integer> conceptIndex = new ArrayList<>();
        for (int i = 0; conceptArray != null && i < conceptArray.size(); i++) {
            String at = "concepts[" + i + "]";
            ConceptForm c = bind(conceptArray.get(i), at, ConceptForm.class);
            if (c == null || !valid(c, conceptArray.get(i), at)) {
                continue;
            }
            ServiceConcept concept = convert(at, c::toDomain);
            if (concept != null && !conceptRepeats.get(i)) {
                conceptList.add(concept);
                conceptIndex.add(i);
                byId.putIfAbsent(concept.id(), concept);
            }
        }
        fileIndex.put("concepts", conceptIndex);

        List<PublicService> serviceList = new ArrayList<>();
        List<Integer> serviceIndex = new ArrayList<>();
        for (int i = 0; serviceArray != null && i < serviceArray.size(); i++) {
            String at = "services[" + i + "]";
            ServiceForm s = bind(serviceArray.get(i), at, ServiceForm.class);
            if (s == null || !valid(s, serviceArray.get(i), at)) {
                continue;
            }
            String conceptId = s.concept();
            ServiceConcept concept = conceptId == null ? null : byId.get(conceptId);
            if (conceptId != null && concept == null) {
                if (!definedConcepts.contains(conceptId)) {
                    problems.add(Problem.ofField(at + ".concept", "Reference", "names a concept the file does not define",
                            Text.quote(conceptId)));
                }
                continue;
            }
            PublicService service = convert(at, () -> s.toDomain(concept));
            if (service != null && !serviceRepeats.get(i) && !brokenInstansi.contains(service.authority().instansi())) {
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
     * @throws InvalidCatalogException listing the problems
     */
    Catalog readCatalog(JsonNode root, String subject) {
        Parts parts = parts(root, subject);
        Catalog catalog = null;
        try {
            catalog = Catalog.of(parts.instansi(), parts.concepts(), parts.services());
        } catch (InvalidCatalogException e) {
            e.problems().forEach(p -> problems.add(inFile(p)));
            problems.omit(e.omitted());
        }
        if (!problems.isEmpty() || catalog == null) {
            throw new InvalidCatalogException(subject, problems.list(), problems.omitted());
        }
        return catalog;
    }

    /**
     * Reads one value in its catalog-file form — a service in full, a concept — binding the form,
     * validating it and converting it; every problem is thrown at once, with its path: the value's own
     * path {@code at} in a larger document (empty at the root) followed by the field's.
     *
     * @throws InvalidServiceException listing the problems
     */
    <F, T> T readOne(JsonNode node, Class<F> type, Function<F, T> toDomain, String subject, String at) {
        F form = null;
        if (!node.isObject()) {
            problems.add(Problem.ofField(at, Fields.TYPE, "must be a JSON object", Text.show(node)));
        } else {
            form = bind(node, at, type);
        }
        T value = null;
        if (form != null && valid(form, node, at)) {
            F valid = form;
            value = convert(at, () -> toDomain.apply(valid));
        }
        if (value == null) {
            throw new InvalidServiceException(subject, problems.list(), problems.omitted());
        }
        return value;
    }

    /**
     * Validates a form at a path in the file; records its violations and tells whether there were none. A
     * form with a list longer than any the forms allow is refused for that alone, unchecked, so that one
     * element's problems stay as few as its allowed size permits.
     */
    private boolean valid(Object form, JsonNode node, String at) {
        Oversized oversized = tooLong(node, at);
        if (oversized != null) {
            problems.add(Problem.ofField(oversized.path(), "Size", "has " + oversized.node().size()
                    + " entries; no list of the catalog file has more than " + LONGEST_LIST, Text.show(oversized.node())));
            return false;
        }
        List<FormViolation> violations = validator.validate(form, locale);
        add(violations, at);
        return violations.isEmpty();
    }

    /** The most entries of any list or map of the forms: a service's villages (AvailabilityForm). */
    static final int LONGEST_LIST = 100_000;

    /** A list or map longer than any the forms allow, and where it is. */
    private record Oversized(String path, JsonNode node) {
    }

    /** Returns the first array or object below a node with more than {@link #LONGEST_LIST} entries, or null. */
    private static @Nullable Oversized tooLong(JsonNode node, String at) {
        if (node.size() > LONGEST_LIST) {
            return new Oversized(at, node);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Oversized found = tooLong(node.get(i), at + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                Oversized found = tooLong(e.getValue(), Fields.where(at, Text.clean(e.getKey())));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void add(List<FormViolation> violations, String at) {
        for (FormViolation v : violations) {
            problems.add(Problem.ofField(v.path().isEmpty() ? at : Fields.where(at, v.path()), v.rule(), v.message(), v.value()));
        }
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

    /** Returns a top-level list of the file, or null when absent or not an array (a problem then). */
    private @Nullable JsonNode array(JsonNode root, String field) {
        return FormBinder.array(root, field, false, problems);
    }

    /** Returns the id each element of a list gives, as written; null for an element without a text id. */
    private static List<@Nullable String> ids(@Nullable JsonNode array) {
        List<@Nullable String> ids = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            JsonNode id = array.get(i).get("id");
            ids.add(id != null && id.isTextual() ? id.textValue() : null);
        }
        return ids;
    }

    /**
     * Reports each id that more than one element of a list uses, once, with how many and where; returns the
     * elements after the first of each such id, which are left out of the catalog.
     */
    private BitSet repeats(String list, List<@Nullable String> ids) {
        BitSet later = new BitSet();
        List<Repeats.Repeat> repeats = Repeats.of(ids.size(), ids::get);
        if (repeats.isEmpty()) {
            return later;
        }
        String and = validator.message("{io.github.spbe4j.catalog.json.list.and}", Map.of(), locale);
        Set<String> repeated = new HashSet<>();
        for (Repeats.Repeat r : repeats) {
            repeated.add(r.id());
            String positions = r.shown(list, and, n -> validator.message("{io.github.spbe4j.catalog.json.list.more}",
                    Map.of("count", n), locale));
            String message = validator.message("{io.github.spbe4j.catalog.json.UniqueIds." + list + "}",
                    Map.of("id", Text.quote(r.id()), "count", r.count(), "positions", positions), locale);
            problems.add(Problem.ofField(list, "UniqueIds", message, Text.quote(r.id())));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id != null && repeated.contains(id) && !seen.add(id)) {
                later.set(i);
            }
        }
        return later;
    }

    /** Reads one instansi with spbe-core's reader, each problem with its path in the file; null when it cannot be read. */
    private @Nullable Instansi readInstansi(JsonNode element, int i) {
        try {
            return INSTANSI.withAttribute(SpbeCoreModule.PATH_ATTRIBUTE, "instansi[" + i + "]").readValue(element);
        } catch (InvalidAgencyException e) {
            problems.addAll(e);
            return null;
        } catch (IOException e) {
            // a tree in memory reads without I/O
            throw new UncheckedIOException(e);
        }
    }

    /** Binds an element to a form; null when it does not bind, its problem recorded. */
    private <T> @Nullable T bind(JsonNode node, String at, Class<T> type) {
        return BINDER.bind(node, at, type, problems);
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
            problems.omit(e.omitted());
        }
        return null;
    }
}
