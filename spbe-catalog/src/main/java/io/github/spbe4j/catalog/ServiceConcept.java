package io.github.spbe4j.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A national concept of a public service — "Penerbitan KTP-el", "Surat Keterangan Tidak Mampu" —
 * holding what every agency that delivers it has in common: its name, requirements, procedure,
 * output, legal basis and usual processing time and cost. Each agency or kelurahan
 * {@linkplain #instantiate instantiates} it as a {@link PublicService}, overriding what is local
 * (channels, fees set by its own Perda, contacts, where it is available).
 *
 * <pre>{@code
 * ServiceConcept sktm = ServiceConcept.builder("sktm", "Surat Keterangan Tidak Mampu")
 *         .output(Output.of("Surat Keterangan Tidak Mampu", OutputType.LETTER))
 *         .cost(Cost.free())
 *         .build();
 * PublicService local = sktm.instantiate("sktm-bukit-tunggal", Authority.of("kota-palangka-raya", "kel-bukit-tunggal"))
 *         .processingTime(ProcessingTime.workingDays(1))      // a local override
 *         .channel(Channel.of(ChannelKind.KELURAHAN_OFFICE))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; always valid ({@link InvalidServiceException} lists every problem).
 */
public final class ServiceConcept {

    private final String id;
    private final String title;
    private final @Nullable String description;
    private final List<String> keywords;
    private final List<LifeEvent> lifeEvents;
    private final List<Requirement> requirements;
    private final List<String> procedure;
    private final @Nullable ProcessingTime processingTime;
    private final @Nullable Cost cost;
    private final @Nullable Output output;
    private final List<LegalReference> legalBasis;
    private final List<ComplaintChannel> complaintChannels;
    private final InternalComponents internal;

    private ServiceConcept(Builder b) {
        this.id = b.id;
        this.title = b.title;
        this.description = b.description;
        this.keywords = List.copyOf(b.keywords);
        this.lifeEvents = List.copyOf(b.lifeEvents);
        this.requirements = List.copyOf(b.requirements);
        this.procedure = List.copyOf(b.procedure);
        this.processingTime = b.processingTime;
        this.cost = b.cost;
        this.output = b.output;
        this.legalBasis = List.copyOf(b.legalBasis);
        this.complaintChannels = List.copyOf(b.complaintChannels);
        this.internal = b.internal;
        List<String> problems = new ArrayList<>();
        ContentRules.id(id, "the id", problems);
        ContentRules.text(title, "the title", true, problems);
        ContentRules.text(description, "the description", false, problems);
        ContentRules.texts(keywords, "keywords", problems);
        ContentRules.texts(procedure, "procedure", problems);
        ContentRules.requirements(requirements, List.of(), problems);
        ContentRules.lifeEvents(lifeEvents, problems);
        if (!problems.isEmpty()) {
            throw new InvalidServiceException("service concept " + id, problems);
        }
    }

    /**
     * Starts a concept.
     *
     * @param id the concept's id, e.g. {@code "sktm"}
     * @param title its name, e.g. {@code "Surat Keterangan Tidak Mampu"}
     * @return a builder
     */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /**
     * Returns a builder of a public service of this concept, filled with the concept's content, for
     * the local instance to override what differs.
     *
     * @param serviceId the instance's id, unique in its catalog
     * @param authority the agency that delivers it
     * @return a builder holding this concept's content
     */
    public PublicService.Builder instantiate(String serviceId, Authority authority) {
        PublicService.Builder b = PublicService.builder(serviceId, title, authority).concept(id)
                .keywords(keywords).lifeEvents(lifeEvents).requirements(requirements).procedure(procedure)
                .legalBasis(legalBasis).complaintChannels(complaintChannels).internal(internal);
        if (description != null) {
            b.description(description);
        }
        if (processingTime != null) {
            b.processingTime(processingTime);
        }
        if (cost != null) {
            b.cost(cost);
        }
        if (output != null) {
            b.output(output);
        }
        return b;
    }

    /**
     * Returns a builder holding this concept, to change a copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, title);
        b.description = description;
        b.keywords.addAll(keywords);
        b.lifeEvents.addAll(lifeEvents);
        b.requirements.addAll(requirements);
        b.procedure.addAll(procedure);
        b.processingTime = processingTime;
        b.cost = cost;
        b.output = output;
        b.legalBasis.addAll(legalBasis);
        b.complaintChannels.addAll(complaintChannels);
        b.internal = internal;
        return b;
    }

    /**
     * Returns the id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    public String title() {
        return title;
    }

    /**
     * Returns the description, if any.
     *
     * @return the description, if any
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Returns the search keywords.
     *
     * @return the search keywords
     */
    public List<String> keywords() {
        return keywords;
    }

    /**
     * Returns the life events the concept belongs to.
     *
     * @return the life events the concept belongs to
     */
    public List<LifeEvent> lifeEvents() {
        return lifeEvents;
    }

    /**
     * Returns the requirements (component 1).
     *
     * @return the requirements (component 1)
     */
    public List<Requirement> requirements() {
        return requirements;
    }

    /**
     * Returns the procedure's steps (component 2).
     *
     * @return the procedure's steps (component 2)
     */
    public List<String> procedure() {
        return procedure;
    }

    /**
     * Returns the usual processing time (component 3), if stated.
     *
     * @return the usual processing time (component 3), if stated
     */
    public Optional<ProcessingTime> processingTime() {
        return Optional.ofNullable(processingTime);
    }

    /**
     * Returns the usual cost (component 4), if stated.
     *
     * @return the usual cost (component 4), if stated
     */
    public Optional<Cost> cost() {
        return Optional.ofNullable(cost);
    }

    /**
     * Returns the output (component 5), if stated.
     *
     * @return the output (component 5), if stated
     */
    public Optional<Output> output() {
        return Optional.ofNullable(output);
    }

    /**
     * Returns the legal basis (component 7).
     *
     * @return the legal basis (component 7)
     */
    public List<LegalReference> legalBasis() {
        return legalBasis;
    }

    /**
     * Returns the complaint channels (component 6).
     *
     * @return the complaint channels (component 6)
     */
    public List<ComplaintChannel> complaintChannels() {
        return complaintChannels;
    }

    /**
     * Returns the internal components 8..14 stated.
     *
     * @return the internal components 8..14 stated
     */
    public InternalComponents internal() {
        return internal;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ServiceConcept c && id.equals(c.id) && title.equals(c.title)
                && Objects.equals(description, c.description) && keywords.equals(c.keywords)
                && lifeEvents.equals(c.lifeEvents) && requirements.equals(c.requirements)
                && procedure.equals(c.procedure) && Objects.equals(processingTime, c.processingTime)
                && Objects.equals(cost, c.cost) && Objects.equals(output, c.output)
                && legalBasis.equals(c.legalBasis) && complaintChannels.equals(c.complaintChannels)
                && internal.equals(c.internal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, description, keywords, lifeEvents, requirements, procedure, processingTime,
                cost, output, legalBasis, complaintChannels, internal);
    }

    @Override
    public String toString() {
        return "ServiceConcept[" + id + ", " + title + "]";
    }

    /** A builder of a {@link ServiceConcept}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String title;
        private @Nullable String description;
        private final List<String> keywords = new ArrayList<>();
        private final List<LifeEvent> lifeEvents = new ArrayList<>();
        private final List<Requirement> requirements = new ArrayList<>();
        private final List<String> procedure = new ArrayList<>();
        private @Nullable ProcessingTime processingTime;
        private @Nullable Cost cost;
        private @Nullable Output output;
        private final List<LegalReference> legalBasis = new ArrayList<>();
        private final List<ComplaintChannel> complaintChannels = new ArrayList<>();
        private InternalComponents internal = InternalComponents.none();

        private Builder(String id, String title) {
            this.id = Objects.requireNonNull(id, "id");
            this.title = Objects.requireNonNull(title, "title");
        }

        /**
         * Sets the description.
         *
         * @param text the description
         * @return this builder
         */
        public Builder description(String text) {
            this.description = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets the search keywords, replacing any set.
         *
         * @param list the search keywords, replacing any set
         * @return this builder
         */
        public Builder keywords(List<String> list) {
            Builders.replace(keywords, list, "keywords");
            return this;
        }

        /**
         * Sets the life events, replacing any set.
         *
         * @param list the life events, replacing any set
         * @return this builder
         */
        public Builder lifeEvents(List<LifeEvent> list) {
            Builders.replace(lifeEvents, list, "lifeEvents");
            return this;
        }

        /**
         * Sets the requirements, replacing any set.
         *
         * @param list the requirements, replacing any set
         * @return this builder
         */
        public Builder requirements(List<Requirement> list) {
            Builders.replace(requirements, list, "requirements");
            return this;
        }

        /**
         * Sets a requirement to add.
         *
         * @param requirement a requirement to add
         * @return this builder
         */
        public Builder requirement(Requirement requirement) {
            requirements.add(Objects.requireNonNull(requirement, "requirement"));
            return this;
        }

        /**
         * Sets the procedure's steps, replacing any set.
         *
         * @param steps the procedure's steps, replacing any set
         * @return this builder
         */
        public Builder procedure(List<String> steps) {
            Builders.replace(procedure, steps, "procedure");
            return this;
        }

        /**
         * Sets the usual processing time.
         *
         * @param time the usual processing time
         * @return this builder
         */
        public Builder processingTime(ProcessingTime time) {
            this.processingTime = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * Sets the usual cost.
         *
         * @param value the usual cost
         * @return this builder
         */
        public Builder cost(Cost value) {
            this.cost = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the output.
         *
         * @param value the output
         * @return this builder
         */
        public Builder output(Output value) {
            this.output = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the legal basis, replacing any set.
         *
         * @param list the legal basis, replacing any set
         * @return this builder
         */
        public Builder legalBasis(List<LegalReference> list) {
            Builders.replace(legalBasis, list, "legalBasis");
            return this;
        }

        /**
         * Sets the complaint channels, replacing any set.
         *
         * @param list the complaint channels, replacing any set
         * @return this builder
         */
        public Builder complaintChannels(List<ComplaintChannel> list) {
            Builders.replace(complaintChannels, list, "complaintChannels");
            return this;
        }

        /**
         * Sets the internal components.
         *
         * @param value the internal components
         * @return this builder
         */
        public Builder internal(InternalComponents value) {
            this.internal = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Returns the concept.
         *
         * @return the concept
         * @throws InvalidServiceException listing every rule broken
         */
        public ServiceConcept build() {
            return new ServiceConcept(this);
        }
    }
}
