package io.github.spbe4j.complaints.privacy;

import io.github.spbe4j.complaints.Channel;
import io.github.spbe4j.complaints.ComplaintType;
import io.github.spbe4j.complaints.Coordinates;
import io.github.spbe4j.complaints.lifecycle.Action;
import io.github.spbe4j.complaints.lifecycle.CloseReason;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.core.identifier.RegionCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint as a public portal may show it, made by {@link PublicProjection}: redacted text, no
 * contact, no attachments, the reporter's name only when the complaint is neither Anonim nor Rahasia,
 * and only the region of an Anonim complaint's location.
 *
 * @param id the tracking id
 * @param type the type of report
 * @param title the title, redacted
 * @param text the text, redacted
 * @param topic the topic's code
 * @param service the catalog service's id
 * @param region the region of the location
 * @param coordinates the point of the location; empty for an Anonim complaint
 * @param address the address of the location, redacted; empty for an Anonim complaint
 * @param channel how it arrived
 * @param reporter the reporter's name; empty unless the complaint is neither Anonim nor Rahasia
 * @param state the state now
 * @param closeReason how it was closed, when it is
 * @param agency the agency that holds it, redacted
 * @param submitted when it was submitted
 * @param updated when anything last happened to it
 * @param events what happened to it, oldest first
 * @param redacted how many values of personal data were masked in all its text
 * @since 0.1.0
 */
public record PublicComplaint(String id, ComplaintType type, String title, String text, Optional<String> topic,
        Optional<String> service, Optional<RegionCode> region, Optional<Coordinates> coordinates, String address,
        Channel channel, Optional<String> reporter, State state, Optional<CloseReason> closeReason, Optional<String> agency,
        Instant submitted, Instant updated, List<Event> events, int redacted) {

    /**
     * One action in a public complaint's history: what, by which role (never by whom), when, and its
     * note redacted.
     *
     * @param action the action
     * @param state the state it led to
     * @param role the role of whoever took it, e.g. {@code liaison}
     * @param at when
     * @param note its note, redacted
     */
    public record Event(Action action, State state, io.github.spbe4j.complaints.lifecycle.Role role, Instant at, String note) {

        /**
         * Checks that nothing is missing.
         *
         * @param action the action
         * @param state the state it led to
         * @param role the role
         * @param at when
         * @param note the note
         */
        public Event {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Checks that nothing is missing.
     *
     * @param id the tracking id
     * @param type the type
     * @param title the title
     * @param text the text
     * @param topic the topic
     * @param service the service
     * @param region the region
     * @param coordinates the point
     * @param address the address
     * @param channel the channel
     * @param reporter the reporter's name
     * @param state the state
     * @param closeReason the close outcome
     * @param agency the agency
     * @param submitted when submitted
     * @param updated when last updated
     * @param events the events
     * @param redacted how many values were masked
     */
    public PublicComplaint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(closeReason, "closeReason");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(updated, "updated");
        events = List.copyOf(events);
    }
}
