// =====================================================================================
// Notebook 03 - a month of complaints
//
// Follows the complaints of the fictional city "Kota Contoh" through March 2026: one
// complaint built in Java and taken through the SP4N-LAPOR! flow step by step, then the
// month's complaints file read, the SLA report at the end of the month (deadlines in
// working days, across Nyepi, Idul Fitri and cuti bersama), a deadline that crosses New
// Year into 2027 (provisional), the public projection a portal may show, and the same
// complaints as Open311 GeoReport v2 requests.
//
// Run it:   examples/run examples/notebooks/03-complaints.jsh
// Explore:  examples/run --jshell examples/notebooks/03-complaints.jsh
//
// Kota Contoh, its region codes (province 99 does not exist), its residents and every
// complaint here are FICTIONAL sample data. Every figure printed is computed by spbe4j.
//
// Notebook style: a statement continued on the next line leaves its line visibly
// unfinished (it ends with `.`, `,`, `+` or an open bracket).
// =====================================================================================

import io.github.spbe4j.complaints.*;
import io.github.spbe4j.complaints.json.ComplaintsJson;
import io.github.spbe4j.complaints.lifecycle.*;
import io.github.spbe4j.complaints.open311.*;
import io.github.spbe4j.complaints.privacy.*;
import io.github.spbe4j.complaints.sla.*;
import io.github.spbe4j.core.identifier.RegionCode;
import io.github.spbe4j.examples.Notebooks;
import java.time.*;

void heading(String title) { System.out.println(); System.out.println("## " + title); System.out.println(); }
ZoneId wib = ZoneId.of("Asia/Jakarta");
Instant at(String local) { return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Jakarta")).toInstant(); }

// -------------------------------------------------------------------------------------
// 1. One complaint through the flow
//
// A resident reports a broken street light from the city's app. The administrator
// verifies it and sends it (dispose) to the public-works agency; the agency answers
// (follow-up); the resident closes it as resolved. Each step is checked against the
// SP4N-LAPOR! transition table; a step the table does not allow is refused and changes
// nothing.
// -------------------------------------------------------------------------------------
heading("1. One complaint through the flow");

Complaint lampu = Complaint.builder(TrackingId.of("LPR-2026-0100"), ComplaintType.COMPLAINT,
        "Lampu jalan mati di Jl. Contoh Raya", at("2026-03-02T08:10")).
    text("Lampu di depan SD Negeri 1 mati. Hubungi saya di 0812-3456-7890.").
    topic("infrastruktur.penerangan").
    channel(Channel.MOBILE_APP).
    location(Location.in(RegionCode.parse("99.71.01.1001")).withAddress("Jl. Contoh Raya depan SD Negeri 1")).
    reporter(Reporter.named("Siti Contoh").withPhone("0812-3456-7890")).
    build();

ComplaintUpdate refused = lampu.apply(Step.of(Action.FOLLOW_UP, Role.LIAISON, "Petugas PUPR", at("2026-03-02T09:00")));
System.out.println("follow-up before verification: " + ((ComplaintUpdate.Refused) refused).message());

lampu = lampu.apply(Step.of(Action.VERIFY, Role.ADMIN, "Admin Kota Contoh", at("2026-03-03T09:00"))).orElseThrow();
lampu = lampu.apply(Step.dispose(Role.ADMIN, "Admin Kota Contoh", at("2026-03-03T09:30"), "dinas-pupr")).orElseThrow();
lampu = lampu.apply(Step.of(Action.FOLLOW_UP, Role.LIAISON, "Petugas PUPR", at("2026-03-06T15:00")).
    withNote("Lampu sudah diganti.")).orElseThrow();
lampu = lampu.apply(Step.close(CloseReason.RESOLVED, Role.CITIZEN, "Siti Contoh", at("2026-03-07T07:45"))).orElseThrow();

System.out.println(lampu.id() + " is " + lampu.state() + " (" + lampu.lifecycle().closeReason().orElseThrow() + "), held by " +
    lampu.lifecycle().agency().orElseThrow());
for (History.Entry e : lampu.lifecycle().history().entries()) {
    System.out.printf("  %s  %-10s %-14s -> %-14s %s%n", e.at().atZone(wib).toLocalDateTime(), e.role(), e.action(), e.to(), e.note());
}

// -------------------------------------------------------------------------------------
// 2. The month's complaints file
//
// examples/data/kota-contoh-complaints.json holds nine complaints of March 2026 in the
// complaints file format (spbe-complaints/1): their topics, privacy flags and every event.
// Reading it replays each complaint's events through the lifecycle, so a file with an
// impossible step is refused, naming it.
// -------------------------------------------------------------------------------------
heading("2. The month's complaints file");

ComplaintRegister march = ComplaintsJson.read(Notebooks.dataFile("kota-contoh-complaints.json"));
System.out.println(march.agency().name() + ", zone " + march.agency().zone() + ": " + march.size() + " complaints, " +
    march.topics().size() + " topics");
Map<State, Long> byState = new TreeMap<>();
march.complaints().forEach(c -> byState.merge(c.state(), 1L, Long::sum));
System.out.println("by state: " + byState);

// -------------------------------------------------------------------------------------
// 3. The SLA report at the end of the month
//
// Verification within 3 working days of submission, follow-up within 5 working days of
// the latest disposition, settlement within 60 days of verification (Perpres 76/2013).
// "N working days after an event" is the N-th working day after the event's local date;
// the deadline holds until the end of that day in the agency's zone. The civil-service
// calendar skips Nyepi (19 March), Idul Fitri (20-21 March) and the cuti bersama around them.
// -------------------------------------------------------------------------------------
heading("3. The SLA report on 31 March 2026, 12:00 WIB");

SlaClock sla = march.slaClock();
Instant endOfMonth = at("2026-03-31T12:00");
System.out.printf("%-15s %-14s %-12s %-12s %-12s %s%n", "id", "state", "verification", "follow-up", "settlement", "overdue");
for (Complaint c : march.complaints()) {
    SlaStatus s = march.slaStatus(c, sla, endOfMonth);
    String[] cells = new String[3];
    int i = 0;
    for (Stage stage : Stage.values()) {
        cells[i++] = s.stage(stage).flatMap(StageStatus::deadline).map(d -> d.date().toString()).orElse("-");
    }
    System.out.printf("%-15s %-14s %-12s %-12s %-12s %s%n", c.id(), c.state(), cells[0], cells[1], cells[2],
        s.overdue().isEmpty() ? "-" : s.overdue());
}
long overdue = march.complaints().stream().filter(c -> !march.slaStatus(c, sla, endOfMonth).overdue().isEmpty()).count();
System.out.println(overdue + " of " + march.size() + " complaints have a stage overdue");

// A follow-up without reply is closed automatically 10 working days later:
Complaint jalan = march.complaint(TrackingId.of("LPR-2026-0002")).orElseThrow();
System.out.println("LPR-2026-0002 may be closed automatically on " +
    jalan.slaStatus(sla, Optional.empty(), endOfMonth).automaticClose().orElseThrow().date());
Complaint closedLater = jalan.closeIfDue(sla, at("2026-04-15T08:00"));
System.out.println("on 15 April it is " + closedLater.state() + " (" + closedLater.lifecycle().closeReason().orElseThrow() + ")");

// -------------------------------------------------------------------------------------
// 4. Deadlines never stop at New Year
//
// A complaint submitted on 30 December 2026 is due for verification in January 2027,
// a year whose holidays are not decreed yet: the deadline is computed on estimated
// holidays and marked provisional, naming the days it relied on.
// -------------------------------------------------------------------------------------
heading("4. A deadline across New Year");

Complaint akhirTahun = Complaint.builder(TrackingId.of("LPR-2026-0999"), ComplaintType.COMPLAINT,
        "Saluran air tersumbat", at("2026-12-30T08:00")).build();
StageStatus verification = akhirTahun.slaStatus(sla, Optional.empty(), at("2026-12-30T09:00")).
    stage(Stage.VERIFICATION).orElseThrow();
SlaDeadline due = verification.deadline().orElseThrow();
System.out.println("verification due " + due.date() + (due.provisional() ? " (provisional)" : ""));
due.estimatedDays().forEach(h -> System.out.println("  estimated: " + h.date() + " " + h.name()));

// -------------------------------------------------------------------------------------
// 5. What a public portal may show
//
// Rahasia complaints and whistle-blowing reports are left out; an Anonim complaint shows
// neither its reporter nor its place; NIK, NIP, phone numbers and e-mail addresses in any
// text are masked, and an Anonim reporter's own name wherever it occurs.
// -------------------------------------------------------------------------------------
heading("5. The public projection");

List<PublicComplaint> shown = PublicProjection.standard().project(march.complaints());
System.out.println(shown.size() + " of " + march.size() + " complaints may be shown");
for (PublicComplaint p : shown) {
    System.out.printf("  %s  %-40s reporter: %-12s masked: %d%n", p.id(), p.title(), p.reporter().orElse("(hidden)"), p.redacted());
}
PublicComplaint rina = shown.stream().filter(p -> p.id().equals("LPR-2026-0003")).findFirst().orElseThrow();
System.out.println("LPR-2026-0003 as shown: " + rina.text());

// -------------------------------------------------------------------------------------
// 6. Open311 GeoReport v2
//
// The same public complaints as Open311 service requests, with expected_datetime from
// the SLA clock and the history as notes[]; XML is the format the specification requires.
// -------------------------------------------------------------------------------------
heading("6. Open311 requests");

List<ServiceRequest> requests = Open311Requests.of(march, sla, endOfMonth);
for (ServiceRequest r : requests) {
    System.out.printf("  %s  %-6s %-26s expected %s%n", r.id(), r.status().word(), r.serviceCode(),
        r.expected().map(t -> t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()).orElse("-"));
}
String xml = Open311Format.XML.requests(requests);
System.out.println(xml.lines().limit(8).collect(java.util.stream.Collectors.joining("\n")));
