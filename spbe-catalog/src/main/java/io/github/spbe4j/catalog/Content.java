package io.github.spbe4j.catalog;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a national concept and a public service have in common: the description and search terms, and
 * the standar components a concept states once for every instansi (everything but channels, status and
 * availability, which belong to a service). Immutable; built by its {@link Builder}, which the builders
 * of {@link ServiceConcept} and {@link PublicService} delegate to.
 */
final class Content {

    final @Nullable String description;
    final List<String> keywords;
    final List<LifeEvent> lifeEvents;
    final List<Requirement> requirements;
    final List<String> procedure;
    final @Nullable ProcessingTime processingTime;
    final @Nullable Cost cost;
    final @Nullable Output output;
    final List<LegalReference> legalBasis;
    final List<ComplaintChannel> complaintChannels;
    final InternalComponents internal;

    private Content(Builder b) {
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
    }

    /** Adds the problem of the description, if any. */
    void checkDescription(Checks checks) {
        if (description != null && description.isBlank()) {
            checks.add("description", Checks.NOT_BLANK, "the description is blank", Text.quote(description));
        } else if (description != null) {
            checks.policy("description", "the description", TextPolicy.MULTI_LINE, description);
        }
    }

    /**
     * Adds the problems of the rest of this content, with the channels whose requirements must not clash
     * with its own.
     */
    void check(List<Channel> channels, Checks checks) {
        checks.texts("keywords", "keywords", TextPolicy.LINE, keywords);
        checks.texts("procedure", "procedure", TextPolicy.MULTI_LINE, procedure);
        ContentRules.requirements(requirements, channels, checks);
        ContentRules.lifeEvents(lifeEvents, checks);
    }

    /** Returns the standar components this content does not state, in component order. */
    Set<StandarComponent> missingComponents() {
        EnumSet<StandarComponent> missing = EnumSet.noneOf(StandarComponent.class);
        if (requirements.isEmpty()) {
            missing.add(StandarComponent.PERSYARATAN);
        }
        if (procedure.isEmpty()) {
            missing.add(StandarComponent.PROSEDUR);
        }
        if (processingTime == null) {
            missing.add(StandarComponent.JANGKA_WAKTU);
        }
        if (cost == null) {
            missing.add(StandarComponent.BIAYA);
        }
        if (output == null) {
            missing.add(StandarComponent.PRODUK);
        }
        if (complaintChannels.isEmpty()) {
            missing.add(StandarComponent.PENGADUAN);
        }
        if (legalBasis.isEmpty()) {
            missing.add(StandarComponent.DASAR_HUKUM);
        }
        for (StandarComponent c : StandarComponent.values()) {
            if (c.number() >= StandarComponent.SARANA_PRASARANA.number() && internal.get(c).isEmpty()) {
                missing.add(c);
            }
        }
        return java.util.Collections.unmodifiableSet(missing);
    }

    /** Returns a builder holding this content. */
    Builder toBuilder() {
        Builder b = new Builder();
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

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Content c && Objects.equals(description, c.description) && keywords.equals(c.keywords)
                && lifeEvents.equals(c.lifeEvents) && requirements.equals(c.requirements) && procedure.equals(c.procedure)
                && Objects.equals(processingTime, c.processingTime) && Objects.equals(cost, c.cost)
                && Objects.equals(output, c.output) && legalBasis.equals(c.legalBasis)
                && complaintChannels.equals(c.complaintChannels) && internal.equals(c.internal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, keywords, lifeEvents, requirements, procedure, processingTime, cost, output,
                legalBasis, complaintChannels, internal);
    }

    /** The mutable content of a builder; not thread-safe. */
    static final class Builder {
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

        Builder() {
        }

        void description(@Nullable String text) {
            this.description = text;
        }

        void keywords(Collection<String> list) {
            Checks.replace(keywords, list, "keywords");
        }

        void lifeEvents(Collection<LifeEvent> list) {
            Checks.replace(lifeEvents, list, "lifeEvents");
        }

        void requirements(Collection<Requirement> list) {
            Checks.replace(requirements, list, "requirements");
        }

        void requirement(Requirement value) {
            requirements.add(Objects.requireNonNull(value, "requirement"));
        }

        void procedure(Collection<String> steps) {
            Checks.replace(procedure, steps, "procedure");
        }

        void processingTime(@Nullable ProcessingTime time) {
            this.processingTime = time;
        }

        void cost(@Nullable Cost value) {
            this.cost = value;
        }

        void output(@Nullable Output value) {
            this.output = value;
        }

        void legalBasis(Collection<LegalReference> list) {
            Checks.replace(legalBasis, list, "legalBasis");
        }

        void complaintChannels(Collection<ComplaintChannel> list) {
            Checks.replace(complaintChannels, list, "complaintChannels");
        }

        void complaintChannel(ComplaintChannel value) {
            complaintChannels.add(Objects.requireNonNull(value, "complaintChannel"));
        }

        void internal(InternalComponents value) {
            this.internal = Objects.requireNonNull(value, "internal");
        }

        /** Removes what a standar component holds (see {@link PublicService.Builder#clear}). */
        void clear(StandarComponent component) {
            switch (Objects.requireNonNull(component, "component")) {
                case PERSYARATAN -> requirements.clear();
                case PROSEDUR -> procedure.clear();
                case JANGKA_WAKTU -> processingTime = null;
                case BIAYA -> cost = null;
                case PRODUK -> output = null;
                case PENGADUAN -> complaintChannels.clear();
                case DASAR_HUKUM -> legalBasis.clear();
                default -> internal = internal.without(component);
            }
        }

        Content build() {
            return new Content(this);
        }

    }
}
