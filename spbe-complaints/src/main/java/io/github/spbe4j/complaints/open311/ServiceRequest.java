package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.core.internal.Text;
import io.github.spbe4j.core.internal.TextPolicy;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A service request as Open311's GET requests exports it: its id and status (open or closed only),
 * the service, the citizen's description, who handles it and what they said, when it was requested,
 * last updated and is expected to be done (the SLA deadline), where it is, and the {@code notes[]}
 * history extension. Independent of how the deployment stores complaints: a deployment maps its own
 * records to this value.
 *
 * <p>Date-times keep their offset (the agency's zone: {@code +07:00} WIB, {@code +08:00} WITA,
 * {@code +09:00} WIT) and are written to the second, as the W3C profile of ISO 8601 the specification
 * names: {@code 2026-03-17T09:15:00+07:00}.
 *
 * <pre>{@code
 * ServiceRequest r = ServiceRequest.builder("LPR-1", RequestStatus.OPEN, "lampu-jalan",
 *                 OffsetDateTime.parse("2026-03-17T09:15:00+07:00"))
 *         .serviceName("Penerangan jalan umum")
 *         .agencyResponsible("Dinas Perhubungan")
 *         .expected(OffsetDateTime.parse("2026-03-24T23:59:59+07:00"))
 *         .position(Position.parse("-0.0263", "109.3425"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ServiceRequest {

    /** The most characters of a description, as the specification limits it: 4,000. */
    public static final int MAX_DESCRIPTION = 4000;

    private final String id;
    private final RequestStatus status;
    private final @Nullable String statusNotes;
    private final @Nullable String serviceName;
    private final String serviceCode;
    private final @Nullable String description;
    private final @Nullable String agencyResponsible;
    private final @Nullable String serviceNotice;
    private final OffsetDateTime requested;
    private final @Nullable OffsetDateTime updated;
    private final @Nullable OffsetDateTime expected;
    private final @Nullable String address;
    private final @Nullable String addressId;
    private final @Nullable String zipcode;
    private final @Nullable Position position;
    private final @Nullable String mediaUrl;
    private final List<Note> notes;

    private ServiceRequest(Builder b) {
        this.id = b.id;
        this.status = b.status;
        this.statusNotes = b.statusNotes;
        this.serviceName = b.serviceName;
        this.serviceCode = b.serviceCode;
        this.description = b.description;
        this.agencyResponsible = b.agencyResponsible;
        this.serviceNotice = b.serviceNotice;
        this.requested = b.requested;
        this.updated = b.updated;
        this.expected = b.expected;
        this.address = b.address;
        this.addressId = b.addressId;
        this.zipcode = b.zipcode;
        this.position = b.position;
        this.mediaUrl = b.mediaUrl;
        this.notes = List.copyOf(b.notes);
        Checks checks = new Checks().text("service_request_id", id, TextPolicy.NAME, 200)
                .text("status_notes", statusNotes(), TextPolicy.MULTI_LINE, MAX_DESCRIPTION)
                .text("service_name", serviceName(), TextPolicy.LINE, 500)
                .text("service_code", serviceCode, TextPolicy.NAME, 200)
                .text("description", description(), TextPolicy.MULTI_LINE, MAX_DESCRIPTION)
                .text("agency_responsible", agencyResponsible(), TextPolicy.LINE, 500)
                .text("service_notice", serviceNotice(), TextPolicy.MULTI_LINE, MAX_DESCRIPTION)
                .text("address", address(), TextPolicy.LINE, 1000)
                .text("address_id", addressId(), TextPolicy.NAME, 200)
                .text("zipcode", zipcode(), TextPolicy.NAME, 20)
                .link("media_url", mediaUrl());
        checks.throwIfAny("service request " + Text.clean(id));
    }

    /**
     * Starts a request.
     *
     * @param id {@code service_request_id}, the public tracking id
     * @param status open or closed
     * @param serviceCode the service's {@code service_code}
     * @param requested when it was requested, with the agency's offset
     * @return the builder
     */
    public static Builder builder(String id, RequestStatus status, String serviceCode, OffsetDateTime requested) {
        return new Builder(id, status, serviceCode, requested);
    }

    /**
     * Returns {@code service_request_id}.
     *
     * @return {@code service_request_id}
     */
    public String id() {
        return id;
    }

    /**
     * Returns {@code status}.
     *
     * @return {@code status}
     */
    public RequestStatus status() {
        return status;
    }

    /**
     * Returns {@code status_notes}, if any.
     *
     * @return {@code status_notes}, if any
     */
    public Optional<String> statusNotes() {
        return Optional.ofNullable(statusNotes);
    }

    /**
     * Returns {@code service_name}, if given.
     *
     * @return {@code service_name}, if given
     */
    public Optional<String> serviceName() {
        return Optional.ofNullable(serviceName);
    }

    /**
     * Returns {@code service_code}.
     *
     * @return {@code service_code}
     */
    public String serviceCode() {
        return serviceCode;
    }

    /**
     * Returns {@code description}, if any.
     *
     * @return {@code description}, if any
     */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /**
     * Returns {@code agency_responsible}, if said.
     *
     * @return {@code agency_responsible}, if said
     */
    public Optional<String> agencyResponsible() {
        return Optional.ofNullable(agencyResponsible);
    }

    /**
     * Returns {@code service_notice}, if any.
     *
     * @return {@code service_notice}, if any
     */
    public Optional<String> serviceNotice() {
        return Optional.ofNullable(serviceNotice);
    }

    /**
     * Returns {@code requested_datetime}.
     *
     * @return {@code requested_datetime}
     */
    public OffsetDateTime requested() {
        return requested;
    }

    /**
     * Returns {@code updated_datetime}, if known.
     *
     * @return {@code updated_datetime}, if known
     */
    public Optional<OffsetDateTime> updated() {
        return Optional.ofNullable(updated);
    }

    /**
     * Returns {@code expected_datetime}, if known: the SLA deadline.
     *
     * @return {@code expected_datetime}, if known: the SLA deadline
     */
    public Optional<OffsetDateTime> expected() {
        return Optional.ofNullable(expected);
    }

    /**
     * Returns {@code address}, if any.
     *
     * @return {@code address}, if any
     */
    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    /**
     * Returns {@code address_id}, if any.
     *
     * @return {@code address_id}, if any
     */
    public Optional<String> addressId() {
        return Optional.ofNullable(addressId);
    }

    /**
     * Returns {@code zipcode}, if any: a text, since postal codes are codes, not numbers.
     *
     * @return {@code zipcode}, if any: a text, since postal codes are codes, not numbers
     */
    public Optional<String> zipcode() {
        return Optional.ofNullable(zipcode);
    }

    /**
     * Returns {@code lat} and {@code long}, if known.
     *
     * @return {@code lat} and {@code long}, if known
     */
    public Optional<Position> position() {
        return Optional.ofNullable(position);
    }

    /**
     * Returns {@code media_url}, if any: an http or https link.
     *
     * @return {@code media_url}, if any: an http or https link
     */
    public Optional<String> mediaUrl() {
        return Optional.ofNullable(mediaUrl);
    }

    /**
     * Returns the {@code notes[]} history, oldest first; empty when none.
     *
     * @return the {@code notes[]} history, oldest first; empty when none
     */
    public List<Note> notes() {
        return notes;
    }

    /**
     * Returns a builder filled with this request, to change some fields.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, status, serviceCode, requested);
        b.statusNotes = statusNotes;
        b.serviceName = serviceName;
        b.description = description;
        b.agencyResponsible = agencyResponsible;
        b.serviceNotice = serviceNotice;
        b.updated = updated;
        b.expected = expected;
        b.address = address;
        b.addressId = addressId;
        b.zipcode = zipcode;
        b.position = position;
        b.mediaUrl = mediaUrl;
        b.notes = notes;
        return b;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ServiceRequest r && id.equals(r.id) && status == r.status && Objects.equals(statusNotes, r.statusNotes)
                && Objects.equals(serviceName, r.serviceName) && serviceCode.equals(r.serviceCode)
                && Objects.equals(description, r.description) && Objects.equals(agencyResponsible, r.agencyResponsible)
                && Objects.equals(serviceNotice, r.serviceNotice) && requested.equals(r.requested)
                && Objects.equals(updated, r.updated) && Objects.equals(expected, r.expected) && Objects.equals(address, r.address)
                && Objects.equals(addressId, r.addressId) && Objects.equals(zipcode, r.zipcode)
                && Objects.equals(position, r.position) && Objects.equals(mediaUrl, r.mediaUrl) && notes.equals(r.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status, serviceCode, requested, description, notes);
    }

    /**
     * Returns the id, status and service: {@code ServiceRequest[LPR-1 open lampu-jalan]}; never the
     * description, which may hold personal data.
     *
     * @return a short summary
     */
    @Override
    public String toString() {
        return "ServiceRequest[" + Text.clean(id) + " " + status.word() + " " + Text.clean(serviceCode) + "]";
    }

    /**
     * Builds a {@link ServiceRequest}; every field but the four of {@link #builder} is optional. Not
     * thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final String id;
        private final RequestStatus status;
        private final String serviceCode;
        private final OffsetDateTime requested;
        private @Nullable String statusNotes;
        private @Nullable String serviceName;
        private @Nullable String description;
        private @Nullable String agencyResponsible;
        private @Nullable String serviceNotice;
        private @Nullable OffsetDateTime updated;
        private @Nullable OffsetDateTime expected;
        private @Nullable String address;
        private @Nullable String addressId;
        private @Nullable String zipcode;
        private @Nullable Position position;
        private @Nullable String mediaUrl;
        private List<Note> notes = List.of();

        private Builder(String id, RequestStatus status, String serviceCode, OffsetDateTime requested) {
            this.id = Objects.requireNonNull(id, "id");
            this.status = Objects.requireNonNull(status, "status");
            this.serviceCode = Objects.requireNonNull(serviceCode, "serviceCode");
            this.requested = Objects.requireNonNull(requested, "requested");
        }

        /**
         * Sets {@code status_notes}.
         *
         * @param text {@code status_notes}
         * @return this builder
         */
        public Builder statusNotes(String text) {
            this.statusNotes = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets {@code service_name}.
         *
         * @param text {@code service_name}
         * @return this builder
         */
        public Builder serviceName(String text) {
            this.serviceName = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param text {@code description}, at most 4,000 characters
         * @return this builder
         */
        public Builder description(String text) {
            this.description = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets {@code agency_responsible}.
         *
         * @param text {@code agency_responsible}
         * @return this builder
         */
        public Builder agencyResponsible(String text) {
            this.agencyResponsible = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets {@code service_notice}.
         *
         * @param text {@code service_notice}
         * @return this builder
         */
        public Builder serviceNotice(String text) {
            this.serviceNotice = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets {@code updated_datetime}.
         *
         * @param time {@code updated_datetime}
         * @return this builder
         */
        public Builder updated(OffsetDateTime time) {
            this.updated = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * Sets {@code expected_datetime}.
         *
         * @param time {@code expected_datetime}
         * @return this builder
         */
        public Builder expected(OffsetDateTime time) {
            this.expected = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * Sets {@code address}.
         *
         * @param text {@code address}
         * @return this builder
         */
        public Builder address(String text) {
            this.address = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets {@code address_id}.
         *
         * @param text {@code address_id}
         * @return this builder
         */
        public Builder addressId(String text) {
            this.addressId = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets {@code zipcode}.
         *
         * @param text {@code zipcode}
         * @return this builder
         */
        public Builder zipcode(String text) {
            this.zipcode = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets {@code lat} and {@code long}.
         *
         * @param value {@code lat} and {@code long}
         * @return this builder
         */
        public Builder position(Position value) {
            this.position = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets {@code media_url}.
         *
         * @param link {@code media_url}, an http or https link
         * @return this builder
         */
        public Builder mediaUrl(String link) {
            this.mediaUrl = Objects.requireNonNull(link, "link");
            return this;
        }

        /**
         * Sets the {@code notes[]} history.
         *
         * @param list the {@code notes[]} history, oldest first
         * @return this builder
         */
        public Builder notes(List<Note> list) {
            this.notes = List.copyOf(list);
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws Open311Exception naming every field that breaks its rule
         */
        public ServiceRequest build() {
            return new ServiceRequest(this);
        }
    }
}
