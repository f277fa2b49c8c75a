package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.catalog.Catalog;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.core.agency.Instansi;
import io.github.spbe4j.core.agency.Unit;
import io.github.spbe4j.core.internal.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The services a deployment publishes through Open311, with their definitions: what GET services and
 * GET service definition answer, and what a POSTed request is checked against.
 *
 * <p>{@link #from(Catalog)} takes, in catalog order, every service that accepts complaints: one that is
 * delivered now (pilot or active) and names at least one complaint channel (standar component 6). Its
 * {@code service_code} is the catalog id, its name the title, its description and keywords the
 * service's, its group the name of the unit (OPD) responsible for it, or of the instansi when no unit is
 * named; its type is {@link ServiceType#REALTIME}, since the deployment gives the request its tracking
 * id when it accepts it. A catalog service asks nothing beyond Open311's standard fields, so its
 * definition is empty and {@code metadata} false, until a deployment adds attributes with
 * {@link #withDefinition(ServiceDefinition)}.
 *
 * <pre>{@code
 * Open311Services services = Open311Services.from(catalog)
 *         .withDefinition(ServiceDefinition.of("lampu-jalan", List.of(
 *                 Attribute.of("tiang", Attribute.Datatype.STRING, false, 1, "Nomor tiang lampu", List.of()))));
 * String xml = Open311Format.XML.services(services.services());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Open311Services {

    private final List<Open311Service> services;
    private final Map<String, Open311Service> byCode;
    private final Map<String, ServiceDefinition> definitions;

    private Open311Services(List<Open311Service> services, Map<String, ServiceDefinition> definitions) {
        this.services = List.copyOf(services);
        this.definitions = Map.copyOf(definitions);
        this.byCode = new LinkedHashMap<>();
        Checks checks = new Checks();
        for (int i = 0; i < this.services.size(); i++) {
            Open311Service s = this.services.get(i);
            if (byCode.putIfAbsent(s.code(), s) != null) {
                checks.add("services[" + i + "].service_code", Checks.UNIQUE, "service code " + Text.quote(s.code())
                        + " is used by more than one service", Text.quote(s.code()));
            }
            boolean asks = Optional.ofNullable(definitions.get(s.code())).map(d -> !d.attributes().isEmpty()).orElse(false);
            if (s.metadata() != asks) {
                checks.add("services[" + i + "].metadata", "Metadata", "service " + Text.quote(s.code()) + " has metadata "
                        + s.metadata() + " but its definition " + (asks ? "has" : "has no") + " attributes; metadata is true exactly"
                        + " when there are attributes", String.valueOf(s.metadata()));
            }
        }
        for (String code : definitions.keySet()) {
            if (!byCode.containsKey(code)) {
                checks.add("definitions", "KnownService", "a definition is given for service " + Text.quote(code)
                        + ", which is not among the services", Text.quote(code));
            }
        }
        checks.throwIfAny("Open311 services");
    }

    /**
     * Returns the services and definitions given.
     *
     * @param services the services, codes unique
     * @param definitions their definitions; a service without one asks nothing
     * @return the services
     * @throws Open311Exception if codes repeat, a definition names no service, or a service's
     *     {@code metadata} does not say whether its definition has attributes
     */
    public static Open311Services of(List<Open311Service> services, List<ServiceDefinition> definitions) {
        Map<String, ServiceDefinition> map = new LinkedHashMap<>();
        for (ServiceDefinition d : Objects.requireNonNull(definitions, "definitions")) {
            map.put(d.serviceCode(), d);
        }
        return new Open311Services(Objects.requireNonNull(services, "services"), map);
    }

    /**
     * Returns the services of a catalog that accept complaints, as the class description states.
     *
     * @param catalog the catalog
     * @return the services, without attributes
     */
    public static Open311Services from(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        List<Open311Service> list = new ArrayList<>();
        for (PublicService s : catalog.services()) {
            if (acceptsComplaints(s)) {
                list.add(new Open311Service(s.id(), s.title(), s.description(), false, ServiceType.REALTIME, keywords(s.keywords()),
                        Optional.of(group(catalog, s))));
            }
        }
        return new Open311Services(list, Map.of());
    }

    /**
     * Tells whether a catalog service is published through Open311: it is delivered now (pilot or
     * active) and names at least one complaint channel.
     *
     * @param service the service
     * @return true when it accepts complaints
     */
    public static boolean acceptsComplaints(PublicService service) {
        return service.status().delivered() && !service.complaintChannels().isEmpty();
    }

    /**
     * Returns a copy in which a service asks the attributes of a definition; its {@code metadata}
     * becomes true when the definition has attributes.
     *
     * @param definition the definition, of one of the services
     * @return the copy
     * @throws Open311Exception if no service has the definition's code
     */
    public Open311Services withDefinition(ServiceDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        Map<String, ServiceDefinition> map = new LinkedHashMap<>(definitions);
        map.put(definition.serviceCode(), definition);
        List<Open311Service> list = new ArrayList<>();
        for (Open311Service s : services) {
            list.add(s.code().equals(definition.serviceCode()) ? s.withMetadata(!definition.attributes().isEmpty()) : s);
        }
        return new Open311Services(list, map);
    }

    /**
     * Returns the services, in order: GET services' answer.
     *
     * @return the services
     */
    public List<Open311Service> services() {
        return services;
    }

    /**
     * Returns the service with a code.
     *
     * @param code the service_code
     * @return the service, if published
     */
    public Optional<Open311Service> service(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Returns the definition of a service: GET service definition's answer; empty attributes when the
     * service asks nothing beyond the standard fields.
     *
     * @param code the service_code
     * @return the definition, if the service is published
     */
    public Optional<ServiceDefinition> definition(String code) {
        if (!byCode.containsKey(code)) {
            return Optional.empty();
        }
        return Optional.of(definitions.getOrDefault(code, ServiceDefinition.of(code, List.of())));
    }

    private static String group(Catalog catalog, PublicService s) {
        Instansi government = catalog.instansiOf(s);
        return s.authority().unit().flatMap(government::unit).map(Unit::name).orElse(government.name());
    }

    /** Splits catalog keywords holding a comma, as a reader of Open311's comma-separated keywords would. */
    private static List<String> keywords(List<String> catalogKeywords) {
        List<String> out = new ArrayList<>();
        for (String k : catalogKeywords) {
            for (String part : k.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
        return o instanceof Open311Services other && services.equals(other.services) && definitions.equals(other.definitions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(services, definitions);
    }

    @Override
    public String toString() {
        return "Open311Services[" + services.size() + " services]";
    }
}
