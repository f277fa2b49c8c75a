package io.github.spbe4j.catalog;

import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A public service as one instansi delivers it: its standar pelayanan (the fourteen components of
 * UU 25/2009 Pasal 21), the competent authority and executing units, the channels, its digital level
 * on the SPBE service ladder, its status, and where it is available.
 *
 * <p>The six delivery components are {@link #requirements()} (1), {@link #procedure()} (2),
 * {@link #processingTime()} (3), {@link #cost()} (4), {@link #output()} (5) and
 * {@link #complaintChannels()} (6); the internal ones are {@link #legalBasis()} (7) and
 * {@link #internal()} (8..14). Any of them may be missing — a catalog reports which
 * ({@link #missingComponents()}) rather than refuse an incomplete standar.
 *
 * <p>A service is always valid; construction reports every broken rule at once in an
 * {@link InvalidServiceException}, each problem with its path ({@code requirements}, {@code channels}):
 * ids well formed and unique (requirements, documents, executing units, life events), texts not
 * blank and allowed by spbe-core's text policy (titles, keywords and names one line; descriptions and
 * procedure steps may span lines; no control, bidirectional or — in ids and names — invisible
 * characters), links http or https (mailto and tel for contacts), a pilot or active service has at
 * least one channel, and a digital level of Interaksi or above needs an online channel (a web channel,
 * which always has its http or https address, or an app).
 *
 * <pre>{@code
 * PublicService sktm = PublicService.builder("sktm-bukit-tunggal", "Surat Keterangan Tidak Mampu",
 *             Authority.of("kota-palangka-raya", "kel-bukit-tunggal"))
 *         .channel(Channel.of(Channel.Kind.WEB, "https://layanan.example.go.id/sktm"))
 *         .channel(Channel.of(Channel.Kind.KELURAHAN_OFFICE))
 *         .digitalLevel(DigitalLevel.TRANSAKSI)
 *         .cost(Cost.free())
 *         .processingTime(ProcessingTime.workingDays(1))
 *         .status(ServiceStatus.PILOT)
 *         .availability(Availability.in(Set.of(RegionCode.parse("62.71.03.1003"))))
 *         .build();
 * sktm.online();                // true
 * sktm.missingComponents();     // [PERSYARATAN, PROSEDUR, PRODUK, PENGADUAN, DASAR_HUKUM, SARANA_PRASARANA, ...]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PublicService {

    private final String id;
    private final @Nullable String concept;
    private final String title;
    private final Authority authority;
    private final List<String> executingUnits;
    private final List<Channel> channels;
    private final @Nullable DigitalLevel digitalLevel;
    private final Content content;
    private final ServiceStatus status;
    private final Availability availability;
    private final Set<StandarComponent> missing;

    private PublicService(Builder b) {
        this.id = b.id;
        this.concept = b.concept;
        this.title = b.title;
        this.authority = b.authority;
        this.executingUnits = List.copyOf(b.executingUnits);
        this.channels = List.copyOf(b.channels);
        this.digitalLevel = b.digitalLevel;
        this.content = b.content.build();
        this.status = b.status;
        this.availability = b.availability;
        Checks checks = new Checks().id("id", "the id", id);
        if (concept != null) {
            checks.id("concept", "the concept id", concept);
        }
        checks.text("title", "the title", TextPolicy.LINE, title);
        content.checkDescription(checks);
        checks.texts("executingUnits", "executing units", TextPolicy.NAME, executingUnits);
        content.check(channels, checks);
        if (status.delivered() && channels.isEmpty()) {
            checks.add("channels", "ChannelForDelivered", "the service is " + status.name().toLowerCase(Locale.ROOT)
                    + " but has no channel; a delivered service needs at least one", "[]");
        }
        if (digitalLevel != null && digitalLevel.level() >= DigitalLevel.INTERAKSI.level()
                && channels.stream().noneMatch(Channel::online)) {
            checks.add("digitalLevel", "OnlineChannelForLevel", "the digital level is " + digitalLevel.displayName() + " ("
                    + digitalLevel.level() + ") but no channel is online; levels from Interaksi (2) need a web or app channel",
                    Text.quote(digitalLevel.name().toLowerCase(Locale.ROOT)));
        }
        checks.throwServiceAbout("service " + Text.clean(id));
        this.missing = content.missingComponents();
    }

    /**
     * Starts a public service.
     *
     * @param id the service's id, unique in its catalog (letters, digits, {@code . _ ~ -})
     * @param title its name
     * @param authority the instansi (and unit) responsible for it
     * @return a builder; status {@link ServiceStatus#ACTIVE} and availability everywhere unless set
     */
    public static Builder builder(String id, String title, Authority authority) {
        return new Builder(id, title, authority);
    }

    /**
     * Returns a builder holding this service, to change a copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, title, authority);
        b.concept = concept;
        b.executingUnits.addAll(executingUnits);
        b.channels.addAll(channels);
        b.digitalLevel = digitalLevel;
        b.content = content.toBuilder();
        b.status = status;
        b.availability = availability;
        return b;
    }

    /**
     * Returns the service's id, unique in its catalog.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the id of the national concept this service instantiates, if any.
     *
     * @return the concept id
     */
    public Optional<String> concept() {
        return Optional.ofNullable(concept);
    }

    /**
     * Returns the service's name.
     *
     * @return the name
     */
    public String title() {
        return title;
    }

    /**
     * Returns the description, if any.
     *
     * @return the description
     */
    public Optional<String> description() {
        return Optional.ofNullable(content.description);
    }

    /**
     * Returns the competent authority.
     *
     * @return the instansi and unit responsible
     */
    public Authority authority() {
        return authority;
    }

    /**
     * Returns the ids of the units that carry the service out, e.g. kelurahan offices, besides the
     * responsible unit.
     *
     * @return the unit ids
     */
    public List<String> executingUnits() {
        return executingUnits;
    }

    /**
     * Returns the channels the service is delivered through.
     *
     * @return the channels
     */
    public List<Channel> channels() {
        return channels;
    }

    /**
     * Returns the digital level on the SPBE service ladder, if assessed.
     *
     * @return the level
     */
    public Optional<DigitalLevel> digitalLevel() {
        return Optional.ofNullable(digitalLevel);
    }

    /**
     * Returns the requirements (component 1).
     *
     * @return the requirements
     */
    public List<Requirement> requirements() {
        return content.requirements;
    }

    /**
     * Returns the procedure's steps (component 2).
     *
     * @return the steps
     */
    public List<String> procedure() {
        return content.procedure;
    }

    /**
     * Returns the processing time (component 3), if stated.
     *
     * @return the processing time
     */
    public Optional<ProcessingTime> processingTime() {
        return Optional.ofNullable(content.processingTime);
    }

    /**
     * Returns the cost (component 4), if stated.
     *
     * @return the cost
     */
    public Optional<Cost> cost() {
        return Optional.ofNullable(content.cost);
    }

    /**
     * Returns the output (component 5), if stated.
     *
     * @return the output
     */
    public Optional<Output> output() {
        return Optional.ofNullable(content.output);
    }

    /**
     * Returns the complaint channels (component 6).
     *
     * @return the channels
     */
    public List<ComplaintChannel> complaintChannels() {
        return content.complaintChannels;
    }

    /**
     * Returns the legal basis (component 7).
     *
     * @return the legal acts
     */
    public List<LegalReference> legalBasis() {
        return content.legalBasis;
    }

    /**
     * Returns the internal components 8..14 stated.
     *
     * @return the components
     */
    public InternalComponents internal() {
        return content.internal;
    }

    /**
     * Returns the life events the service belongs to.
     *
     * @return the events
     */
    public List<LifeEvent> lifeEvents() {
        return content.lifeEvents;
    }

    /**
     * Returns the search keywords.
     *
     * @return the keywords
     */
    public List<String> keywords() {
        return content.keywords;
    }

    /**
     * Returns the status.
     *
     * @return the status
     */
    public ServiceStatus status() {
        return status;
    }

    /**
     * Returns where the service is available.
     *
     * @return the availability
     */
    public Availability availability() {
        return availability;
    }

    /**
     * Tells whether the service can be completed online: its digital level is Transaksi or above
     * (which implies an online channel).
     *
     * @return true if transactional online
     */
    public boolean online() {
        return digitalLevel != null && digitalLevel.transactional();
    }

    /**
     * Returns the processing time through a channel: the channel's own if it has one, else the service's.
     *
     * @param channel one of this service's channels
     * @return the processing time, if stated
     */
    public Optional<ProcessingTime> processingTime(Channel channel) {
        Objects.requireNonNull(channel, "channel");
        return channel.processingTime().or(this::processingTime);
    }

    /**
     * Returns the requirements through a channel: the service's followed by the channel's own.
     *
     * @param channel one of this service's channels
     * @return the requirements
     */
    public List<Requirement> requirements(Channel channel) {
        Objects.requireNonNull(channel, "channel");
        if (channel.requirements().isEmpty()) {
            return content.requirements;
        }
        List<Requirement> all = new ArrayList<>(content.requirements);
        all.addAll(channel.requirements());
        return List.copyOf(all);
    }

    /**
     * Tells whether the service is available in a village, given its provider's region.
     *
     * @param village a village code
     * @param providerRegion the region of the instansi that provides it ({@code instansi.region()});
     *     empty for a central government
     * @return true if available there
     */
    public boolean availableIn(RegionCode village, Optional<RegionCode> providerRegion) {
        return availability.includes(village, providerRegion);
    }

    /**
     * Returns the standar components this service does not state, in component order.
     *
     * @return the missing components, empty when the standar is complete
     */
    public Set<StandarComponent> missingComponents() {
        return missing;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PublicService s && id.equals(s.id) && Objects.equals(concept, s.concept)
                && title.equals(s.title) && authority.equals(s.authority) && executingUnits.equals(s.executingUnits)
                && channels.equals(s.channels) && digitalLevel == s.digitalLevel && content.equals(s.content)
                && status == s.status && availability.equals(s.availability);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, concept, title, authority, executingUnits, channels, digitalLevel, content, status,
                availability);
    }

    @Override
    public String toString() {
        return "PublicService[" + id + ", " + title + ", " + authority + ", " + status + "]";
    }

    /**
     * A builder of a {@link PublicService}; not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final String id;
        private String title;
        private final Authority authority;
        private @Nullable String concept;
        private final List<String> executingUnits = new ArrayList<>();
        private final List<Channel> channels = new ArrayList<>();
        private @Nullable DigitalLevel digitalLevel;
        private Content.Builder content = new Content.Builder();
        private ServiceStatus status = ServiceStatus.ACTIVE;
        private Availability availability = Availability.everywhere();

        private Builder(String id, String title, Authority authority) {
            this.id = Objects.requireNonNull(id, "id");
            this.title = Objects.requireNonNull(title, "title");
            this.authority = Objects.requireNonNull(authority, "authority");
        }

        /**
         * Sets the name, replacing the one given at the start (or inherited from a concept).
         *
         * @param text the name
         * @return this builder
         */
        public Builder title(String text) {
            this.title = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Removes what a standar component holds — the requirements, the procedure, the processing time,
         * the cost, the output, the complaint channels, the legal basis, or one internal component's text —
         * for example one inherited from a concept that does not apply locally.
         *
         * @param component the component to clear
         * @return this builder
         */
        public Builder clear(StandarComponent component) {
            content.clear(component);
            return this;
        }

        /**
         * Removes the description, for example one inherited from a concept.
         *
         * @return this builder
         */
        public Builder clearDescription() {
            content.description(null);
            return this;
        }

        /**
         * Sets the national concept this service instantiates.
         *
         * @param conceptId the concept's id
         * @return this builder
         */
        public Builder concept(String conceptId) {
            this.concept = Objects.requireNonNull(conceptId, "conceptId");
            return this;
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
         * Sets the executing units, replacing any set.
         *
         * @param unitIds the unit ids
         * @return this builder
         */
        public Builder executingUnits(List<String> unitIds) {
            Checks.replace(executingUnits, unitIds, "executingUnits");
            return this;
        }

        /**
         * Sets the channels, replacing any set.
         *
         * @param list the channels
         * @return this builder
         */
        public Builder channels(List<Channel> list) {
            Checks.replace(channels, list, "channels");
            return this;
        }

        /**
         * Adds a channel.
         *
         * @param value the channel
         * @return this builder
         */
        public Builder channel(Channel value) {
            channels.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the digital level.
         *
         * @param level the level
         * @return this builder
         */
        public Builder digitalLevel(DigitalLevel level) {
            this.digitalLevel = Objects.requireNonNull(level, "level");
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
         * @param value the requirement
         * @return this builder
         */
        public Builder requirement(Requirement value) {
            content.requirement(value);
            return this;
        }

        /**
         * Sets the procedure's steps, replacing any set.
         *
         * @param steps the steps
         * @return this builder
         */
        public Builder procedure(List<String> steps) {
            content.procedure(steps);
            return this;
        }

        /**
         * Sets the processing time.
         *
         * @param time the processing time
         * @return this builder
         */
        public Builder processingTime(ProcessingTime time) {
            content.processingTime(Objects.requireNonNull(time, "time"));
            return this;
        }

        /**
         * Sets the cost.
         *
         * @param value the cost
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
         * Sets the complaint channels, replacing any set.
         *
         * @param list the channels
         * @return this builder
         */
        public Builder complaintChannels(List<ComplaintChannel> list) {
            content.complaintChannels(list);
            return this;
        }

        /**
         * Adds a complaint channel.
         *
         * @param value the channel
         * @return this builder
         */
        public Builder complaintChannel(ComplaintChannel value) {
            content.complaintChannel(value);
            return this;
        }

        /**
         * Sets the legal basis, replacing any set.
         *
         * @param list the legal acts
         * @return this builder
         */
        public Builder legalBasis(List<LegalReference> list) {
            content.legalBasis(list);
            return this;
        }

        /**
         * Sets the internal components 8..14.
         *
         * @param value the components
         * @return this builder
         */
        public Builder internal(InternalComponents value) {
            content.internal(value);
            return this;
        }

        /**
         * Sets the life events, replacing any set.
         *
         * @param list the events
         * @return this builder
         */
        public Builder lifeEvents(List<LifeEvent> list) {
            content.lifeEvents(list);
            return this;
        }

        /**
         * Sets the search keywords, replacing any set.
         *
         * @param list the keywords
         * @return this builder
         */
        public Builder keywords(List<String> list) {
            content.keywords(list);
            return this;
        }

        /**
         * Sets the status.
         *
         * @param value the status
         * @return this builder
         */
        public Builder status(ServiceStatus value) {
            this.status = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets where the service is available.
         *
         * @param value the availability
         * @return this builder
         */
        public Builder availability(Availability value) {
            this.availability = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Sets the whole content, as a concept gives it to its instances. */
        Builder content(Content value) {
            this.content = value.toBuilder();
            return this;
        }

        /**
         * Returns the service.
         *
         * @return the service
         * @throws InvalidServiceException listing every rule broken
         */
        public PublicService build() {
            return new PublicService(this);
        }
    }
}
