package io.github.spbe4j.catalog.json;

import io.github.spbe4j.catalog.internal.forms.PlainText;
import io.github.spbe4j.catalog.Availability;
import io.github.spbe4j.catalog.DigitalLevel;
import io.github.spbe4j.catalog.InternalComponents;
import io.github.spbe4j.catalog.InvalidServiceException;
import io.github.spbe4j.catalog.ProcessingTime;
import io.github.spbe4j.catalog.PublicService;
import io.github.spbe4j.catalog.ServiceConcept;
import io.github.spbe4j.catalog.ServiceStatus;
import io.github.spbe4j.catalog.StandarComponent;
import io.github.spbe4j.core.Problem;
import io.github.spbe4j.core.internal.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The form of a {@link PublicService} as an OPD officer submits it, and as a catalog file lists it.
 *
 * <p>A service that names a {@code concept} carries only its local overrides: {@link #toDomain(ServiceConcept)}
 * starts from {@link ServiceConcept#instantiate} and then applies every field of the form that is
 * present (not null). A present field replaces the concept's value whole — a list replaces the
 * concept's list (an empty list clears it), {@code internal} replaces the concept's internal
 * components — and an absent field inherits the concept's value. A service without a concept
 * needs a {@code title}. Absent {@code status} means active, absent {@code availability} everywhere.
 *
 * @param id the service's id, unique in its catalog
 * @param concept the id of the national concept it instantiates, or null
 * @param title its name; may be left out when a concept is named
 * @param description a description, or null
 * @param authority the instansi and unit responsible
 * @param executingUnits ids of the units that carry it out, or null
 * @param status the status as a kebab name of {@link ServiceStatus} ({@code "pilot"}); null for active
 * @param availability where it is available; null for everywhere
 * @param digitalLevel the digital level as a kebab name of {@link DigitalLevel} ({@code "transaksi"}), or null
 * @param channels the channels, or null
 * @param requirements the requirements (component 1), or null
 * @param procedure the procedure's steps (component 2), or null
 * @param processingTime the processing time as text (component 3), e.g. {@code "5 hari kerja"}, or null
 * @param cost the cost (component 4), or null
 * @param output the output (component 5), or null
 * @param complaintChannels the complaint channels (component 6), or null
 * @param legalBasis the legal basis (component 7), or null
 * @param internal the internal components 8..14 keyed by kebab name, or null
 * @param lifeEvents the life events, or null
 * @param keywords search keywords, or null
 * @param cleared the single-valued fields the concept gives that this service does not have —
 *     {@code "description"}, {@code "processingTime"}, {@code "cost"}, {@code "output"} — or null; a
 *     field may not be both cleared and given
 */
@TitleOrConcept
@OnlineChannelForLevel
record ServiceForm(
        @NotNull @Pattern(regexp = FormRules.ID, message = FormRules.ID_MESSAGE) @Nullable String id,
        @Pattern(regexp = FormRules.ID, message = FormRules.ID_MESSAGE) @Nullable String concept,
        @Pattern(regexp = FormRules.NOT_BLANK, message = FormRules.NOT_BLANK_MESSAGE) @Size(max = 500) @PlainText(PlainText.Kind.LINE)
        @Nullable String title,
        @Pattern(regexp = FormRules.NOT_BLANK, message = FormRules.NOT_BLANK_MESSAGE) @Size(max = 10_000) @PlainText(PlainText.Kind.MULTI_LINE)
        @Nullable String description,
        @NotNull @Valid @Nullable AuthorityForm authority,
        @Size(max = 1000) @Nullable List<@NotBlank @Size(max = 128) @PlainText(PlainText.Kind.NAME) String> executingUnits,
        @OneOf(ServiceStatus.class) @Nullable String status,
        @Valid @Nullable AvailabilityForm availability,
        @OneOf(DigitalLevel.class) @Nullable String digitalLevel,
        @Size(max = 100) @Nullable List<@NotNull @Valid ChannelForm> channels,
        @Size(max = 200) @Nullable List<@NotNull @Valid RequirementForm> requirements,
        @Size(max = 200) @Nullable List<@NotBlank @Size(max = 5000) @PlainText(PlainText.Kind.MULTI_LINE) String> procedure,
        @PlainText(PlainText.Kind.PROCESSING_TIME) @Nullable String processingTime,
        @Valid @Nullable CostForm cost,
        @Valid @Nullable OutputForm output,
        @Size(max = 100) @Nullable List<@NotNull @Valid ComplaintChannelForm> complaintChannels,
        @Size(max = 200) @Nullable List<@NotNull @Valid LegalReferenceForm> legalBasis,
        @Nullable Map<@NotNull @InternalComponentName String, @NotBlank @Size(max = 10_000) @PlainText(PlainText.Kind.MULTI_LINE) String> internal,
        @Size(max = 100) @Nullable List<@NotNull @Valid LifeEventForm> lifeEvents,
        @Size(max = 100) @Nullable List<@NotBlank @Size(max = 200) @PlainText(PlainText.Kind.LINE) String> keywords,
        @Size(max = 4) @Nullable List<@NotNull @Pattern(regexp = CLEARABLE, message = CLEARABLE_MESSAGE) String> cleared) {

    /** The fields {@code cleared} may name. */
    static final String CLEARABLE = "description|processingTime|cost|output";

    /** The message of a field {@code cleared} may not name. */
    static final String CLEARABLE_MESSAGE = "{io.github.spbe4j.catalog.json.ServiceForm.cleared.message}";

    /**
     * Returns the full form of a service, every field it has written out; empty lists and absent
     * values are left out (null).
     *
     * @param service the service
     * @return its form
     */
    static ServiceForm from(PublicService service) {
        return from(service, null);
    }

    /**
     * Returns the form of a service; when the service instantiates the given concept, only what differs
     * from the concept is written (a field equal to what the concept gives is left out, a list that
     * differs is written whole, even when empty).
     *
     * <p>A component the concept states but the service does not (a cost, a processing time, an
     * output, a description) cannot be expressed as an override and is left out, so that reading the
     * form back gives the concept's value; services made with {@link ServiceConcept#instantiate} never
     * lose one.
     *
     * @param service the service
     * @param concept the concept it instantiates, or null to write every field
     * @return its form
     */
    static ServiceForm from(PublicService service, @Nullable ServiceConcept concept) {
        Objects.requireNonNull(service, "service");
        ServiceConcept c = concept != null && service.concept().filter(concept.id()::equals).isPresent() ? concept : null;
        return new ServiceForm(
                service.id(),
                service.concept().orElse(null),
                differs(service.title(), c == null ? null : c.title()),
                differs(service.description().orElse(null), c == null ? null : c.description().orElse(null)),
                AuthorityForm.from(service.authority()),
                Names.emptyToNull(service.executingUnits()),
                Names.of(service.status()),
                AvailabilityForm.from(service.availability()),
                service.digitalLevel().map(Names::of).orElse(null),
                Names.emptyToNull(service.channels().stream().map(ChannelForm::from).toList()),
                list(service.requirements(), c == null ? null : c.requirements(), RequirementForm::from),
                list(service.procedure(), c == null ? null : c.procedure(), Function.identity()),
                differs(service.processingTime().map(ProcessingTime::toString).orElse(null),
                        c == null ? null : c.processingTime().map(ProcessingTime::toString).orElse(null)),
                c != null && service.cost().equals(c.cost()) ? null : service.cost().map(CostForm::from).orElse(null),
                c != null && service.output().equals(c.output()) ? null : service.output().map(OutputForm::from).orElse(null),
                list(service.complaintChannels(), c == null ? null : c.complaintChannels(), ComplaintChannelForm::from),
                list(service.legalBasis(), c == null ? null : c.legalBasis(), LegalReferenceForm::from),
                internal(service.internal(), c == null ? null : c.internal()),
                list(service.lifeEvents(), c == null ? null : c.lifeEvents(), LifeEventForm::from),
                list(service.keywords(), c == null ? null : c.keywords(), Function.identity()),
                cleared(service, c));
    }

    /** Returns the single-valued fields the concept gives and the service lacks, or null when none. */
    private static @Nullable List<String> cleared(PublicService service, @Nullable ServiceConcept c) {
        if (c == null) {
            return null;
        }
        List<String> cleared = new java.util.ArrayList<>();
        if (service.description().isEmpty() && c.description().isPresent()) {
            cleared.add("description");
        }
        if (service.processingTime().isEmpty() && c.processingTime().isPresent()) {
            cleared.add("processingTime");
        }
        if (service.cost().isEmpty() && c.cost().isPresent()) {
            cleared.add("cost");
        }
        if (service.output().isEmpty() && c.output().isPresent()) {
            cleared.add("output");
        }
        return cleared.isEmpty() ? null : List.copyOf(cleared);
    }

    private static @Nullable String differs(@Nullable String value, @Nullable String inherited) {
        return Objects.equals(value, inherited) ? null : value;
    }

    private static <T, F> @Nullable List<F> list(List<T> value, @Nullable List<T> inherited, Function<T, F> form) {
        if (inherited == null) {
            return Names.emptyToNull(value.stream().map(form).toList());
        }
        return value.equals(inherited) ? null : value.stream().map(form).toList();
    }

    private static @Nullable Map<String, String> internal(InternalComponents value, @Nullable InternalComponents inherited) {
        if (inherited == null || !value.equals(inherited)) {
            Map<String, String> map = InternalForms.from(value);
            return map == null && inherited != null ? Map.of() : map;
        }
        return null;
    }

    /**
     * Returns the service this valid form describes on its own, inheriting nothing (a named concept is
     * recorded but not read).
     *
     * @return the service
     * @throws io.github.spbe4j.catalog.InvalidServiceException listing every rule of the model broken
     */
    PublicService toDomain() {
        return toDomain(null);
    }

    /**
     * Returns the service this valid form describes, merged with the concept it names: the concept's
     * content, overridden by every field present in the form.
     *
     * @param serviceConcept the concept the form names, or null to inherit nothing
     * @return the service
     * @throws io.github.spbe4j.catalog.InvalidServiceException if the concept is not the one the form
     *     names, or listing every rule of the model broken
     */
    PublicService toDomain(@Nullable ServiceConcept serviceConcept) {
        String serviceId = Objects.requireNonNull(id, "id");
        if (serviceConcept != null && !serviceConcept.id().equals(concept)) {
            throw new InvalidServiceException(Problem.of("concept", "Reference", "service " + Text.clean(serviceId)
                    + " names concept " + Text.clean(String.valueOf(concept)) + ", not " + serviceConcept.id(),
                    concept == null ? null : Text.quote(concept)));
        }
        PublicService.Builder b = start(serviceId, Objects.requireNonNull(authority, "authority").toDomain(), serviceConcept);
        if (cleared != null) {
            for (String field : cleared) {
                switch (field) {
                    case "description" -> clear(b::clearDescription, description, field, serviceId);
                    case "processingTime" -> clear(() -> b.clear(StandarComponent.JANGKA_WAKTU), processingTime, field, serviceId);
                    case "cost" -> clear(() -> b.clear(StandarComponent.BIAYA), cost, field, serviceId);
                    case "output" -> clear(() -> b.clear(StandarComponent.PRODUK), output, field, serviceId);
                    default -> throw new InvalidServiceException(Problem.of("cleared", "Clearable", "service "
                            + Text.clean(serviceId) + " clears " + Text.quote(field)
                            + "; only description, processingTime, cost and output can be cleared", Text.quote(field)));
                }
            }
        }
        if (description != null) {
            b.description(description);
        }
        if (executingUnits != null) {
            b.executingUnits(executingUnits);
        }
        if (status != null) {
            b.status(Names.require(ServiceStatus.class, status));
        }
        if (availability != null) {
            b.availability(availability.toDomain());
        }
        if (digitalLevel != null) {
            b.digitalLevel(Names.require(DigitalLevel.class, digitalLevel));
        }
        if (channels != null) {
            b.channels(channels.stream().map(ChannelForm::toDomain).toList());
        }
        if (requirements != null) {
            b.requirements(RequirementForm.toDomain(requirements));
        }
        if (procedure != null) {
            b.procedure(procedure);
        }
        if (processingTime != null) {
            b.processingTime(ProcessingTime.parse(processingTime));
        }
        if (cost != null) {
            b.cost(cost.toDomain());
        }
        if (output != null) {
            b.output(output.toDomain());
        }
        if (complaintChannels != null) {
            b.complaintChannels(ComplaintChannelForm.toDomain(complaintChannels));
        }
        if (legalBasis != null) {
            b.legalBasis(ConceptForm.legal(legalBasis));
        }
        if (internal != null) {
            b.internal(InternalForms.toDomain(internal));
        }
        if (lifeEvents != null) {
            b.lifeEvents(LifeEventForm.toDomain(lifeEvents));
        }
        if (keywords != null) {
            b.keywords(keywords);
        }
        return b.build();
    }

    private static void clear(Runnable clear, @Nullable Object given, String field, String serviceId) {
        if (given != null) {
            throw new InvalidServiceException(Problem.of(field, "GivenOrCleared", "service " + Text.clean(serviceId)
                    + " both gives and clears " + field + "; leave one of them out", null));
        }
        clear.run();
    }

    /** Starts the builder: the concept's instance, or a service of its own. */
    private PublicService.Builder start(String serviceId, io.github.spbe4j.catalog.Authority auth, @Nullable ServiceConcept c) {
        if (c == null) {
            if (title == null) {
                // read on its own (not from a catalog file), a service that names a concept has nothing to inherit from
                throw new InvalidServiceException(Problem.of("title", "NotNull", "service " + Text.clean(serviceId)
                        + " has no title; a service read without its concept inherits none", null));
            }
            PublicService.Builder b = PublicService.builder(serviceId, title, auth);
            if (concept != null) {
                b.concept(concept);
            }
            return b;
        }
        PublicService.Builder b = c.instantiate(serviceId, auth);
        if (title != null) {
            b.title(title);
        }
        return b;
    }

    /**
     * Tells whether the form names an online channel, or one that could be: a channel of an unknown kind is
     * reported as such, not as a missing online channel.
     *
     * @return true if one of its channels is web or a mobile app, or of a kind not known
     */
    boolean hasOnlineChannel() {
        return channels != null && channels.stream().anyMatch(ch -> ch != null && ch.mayBeOnline());
    }

    /** Returns the digital level named, if it is a known one. */
    Optional<DigitalLevel> level() {
        return Optional.ofNullable(Names.parse(DigitalLevel.class, digitalLevel));
    }
}
