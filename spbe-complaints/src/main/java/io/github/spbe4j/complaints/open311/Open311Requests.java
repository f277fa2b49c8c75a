package io.github.spbe4j.complaints.open311;

import io.github.spbe4j.complaints.Complaint;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.privacy.PublicComplaint;
import io.github.spbe4j.complaints.privacy.PublicProjection;
import io.github.spbe4j.complaints.sla.SlaClock;
import io.github.spbe4j.complaints.sla.SlaStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The complaints of a register as Open311 service requests ({@code GET requests}), for a portal or
 * another city system. Only what the {@link PublicProjection} shows leaves: Rahasia complaints and
 * whistle-blowing reports are absent, text is redacted, an Anonim complaint has no address or
 * position, no request has a {@code media_url}, and notes name actions, never people.
 *
 * <table>
 *   <caption>From a complaint to a request</caption>
 *   <tr><th>request</th><th>complaint</th></tr>
 *   <tr><td>{@code service_request_id}</td><td>the tracking id</td></tr>
 *   <tr><td>{@code status}</td><td>{@code closed} when closed, archived, a duplicate or split; {@code open} otherwise</td></tr>
 *   <tr><td>{@code status_notes}</td><td>the state, and how it was closed: {@code closed (resolved)}</td></tr>
 *   <tr><td>{@code service_code}</td><td>the catalog service's id, else the topic's code, else the type's code</td></tr>
 *   <tr><td>{@code description}</td><td>the redacted text, else the redacted title</td></tr>
 *   <tr><td>{@code agency_responsible}</td><td>the agency that holds it ({@code Lifecycle.agency()})</td></tr>
 *   <tr><td>{@code requested_datetime}, {@code updated_datetime}</td><td>submitted, last changed, in the agency's zone</td></tr>
 *   <tr><td>{@code expected_datetime}</td><td>the SLA clock's expected completion at the instant asked</td></tr>
 *   <tr><td>{@code address}, {@code lat}, {@code long}</td><td>the redacted address and the point, unless Anonim</td></tr>
 *   <tr><td>{@code notes[]}</td><td>one per action: {@code type} the action's id, {@code description} its redacted note</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public final class Open311Requests {

    private Open311Requests() {
    }

    /**
     * Returns the register's public complaints as service requests, with their expected completion at
     * an instant.
     *
     * @param register the register
     * @param sla the clock of the expected completion, e.g. {@link ComplaintRegister#slaClock()}
     * @param at the instant the expected completion is computed at
     * @return the requests, in the register's order
     */
    public static List<ServiceRequest> of(ComplaintRegister register, SlaClock sla, Instant at) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(sla, "sla");
        Objects.requireNonNull(at, "at");
        ZoneId zone = register.agency().zone();
        List<ServiceRequest> out = new ArrayList<>();
        for (Complaint c : register.complaints()) {
            Optional<PublicComplaint> shown = PublicProjection.standard().project(c);
            if (shown.isPresent()) {
                out.add(request(shown.get(), register.slaStatus(c, sla, at), zone));
            }
        }
        return List.copyOf(out);
    }

    private static ServiceRequest request(PublicComplaint p, SlaStatus status, ZoneId zone) {
        boolean closed = p.state() == State.CLOSED || p.state() == State.ARCHIVED || p.state() == State.DUPLICATE
                || p.state() == State.SPLIT;
        String code = p.service().or(p::topic).orElse(p.type().code());
        ServiceRequest.Builder b = ServiceRequest.builder(p.id(), closed ? RequestStatus.CLOSED : RequestStatus.OPEN, code,
                time(p.submitted(), zone));
        b.statusNotes(p.state().id() + p.closeReason().map(r -> " (" + r.id() + ")").orElse(""));
        String description = p.text().isBlank() ? p.title() : p.text();
        b.description(description);
        p.agency().ifPresent(b::agencyResponsible);
        b.updated(time(p.updated(), zone));
        status.expectedCompletion().ifPresent(e -> b.expected(time(e, zone)));
        if (!p.address().isEmpty()) {
            b.address(p.address());
        }
        p.coordinates().ifPresent(point -> b.position(Position.of(point.latitude(), point.longitude())));
        List<Note> notes = new ArrayList<>();
        for (PublicComplaint.Event e : p.events()) {
            notes.add(new Note(time(e.at(), zone), e.action().id(), Optional.empty(),
                    e.note().isBlank() ? Optional.empty() : Optional.of(e.note())));
        }
        b.notes(notes);
        return b.build();
    }

    private static OffsetDateTime time(Instant at, ZoneId zone) {
        return at.atZone(zone).toOffsetDateTime();
    }
}
