package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A national concept of a public service — "Penerbitan KTP-el", "Surat Keterangan Tidak Mampu" —
 * holding what every instansi that delivers it has in common: its name, requirements, procedure,
 * output, legal basis and usual processing time and cost. Each instansi or kelurahan
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
 *         .channel(Channel.of(Channel.Kind.KELURAHAN_OFFICE))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; always valid ({@link InvalidServiceException} lists every problem).
 *
 * @since 0.1.0
 */
public final class ServiceConcept {

    private final String id;
    private final String title;
    private final Content content;

    private ServiceConcept(Builder b) {
        this.id = b.id;
        this.title = b.title;
        this.content = b.content.build();
        Checks checks = new Checks().id("id", "the id", id).text("title", "the title", TextPolicy.LINE, title);
        content.checkDescription(checks);
        content.check(List.of(), checks);
        checks.throwServiceAbout("service concept " + Text.clean(id));
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
     * @param authority the instansi (and unit) that delivers it
     * @return a builder holding this concept's content
     */
    public PublicService.Builder instantiate(String serviceId, Authority authority) {
        return PublicService.builder(serviceId, title, authority).concept(id).content(content);
    }

    /**
     * Returns a builder holding this concept, to change a copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, title);
        b.content = content.toBuilder();
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
        return Optional.ofNullable(content.description);
    }

    /**
     * Returns the search keywords.
     *
     * @return the search keywords
     */
    public List<String> keywords() {
        return content.keywords;
    }

    /**
     * Returns the life events the concept belongs to.
     *
     * @return the life events the concept belongs to
     */
    public List<LifeEvent> lifeEvents() {
        return content.lifeEvents;
    }

    /**
     * Returns the requirements (component 1).
     *
     * @return the requirements (component 1)
     */
    public List<Requirement> requirements() {
        return content.requirements;
    }

    /**
     * Returns the procedure's steps (component 2).
     *
     * @return the procedure's steps (component 2)
     */
    public List<String> procedure() {
        return content.procedure;
    }

    /**
     * Returns the usual processing time (component 3), if stated.
     *
     * @return the usual processing time (component 3), if stated
     */
    public Optional<ProcessingTime> processingTime() {
        return Optional.ofNullable(content.processingTime);
    }

    /**
     * Returns the usual cost (component 4), if stated.
     *
     * @return the usual cost (component 4), if stated
     */
    public Optional<Cost> cost() {
        return Optional.ofNullable(content.cost);
    }

    /**
     * Returns the output (component 5), if stated.
     *
     * @return the output (component 5), if stated
     */
    public Optional<Output> output() {
        return Optional.ofNullable(content.output);
    }

    /**
     * Returns the legal basis (component 7).
     *
     * @return the legal basis (component 7)
     */
    public List<LegalReference> legalBasis() {
        return content.legalBasis;
    }

    /**
     * Returns the complaint channels (component 6).
     *
     * @return the complaint channels (component 6)
     */
    public List<ComplaintChannel> complaintChannels() {
        return content.complaintChannels;
    }

    /**
     * Returns the internal components 8..14 stated.
     *
     * @return the internal components 8..14 stated
     */
    public InternalComponents internal() {
        return content.internal;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ServiceConcept c && id.equals(c.id) && title.equals(c.title) && content.equals(c.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, content);
    }

    @Override
    public String toString() {
        return "ServiceConcept[" + id + ", " + title + "]";
    }

    /**
     * A builder of a {@link ServiceConcept}; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final String id;
        private final String title;
        private Content.Builder content = new Content.Builder();

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
            content.description(Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Sets the search keywords, replacing any set.
         *
         * @param list the search keywords
         * @return this builder
         */
        public Builder keywords(List<String> list) {
            content.keywords(list);
            return this;
        }

        /**
         * Sets the life events, replacing any set.
         *
         * @param list the life events
         * @return this builder
         */
        public Builder lifeEvents(List<LifeEvent> list) {
            content.lifeEvents(list);
            return this;
        }

        /**
         * Sets the requirements, replacing any set.
         *
         * @param list the requirements
         * @return this builder
         */
        public Builder requirements(List<Requirement> list) {
            content.requirements(list);
            return this;
        }

        /**
         * Adds a requirement.
         *
         * @param requirement a requirement to add
         * @return this builder
         */
        public Builder requirement(Requirement requirement) {
            content.requirement(requirement);
            return this;
        }

        /**
         * Sets the procedure's steps, replacing any set.
         *
         * @param steps the procedure's steps
         * @return this builder
         */
        public Builder procedure(List<String> steps) {
            content.procedure(steps);
            return this;
        }

        /**
         * Sets the usual processing time.
         *
         * @param time the usual processing time
         * @return this builder
         */
        public Builder processingTime(ProcessingTime time) {
            content.processingTime(Objects.requireNonNull(time, "time"));
            return this;
        }

        /**
         * Sets the usual cost.
         *
         * @param value the usual cost
         * @return this builder
         */
        public Builder cost(Cost value) {
            content.cost(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the output.
         *
         * @param value the output
         * @return this builder
         */
        public Builder output(Output value) {
            content.output(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the legal basis, replacing any set.
         *
         * @param list the legal basis
         * @return this builder
         */
        public Builder legalBasis(List<LegalReference> list) {
            content.legalBasis(list);
            return this;
        }

        /**
         * Sets the complaint channels, replacing any set.
         *
         * @param list the complaint channels
         * @return this builder
         */
        public Builder complaintChannels(List<ComplaintChannel> list) {
            content.complaintChannels(list);
            return this;
        }

        /**
         * Sets the internal components.
         *
         * @param value the internal components
         * @return this builder
         */
        public Builder internal(InternalComponents value) {
            content.internal(value);
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
