package io.github.spbe4j.cli;

import io.github.spbe4j.catalog.Share;
import io.github.spbe4j.complaints.ComplaintRegister;
import io.github.spbe4j.complaints.Topic;
import io.github.spbe4j.complaints.lifecycle.State;
import io.github.spbe4j.complaints.metrics.AgeBucket;
import io.github.spbe4j.complaints.metrics.ComplaintMetrics;
import io.github.spbe4j.complaints.metrics.Durations;
import io.github.spbe4j.complaints.metrics.Figures;
import io.github.spbe4j.complaints.sla.Stage;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The text report of {@code spbe complaints metrics}. */
final class ComplaintsMetricsText {
    private ComplaintsMetricsText() {
    }

    static void print(PrintWriter out, ComplaintRegister register, ComplaintMetrics m) {
        out.printf("Complaints of %s submitted %s, read at %s (%s)%n", register.agency().name(), period(m),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.at().atZone(m.zone()).toOffsetDateTime()), m.zone().getId());
        if (m.provisional()) {
            out.println("Provisional: some working days were counted on estimated holidays (a year without its decree).");
        }
        out.println("Working days after the event's local date, the event's day not counted; percentiles by nearest rank.");
        out.println();
        group(out, "All complaints", m.overall());
        out.println("By OPD (the agency that holds or last held the complaint)");
        out.println();
        for (Map.Entry<String, Figures> e : m.byAgency().entrySet()) {
            group(out, "OPD " + e.getKey(), e.getValue());
        }
        group(out, "Not dispositioned (no OPD holds it)", m.notDispositioned());
        out.println("By topic (a topic includes its subtopics)");
        out.println();
        for (Map.Entry<String, Figures> e : m.byTopic().entrySet()) {
            String name = register.topics().topic(e.getKey()).map(Topic::name).orElse("");
            group(out, "Topic " + e.getKey() + (name.isEmpty() ? "" : " (" + name + ")"), e.getValue());
        }
        group(out, "Without a topic", m.withoutTopic());
        out.println("By month of submission");
        out.println();
        for (Map.Entry<YearMonth, Figures> e : m.byMonth().entrySet()) {
            group(out, "Month " + e.getKey(), e.getValue());
        }
    }

    private static String period(ComplaintMetrics m) {
        if (m.period().from().isEmpty() && m.period().to().isEmpty()) {
            return "at any date";
        }
        return m.period().from().map(d -> "from " + d).orElse("") + (m.period().from().isPresent() && m.period().to().isPresent() ? " " : "")
                + m.period().to().map(d -> "to " + d).orElse("");
    }

    private static void group(PrintWriter out, String title, Figures f) {
        out.printf("%s: %d %s%n", title, f.complaints(), f.complaints() == 1 ? "complaint" : "complaints");
        if (f.complaints() == 0) {
            out.println();
            return;
        }
        List<String> states = new ArrayList<>();
        for (State s : State.values()) {
            if (f.count(s) > 0) {
                states.add(s.id() + " " + f.count(s));
            }
        }
        out.printf("  %-22s %s%n", "states", String.join(", ", states));
        out.printf("  %-22s %s%n", "to verification", durations(f.verification()));
        out.printf("  %-22s %s%n", "to follow-up", durations(f.followUp()));
        List<String> sla = new ArrayList<>();
        for (Stage s : Stage.values()) {
            sla.add(label(s) + " " + share(f.withinSla(s)) + (f.sla().get(s).overdue() > 0 ? ", " + f.sla().get(s).overdue() + " overdue" : ""));
        }
        out.printf("  %-22s %s%n", "within SLA", String.join("; ", sla));
        out.printf("  %-22s %s (closed: %d resolved, %d not resolved, %d automatically)%n", "resolution rate",
                share(f.resolutionRate()), f.resolved(), f.notResolved(), f.closedAutomatically());
        out.printf("  %-22s %s%n", "reopen rate", share(f.reopenRate()));
        List<String> ages = new ArrayList<>();
        for (AgeBucket b : AgeBucket.values()) {
            ages.add(b.id() + ": " + f.backlog().get(b));
        }
        out.printf("  %-22s %d open; by working days since submission %s%n", "backlog", f.open(), String.join(", ", ages));
        out.println();
    }

    private static String label(Stage s) {
        return switch (s) {
            case VERIFICATION -> "verification";
            case FOLLOW_UP -> "follow-up";
            case SETTLEMENT -> "settlement";
        };
    }

    private static String durations(Durations d) {
        return d.count() == 0 ? "none yet"
                : "median " + d.median().orElseThrow() + ", 90th percentile " + d.p90().orElseThrow() + " working days (of " + d.count() + ")";
    }

    private static String share(Optional<Share> s) {
        return s.map(Share::toString).orElse("n/a");
    }
}
